#pragma once

#include "modules/audit/application/audit_query.hpp"
#include "modules/audit/application/audit_trail.hpp"
#include "platform/core/clock.hpp"
#include "platform/storage/database.hpp"

namespace metodset::audit {

/// Writes entries through the connection of the caller's transaction.
class SqlAuditTrail final : public AuditTrail {
 public:
  SqlAuditTrail(storage::Connection& conn, const core::Clock& clock) : conn_(conn), clock_(clock) {}
  void Record(AuditEntry entry) override;

 private:
  storage::Connection& conn_;
  const core::Clock& clock_;
};

/// Reads the log.
class SqlAuditReader final : public AuditReader {
 public:
  explicit SqlAuditReader(storage::Database& db) : db_(db) {}
  AuditPage Find(const AuditFilter& filter, const core::ScopeFilter& scope) override;

 private:
  storage::Database& db_;
};


}  // namespace metodset::audit
