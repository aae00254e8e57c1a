#pragma once
// Who may read and keep collegial bodies (docs/api/BODIES.md "Who may do what", ADR 0003).

#include <initializer_list>

#include "platform/core/principal.hpp"

namespace metodset::bodies::access {

using core::Role;

/// Roles that create bodies, keep their membership and record their sessions within their scope: the school's
/// administration (school bodies), the municipal methodological service (001 §3.8.4, 004 §5.1.1: the education
/// department appoints the curator) and the regional operator.
inline constexpr std::initializer_list<Role> kKeepers = {Role::kRegionalAdmin, Role::kMunicipalCoordinator,
                                                         Role::kOrgAdmin};
/// Associations are regional (003 §App3 3.5, §App4): the regional operator keeps them.
inline constexpr std::initializer_list<Role> kAssociationKeepers = {Role::kRegionalAdmin};

}  // namespace metodset::bodies::access
