#pragma once

#include <memory>
#include <string>
#include <vector>

#include "platform/storage/database.hpp"

namespace metodset::testing {

/// The backends storage tests run on: "sqlite" always, "postgres" when METODSET_TEST_PG holds an admin URL
/// (e.g. postgresql://postgres@127.0.0.1:55432/postgres). With METODSET_REQUIRE_PG=1 and no URL the
/// program exits with an error instead of silently testing SQLite only.
std::vector<std::string> TestBackendNames();

/// gtest's name generator for backend parameters, giving `Suite/Test/sqlite` and `Suite/Test/postgres`.
struct BackendName {
  template <typename ParamInfo>
  std::string operator()(const ParamInfo& info) const {
    return info.param;
  }
};

/// A fresh, empty database for one backend, removed again when the object goes away: a temporary file
/// for SQLite, `CREATE DATABASE metodset_t_<pid>_<n>` on the admin URL for PostgreSQL.
class TestDatabase {
 public:
  /// Creates the database; with `migrate` the embedded migrations are applied.
  explicit TestDatabase(const std::string& backend, bool migrate = false, storage::DatabaseOptions options = {});
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  /// The URL of the database (for code that opens its own pool, such as the server under test).
  const std::string& url() const { return url_; }
  /// The pool opened on it.
  storage::Database& db() { return *db_; }
  /// storage::Backend of this database.
  storage::Backend backend() const { return db_->backend(); }

 private:
  std::string backend_name_;
  std::string url_;
  std::string sqlite_path_;
  std::string postgres_admin_url_;
  std::string postgres_name_;
  std::unique_ptr<storage::Database> db_;
};

/// `admin_url` with its database name replaced by `database` (query parameters kept).
std::string WithDatabaseName(const std::string& admin_url, const std::string& database);

}  // namespace metodset::testing
