#include "platform/storage/migration_runner.hpp"

#include <gtest/gtest.h>

#include "platform/testing/test_database.hpp"

namespace metodset::storage {

TEST(EmbeddedMigrations, ComeInPairsWithTheSameNumbersAndNames) {
  const auto& sqlite = EmbeddedMigrations(Backend::kSqlite);
  const auto& postgres = EmbeddedMigrations(Backend::kPostgres);
  ASSERT_EQ(sqlite.size(), postgres.size());
  for (std::size_t i = 0; i < sqlite.size(); ++i) {
    EXPECT_EQ(sqlite[i].number, postgres[i].number);
    EXPECT_EQ(sqlite[i].name, postgres[i].name);
    EXPECT_FALSE(sqlite[i].sql.empty());
    if (i > 0) {
      EXPECT_LT(sqlite[i - 1].number, sqlite[i].number);
    }
  }
}

TEST(ApplyMigrations, RefusesTwoMigrationsWithOneNumber) {
  testing::TestDatabase test("sqlite");
  std::vector<Migration> migrations{{1, "a", "CREATE TABLE a (x INTEGER)"}, {1, "b", "CREATE TABLE b (x INTEGER)"}};
  EXPECT_THROW(ApplyMigrations(test.db(), migrations), StorageError);
}

TEST(ApplyMigrations, AppliesInNumberOrderWhateverTheListOrder) {
  testing::TestDatabase test("sqlite");
  std::vector<Migration> migrations{
      {2, "child",
       "CREATE TABLE child (id INTEGER PRIMARY KEY, p INTEGER REFERENCES parent(id)); INSERT INTO child VALUES (1, 1)"},
      {1, "parent", "CREATE TABLE parent (id INTEGER PRIMARY KEY); INSERT INTO parent VALUES (1)"}};
  EXPECT_EQ(ApplyMigrations(test.db(), migrations), (std::vector<int>{1, 2}));
  auto rs = test.db().Acquire()->Query("SELECT number, name FROM schema_migrations ORDER BY number");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs.rows[1].Text(1), "child");
}

}  // namespace metodset::storage
