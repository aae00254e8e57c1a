#pragma once

// Which roles may do what with the territory registry (SPEC §1): kept in one place so that the use
// cases and the authorisation-matrix test agree.

#include <initializer_list>

#include "modules/territory/application/territory_store.hpp"
#include "platform/core/principal.hpp"

namespace metodset::territory::access {

using core::Role;

/// Roles that may read the registry within their scope (a teacher's `self` scope reaches no organisation).
inline constexpr std::initializer_list<Role> kReaders = {Role::kRegionalAdmin, Role::kMunicipalCoordinator,
                                                         Role::kOrgAdmin,      Role::kPoolMember,
                                                         Role::kMentor,        Role::kExpert};
/// Roles that may create and delete organisations of their territory.
inline constexpr std::initializer_list<Role> kOrganisationManagers = {Role::kRegionalAdmin, Role::kMunicipalCoordinator};
/// Roles that may edit an organisation's card (the school's own administrator included).
inline constexpr std::initializer_list<Role> kOrganisationEditors = {Role::kRegionalAdmin, Role::kMunicipalCoordinator,
                                                                     Role::kOrgAdmin};
/// Roles that may create and edit municipalities.
inline constexpr std::initializer_list<Role> kMunicipalityManagers = {Role::kRegionalAdmin};
/// Roles that may keep methodological structures at their level.
inline constexpr std::initializer_list<Role> kStructureManagers = {Role::kRegionalAdmin, Role::kMunicipalCoordinator,
                                                                   Role::kOrgAdmin};

/// The path of an organisation.
inline core::TerritoryPath PathOf(const OrganisationView& v) {
  return {v.region_id, v.organisation.municipality_id, v.organisation.id, std::nullopt};
}
/// The path of a municipality.
inline core::TerritoryPath PathOf(const Municipality& m) { return {m.region_id, m.id, std::nullopt, std::nullopt}; }
/// The path of a structure.
inline core::TerritoryPath PathOf(const Structure& s) {
  return {s.region_id, s.municipality_id, s.organisation_id, std::nullopt};
}

}  // namespace metodset::territory::access
