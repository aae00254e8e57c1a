#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/storage/value.hpp"

namespace metodset::storage {

/// Which engine a connection talks to; SQL is written once, with the few dialect choices made here.
enum class Backend { kSqlite, kPostgres };

/// One database session. SQL uses `?` placeholders on both backends (the PostgreSQL backend rewrites
/// them to `$1..$n`, skipping quoted literals). `RETURNING` works on both (SQLite ≥ 3.35).
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Backend backend() const = 0;
  /// Runs a statement that returns rows.
  virtual ResultSet Query(std::string_view sql, std::span<const Value> params = {}) = 0;
  /// Runs a statement; returns the number of rows changed.
  virtual std::int64_t Execute(std::string_view sql, std::span<const Value> params = {}) = 0;
  /// Runs several `;`-separated statements without parameters (migrations).
  virtual void ExecuteScript(std::string_view sql) = 0;
  /// Inserts many rows fast (COPY on PostgreSQL, one prepared statement on SQLite) inside the current
  /// transaction.
  virtual void BulkInsert(std::string_view table, const std::vector<std::string>& columns,
                          const std::vector<std::vector<Value>>& rows) = 0;
  virtual void Begin() = 0;
  virtual void Commit() = 0;
  virtual void Rollback() = 0;
  /// True while a transaction is open.
  virtual bool InTransaction() const = 0;
  /// Whether the connection still works (checked when it returns to the pool).
  virtual bool Healthy() = 0;

  // Convenience overloads taking an initializer list of values.
  ResultSet Query(std::string_view sql, std::initializer_list<Value> params) {
    return Query(sql, std::span<const Value>(params.begin(), params.size()));
  }
  std::int64_t Execute(std::string_view sql, std::initializer_list<Value> params) {
    return Execute(sql, std::span<const Value>(params.begin(), params.size()));
  }
  /// Runs an INSERT … RETURNING id and returns the id.
  std::int64_t InsertReturningId(std::string_view sql, std::span<const Value> params);
  std::int64_t InsertReturningId(std::string_view sql, std::initializer_list<Value> params) {
    return InsertReturningId(sql, std::span<const Value>(params.begin(), params.size()));
  }
};

class Database;

/// A connection borrowed from the pool; goes back when destroyed.
class PooledConnection {
 public:
  PooledConnection(Database* owner, std::unique_ptr<Connection> conn) : owner_(owner), conn_(std::move(conn)) {}
  PooledConnection(PooledConnection&&) noexcept = default;
  PooledConnection& operator=(PooledConnection&&) noexcept = default;
  ~PooledConnection();
  Connection* operator->() { return conn_.get(); }
  Connection& operator*() { return *conn_; }

 private:
  Database* owner_;
  std::unique_ptr<Connection> conn_;
};

/// Pool settings.
struct DatabaseOptions {
  std::size_t pool_size = 8;
  std::chrono::milliseconds acquire_timeout{10000};
  std::chrono::milliseconds busy_timeout{5000};  // SQLite
};

/// A pool of connections to one database named by URL: `sqlite://relative/or/absolute/path.db`,
/// `sqlite::memory:` (tests only) or `postgresql://user:pass@host:port/db`.
class Database {
 public:
  static std::unique_ptr<Database> Open(const std::string& url, DatabaseOptions options = {});
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Backend backend() const { return backend_; }
  const std::string& url() const { return url_; }
  /// Borrows a connection; throws StorageError when none frees up within acquire_timeout.
  PooledConnection Acquire();

  /// Runs `work` in one transaction: commit on normal return, rollback on exception. `work` receives
  /// the connection. For Result-returning work use InTransactionResult.
  template <typename F>
  auto InTransaction(F&& work) -> decltype(work(std::declval<Connection&>()));

  /// Like InTransaction, but also rolls back when the returned Result holds an error.
  template <typename F>
  auto InTransactionResult(F&& work) -> decltype(work(std::declval<Connection&>()));

 private:
  friend class PooledConnection;
  Database(std::string url, Backend backend, DatabaseOptions options);
  std::unique_ptr<Connection> Connect();
  void Release(std::unique_ptr<Connection> conn);

  struct Pool;
  std::string url_;
  Backend backend_;
  DatabaseOptions options_;
  std::unique_ptr<Pool> pool_;
};

/// Opens a single, unpooled connection (for the migrate command and tests).
std::unique_ptr<Connection> OpenConnection(const std::string& url, const DatabaseOptions& options = {});
/// Redacts the password of a PostgreSQL URL for logs.
std::string RedactUrl(const std::string& url);

template <typename F>
auto Database::InTransaction(F&& work) -> decltype(work(std::declval<Connection&>())) {
  auto conn = Acquire();
  conn->Begin();
  try {
    if constexpr (std::is_void_v<decltype(work(*conn))>) {
      work(*conn);
      conn->Commit();
    } else {
      auto result = work(*conn);
      conn->Commit();
      return result;
    }
  } catch (...) {
    if (conn->InTransaction()) conn->Rollback();
    throw;
  }
}

template <typename F>
auto Database::InTransactionResult(F&& work) -> decltype(work(std::declval<Connection&>())) {
  auto conn = Acquire();
  conn->Begin();
  try {
    auto result = work(*conn);
    if (result.ok()) {
      conn->Commit();
    } else {
      conn->Rollback();
    }
    return result;
  } catch (...) {
    if (conn->InTransaction()) conn->Rollback();
    throw;
  }
}

}  // namespace metodset::storage
