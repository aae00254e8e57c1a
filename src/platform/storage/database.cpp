#include "platform/storage/database.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>

#include "platform/storage/detail/database_url.hpp"
#include "platform/storage/postgres/postgres_connection.hpp"
#include "platform/storage/sqlite/sqlite_connection.hpp"

namespace metodset::storage {

namespace detail {

namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

DatabaseUrl ParseDatabaseUrl(const std::string& url) {
  DatabaseUrl out;
  if (url == "sqlite::memory:") {
    out.backend = Backend::kSqlite;
    out.sqlite_path = ":memory:";
    return out;
  }
  if (StartsWith(url, "sqlite://")) {
    // `sqlite://var/x.db` is relative to the working directory; `sqlite:///abs/x.db` keeps its leading slash.
    out.backend = Backend::kSqlite;
    out.sqlite_path = url.substr(std::string_view("sqlite://").size());
    if (out.sqlite_path.empty() || out.sqlite_path == "/") {
      throw StorageError("database URL '" + url + "' names no file: expected sqlite://path/to/file.db");
    }
    if (out.sqlite_path.find('?') != std::string::npos) {
      throw StorageError("database URL '" + url + "': SQLite URLs take no parameters");
    }
    return out;
  }
  if (StartsWith(url, "postgresql://") || StartsWith(url, "postgres://")) {
    out.backend = Backend::kPostgres;
    auto rest = std::string_view(url).substr(url.find("://") + 3);
    auto slash = rest.find('/');
    auto authority = rest.substr(0, slash);
    auto at = authority.rfind('@');
    auto host = at == std::string_view::npos ? authority : authority.substr(at + 1);
    if (host.empty() && slash == std::string_view::npos) {
      throw StorageError("database URL '" + RedactUrl(url) +
                         "' names no host or database: expected postgresql://user:pass@host:port/db");
    }
    out.postgres_conninfo = url;
    return out;
  }
  throw StorageError("unsupported database URL '" + RedactUrl(url) +
                     "': expected sqlite://path.db, sqlite::memory: or postgresql://user:pass@host:port/db");
}

}  // namespace detail

namespace {

/// A RowView over a Row of a ResultSet: the default QueryEach for backends without an in-place reader.
class ResultRowView final : public RowView {
 public:
  explicit ResultRowView(const Row& row) : row_(row) {}
  std::size_t size() const override { return row_.size(); }
  bool IsNull(std::size_t i) const override { return row_.IsNull(i); }
  std::int64_t Int(std::size_t i) const override { return row_.Int(i); }
  std::string_view Text(std::size_t i) const override {
    if (const auto* s = std::get_if<std::string>(&row_[i])) return *s;
    return converted_.emplace_back(row_.Text(i));  // numbers converted to text live as long as the view
  }

 private:
  const Row& row_;
  mutable std::deque<std::string> converted_;
};

}  // namespace

void Connection::QueryEach(std::string_view sql, std::span<const Value> params,
                           const std::function<void(const RowView&)>& on_row) {
  auto rs = Query(sql, params);
  for (const auto& row : rs.rows) on_row(ResultRowView(row));
}

std::int64_t Connection::InsertReturningId(std::string_view sql, std::span<const Value> params) {
  auto rs = Query(sql, params);
  if (rs.rows.size() != 1 || rs.rows[0].size() < 1) {
    throw StorageError("INSERT … RETURNING id returned " + std::to_string(rs.rows.size()) + " rows");
  }
  return rs.rows[0].Int(0);
}

std::string RedactUrl(const std::string& url) {
  auto scheme_end = url.find("://");
  if (scheme_end == std::string::npos) return url;
  auto authority_begin = scheme_end + 3;
  auto authority_end = url.find_first_of("/?", authority_begin);
  if (authority_end == std::string::npos) authority_end = url.size();
  auto at = url.rfind('@', authority_end);
  std::string out = url;
  if (at != std::string::npos && at >= authority_begin) {
    auto colon = url.find(':', authority_begin);
    if (colon != std::string::npos && colon < at) out = url.substr(0, colon + 1) + "***" + url.substr(at);
  }
  // libpq also takes the password as a query parameter.
  auto pw = out.find("password=");
  if (pw != std::string::npos && pw > 0 && (out[pw - 1] == '?' || out[pw - 1] == '&')) {
    auto end = out.find('&', pw);
    out = out.substr(0, pw + 9) + "***" + (end == std::string::npos ? "" : out.substr(end));
  }
  return out;
}

struct Database::Pool {
  std::mutex mutex;
  std::condition_variable freed;
  std::vector<std::unique_ptr<Connection>> idle;
  std::size_t open = 0;  // idle plus borrowed
};

Database::Database(std::string url, Backend backend, DatabaseOptions options)
    : url_(std::move(url)), backend_(backend), options_(options), pool_(std::make_unique<Pool>()) {}

Database::~Database() = default;

std::unique_ptr<Database> Database::Open(const std::string& url, DatabaseOptions options) {
  auto parsed = detail::ParseDatabaseUrl(url);
  // Every connection to `:memory:` would see its own empty database, so the pool holds exactly one.
  if (parsed.sqlite_path == ":memory:") options.pool_size = 1;
  if (options.pool_size == 0) options.pool_size = 1;
  std::unique_ptr<Database> db(new Database(url, parsed.backend, options));
  // The first connection opens now so that a wrong URL or password fails at startup, not on the first request.
  auto first = db->Connect();
  db->pool_->idle.push_back(std::move(first));
  db->pool_->open = 1;
  return db;
}

std::unique_ptr<Connection> Database::Connect() { return OpenConnection(url_, options_); }

std::unique_ptr<Connection> OpenConnection(const std::string& url, const DatabaseOptions& options) {
  auto parsed = detail::ParseDatabaseUrl(url);
  if (parsed.backend == Backend::kSqlite) {
    return std::make_unique<sqlite::SqliteConnection>(parsed.sqlite_path, options.busy_timeout);
  }
  return std::make_unique<postgres::PostgresConnection>(parsed.postgres_conninfo);
}

PooledConnection Database::Acquire() {
  std::unique_lock lock(pool_->mutex);
  auto deadline = std::chrono::steady_clock::now() + options_.acquire_timeout;
  bool available =
      pool_->freed.wait_until(lock, deadline, [&] { return !pool_->idle.empty() || pool_->open < options_.pool_size; });
  if (!available) {
    throw StorageError("no database connection became free within " + std::to_string(options_.acquire_timeout.count()) +
                       " ms (pool size " + std::to_string(options_.pool_size) + ")");
  }
  if (!pool_->idle.empty()) {
    auto conn = std::move(pool_->idle.back());
    pool_->idle.pop_back();
    return PooledConnection(this, std::move(conn));
  }
  ++pool_->open;
  lock.unlock();
  try {
    return PooledConnection(this, Connect());
  } catch (...) {
    lock.lock();
    --pool_->open;
    pool_->freed.notify_one();
    throw;
  }
}

void Database::Release(std::unique_ptr<Connection> conn) {
  bool healthy = false;
  try {
    // A transaction left open (a caller that forgot to finish it) must not leak into the next borrower.
    if (conn->InTransaction()) conn->Rollback();
    healthy = conn->Healthy();
  } catch (...) {
    healthy = false;
  }
  // After the write ended (committed or rolled back), never before: a reader that saw the old generation
  // and the old data is then told its answer is out of date.
  if (conn->TakeWrote() || !healthy) generation_.fetch_add(1, std::memory_order_acq_rel);
  if (!healthy) conn.reset();
  std::lock_guard lock(pool_->mutex);
  if (healthy) {
    pool_->idle.push_back(std::move(conn));
  } else {
    --pool_->open;
  }
  pool_->freed.notify_one();
}

PooledConnection::~PooledConnection() {
  if (owner_ != nullptr && conn_) owner_->Release(std::move(conn_));
}

PooledConnection& PooledConnection::operator=(PooledConnection&& other) noexcept {
  if (this != &other) {
    if (owner_ != nullptr && conn_) owner_->Release(std::move(conn_));
    owner_ = other.owner_;
    conn_ = std::move(other.conn_);
  }
  return *this;
}

}  // namespace metodset::storage
