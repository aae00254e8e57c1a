#include "platform/storage/detail/database_url.hpp"

#include <gtest/gtest.h>

namespace metodset::storage {

TEST(DatabaseUrl, SqlitePathIsRelativeToWorkingDirectoryUnlessAbsolute) {
  auto relative = detail::ParseDatabaseUrl("sqlite://var/metodset.db");
  EXPECT_EQ(relative.backend, Backend::kSqlite);
  EXPECT_EQ(relative.sqlite_path, "var/metodset.db");
  EXPECT_EQ(detail::ParseDatabaseUrl("sqlite:///srv/metodset/data.db").sqlite_path, "/srv/metodset/data.db");
  EXPECT_EQ(detail::ParseDatabaseUrl("sqlite::memory:").sqlite_path, ":memory:");
}

TEST(DatabaseUrl, PostgresUrlsOfBothSchemesPassToLibpq) {
  auto pg = detail::ParseDatabaseUrl("postgresql://app:secret@db.local:5433/metodset");
  EXPECT_EQ(pg.backend, Backend::kPostgres);
  EXPECT_EQ(pg.postgres_conninfo, "postgresql://app:secret@db.local:5433/metodset");
  EXPECT_EQ(detail::ParseDatabaseUrl("postgres://app@localhost/metodset").backend, Backend::kPostgres);
}

TEST(DatabaseUrl, RejectsUnknownSchemesAndMissingPartsWithoutLeakingPasswords) {
  EXPECT_THROW(detail::ParseDatabaseUrl("mysql://root@localhost/x"), StorageError);
  EXPECT_THROW(detail::ParseDatabaseUrl("sqlite://"), StorageError);
  EXPECT_THROW(detail::ParseDatabaseUrl("var/metodset.db"), StorageError);
  EXPECT_THROW(detail::ParseDatabaseUrl("postgresql://"), StorageError);
  try {
    detail::ParseDatabaseUrl("mysql://root:hunter2@localhost/x");
    FAIL() << "no exception";
  } catch (const StorageError& e) {
    EXPECT_EQ(std::string(e.what()).find("hunter2"), std::string::npos) << e.what();
  }
  EXPECT_THROW(Database::Open("ftp://example.org/db"), StorageError);
}

TEST(RedactUrl, HidesPasswordInUserInfoAndQuery) {
  EXPECT_EQ(RedactUrl("postgresql://app:s3cr@t@db:5432/m"), "postgresql://app:***@db:5432/m");
  EXPECT_EQ(RedactUrl("postgresql://app@db/m?sslmode=require&password=x&a=b"),
            "postgresql://app@db/m?sslmode=require&password=***&a=b");
  EXPECT_EQ(RedactUrl("postgresql://app@db/m"), "postgresql://app@db/m");
  EXPECT_EQ(RedactUrl("sqlite://var/metodset.db"), "sqlite://var/metodset.db");
}

}  // namespace metodset::storage
