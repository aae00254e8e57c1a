#pragma once
// A per-process snapshot of recently checked sessions (ADR 0004). A request whose session was read from the
// database less than `revalidate_after` ago is answered from the snapshot; older snapshots are re-read, so
// a logout, a deactivated user or a changed grant made by another process or server takes effect within
// that interval. A logout through this process evicts the session at once.
#include <array>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "modules/identity/application/identity_store.hpp"
#include "platform/core/clock.hpp"

namespace metodset::identity {

class SessionCache {
 public:
  explicit SessionCache(std::chrono::milliseconds revalidate_after, std::size_t capacity = 20000)
      : revalidate_after_(revalidate_after), capacity_per_shard_(capacity / kShards + 1) {}

  /// The session stored under `token_hash` if it was read from the database after `now - revalidate_after`.
  std::optional<SessionRecord> Fresh(const std::string& token_hash, core::TimePoint now) const;
  /// Remembers a session just read from the database.
  void Put(const std::string& token_hash, const SessionRecord& session, core::TimePoint read_at);
  void Evict(const std::string& token_hash);

 private:
  static constexpr std::size_t kShards = 16;
  struct Entry {
    SessionRecord session;
    core::TimePoint read_at;
  };
  struct Shard {
    mutable std::mutex mutex;
    std::unordered_map<std::string, Entry> entries;
  };
  Shard& ShardOf(const std::string& token_hash) const {
    return shards_[std::hash<std::string>{}(token_hash) % kShards];
  }

  std::chrono::milliseconds revalidate_after_;
  std::size_t capacity_per_shard_;
  mutable std::array<Shard, kShards> shards_;
};

}  // namespace metodset::identity
