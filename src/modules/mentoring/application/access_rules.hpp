#pragma once
// Who may read and keep mentoring pairs (docs/api/MENTORING.md "Who may do what", ADR 0003).

#include <initializer_list>

#include "platform/core/principal.hpp"

namespace metodset::mentoring::access {

using core::Role;

/// Roles that read, propose, appoint, replace and complete pairs within their scope: the school's
/// administration (deputy director, 003 §App2 8.1), the municipal methodological service and the regional
/// operator (SPEC §1).
inline constexpr std::initializer_list<Role> kKeepers = {Role::kRegionalAdmin, Role::kMunicipalCoordinator,
                                                         Role::kOrgAdmin};

}  // namespace metodset::mentoring::access
