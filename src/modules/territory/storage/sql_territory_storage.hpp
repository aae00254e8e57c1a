#pragma once

#include "modules/territory/application/territory_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/storage/database.hpp"

namespace metodset::territory {

/// TerritoryStorage over the platform database.
class SqlTerritoryStorage final : public TerritoryStorage {
 public:
  SqlTerritoryStorage(storage::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}
  core::Result<void> Transact(const std::function<core::Result<void>(TerritoryStore&, audit::AuditTrail&)>& work) override;
  void Read(const std::function<void(TerritoryStore&)>& work) override;

 private:
  storage::Database& db_;
  const core::Clock& clock_;
};

/// Creates a region (demo and installation set-up; regions are not edited through the API).
std::int64_t InsertRegion(storage::Connection& conn, const std::string& name, const std::string& code,
                          const std::string& now);

}  // namespace metodset::territory
