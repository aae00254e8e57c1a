#include "modules/identity/application/session_cache.hpp"

namespace metodset::identity {

std::optional<SessionRecord> SessionCache::Fresh(const std::string& token_hash, core::TimePoint now) const {
  if (revalidate_after_.count() <= 0) return std::nullopt;
  auto& shard = ShardOf(token_hash);
  std::lock_guard lock(shard.mutex);
  auto it = shard.entries.find(token_hash);
  // A clock that went back also forces a re-read.
  if (it == shard.entries.end() || now < it->second.read_at || now - it->second.read_at >= revalidate_after_) {
    return std::nullopt;
  }
  return it->second.session;
}

void SessionCache::Put(const std::string& token_hash, const SessionRecord& session, core::TimePoint read_at) {
  if (revalidate_after_.count() <= 0) return;
  auto& shard = ShardOf(token_hash);
  std::lock_guard lock(shard.mutex);
  if (shard.entries.size() >= capacity_per_shard_ && !shard.entries.contains(token_hash)) {
    // Drop the stale snapshots; if all are fresh (a burst of new sessions), start the shard afresh.
    std::erase_if(shard.entries, [&](const auto& e) { return read_at - e.second.read_at >= revalidate_after_; });
    if (shard.entries.size() >= capacity_per_shard_) shard.entries.clear();
  }
  shard.entries.insert_or_assign(token_hash, Entry{session, read_at});
}

void SessionCache::Evict(const std::string& token_hash) {
  auto& shard = ShardOf(token_hash);
  std::lock_guard lock(shard.mutex);
  shard.entries.erase(token_hash);
}

}  // namespace metodset::identity
