#pragma once
// Who may read and keep regulation profiles of methodist pools (docs/api/POOL.md "Who may do what", ADR 0003).

#include <initializer_list>
#include <optional>

#include "modules/pool/application/pool_store.hpp"
#include "platform/core/principal.hpp"
#include "platform/core/territory_locator.hpp"

namespace metodset::pool::access {

using core::Role;

/// Roles that read the profiles in force where they work and check persons against them (the people registry's
/// keepers: persons are read through its own rules).
inline constexpr std::initializer_list<Role> kReaders = {Role::kRegionalAdmin, Role::kMunicipalCoordinator,
                                                         Role::kOrgAdmin};
/// Roles that copy presets and save versions, within their scope (SPEC §1: the regional admin configures
/// regulation profiles; a municipal coordinator forms the municipal asset).
inline constexpr std::initializer_list<Role> kEditors = {Role::kRegionalAdmin, Role::kMunicipalCoordinator};

/// Whether a reader grant sees a profile of `territory`: it reaches the territory (a regional admin, the
/// coordinator of that municipality), or the profile is in force where the grant works (a region's profile for
/// everyone working in the region, a municipality's for everyone working in it).
bool CanRead(const core::Principal& principal, core::TerritoryLocator& locator, const ProfileTerritory& territory);

/// The profiles the caller's reader grants see, for lists.
ProfileVisibility VisibilityOf(const core::Principal& principal, core::TerritoryLocator& locator);

}  // namespace metodset::pool::access
