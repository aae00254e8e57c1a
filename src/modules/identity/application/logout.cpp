#include "modules/identity/application/identity_service.hpp"

namespace metodset::identity {

core::Result<void> IdentityService::Logout(const core::Actor& actor) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<UserRecord> user;
  storage_.Read([&](IdentityStore& store) { user = store.FindUser(actor.principal->user_id); });
  auto path = PathOfUser(user ? &*user : nullptr);
  session_cache_.Evict(actor.principal->session_id);
  return storage_.Transact([&](IdentityStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    store.DeleteSession(actor.principal->session_id);
    trail.Record(audit::EntryFor(actor, "logout", "user", actor.principal->user_id, path, std::nullopt));
    return core::Ok{};
  });
}

}  // namespace metodset::identity
