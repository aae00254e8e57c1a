#include "modules/identity/application/identity_service.hpp"

namespace metodset::identity {

core::Result<void> IdentityService::Logout(const core::Actor& actor) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<UserRecord> user;
  storage_.Read([&](IdentityStore& store) { user = store.FindUser(actor.principal->user_id); });
  auto path = PathOfUser(user ? &*user : nullptr);
  auto done = storage_.Transact([&](IdentityStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    store.DeleteSession(actor.principal->session_id);
    trail.Record(audit::EntryFor(actor, "logout", "user", actor.principal->user_id, path, std::nullopt));
    return core::Ok{};
  });
  // After the delete is committed: a request that re-read the session meanwhile must not keep it alive.
  session_cache_.Evict(actor.principal->session_id);
  return done;
}

}  // namespace metodset::identity
