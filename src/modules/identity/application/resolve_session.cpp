#include "modules/identity/application/identity_service.hpp"

namespace metodset::identity {

std::optional<core::Principal> IdentityService::ResolveSession(const std::string& token) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  auto token_hash = security::TokenHash(token);
  const auto now_tp = clock_.Now();
  const auto now = core::FormatTimestamp(now_tp);
  if (auto cached = session_cache_.Fresh(token_hash, now_tp)) {
    if (cached->expires_at > now) return PrincipalOf(cached->user, token_hash, cached->csrf_token);
    session_cache_.Evict(token_hash);
    return std::nullopt;
  }
  std::optional<SessionRecord> session;
  storage_.Read([&](IdentityStore& store) { session = store.FindSession(token_hash); });
  if (!session || !session->user.active || session->expires_at <= now) {
    session_cache_.Evict(token_hash);
    return std::nullopt;
  }
  // Sliding expiry, written at most once per touch_interval so that reads stay reads.
  if (session->last_seen_at < core::FormatTimestamp(now_tp - sessions_.touch_interval)) {
    auto expires = core::FormatTimestamp(now_tp + sessions_.idle_lifetime);
    (void)storage_.Transact([&](IdentityStore& store, audit::AuditTrail&) -> core::Result<void> {
      store.TouchSession(token_hash, now, expires);
      return core::Ok{};
    });
    session->last_seen_at = now;
    session->expires_at = expires;
  }
  session_cache_.Put(token_hash, *session, now_tp);
  return PrincipalOf(session->user, token_hash, session->csrf_token);
}

}  // namespace metodset::identity
