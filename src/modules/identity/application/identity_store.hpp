#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "modules/audit/module.hpp"
#include "platform/core/principal.hpp"
#include "platform/core/result.hpp"

namespace metodset::identity {

/// A user account as stored.
struct UserRecord {
  std::int64_t id = 0;
  std::string login;
  std::string password_hash;
  std::string display_name;
  std::optional<std::int64_t> person_id;
  bool active = true;
  std::vector<core::Grant> grants;
};

/// A stored session together with its user: what resolving a cookie needs, in one read.
struct SessionRecord {
  std::int64_t user_id = 0;
  std::string csrf_token;
  std::string expires_at;
  std::string last_seen_at;
  UserRecord user;
};

/// Port: users, sessions and login attempts.
class IdentityStore {
 public:
  virtual ~IdentityStore() = default;
  virtual std::optional<UserRecord> FindUserByLogin(const std::string& login) = 0;
  virtual std::optional<UserRecord> FindUser(std::int64_t id) = 0;
  virtual std::int64_t CreateUser(const UserRecord& user, const std::string& created_at) = 0;
  virtual int CountFailuresForLogin(const std::string& login, const std::string& since) = 0;
  virtual int CountFailuresForIp(const std::string& ip, const std::string& since) = 0;
  virtual void RecordAttempt(const std::string& login, const std::string& ip, const std::string& at, bool succeeded) = 0;
  virtual void CreateSession(const std::string& token_hash, std::int64_t user_id, const std::string& csrf_token,
                             const std::string& now, const std::string& expires_at, const std::string& ip) = 0;
  virtual std::optional<SessionRecord> FindSession(const std::string& token_hash) = 0;
  virtual void TouchSession(const std::string& token_hash, const std::string& now, const std::string& expires_at) = 0;
  virtual void DeleteSession(const std::string& token_hash) = 0;
  virtual void DeleteExpiredSessions(const std::string& now) = 0;
};

/// Port: runs work in one transaction with the store and an audit trail bound to it.
class IdentityStorage {
 public:
  virtual ~IdentityStorage() = default;
  virtual core::Result<void> Transact(const std::function<core::Result<void>(IdentityStore&, audit::AuditTrail&)>& work) = 0;
  /// Read-only work outside a transaction.
  virtual void Read(const std::function<void(IdentityStore&)>& work) = 0;
};

}  // namespace metodset::identity
