#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "platform/storage/database.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace metodset::storage::sqlite {

/// A Connection to one SQLite file (WAL, foreign keys on, writers serialised by BEGIN IMMEDIATE).
class SqliteConnection final : public Connection {
 public:
  /// Opens (creating if needed) the file at `path`, or a private in-memory database for `:memory:`.
  SqliteConnection(const std::string& path, std::chrono::milliseconds busy_timeout);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Backend backend() const override { return Backend::kSqlite; }
  ResultSet Query(std::string_view sql, std::span<const Value> params = {}) override;
  void QueryEach(std::string_view sql, std::span<const Value> params,
                 const std::function<void(const RowView&)>& on_row) override;
  std::int64_t Execute(std::string_view sql, std::span<const Value> params = {}) override;
  void ExecuteScript(std::string_view sql) override;
  void BulkInsert(std::string_view table, const std::vector<std::string>& columns,
                  const std::vector<std::vector<Value>>& rows) override;
  void Begin() override;
  void BeginSnapshot() override;
  void Commit() override;
  void Rollback() override;
  bool InTransaction() const override;
  bool Healthy() override;

  using Connection::Execute;
  using Connection::Query;

 private:
  /// A cached prepared statement for `sql` (prepared on first use).
  sqlite3_stmt* Prepare(std::string_view sql);
  void Bind(sqlite3_stmt* stmt, std::span<const Value> params);
  /// Binds `params` to parameters offset + 1, offset + 2, … (no count check).
  void BindValues(sqlite3_stmt* stmt, int offset, std::span<const Value> params);
  /// Steps `stmt` to completion, collecting rows into `out` when given.
  void Run(sqlite3_stmt* stmt, std::string_view sql, ResultSet* out);
  [[noreturn]] void Fail(int code, std::string_view sql);

  sqlite3* db_ = nullptr;
  // Transparent hashing lets a lookup by string_view skip building a std::string key per query.
  struct SqlHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
  };
  std::unordered_map<std::string, sqlite3_stmt*, SqlHash, std::equal_to<>> statements_;
  bool broken_ = false;
};

}  // namespace metodset::storage::sqlite
