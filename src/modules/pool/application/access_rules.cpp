#include "modules/pool/application/access_rules.hpp"

#include <algorithm>

namespace metodset::pool::access {
namespace {

bool IsReader(core::Role role) { return std::find(kReaders.begin(), kReaders.end(), role) != kReaders.end(); }

// Where a grant works, as a path; nullopt for `self` grants and units the territory does not know.
std::optional<core::TerritoryPath> PlaceOf(const core::Grant& grant, core::TerritoryLocator& locator) {
  if (grant.scope.kind == core::ScopeKind::kSelf || grant.scope.kind == core::ScopeKind::kAll) return std::nullopt;
  return locator.Locate(grant.scope);
}

}  // namespace

bool CanRead(const core::Principal& principal, core::TerritoryLocator& locator, const ProfileTerritory& territory) {
  if (principal.Reaches(territory.Path(), kReaders)) return true;
  for (const auto& grant : principal.grants) {
    if (!IsReader(grant.role)) continue;
    const auto place = PlaceOf(grant, locator);
    if (!place || place->region_id != territory.region_id) continue;
    // The region's profile is in force in all of it; a municipality's, in that municipality.
    if (!territory.municipality_id || territory.municipality_id == place->municipality_id) return true;
  }
  return false;
}

ProfileVisibility VisibilityOf(const core::Principal& principal, core::TerritoryLocator& locator) {
  ProfileVisibility v;
  for (const auto& grant : principal.grants) {
    if (!IsReader(grant.role)) continue;
    switch (grant.scope.kind) {
      case core::ScopeKind::kAll:
        v.all = true;
        break;
      case core::ScopeKind::kRegion:
        v.regions.push_back(grant.scope.id);
        break;
      case core::ScopeKind::kMunicipality:
      case core::ScopeKind::kOrganisation:
        if (const auto place = PlaceOf(grant, locator)) {
          if (place->municipality_id) v.municipalities.push_back(*place->municipality_id);
          v.regional_profiles.push_back(place->region_id);
        }
        break;
      case core::ScopeKind::kSelf:
        break;
    }
  }
  return v;
}

}  // namespace metodset::pool::access
