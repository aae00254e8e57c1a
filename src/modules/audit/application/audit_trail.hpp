#pragma once

#include "modules/audit/domain/audit_entry.hpp"

namespace metodset::audit {

/// Port: appends entries to the audit log inside the caller's transaction, so a write and its record
/// commit or vanish together.
class AuditTrail {
 public:
  virtual ~AuditTrail() = default;
  virtual void Record(AuditEntry entry) = 0;
};

}  // namespace metodset::audit
