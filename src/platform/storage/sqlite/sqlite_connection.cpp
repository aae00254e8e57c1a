#include "platform/storage/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <deque>
#include <mutex>

#include "platform/storage/detail/identifiers.hpp"

namespace metodset::storage::sqlite {

namespace {

// Enough for every distinct statement a module issues; beyond it the cache starts over rather than grow
// without bound on generated SQL (e.g. IN lists of varying length).
constexpr std::size_t kMaxCachedStatements = 256;

bool OnlyWhitespaceOrSemicolons(const char* p) {
  for (; p != nullptr && *p != '\0'; ++p) {
    if (!std::isspace(static_cast<unsigned char>(*p)) && *p != ';') return false;
  }
  return true;
}

/// Resets a statement after use so that it can be reused and releases its read lock.
struct StatementReset {
  sqlite3_stmt* stmt;
  ~StatementReset() {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }
};

}  // namespace

SqliteConnection::SqliteConnection(const std::string& path, std::chrono::milliseconds busy_timeout) {
  // Memory statistics make every SQLite allocation take one process-wide mutex, which the worker threads
  // then fight over; nothing here reads them. Must precede SQLite's initialisation (the first open).
  static std::once_flag configured;
  std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw StorageError("cannot open SQLite database '" + path + "': " + message);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, static_cast<int>(busy_timeout.count()));
  // WAL lets readers run beside the one writer; synchronous=NORMAL in WAL loses no committed data on a
  // process crash (only, at worst, the last transactions on a power loss).
  try {
    ExecuteScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
  } catch (...) {
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw;
  }
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  sqlite3_close_v2(db_);
}

void SqliteConnection::Fail(int code, std::string_view sql) {
  int extended = sqlite3_extended_errcode(db_);
  std::string message =
      std::string(sqlite3_errmsg(db_)) + " [" + sqlite3_errstr(code) + "] in: " + std::string(sql.substr(0, 200));
  if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY) {
    throw UniqueViolation(message);
  }
  if (extended == SQLITE_CONSTRAINT_FOREIGNKEY) throw ForeignKeyViolation(message);
  int primary = code & 0xff;
  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) {
    broken_ = true;
  }
  throw StorageError("SQLite: " + message);
}

sqlite3_stmt* SqliteConnection::Prepare(std::string_view sql) {
  if (auto it = statements_.find(sql); it != statements_.end()) return it->second;
  std::string key(sql);
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v3(db_, key.data(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
  if (rc != SQLITE_OK) Fail(rc, sql);
  if (stmt == nullptr) throw StorageError("SQLite: empty statement");
  if (!OnlyWhitespaceOrSemicolons(tail)) {
    sqlite3_finalize(stmt);
    throw StorageError("SQLite: Query/Execute take one statement; use ExecuteScript for several: " +
                       key.substr(0, 200));
  }
  if (statements_.size() >= kMaxCachedStatements) {
    for (auto& [old_sql, old] : statements_) sqlite3_finalize(old);
    statements_.clear();
  }
  statements_.emplace(std::move(key), stmt);
  return stmt;
}

void SqliteConnection::Bind(sqlite3_stmt* stmt, std::span<const Value> params) {
  int expected = sqlite3_bind_parameter_count(stmt);
  if (expected != static_cast<int>(params.size())) {
    throw StorageError("SQLite: statement takes " + std::to_string(expected) + " parameters, " +
                       std::to_string(params.size()) + " given: " + std::string(sqlite3_sql(stmt)).substr(0, 200));
  }
  BindValues(stmt, 0, params);
}

void SqliteConnection::BindValues(sqlite3_stmt* stmt, int offset, std::span<const Value> params) {
  for (std::size_t i = 0; i < params.size(); ++i) {
    int index = offset + static_cast<int>(i) + 1;
    int rc = SQLITE_OK;
    const Value& v = params[i];
    if (std::holds_alternative<std::monostate>(v)) {
      rc = sqlite3_bind_null(stmt, index);
    } else if (const auto* n = std::get_if<std::int64_t>(&v)) {
      rc = sqlite3_bind_int64(stmt, index, *n);
    } else if (const auto* d = std::get_if<double>(&v)) {
      rc = sqlite3_bind_double(stmt, index, *d);
    } else {
      const auto& s = std::get<std::string>(v);
      // SQLITE_STATIC: every caller binds values that outlive the step and clears the bindings (StatementReset)
      // before they die, so SQLite need not copy each string (a bulk import binds millions).
      rc = sqlite3_bind_text64(stmt, index, s.data(), s.size(), SQLITE_STATIC, SQLITE_UTF8);
    }
    if (rc != SQLITE_OK) Fail(rc, sqlite3_sql(stmt));
  }
}

void SqliteConnection::Run(sqlite3_stmt* stmt, std::string_view sql, ResultSet* out) {
  // BEGIN, COMMIT and plain SELECTs are read-only statements; anything else may change data.
  if (sqlite3_stmt_readonly(stmt) == 0) NoteWrite();
  if (out != nullptr) {
    int count = sqlite3_column_count(stmt);
    out->columns.clear();
    for (int c = 0; c < count; ++c) out->columns.emplace_back(sqlite3_column_name(stmt, c));
  }
  while (true) {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) return;
    if (rc != SQLITE_ROW) Fail(rc, sql);
    if (out == nullptr) continue;
    int count = sqlite3_column_count(stmt);
    std::vector<Value> values;
    values.reserve(static_cast<std::size_t>(count));
    for (int c = 0; c < count; ++c) {
      switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_INTEGER:
          values.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(stmt, c)));
          break;
        case SQLITE_FLOAT:
          values.emplace_back(sqlite3_column_double(stmt, c));
          break;
        case SQLITE_NULL:
          values.emplace_back(std::monostate{});
          break;
        default: {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          values.emplace_back(
              std::string(text != nullptr ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, c))));
        }
      }
    }
    out->rows.emplace_back(std::move(values));
  }
}

namespace {

/// The current row of a stepped statement, read in place.
class StatementRowView final : public RowView {
 public:
  explicit StatementRowView(sqlite3_stmt* stmt) : stmt_(stmt), count_(sqlite3_column_count(stmt)) {}
  std::size_t size() const override { return static_cast<std::size_t>(count_); }
  bool IsNull(std::size_t i) const override { return Type(i) == SQLITE_NULL; }

  std::int64_t Int(std::size_t i) const override {
    int type = Type(i);
    int c = static_cast<int>(i);
    if (type == SQLITE_INTEGER) return sqlite3_column_int64(stmt_, c);
    if (type == SQLITE_FLOAT) {
      double d = sqlite3_column_double(stmt_, c);
      if (std::trunc(d) == d && std::fabs(d) < 9.2e18) return static_cast<std::int64_t>(d);
    }
    Mismatch(i, type, "integer");
  }

  std::string_view Text(std::size_t i) const override {
    int type = Type(i);
    int c = static_cast<int>(i);
    if (type == SQLITE_TEXT || type == SQLITE_BLOB) {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, c));
      return {text != nullptr ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt_, c))};
    }
    // Numbers read as text the way Row::Text converts them.
    if (type == SQLITE_INTEGER) return converted_.emplace_back(std::to_string(sqlite3_column_int64(stmt_, c)));
    if (type == SQLITE_FLOAT) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.17g", sqlite3_column_double(stmt_, c));
      return converted_.emplace_back(buf);
    }
    Mismatch(i, type, "text");
  }

 private:
  int Type(std::size_t i) const {
    if (i >= size()) throw StorageError("column " + std::to_string(i) + " out of range");
    return sqlite3_column_type(stmt_, static_cast<int>(i));
  }

  [[noreturn]] static void Mismatch(std::size_t i, int type, const char* wanted) {
    const char* held = type == SQLITE_NULL      ? "NULL"
                       : type == SQLITE_INTEGER ? "integer"
                       : type == SQLITE_FLOAT   ? "real"
                                                : "text";
    throw StorageError("column " + std::to_string(i) + " holds " + held + ", expected " + wanted);
  }

  sqlite3_stmt* stmt_;
  int count_;
  mutable std::deque<std::string> converted_;
};

}  // namespace

void SqliteConnection::QueryEach(std::string_view sql, std::span<const Value> params,
                                 const std::function<void(const RowView&)>& on_row) {
  sqlite3_stmt* stmt = Prepare(sql);
  StatementReset reset{stmt};
  if (sqlite3_stmt_readonly(stmt) == 0) NoteWrite();
  Bind(stmt, params);
  while (true) {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) return;
    if (rc != SQLITE_ROW) Fail(rc, sql);
    on_row(StatementRowView(stmt));
  }
}

ResultSet SqliteConnection::Query(std::string_view sql, std::span<const Value> params) {
  sqlite3_stmt* stmt = Prepare(sql);
  StatementReset reset{stmt};
  Bind(stmt, params);
  ResultSet out;
  Run(stmt, sql, &out);
  return out;
}

std::int64_t SqliteConnection::Execute(std::string_view sql, std::span<const Value> params) {
  sqlite3_stmt* stmt = Prepare(sql);
  StatementReset reset{stmt};
  Bind(stmt, params);
  Run(stmt, sql, nullptr);
  return sqlite3_changes64(db_);
}

void SqliteConnection::ExecuteScript(std::string_view sql) {
  NoteWrite();  // migrations and settings: counted as writes without looking inside
  std::string script(sql);
  char* error = nullptr;
  int rc = sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &error);
  sqlite3_free(error);
  if (rc != SQLITE_OK) Fail(rc, sql);
}

void SqliteConnection::BulkInsert(std::string_view table, const std::vector<std::string>& columns,
                                  const std::vector<std::vector<Value>>& rows) {
  if (columns.empty()) throw StorageError("BulkInsert into " + std::string(table) + ": no columns");
  for (const auto& row : rows) {
    if (row.size() != columns.size()) {
      throw StorageError("BulkInsert into " + std::string(table) + ": a row has " + std::to_string(row.size()) +
                         " values for " + std::to_string(columns.size()) + " columns");
    }
  }
  std::string head = "INSERT INTO " + detail::CheckedIdentifier(table) + " (";
  for (std::size_t i = 0; i < columns.size(); ++i) head += (i ? ", " : "") + detail::CheckedIdentifier(columns[i]);
  head += ") VALUES ";
  std::string one = "(";
  for (std::size_t i = 0; i < columns.size(); ++i) one += i ? ", ?" : "?";
  one += ")";
  // Several rows per statement: each statement of a table with triggers or foreign keys opens a statement
  // journal, and each step costs a VDBE run; 64 rows (within SQLite's bound-parameter limit) share them.
  const auto limit = static_cast<std::size_t>(std::max(1, sqlite3_limit(db_, SQLITE_LIMIT_VARIABLE_NUMBER, -1)));
  const std::size_t per_statement = std::max<std::size_t>(1, std::min<std::size_t>(64, limit / columns.size()));
  auto sql_of = [&](std::size_t n) {
    std::string sql = head;
    sql.reserve(head.size() + n * (one.size() + 1));
    for (std::size_t i = 0; i < n; ++i) {
      if (i) sql += ',';
      sql += one;
    }
    return sql;
  };
  const std::string many = sql_of(per_statement);
  const std::string single = sql_of(1);
  // Outside a transaction every row would commit on its own; one transaction keeps it fast and atomic.
  bool own_transaction = !InTransaction();
  if (own_transaction) Begin();
  try {
    std::size_t at = 0;
    if (rows.size() >= per_statement && per_statement > 1) {
      sqlite3_stmt* stmt = Prepare(many);
      for (; at + per_statement <= rows.size(); at += per_statement) {
        StatementReset reset{stmt};
        for (std::size_t r = 0; r < per_statement; ++r)
          BindValues(stmt, static_cast<int>(r * columns.size()), rows[at + r]);
        Run(stmt, many, nullptr);
      }
    }
    if (at < rows.size()) {
      sqlite3_stmt* stmt = Prepare(single);
      for (; at < rows.size(); ++at) {
        StatementReset reset{stmt};
        BindValues(stmt, 0, rows[at]);
        Run(stmt, single, nullptr);
      }
    }
    if (own_transaction) Commit();
  } catch (...) {
    if (own_transaction && InTransaction()) Rollback();
    throw;
  }
}

void SqliteConnection::Begin() {
  // IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so two writers queue instead of
  // one failing with SQLITE_BUSY when it tries to upgrade a read transaction.
  Execute("BEGIN IMMEDIATE");
}

// A deferred transaction that only reads keeps one WAL snapshot from its first read to its end.
void SqliteConnection::BeginSnapshot() { Execute("BEGIN DEFERRED"); }

void SqliteConnection::Commit() { Execute("COMMIT"); }

void SqliteConnection::Rollback() {
  if (InTransaction()) Execute("ROLLBACK");
}

bool SqliteConnection::InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

bool SqliteConnection::Healthy() { return db_ != nullptr && !broken_; }

}  // namespace metodset::storage::sqlite
