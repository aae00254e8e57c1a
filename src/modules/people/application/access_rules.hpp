#pragma once
// Who may read and keep the people registry (docs/api/PEOPLE.md "Who sees whom", ADR 0003).

#include <initializer_list>

#include "platform/core/principal.hpp"

namespace metodset::people::access {

using core::Role;

/// Roles that read and write persons within their scope.
inline constexpr std::initializer_list<Role> kKeepers = {Role::kRegionalAdmin, Role::kMunicipalCoordinator,
                                                         Role::kOrgAdmin};
/// The role that reads her own card (scope `self`).
inline constexpr std::initializer_list<Role> kSelf = {Role::kTeacher};

}  // namespace metodset::people::access
