#include "modules/identity/application/identity_service.hpp"

namespace metodset::identity {

IdentityService::IdentityService(IdentityStorage& storage, const security::PasswordHasher& hasher,
                                 const core::Clock& clock, core::TerritoryLocator& locator, ThrottleRule throttle,
                                 SessionPolicy sessions)
    : storage_(storage), hasher_(hasher), clock_(clock), locator_(locator), throttle_(throttle), sessions_(sessions),
      session_cache_(sessions.revalidate_after) {}

core::TerritoryPath IdentityService::PathOfUser(const UserRecord* user) {
  // Login events belong to the place of the user's first grant, so that the regional admin (and the
  // municipal coordinator) of that place see them; unknown logins belong to the installation's only region.
  if (user) {
    for (const auto& g : user->grants) {
      if (g.scope.kind == core::ScopeKind::kAll || g.scope.kind == core::ScopeKind::kSelf) continue;
      if (auto path = locator_.Locate(g.scope)) return *path;
    }
  }
  core::TerritoryPath path;
  path.region_id = locator_.SoleRegion().value_or(0);
  return path;
}

core::Principal IdentityService::PrincipalOf(const UserRecord& user, std::string session_hash, std::string csrf) const {
  core::Principal p;
  p.user_id = user.id;
  p.login = user.login;
  p.person_id = user.person_id;
  p.grants = user.grants;
  p.session_id = std::move(session_hash);
  p.csrf_token = std::move(csrf);
  return p;
}

std::optional<std::string> IdentityService::DisplayName(std::int64_t user_id) {
  std::optional<std::string> name;
  storage_.Read([&](IdentityStore& store) {
    if (auto user = store.FindUser(user_id)) name = user->display_name;
  });
  return name;
}

void IdentityService::RecordCsrfRejection(const core::Actor& actor, const std::string& method_and_path) {
  const UserRecord* none = nullptr;
  std::optional<UserRecord> user;
  if (actor.principal) storage_.Read([&](IdentityStore& store) { user = store.FindUser(actor.principal->user_id); });
  auto entry = audit::EntryFor(actor, "csrf_rejected", "request", std::nullopt, PathOfUser(user ? &*user : none),
                               std::nullopt);
  entry.outcome = audit::Outcome::kDenied;
  entry.detail = method_and_path;
  (void)storage_.Transact([&](IdentityStore&, audit::AuditTrail& trail) -> core::Result<void> {
    trail.Record(std::move(entry));
    return core::Ok{};
  });
}

}  // namespace metodset::identity
