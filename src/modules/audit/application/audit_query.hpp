#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/audit/domain/audit_entry.hpp"
#include "platform/core/date.hpp"
#include "platform/core/principal.hpp"
#include "platform/core/result.hpp"
#include "platform/core/territory_locator.hpp"

namespace metodset::audit {

/// Filters of the audit log page.
struct AuditFilter {
  std::optional<std::string> actor_login;
  std::optional<std::string> action;
  std::optional<std::string> object_type;
  std::optional<std::int64_t> object_id;
  std::optional<core::Date> from;
  std::optional<core::Date> to;  // inclusive
  int page = 1;
  int size = 50;
};

/// A stored entry with its id.
struct StoredAuditEntry {
  std::int64_t id = 0;
  AuditEntry entry;
};

/// A page of entries.
struct AuditPage {
  std::vector<StoredAuditEntry> items;
  std::int64_t total = 0;
};

/// Port: reads the log, restricted to what `scope` reaches.
class AuditReader {
 public:
  virtual ~AuditReader() = default;
  virtual AuditPage Find(const AuditFilter& filter, const core::ScopeFilter& scope) = 0;
};

/// Use case: the regional admin (or a municipal coordinator, for her municipality) browses the log.
core::Result<AuditPage> BrowseAudit(const core::Actor& actor, AuditReader& reader, const AuditFilter& filter);

/// The most entries one export holds; a larger selection asks the user to narrow the filter.
inline constexpr int kMaxAuditExport = 20000;

/// Use case: the filtered log for an XLSX export. The export itself is recorded in the log (SPEC §14:
/// every export of personal data), through `trail`, in the place of the caller's grant.
core::Result<AuditPage> ExportAudit(const core::Actor& actor, AuditReader& reader, AuditFilter filter,
                                    class AuditTrail& trail, core::TerritoryLocator& locator);

}  // namespace metodset::audit
