#pragma once

#include "modules/pool/application/pool_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/storage/database.hpp"

namespace metodset::pool {

/// PoolStorage over the platform database (SQLite and PostgreSQL alike): the profile versions of
/// migrations/*/0005_pool_profiles.sql, and the people registry's tables read in bulk for screening.
class SqlPoolStorage final : public PoolStorage {
 public:
  SqlPoolStorage(storage::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}
  core::Result<void> Transact(const std::function<core::Result<void>(PoolStore&, audit::AuditTrail&)>& work) override;
  void Read(const std::function<void(PoolStore&)>& work) override;

 private:
  storage::Database& db_;
  const core::Clock& clock_;
};

}  // namespace metodset::pool
