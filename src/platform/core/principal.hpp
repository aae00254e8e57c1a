#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace metodset::core {

/// The roles of SPEC §1; each grant of a role carries one scope.
enum class Role { kRegionalAdmin, kMunicipalCoordinator, kOrgAdmin, kPoolMember, kMentor, kExpert, kTeacher };

/// How far a grant reaches: everything, one region, one municipality, one organisation or the user's own person.
enum class ScopeKind { kAll, kRegion, kMunicipality, kOrganisation, kSelf };

/// A parsed scope such as `municipality:12`.
struct Scope {
  ScopeKind kind = ScopeKind::kSelf;
  std::int64_t id = 0;  // unused for kAll and kSelf
  bool operator==(const Scope&) const = default;
};

/// One role held within one scope.
struct Grant {
  Role role = Role::kTeacher;
  Scope scope;
  bool operator==(const Grant&) const = default;
};

/// Where an object sits in the territory tree; the unit every scope check compares against.
struct TerritoryPath {
  std::int64_t region_id = 0;
  std::optional<std::int64_t> municipality_id;
  std::optional<std::int64_t> organisation_id;
  std::optional<std::int64_t> person_id;  // set for objects that belong to one person
};

/// The authenticated caller as every use case sees it.
struct Principal {
  std::int64_t user_id = 0;
  std::string login;
  std::optional<std::int64_t> person_id;
  std::vector<Grant> grants;
  std::string session_id;
  std::string csrf_token;

  bool HasRole(Role role) const;
  /// True if any grant of one of `roles` reaches the object at `path`.
  bool Reaches(const TerritoryPath& path, std::initializer_list<Role> roles) const;
  /// The first grant of one of `roles` that reaches `path`, for the audit record.
  std::optional<Grant> GrantFor(const TerritoryPath& path, std::initializer_list<Role> roles) const;
};

/// The territory units a caller may list, gathered from the grants of the given roles; the storage layer
/// turns it into a WHERE clause so that lists are filtered in the query, not after it.
struct ScopeFilter {
  bool all = false;
  std::vector<std::int64_t> regions;
  std::vector<std::int64_t> municipalities;
  std::vector<std::int64_t> organisations;
  std::vector<std::int64_t> persons;
  /// True when nothing at all is reachable.
  bool Empty() const {
    return !all && regions.empty() && municipalities.empty() && organisations.empty() && persons.empty();
  }
};

/// The scope filter of `principal` for `roles`.
ScopeFilter ScopeFilterFor(const Principal& principal, std::initializer_list<Role> roles);

/// Who acts, from where: what every use case receives alongside its input (for checks and the audit log).
struct Actor {
  const Principal* principal = nullptr;  // null for anonymous callers and the command line
  std::string ip;
  std::string request_id;
  /// Name used in the audit log for actions without a user (command line, demo).
  std::string system_name;
};

std::string_view RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);
std::string FormatScope(const Scope& scope);
std::optional<Scope> ParseScope(std::string_view text);
/// Whether a scope reaches an object at `path` (a municipality scope reaches its organisations, and so on).
bool ScopeReaches(const Scope& scope, const TerritoryPath& path, std::optional<std::int64_t> own_person_id);

/// Every role, in the order of SPEC §1.
const std::vector<Role>& AllRoles();

}  // namespace metodset::core
