#include "platform/storage/value.hpp"

#include <gtest/gtest.h>

namespace metodset::storage {

TEST(Row, ConvertsCompatibleValuesAndRefusesOthers) {
  Row row({Of(42), Of(2.5), Of("текст"), Null(), Of(7.0), Of(true)});
  EXPECT_EQ(row.Int(0), 42);
  EXPECT_DOUBLE_EQ(row.Real(0), 42.0);
  EXPECT_DOUBLE_EQ(row.Real(1), 2.5);
  EXPECT_EQ(row.Text(2), "текст");
  EXPECT_EQ(row.Text(0), "42");
  EXPECT_TRUE(row.IsNull(3));
  EXPECT_EQ(row.OptInt(3), std::nullopt);
  EXPECT_EQ(row.OptText(3), std::nullopt);
  EXPECT_EQ(row.OptInt(0), 42);
  EXPECT_EQ(row.Int(4), 7);  // numeric aggregates from PostgreSQL arrive as doubles
  EXPECT_TRUE(row.Bool(5));
  EXPECT_THROW(row.Int(1), StorageError);
  EXPECT_THROW(row.Int(2), StorageError);
  EXPECT_THROW(row.Int(3), StorageError);
  EXPECT_THROW(row.Real(2), StorageError);
  EXPECT_THROW(row.Text(3), StorageError);
  EXPECT_THROW(row[9], std::out_of_range);
}

}  // namespace metodset::storage
