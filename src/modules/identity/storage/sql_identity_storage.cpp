#include "modules/identity/storage/sql_identity_storage.hpp"

namespace metodset::identity {
namespace {

using storage::Of;

std::vector<core::Grant> ParseGrants(const storage::ResultSet& rows, std::size_t role_col, std::size_t scope_col) {
  std::vector<core::Grant> grants;
  for (const auto& r : rows.rows) {
    if (r.IsNull(role_col)) continue;
    auto role = core::ParseRole(r.Text(role_col));
    auto scope = core::ParseScope(r.Text(scope_col));
    if (role && scope) grants.push_back({*role, *scope});
  }
  return grants;
}

class SqlIdentityStore final : public IdentityStore {
 public:
  explicit SqlIdentityStore(storage::Connection& conn) : conn_(conn) {}

  std::optional<UserRecord> FindUserByLogin(const std::string& login) override {
    return LoadUser("u.login = ?", Of(login));
  }
  std::optional<UserRecord> FindUser(std::int64_t id) override { return LoadUser("u.id = ?", Of(id)); }

  std::int64_t CreateUser(const UserRecord& user, const std::string& created_at) override {
    auto id = conn_.InsertReturningId(
        "INSERT INTO users (login, password_hash, display_name, person_id, active, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        {Of(user.login), Of(user.password_hash), Of(user.display_name), Of(user.person_id), Of(user.active),
         Of(created_at)});
    for (const auto& g : user.grants) {
      conn_.Execute("INSERT INTO user_grants (user_id, role, scope) VALUES (?, ?, ?)",
                    {Of(id), Of(std::string(core::RoleName(g.role))), Of(core::FormatScope(g.scope))});
    }
    return id;
  }

  int CountFailuresForLogin(const std::string& login, const std::string& since) override {
    return static_cast<int>(
        conn_.Query("SELECT COUNT(*) FROM login_attempts WHERE login = ? AND at >= ? AND NOT succeeded",
                    {Of(login), Of(since)})
            .rows.at(0)
            .Int(0));
  }
  int CountFailuresForIp(const std::string& ip, const std::string& since) override {
    return static_cast<int>(
        conn_.Query("SELECT COUNT(*) FROM login_attempts WHERE ip = ? AND at >= ? AND NOT succeeded", {Of(ip), Of(since)})
            .rows.at(0)
            .Int(0));
  }
  void RecordAttempt(const std::string& login, const std::string& ip, const std::string& at, bool succeeded) override {
    conn_.Execute("INSERT INTO login_attempts (login, ip, at, succeeded) VALUES (?, ?, ?, ?)",
                  {Of(login), Of(ip), Of(at), Of(succeeded)});
  }

  void CreateSession(const std::string& token_hash, std::int64_t user_id, const std::string& csrf_token,
                     const std::string& now, const std::string& expires_at, const std::string& ip) override {
    conn_.Execute(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, ip) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        {Of(token_hash), Of(user_id), Of(csrf_token), Of(now), Of(now), Of(expires_at), Of(ip)});
  }

  std::optional<SessionRecord> FindSession(const std::string& token_hash) override {
    // One round trip: the session, its user and the user's grants.
    auto rows = conn_.Query(
        "SELECT s.user_id, s.csrf_token, s.expires_at, s.last_seen_at, u.login, u.display_name, u.person_id, "
        "u.active, g.role, g.scope FROM sessions s JOIN users u ON u.id = s.user_id "
        "LEFT JOIN user_grants g ON g.user_id = u.id WHERE s.token_hash = ?",
        {Of(token_hash)});
    if (rows.empty()) return std::nullopt;
    const auto& r = rows.rows.front();
    SessionRecord s;
    s.user_id = r.Int(0);
    s.csrf_token = r.Text(1);
    s.expires_at = r.Text(2);
    s.last_seen_at = r.Text(3);
    s.user.id = s.user_id;
    s.user.login = r.Text(4);
    s.user.display_name = r.Text(5);
    s.user.person_id = r.OptInt(6);
    s.user.active = r.Bool(7);
    s.user.grants = ParseGrants(rows, 8, 9);
    return s;
  }

  void TouchSession(const std::string& token_hash, const std::string& now, const std::string& expires_at) override {
    conn_.Execute("UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?",
                  {Of(now), Of(expires_at), Of(token_hash)});
  }
  void DeleteSession(const std::string& token_hash) override {
    conn_.Execute("DELETE FROM sessions WHERE token_hash = ?", {Of(token_hash)});
  }
  void DeleteExpiredSessions(const std::string& now) override {
    conn_.Execute("DELETE FROM sessions WHERE expires_at <= ?", {Of(now)});
  }

 private:
  std::optional<UserRecord> LoadUser(const std::string& condition, storage::Value param) {
    auto rows = conn_.Query(
        "SELECT u.id, u.login, u.password_hash, u.display_name, u.person_id, u.active, g.role, g.scope "
        "FROM users u LEFT JOIN user_grants g ON g.user_id = u.id WHERE " + condition + " ORDER BY g.role, g.scope",
        {param});
    if (rows.empty()) return std::nullopt;
    const auto& r = rows.rows.front();
    UserRecord u;
    u.id = r.Int(0);
    u.login = r.Text(1);
    u.password_hash = r.Text(2);
    u.display_name = r.Text(3);
    u.person_id = r.OptInt(4);
    u.active = r.Bool(5);
    u.grants = ParseGrants(rows, 6, 7);
    return u;
  }

  storage::Connection& conn_;
};

}  // namespace

core::Result<void> SqlIdentityStorage::Transact(
    const std::function<core::Result<void>(IdentityStore&, audit::AuditTrail&)>& work) {
  return db_.InTransactionResult([&](storage::Connection& conn) {
    SqlIdentityStore store(conn);
    auto trail = audit::MakeSqlAuditTrail(conn, clock_);
    return work(store, *trail);
  });
}

void SqlIdentityStorage::Read(const std::function<void(IdentityStore&)>& work) {
  auto conn = db_.Acquire();
  SqlIdentityStore store(*conn);
  work(store);
}

}  // namespace metodset::identity
