// Catalogues, public figures and the territory locator.
#include "modules/territory/application/access_rules.hpp"
#include "modules/territory/application/organisation_columns.hpp"
#include "modules/territory/application/territory_service.hpp"

namespace metodset::territory {

core::Result<std::vector<CatalogueItem>> TerritoryService::Catalogue(const core::Actor& actor, const std::string& name) {
  if (!actor.principal) return core::Unauthenticated();
  std::vector<CatalogueItem> items;
  storage_.Read([&](TerritoryStore& store) { items = store.Catalogue(name); });
  if (items.empty()) return core::NotFound("Справочник «" + name + "» не найден");
  return items;
}

PublicSummary TerritoryService::Summary() {
  PublicSummary summary;
  storage_.Read([&](TerritoryStore& store) {
    auto regions = store.AllRegions();
    if (regions.empty()) return;
    summary.region = regions.front();
    summary.municipalities = store.CountMunicipalities(summary.region.id);
    summary.organisations = store.CountOrganisations(summary.region.id);
  });
  return summary;
}

namespace detail {

std::optional<core::TerritoryPath> LocateScope(TerritoryStore& store, const core::Scope& scope) {
  switch (scope.kind) {
    case core::ScopeKind::kRegion:
      if (store.FindRegion(scope.id)) return core::TerritoryPath{scope.id, std::nullopt, std::nullopt, std::nullopt};
      return std::nullopt;
    case core::ScopeKind::kMunicipality:
      if (auto m = store.FindMunicipality(scope.id)) return access::PathOf(*m);
      return std::nullopt;
    case core::ScopeKind::kOrganisation:
      if (auto o = store.FindOrganisation(scope.id)) return access::PathOf(*o);
      return std::nullopt;
    case core::ScopeKind::kAll:
    case core::ScopeKind::kSelf:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace detail

std::optional<core::TerritoryPath> StoredTerritoryLocator::Locate(const core::Scope& scope) {
  std::optional<core::TerritoryPath> path;
  storage_.Read([&](TerritoryStore& store) { path = detail::LocateScope(store, scope); });
  return path;
}

std::optional<std::int64_t> StoredTerritoryLocator::SoleRegion() {
  std::optional<std::int64_t> id;
  storage_.Read([&](TerritoryStore& store) {
    auto regions = store.AllRegions();
    if (regions.size() == 1) id = regions.front().id;
  });
  return id;
}

std::string StoredTerritoryLocator::Title(const core::Scope& scope) {
  std::string title;
  storage_.Read([&](TerritoryStore& store) {
    switch (scope.kind) {
      case core::ScopeKind::kAll:
        title = "вся система";
        break;
      case core::ScopeKind::kSelf:
        title = "собственные данные";
        break;
      case core::ScopeKind::kRegion:
        if (auto r = store.FindRegion(scope.id)) title = r->name;
        break;
      case core::ScopeKind::kMunicipality:
        if (auto m = store.FindMunicipality(scope.id)) title = m->name;
        break;
      case core::ScopeKind::kOrganisation:
        if (auto o = store.FindOrganisation(scope.id)) title = o->organisation.short_name;
        break;
    }
  });
  if (title.empty()) title = core::FormatScope(scope);
  return title;
}

}  // namespace metodset::territory
