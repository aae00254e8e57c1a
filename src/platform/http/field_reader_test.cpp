#include "platform/http/field_reader.hpp"

#include <gtest/gtest.h>

namespace metodset::http {
namespace {

enum class Colour { kRed, kBlue };

std::optional<Colour> ParseColour(std::string_view text) {
  if (text == "red") return Colour::kRed;
  if (text == "blue") return Colour::kBlue;
  return std::nullopt;
}

TEST(FieldReader, ReadsEachKindOfField) {
  Json body = Json::parse(
      R"({"name":"Школа","count":3,"open":false,"on":"2026-09-01","ids":[1,2],"colour":"blue","empty":""})");
  FieldReader in(body);
  EXPECT_EQ(in.Str("name"), "Школа");
  EXPECT_EQ(in.Int("count"), 3);
  EXPECT_EQ(in.Bool("open"), false);
  ASSERT_TRUE(in.Date("on"));
  EXPECT_EQ(in.Date("on")->Iso(), "2026-09-01");
  EXPECT_EQ(in.Ids("ids"), (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(in.Code<Colour>("colour", ParseColour, "Цвет: red или blue"), Colour::kBlue);
  EXPECT_FALSE(in.Date("empty"));
  EXPECT_FALSE(in.error());
}

TEST(FieldReader, TreatsAbsentAndNullAsNotGivenWithoutError) {
  Json body = Json::parse(R"({"name":null,"ids":null})");
  FieldReader in(body);
  EXPECT_FALSE(in.Str("name"));
  EXPECT_FALSE(in.Int("count"));
  EXPECT_FALSE(in.Bool("open"));
  EXPECT_FALSE(in.Date("on"));
  EXPECT_TRUE(in.Ids("ids").empty());
  EXPECT_FALSE(in.Code<Colour>("colour", ParseColour, "Цвет"));
  EXPECT_FALSE(in.error());
}

TEST(FieldReader, NamesTheFieldOfEachWrongType) {
  struct Case {
    const char* body;
    void (*read)(FieldReader&);
    const char* message;
  };
  const Case cases[] = {
      {R"({"f":1})", [](FieldReader& in) { in.Str("f"); }, "Ожидается строка"},
      {R"({"f":"1"})", [](FieldReader& in) { in.Int("f"); }, "Ожидается целое число"},
      {R"({"f":1.5})", [](FieldReader& in) { in.Int("f"); }, "Ожидается целое число"},
      {R"({"f":"yes"})", [](FieldReader& in) { in.Bool("f"); }, "Ожидается true или false"},
      {R"({"f":"01.09.2026"})", [](FieldReader& in) { in.Date("f"); }, "Дата в формате ГГГГ-ММ-ДД"},
      {R"({"f":3})", [](FieldReader& in) { in.Ids("f"); }, "Ожидается список"},
      {R"({"f":[1,"2"]})", [](FieldReader& in) { in.Ids("f"); }, "Ожидается список целых чисел"},
      {R"({"f":"green"})", [](FieldReader& in) { in.Code<Colour>("f", ParseColour, "Цвет: red или blue"); },
       "Цвет: red или blue"},
  };
  for (const auto& c : cases) {
    Json body = Json::parse(c.body);
    FieldReader in(body);
    c.read(in);
    ASSERT_TRUE(in.error()) << c.body;
    EXPECT_EQ(in.error()->kind, core::ErrorKind::kValidation) << c.body;
    EXPECT_EQ(in.error()->code, "validation") << c.body;
    EXPECT_EQ(in.error()->field, "f") << c.body;
    EXPECT_EQ(in.error()->message, c.message) << c.body;
  }
}

TEST(FieldReader, KeepsTheFirstProblemOnly) {
  Json body = Json::parse(R"({"a":1,"b":"x"})");
  FieldReader in(body);
  in.Str("a");
  in.Int("b");
  in.Fail("c", "Третья");
  ASSERT_TRUE(in.error());
  EXPECT_EQ(in.error()->field, "a");
  EXPECT_EQ(in.error()->message, "Ожидается строка");
}

TEST(FieldReader, PrefixesFieldsAndKeepsAGivenCode) {
  Json body = Json::parse(R"({"mentor_id":"x"})");
  FieldReader item(body, "pairs[2].");
  item.Int("mentor_id");
  EXPECT_EQ(item.error()->field, "pairs[2].mentor_id");

  FieldReader votes(body);
  votes.Fail("for", "Число голосов не может быть отрицательным", "votes_invalid");
  EXPECT_EQ(votes.error()->field, "for");
  EXPECT_EQ(votes.error()->code, "votes_invalid");
}

}  // namespace
}  // namespace metodset::http
