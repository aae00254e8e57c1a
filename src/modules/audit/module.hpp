#pragma once

// The audit module as other modules see it: entries, the trail port, and factories of its SQL
// implementation for other modules' storage layers (declared here without pulling in storage headers).

#include <memory>

#include "modules/audit/application/audit_trail.hpp"
#include "modules/audit/domain/audit_entry.hpp"

namespace metodset::storage {
class Connection;
class Database;
}  // namespace metodset::storage
namespace metodset::core {
class Clock;
}  // namespace metodset::core

namespace metodset::audit {

/// A trail that writes through `conn`, inside the caller's transaction.
std::unique_ptr<AuditTrail> MakeSqlAuditTrail(storage::Connection& conn, const core::Clock& clock);
/// Appends one entry in a transaction of its own.
void RecordStandalone(storage::Database& db, const core::Clock& clock, AuditEntry entry);

}  // namespace metodset::audit
