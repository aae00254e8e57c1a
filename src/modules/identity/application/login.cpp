#include "modules/identity/application/identity_service.hpp"
#include "platform/core/text.hpp"

namespace metodset::identity {
namespace {

constexpr std::size_t kMaxLoginInLog = 64;

std::string Since(const core::Clock& clock, std::chrono::minutes window) {
  return core::FormatTimestamp(clock.Now() - window);
}

}  // namespace

core::Result<LoginResult> IdentityService::Login(const std::string& raw_login, const std::string& password,
                                                 const core::Actor& actor) {
  std::string login = core::LowerUtf8(core::NormaliseSpaces(raw_login));
  if (login.empty()) return core::ValidationError("login", "Введите логин");
  if (password.empty()) return core::ValidationError("password", "Введите пароль");
  if (login.size() > kMaxLoginInLog) login.resize(kMaxLoginInLog);

  std::optional<UserRecord> user;
  int login_failures = 0;
  int ip_failures = 0;
  storage_.Read([&](IdentityStore& store) {
    user = store.FindUserByLogin(login);
    login_failures = store.CountFailuresForLogin(login, Since(clock_, throttle_.window));
    ip_failures = store.CountFailuresForIp(actor.ip, Since(clock_, throttle_.window));
  });
  const auto now = core::FormatTimestamp(clock_.Now());
  auto path = PathOfUser(user ? &*user : nullptr);
  auto base_entry = [&](const char* action, audit::Outcome outcome) {
    core::Actor anonymous = actor;
    anonymous.principal = nullptr;
    auto e = audit::EntryFor(anonymous, action, "user", user ? std::optional(user->id) : std::nullopt, path,
                             std::nullopt);
    e.actor_login = login;
    e.outcome = outcome;
    return e;
  };

  if (IsThrottled(throttle_, login_failures, ip_failures)) {
    (void)storage_.Transact([&](IdentityStore& store, audit::AuditTrail& trail) -> core::Result<void> {
      store.RecordAttempt(login, actor.ip, now, false);
      trail.Record(base_entry("login_throttled", audit::Outcome::kDenied));
      return core::Ok{};
    });
    return core::DomainError{core::ErrorKind::kRateLimited, "throttled",
                             "Слишком много неудачных попыток входа. Повторите через 15 минут.", {}};
  }

  bool verified = false;
  if (user && user->active) {
    verified = hasher_.Verify(password, user->password_hash);
  } else {
    hasher_.VerifyDummy(password);  // the same work, so timing does not tell unknown logins apart
  }
  if (!verified) {
    (void)storage_.Transact([&](IdentityStore& store, audit::AuditTrail& trail) -> core::Result<void> {
      store.RecordAttempt(login, actor.ip, now, false);
      trail.Record(base_entry("login_failed", audit::Outcome::kDenied));
      return core::Ok{};
    });
    return core::DomainError{core::ErrorKind::kUnauthenticated, "invalid_credentials", "Неверный логин или пароль", {}};
  }

  LoginResult result;
  result.session_token = security::RandomToken();
  auto token_hash = security::TokenHash(result.session_token);
  auto csrf = security::RandomToken();
  auto expires = core::FormatTimestamp(clock_.Now() + sessions_.idle_lifetime);
  auto written = storage_.Transact([&](IdentityStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    store.DeleteExpiredSessions(now);
    store.CreateSession(token_hash, user->id, csrf, now, expires, actor.ip);
    store.RecordAttempt(login, actor.ip, now, true);
    auto e = base_entry("login", audit::Outcome::kOk);
    e.user_id = user->id;
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!written) return written.error();
  result.principal = PrincipalOf(*user, token_hash, csrf);
  result.display_name = user->display_name;
  return result;
}

}  // namespace metodset::identity
