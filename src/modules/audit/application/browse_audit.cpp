#include "modules/audit/application/audit_query.hpp"

#include "modules/audit/application/audit_trail.hpp"

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

core::Result<AuditPage> ExportAudit(const core::Actor& actor, AuditReader& reader, AuditFilter filter,
                                    AuditTrail& trail, core::TerritoryLocator& locator) {
  filter.page = 1;
  filter.size = kMaxAuditExport;
  auto page = BrowseAudit(actor, reader, filter);
  if (!page) return page.error();
  if (page->total > kMaxAuditExport) {
    return core::ValidationError("from", "Выбрано больше 20 000 записей: сузьте период или другие условия отбора");
  }
  std::optional<core::Grant> grant;
  core::TerritoryPath path;
  for (const auto& g : actor.principal->grants) {
    if (g.role != core::Role::kRegionalAdmin && g.role != core::Role::kMunicipalCoordinator) continue;
    grant = g;
    path = locator.Locate(g.scope).value_or(core::TerritoryPath{locator.SoleRegion().value_or(0)});
    break;
  }
  auto e = EntryFor(actor, "export", "audit", std::nullopt, path, grant);
  e.detail = "Выгрузка журнала аудита в XLSX: " + std::to_string(page->items.size()) + " записей";
  trail.Record(std::move(e));
  return page;
}

}  // namespace metodset::audit
