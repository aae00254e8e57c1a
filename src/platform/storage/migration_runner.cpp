#include "platform/storage/migration_runner.hpp"

#include <algorithm>
#include <map>

#include "platform/core/clock.hpp"
#include "platform/storage/detail/embedded_migrations.hpp"

namespace metodset::storage {

namespace {

// The key of the PostgreSQL advisory lock that serialises migration runs ("metodset" in ASCII, roughly).
constexpr std::int64_t kMigrationLockKey = 0x6d65746f64736574;

constexpr std::string_view kCreateSchemaMigrations =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

std::vector<Migration> SortedUnique(std::vector<Migration> migrations) {
  std::sort(migrations.begin(), migrations.end(),
            [](const Migration& a, const Migration& b) { return a.number < b.number; });
  for (std::size_t i = 1; i < migrations.size(); ++i) {
    if (migrations[i].number == migrations[i - 1].number) {
      throw StorageError("two migrations share number " + std::to_string(migrations[i].number) + ": " +
                         migrations[i - 1].name + " and " + migrations[i].name);
    }
  }
  return migrations;
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

const std::vector<Migration>& EmbeddedMigrations(Backend backend) {
  static const std::vector<Migration> sqlite = SortedUnique(detail::EmbeddedMigrationFiles(Backend::kSqlite));
  static const std::vector<Migration> postgres = SortedUnique(detail::EmbeddedMigrationFiles(Backend::kPostgres));
  return backend == Backend::kSqlite ? sqlite : postgres;
}

std::vector<int> ApplyMigrations(Database& db) { return ApplyMigrations(db, EmbeddedMigrations(db.backend())); }

std::vector<int> ApplyMigrations(Database& db, const std::vector<Migration>& migrations) {
  std::vector<int> applied;
  for (const auto& migration : SortedUnique(migrations)) {
    bool done = db.InTransaction([&](Connection& conn) {
      // Two servers starting together: the second waits here (PostgreSQL lock, SQLite BEGIN IMMEDIATE)
      // and then finds the migration recorded.
      if (conn.backend() == Backend::kPostgres) {
        conn.Query("SELECT pg_advisory_xact_lock(" + std::to_string(kMigrationLockKey) + ")");
      }
      conn.ExecuteScript(kCreateSchemaMigrations);
      if (!conn.Query("SELECT 1 FROM schema_migrations WHERE number = ?", {Of(migration.number)}).empty()) {
        return false;
      }
      try {
        conn.ExecuteScript(migration.sql);
      } catch (const StorageError& e) {
        throw StorageError("migration " + std::to_string(migration.number) + "_" + migration.name +
                           " failed: " + e.what());
      }
      conn.Execute(
          "INSERT INTO schema_migrations (number, name, applied_at) VALUES (?, ?, ?)",
          {Of(migration.number), Of(migration.name), Of(core::FormatTimestamp(std::chrono::system_clock::now()))});
      return true;
    });
    if (done) applied.push_back(migration.number);
  }
  return applied;
}

std::vector<std::pair<std::string, std::vector<std::string>>> DescribeSchema(Connection& conn) {
  ResultSet rs;
  if (conn.backend() == Backend::kSqlite) {
    // pragma_table_list tells ordinary tables from virtual (FTS) tables and their shadow tables.
    rs = conn.Query(
        "SELECT t.name, c.name FROM pragma_table_list AS t, pragma_table_info(t.name) AS c "
        "WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite!_%' ESCAPE '!'");
  } else {
    rs = conn.Query(
        "SELECT c.table_name, c.column_name FROM information_schema.columns AS c "
        "JOIN information_schema.tables AS t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
        "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'");
  }
  std::map<std::string, std::vector<std::string>> tables;
  for (const auto& row : rs.rows) tables[Lower(row.Text(0))].push_back(Lower(row.Text(1)));
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  for (auto& [table, columns] : tables) {
    std::sort(columns.begin(), columns.end());
    out.emplace_back(table, std::move(columns));
  }
  return out;
}

}  // namespace metodset::storage
