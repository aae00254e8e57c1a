#include "platform/core/principal.hpp"

#include <array>
#include <charconv>
#include <utility>

namespace metodset::core {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 7> kRoleNames{{
    {Role::kRegionalAdmin, "regional-admin"},
    {Role::kMunicipalCoordinator, "municipal-coordinator"},
    {Role::kOrgAdmin, "org-admin"},
    {Role::kPoolMember, "pool-member"},
    {Role::kMentor, "mentor"},
    {Role::kExpert, "expert"},
    {Role::kTeacher, "teacher"},
}};

std::optional<std::int64_t> ParseId(std::string_view text) {
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc{} || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

}  // namespace

std::string_view RoleName(Role role) {
  for (const auto& [r, name] : kRoleNames) {
    if (r == role) return name;
  }
  return "unknown";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (const auto& [r, n] : kRoleNames) {
    if (n == name) return r;
  }
  return std::nullopt;
}

const std::vector<Role>& AllRoles() {
  static const std::vector<Role> roles = [] {
    std::vector<Role> out;
    for (const auto& [r, n] : kRoleNames) out.push_back(r);
    return out;
  }();
  return roles;
}

std::string FormatScope(const Scope& scope) {
  switch (scope.kind) {
    case ScopeKind::kAll:
      return "all";
    case ScopeKind::kSelf:
      return "self";
    case ScopeKind::kRegion:
      return "region:" + std::to_string(scope.id);
    case ScopeKind::kMunicipality:
      return "municipality:" + std::to_string(scope.id);
    case ScopeKind::kOrganisation:
      return "organisation:" + std::to_string(scope.id);
  }
  return "self";
}

std::optional<Scope> ParseScope(std::string_view text) {
  if (text == "all") return Scope{ScopeKind::kAll, 0};
  if (text == "self") return Scope{ScopeKind::kSelf, 0};
  auto colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  auto kind_text = text.substr(0, colon);
  auto id = ParseId(text.substr(colon + 1));
  if (!id) return std::nullopt;
  if (kind_text == "region") return Scope{ScopeKind::kRegion, *id};
  if (kind_text == "municipality") return Scope{ScopeKind::kMunicipality, *id};
  if (kind_text == "organisation") return Scope{ScopeKind::kOrganisation, *id};
  return std::nullopt;
}

bool ScopeReaches(const Scope& scope, const TerritoryPath& path, std::optional<std::int64_t> own_person_id) {
  switch (scope.kind) {
    case ScopeKind::kAll:
      return true;
    case ScopeKind::kRegion:
      return path.region_id == scope.id;
    case ScopeKind::kMunicipality:
      return path.municipality_id && *path.municipality_id == scope.id;
    case ScopeKind::kOrganisation:
      return path.organisation_id && *path.organisation_id == scope.id;
    case ScopeKind::kSelf:
      return own_person_id && path.person_id && *path.person_id == *own_person_id;
  }
  return false;
}

bool Principal::HasRole(Role role) const {
  for (const auto& g : grants) {
    if (g.role == role) return true;
  }
  return false;
}

std::optional<Grant> Principal::GrantFor(const TerritoryPath& path, std::initializer_list<Role> roles) const {
  for (const auto& g : grants) {
    for (Role r : roles) {
      if (g.role == r && ScopeReaches(g.scope, path, person_id)) return g;
    }
  }
  return std::nullopt;
}

ScopeFilter ScopeFilterFor(const Principal& principal, std::initializer_list<Role> roles) {
  ScopeFilter filter;
  for (const auto& g : principal.grants) {
    bool wanted = false;
    for (Role r : roles) wanted = wanted || g.role == r;
    if (!wanted) continue;
    switch (g.scope.kind) {
      case ScopeKind::kAll:
        filter.all = true;
        break;
      case ScopeKind::kRegion:
        filter.regions.push_back(g.scope.id);
        break;
      case ScopeKind::kMunicipality:
        filter.municipalities.push_back(g.scope.id);
        break;
      case ScopeKind::kOrganisation:
        filter.organisations.push_back(g.scope.id);
        break;
      case ScopeKind::kSelf:
        if (principal.person_id) filter.persons.push_back(*principal.person_id);
        break;
    }
  }
  return filter;
}

bool Principal::Reaches(const TerritoryPath& path, std::initializer_list<Role> roles) const {
  return GrantFor(path, roles).has_value();
}

}  // namespace metodset::core
