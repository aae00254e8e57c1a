#pragma once

#include <string>

#include "platform/storage/database.hpp"

struct pg_conn;
struct pg_result;

namespace metodset::storage::postgres {

/// A Connection to PostgreSQL through libpq: `?` rewritten to `$n`, parameters sent as text with
/// unspecified types, results normalised to the value forms SQLite produces.
class PostgresConnection final : public Connection {
 public:
  /// Connects with a libpq connection string or `postgresql://` URL; the session runs in UTC with ISO dates.
  explicit PostgresConnection(const std::string& conninfo);
  ~PostgresConnection() override;
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  Backend backend() const override { return Backend::kPostgres; }
  ResultSet Query(std::string_view sql, std::span<const Value> params = {}) override;
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
  /// Runs one parameterised statement; the caller owns (and must PQclear) the result.
  pg_result* Run(std::string_view sql, std::span<const Value> params);
  /// Throws the exception that matches the result's SQLSTATE, then clears the result.
  [[noreturn]] void Fail(pg_result* result, std::string_view sql);

  pg_conn* conn_ = nullptr;
};

}  // namespace metodset::storage::postgres
