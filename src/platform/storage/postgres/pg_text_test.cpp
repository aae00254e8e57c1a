#include "platform/storage/postgres/pg_text.hpp"

#include <gtest/gtest.h>

#include "platform/core/clock.hpp"

namespace metodset::storage::postgres {

TEST(RewritePlaceholders, NumbersPlaceholdersInOrder) {
  auto r = RewritePlaceholders("SELECT a FROM t WHERE b = ? AND c IN (?, ?)");
  EXPECT_EQ(r.sql, "SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)");
  EXPECT_EQ(r.parameter_count, 3u);
}

TEST(RewritePlaceholders, LeavesQuotedTextIdentifiersCommentsAndDollarBodiesAlone) {
  auto r = RewritePlaceholders(
      "SELECT 'what?', 'it''s ?', E'a\\'?', \"odd?name\" -- really?\n"
      "FROM t /* why? */ WHERE x = ? AND y = $$?$$ AND z = $fn$ ? $fn$ AND w = ?");
  EXPECT_EQ(r.sql,
            "SELECT 'what?', 'it''s ?', E'a\\'?', \"odd?name\" -- really?\n"
            "FROM t /* why? */ WHERE x = $1 AND y = $$?$$ AND z = $fn$ ? $fn$ AND w = $2");
  EXPECT_EQ(r.parameter_count, 2u);
}

TEST(RewritePlaceholders, BackslashIsOrdinaryInStandardStrings) {
  // standard_conforming_strings: in '…' a backslash escapes nothing, so the literal ends at the quote.
  auto r = RewritePlaceholders("SELECT 'C:\\' , ?");
  EXPECT_EQ(r.sql, "SELECT 'C:\\' , $1");
  EXPECT_EQ(r.parameter_count, 1u);
}

TEST(NormaliseTimestamp, MatchesCoreFormatTimestamp) {
  using namespace std::chrono;
  core::TimePoint tp = sys_days{year{2024} / March / 5} + hours{7} + minutes{8} + seconds{9} + microseconds{123456};
  EXPECT_EQ(NormaliseTimestamp("2024-03-05 07:08:09.123456+00"), core::FormatTimestamp(tp));
  EXPECT_EQ(NormaliseTimestamp("2024-03-05 07:08:09.123456"), "2024-03-05T07:08:09.123Z");
  EXPECT_EQ(NormaliseTimestamp("2024-03-05 07:08:09+00"), "2024-03-05T07:08:09.000Z");
  EXPECT_EQ(NormaliseTimestamp("2024-03-05 07:08:09.5+00:00"), "2024-03-05T07:08:09.500Z");
  EXPECT_EQ(NormaliseTimestamp("infinity"), "infinity");
  EXPECT_EQ(NormaliseTimestamp("2024-03-05 07:08:09+03"), "2024-03-05 07:08:09+03");
}

TEST(CopyText, EscapesControlCharactersAndWritesNullMarker) {
  std::string line;
  AppendCopyField(line, Value{std::string("a\tb\\c\nd\re")});
  line += '\t';
  AppendCopyField(line, Null());
  line += '\t';
  AppendCopyField(line, Of(std::int64_t{-9223372036854775807LL - 1}));
  line += '\t';
  AppendCopyField(line, Of(0.1));
  EXPECT_EQ(line, "a\\tb\\\\c\\nd\\re\t\\N\t-9223372036854775808\t0.10000000000000001");
  EXPECT_EQ(TextOf(Of(1.0 / 0.0)), "Infinity");
}

}  // namespace metodset::storage::postgres
