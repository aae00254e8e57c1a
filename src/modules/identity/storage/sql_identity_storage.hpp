#pragma once

#include "modules/identity/application/identity_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/storage/database.hpp"

namespace metodset::identity {

/// IdentityStorage over the platform database.
class SqlIdentityStorage final : public IdentityStorage {
 public:
  SqlIdentityStorage(storage::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}
  core::Result<void> Transact(const std::function<core::Result<void>(IdentityStore&, audit::AuditTrail&)>& work) override;
  void Read(const std::function<void(IdentityStore&)>& work) override;

 private:
  storage::Database& db_;
  const core::Clock& clock_;
};

}  // namespace metodset::identity
