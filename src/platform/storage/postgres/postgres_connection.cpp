#include "platform/storage/postgres/postgres_connection.hpp"

#include <libpq-fe.h>

#include <cstdlib>
#include <memory>
#include <string_view>

#include "platform/storage/detail/identifiers.hpp"
#include "platform/storage/postgres/pg_text.hpp"

namespace metodset::storage::postgres {

namespace {

/// Whether a command status (`PQcmdStatus`: "SELECT 50", "INSERT 0 1", "BEGIN", …) may stand for a change of
/// data; unknown commands count as changes.
bool MayHaveWritten(const char* status) {
  std::string_view s = status != nullptr ? status : "";
  for (std::string_view read : {"SELECT", "SHOW", "BEGIN", "COMMIT", "ROLLBACK", "SET", "FETCH", "DECLARE"}) {
    if (s.starts_with(read) && (s.size() == read.size() || s[read.size()] == ' ')) return false;
  }
  return !s.empty();
}

// Type OIDs from pg_type.dat; they are fixed across PostgreSQL versions.
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kOidOid = 26;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kNumericOid = 1700;
constexpr Oid kTimestampOid = 1114;
constexpr Oid kTimestampTzOid = 1184;

// COPY data goes out in pieces of about this size so that a large insert does not build one huge buffer.
constexpr std::size_t kCopyChunkBytes = 1 << 20;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

void IgnoreNotice(void* /*arg*/, const char* /*message*/) {}

Value Normalise(const char* text, int length, Oid type) {
  switch (type) {
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid:
    case kOidOid:
      return static_cast<std::int64_t>(std::strtoll(text, nullptr, 10));
    case kFloat4Oid:
    case kFloat8Oid:
    case kNumericOid:
      return std::strtod(text, nullptr);
    case kBoolOid:
      return static_cast<std::int64_t>(text[0] == 't' ? 1 : 0);
    case kTimestampOid:
    case kTimestampTzOid:
      return NormaliseTimestamp(std::string_view(text, static_cast<std::size_t>(length)));
    default:
      // date comes out as YYYY-MM-DD under DateStyle ISO; everything else is text as PostgreSQL writes it.
      return std::string(text, static_cast<std::size_t>(length));
  }
}

}  // namespace

PostgresConnection::PostgresConnection(const std::string& conninfo) {
  conn_ = PQconnectdb(conninfo.c_str());
  if (conn_ == nullptr) throw StorageError("PostgreSQL: out of memory while connecting");
  if (PQstatus(conn_) != CONNECTION_OK) {
    std::string message = PQerrorMessage(conn_);
    PQfinish(conn_);
    conn_ = nullptr;
    throw StorageError("cannot connect to PostgreSQL at " + RedactUrl(conninfo) + ": " + message);
  }
  PQsetNoticeProcessor(conn_, IgnoreNotice, nullptr);
  try {
    ExecuteScript("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'; SET DateStyle = ISO;");
  } catch (...) {
    PQfinish(conn_);
    conn_ = nullptr;
    throw;
  }
}

PostgresConnection::~PostgresConnection() { PQfinish(conn_); }

void PostgresConnection::Fail(PGresult* result, std::string_view sql) {
  ResultPtr owned(result);
  std::string message = result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(conn_);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  message += " in: " + std::string(sql.substr(0, 200));
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string sqlstate = state != nullptr ? state : "";
  if (sqlstate == "23505") throw UniqueViolation(message);
  if (sqlstate == "23503") throw ForeignKeyViolation(message);
  throw StorageError("PostgreSQL: " + message);
}

PGresult* PostgresConnection::Run(std::string_view sql, std::span<const Value> params) {
  auto rewritten = RewritePlaceholders(sql);
  if (rewritten.parameter_count != params.size()) {
    throw StorageError("PostgreSQL: statement takes " + std::to_string(rewritten.parameter_count) + " parameters, " +
                       std::to_string(params.size()) + " given: " + std::string(sql.substr(0, 200)));
  }
  std::vector<std::string> texts(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (std::holds_alternative<std::monostate>(params[i])) continue;
    texts[i] = TextOf(params[i]);
    values[i] = texts[i].c_str();
  }
  PGresult* result = PQexecParams(conn_, rewritten.sql.c_str(), static_cast<int>(params.size()), nullptr, values.data(),
                                  nullptr, nullptr, 0);
  auto status = result != nullptr ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) Fail(result, sql);
  if (MayHaveWritten(PQcmdStatus(result))) NoteWrite();
  return result;
}

ResultSet PostgresConnection::Query(std::string_view sql, std::span<const Value> params) {
  ResultPtr result(Run(sql, params));
  ResultSet out;
  int columns = PQnfields(result.get());
  int rows = PQntuples(result.get());
  std::vector<Oid> types(static_cast<std::size_t>(columns));
  for (int c = 0; c < columns; ++c) {
    out.columns.emplace_back(PQfname(result.get(), c));
    types[static_cast<std::size_t>(c)] = PQftype(result.get(), c);
  }
  out.rows.reserve(static_cast<std::size_t>(rows));
  for (int r = 0; r < rows; ++r) {
    std::vector<Value> values;
    values.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      if (PQgetisnull(result.get(), r, c)) {
        values.emplace_back(std::monostate{});
      } else {
        values.push_back(Normalise(PQgetvalue(result.get(), r, c), PQgetlength(result.get(), r, c),
                                   types[static_cast<std::size_t>(c)]));
      }
    }
    out.rows.emplace_back(std::move(values));
  }
  return out;
}

std::int64_t PostgresConnection::Execute(std::string_view sql, std::span<const Value> params) {
  ResultPtr result(Run(sql, params));
  const char* tuples = PQcmdTuples(result.get());
  return tuples != nullptr && *tuples != '\0' ? std::strtoll(tuples, nullptr, 10) : 0;
}

void PostgresConnection::ExecuteScript(std::string_view sql) {
  // Transaction control and session settings change no data; a script of anything else (migrations) is
  // counted as a write without looking inside.
  if (!sql.starts_with("BEGIN") && !sql.starts_with("COMMIT") && !sql.starts_with("ROLLBACK") &&
      !sql.starts_with("SET ")) {
    NoteWrite();
  }
  std::string script(sql);
  PGresult* result = PQexec(conn_, script.c_str());
  auto status = result != nullptr ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && status != PGRES_EMPTY_QUERY) Fail(result, sql);
  PQclear(result);
}

void PostgresConnection::BulkInsert(std::string_view table, const std::vector<std::string>& columns,
                                    const std::vector<std::vector<Value>>& rows) {
  NoteWrite();
  std::string sql = "COPY " + detail::CheckedIdentifier(table) + " (";
  for (std::size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + detail::CheckedIdentifier(columns[i]);
  sql += ") FROM STDIN";
  for (const auto& row : rows) {
    if (row.size() != columns.size()) {
      throw StorageError("BulkInsert into " + std::string(table) + ": a row has " + std::to_string(row.size()) +
                         " values for " + std::to_string(columns.size()) + " columns");
    }
  }
  PGresult* start = PQexec(conn_, sql.c_str());
  if (start == nullptr || PQresultStatus(start) != PGRES_COPY_IN) Fail(start, sql);
  PQclear(start);
  std::string buffer;
  buffer.reserve(kCopyChunkBytes + 4096);
  std::string send_error;
  auto flush = [&] {
    if (buffer.empty() || !send_error.empty()) return;
    if (PQputCopyData(conn_, buffer.data(), static_cast<int>(buffer.size())) != 1) send_error = PQerrorMessage(conn_);
    buffer.clear();
  };
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) buffer += '\t';
      AppendCopyField(buffer, row[i]);
    }
    buffer += '\n';
    if (buffer.size() >= kCopyChunkBytes) flush();
  }
  flush();
  PQputCopyEnd(conn_, send_error.empty() ? nullptr : "client failed to send COPY data");
  // The outcome of COPY arrives as the next result; drain all of them so the connection is ready again.
  PGresult* failure = nullptr;
  while (PGresult* result = PQgetResult(conn_)) {
    if (PQresultStatus(result) != PGRES_COMMAND_OK && failure == nullptr) {
      failure = result;
    } else {
      PQclear(result);
    }
  }
  if (failure != nullptr) Fail(failure, sql);
  if (!send_error.empty()) throw StorageError("PostgreSQL: COPY failed: " + send_error);
}

void PostgresConnection::Begin() { ExecuteScript("BEGIN"); }

void PostgresConnection::BeginSnapshot() { ExecuteScript("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"); }

void PostgresConnection::Commit() {
  // COMMIT of a transaction that already failed reports success yet rolls back; surface that as an error.
  bool failed = PQtransactionStatus(conn_) == PQTRANS_INERROR;
  ExecuteScript("COMMIT");
  if (failed) throw StorageError("PostgreSQL: COMMIT of a failed transaction rolled it back");
}

void PostgresConnection::Rollback() {
  if (InTransaction()) ExecuteScript("ROLLBACK");
}

bool PostgresConnection::InTransaction() const {
  auto status = PQtransactionStatus(conn_);
  return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

bool PostgresConnection::Healthy() {
  return conn_ != nullptr && PQstatus(conn_) == CONNECTION_OK && PQtransactionStatus(conn_) != PQTRANS_UNKNOWN;
}

}  // namespace metodset::storage::postgres
