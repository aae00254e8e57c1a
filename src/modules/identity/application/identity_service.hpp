#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "modules/identity/application/identity_store.hpp"
#include "modules/identity/application/session_cache.hpp"
#include "modules/identity/domain/credentials_policy.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/territory_locator.hpp"
#include "platform/security/password_hasher.hpp"

namespace metodset::identity {

/// What a successful login hands to the HTTP layer: the cookie token and the session's principal.
struct LoginResult {
  std::string session_token;
  core::Principal principal;
  std::string display_name;
};

/// A new account.
struct NewUser {
  std::string login;
  std::string password;
  std::string display_name;
  std::optional<std::int64_t> person_id;
  std::vector<core::Grant> grants;
};

/// Session settings.
struct SessionPolicy {
  std::chrono::hours idle_lifetime{8};
  std::chrono::seconds touch_interval{60};  // last_seen is written at most this often
  /// How long a session read from the database answers requests without a re-read (ADR 0004); zero
  /// reads the database on every request.
  std::chrono::milliseconds revalidate_after{1000};
};

/// The use cases of identity: log in and out, resolve a session cookie, add users.
class IdentityService {
 public:
  IdentityService(IdentityStorage& storage, const security::PasswordHasher& hasher, const core::Clock& clock,
                  core::TerritoryLocator& locator, ThrottleRule throttle = {}, SessionPolicy sessions = {});

  /// 003-agnostic login: the same answer for an unknown login and a wrong password; throttled after
  /// repeated failures; every attempt audited.
  core::Result<LoginResult> Login(const std::string& login, const std::string& password, const core::Actor& actor);
  /// Ends the caller's session (audited).
  core::Result<void> Logout(const core::Actor& actor);
  /// The principal of a live session token, refreshing its expiry; nullopt for unknown or expired tokens.
  std::optional<core::Principal> ResolveSession(const std::string& token);
  /// Creates a user (command line, demo); audited as done by `actor`.
  core::Result<std::int64_t> AddUser(const NewUser& user, const core::Actor& actor);
  /// Records a refused state-changing request without the CSRF token.
  void RecordCsrfRejection(const core::Actor& actor, const std::string& method_and_path);
  /// Display name of a user (for /auth/me).
  std::optional<std::string> DisplayName(std::int64_t user_id);
  core::TerritoryLocator& locator() { return locator_; }

 private:
  core::TerritoryPath PathOfUser(const UserRecord* user);
  core::Principal PrincipalOf(const UserRecord& user, std::string session_hash, std::string csrf) const;

  IdentityStorage& storage_;
  const security::PasswordHasher& hasher_;
  const core::Clock& clock_;
  core::TerritoryLocator& locator_;
  ThrottleRule throttle_;
  SessionPolicy sessions_;
  SessionCache session_cache_;
};

}  // namespace metodset::identity
