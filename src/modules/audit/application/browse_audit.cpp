#include "modules/audit/application/audit_query.hpp"

namespace metodset::audit {

core::Result<AuditPage> BrowseAudit(const core::Actor& actor, AuditReader& reader, const AuditFilter& filter) {
  if (!actor.principal) return core::Unauthenticated();
  auto scope = core::ScopeFilterFor(*actor.principal, {core::Role::kRegionalAdmin, core::Role::kMunicipalCoordinator});
  if (scope.Empty()) return core::Forbidden("Журнал аудита доступен региональному оператору и муниципальному координатору");
  if (filter.from && filter.to && *filter.from > *filter.to) {
    return core::ValidationError("from", "Начало периода позже его окончания");
  }
  return reader.Find(filter, scope);
}

}  // namespace metodset::audit
