#include "platform/testing/test_database.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "platform/storage/migration_runner.hpp"

namespace metodset::testing {

namespace {

std::atomic<int> next_database{0};

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

std::string UniqueSuffix() { return std::to_string(::getpid()) + "_" + std::to_string(next_database++); }

}  // namespace

std::vector<std::string> TestBackendNames() {
  std::vector<std::string> names{"sqlite"};
  if (!Env("METODSET_TEST_PG").empty()) {
    names.emplace_back("postgres");
  } else if (Env("METODSET_REQUIRE_PG") == "1") {
    std::fprintf(stderr,
                 "METODSET_REQUIRE_PG=1 but METODSET_TEST_PG is not set: start a cluster with "
                 "scripts/pg_test_cluster.sh start DIR and export METODSET_TEST_PG=<the URL it prints>\n");
    std::exit(2);
  }
  return names;
}

std::string WithDatabaseName(const std::string& admin_url, const std::string& database) {
  auto scheme_end = admin_url.find("://");
  if (scheme_end == std::string::npos) throw storage::StorageError("not a PostgreSQL URL: " + admin_url);
  auto path = admin_url.find('/', scheme_end + 3);
  auto query = admin_url.find('?', scheme_end + 3);
  std::string authority = admin_url.substr(0, std::min(path, query));
  std::string tail = query == std::string::npos ? "" : admin_url.substr(query);
  return authority + "/" + database + tail;
}

TestDatabase::TestDatabase(const std::string& backend, bool migrate, storage::DatabaseOptions options)
    : backend_name_(backend) {
  if (backend == "sqlite") {
    std::string dir = Env("TMPDIR").empty() ? "/tmp" : Env("TMPDIR");
    sqlite_path_ = dir + "/metodset_t_" + UniqueSuffix() + ".db";
    std::filesystem::remove(sqlite_path_);
    url_ = "sqlite://" + sqlite_path_;
  } else if (backend == "postgres") {
    postgres_admin_url_ = Env("METODSET_TEST_PG");
    if (postgres_admin_url_.empty()) throw storage::StorageError("METODSET_TEST_PG is not set");
    postgres_name_ = "metodset_t_" + UniqueSuffix();
    auto admin = storage::OpenConnection(postgres_admin_url_);
    // A database left by a crashed run with the same pid would make CREATE fail.
    admin->ExecuteScript("DROP DATABASE IF EXISTS " + postgres_name_ + " WITH (FORCE)");
    admin->ExecuteScript("CREATE DATABASE " + postgres_name_ +
                         " TEMPLATE template0 ENCODING 'UTF8' STRATEGY FILE_COPY");
    url_ = WithDatabaseName(postgres_admin_url_, postgres_name_);
  } else {
    throw storage::StorageError("unknown test backend '" + backend + "'");
  }
  db_ = storage::Database::Open(url_, options);
  if (migrate) storage::ApplyMigrations(*db_);
}

TestDatabase::~TestDatabase() {
  db_.reset();
  if (!sqlite_path_.empty()) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(sqlite_path_ + suffix, ignored);
  }
  if (!postgres_name_.empty()) {
    try {
      auto admin = storage::OpenConnection(postgres_admin_url_);
      admin->ExecuteScript("DROP DATABASE IF EXISTS " + postgres_name_ + " WITH (FORCE)");
    } catch (const std::exception& e) {
      std::fprintf(stderr, "could not drop test database %s: %s\n", postgres_name_.c_str(), e.what());
    }
  }
}

}  // namespace metodset::testing
