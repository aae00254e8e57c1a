#pragma once
// Answers of hot read-only list pages kept for reuse (docs/adr/0005-page-cache.md). A kept answer is given
// again only to the same principal (user, person and grants) for the same method and target, while the
// database generation it was computed at is still current (no write through this process since) and for
// at most `ttl` (writes by other processes sharing the database show within that time, as with the session
// snapshots of ADR 0004). Only 200 answers are kept. Handlers still decide everything on a miss: the cache
// replays their answer, it never computes one.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "platform/http/request.hpp"
#include "platform/http/response.hpp"

namespace metodset::http {

struct PageCacheOptions {
  std::chrono::milliseconds ttl{1000};
  std::size_t max_bytes = 64u << 20;  // all kept bodies together; past it the cache starts over
};

class PageCache {
 public:
  using Generation = std::function<std::uint64_t()>;
  using Now = std::function<std::chrono::steady_clock::time_point()>;
  explicit PageCache(Generation generation, PageCacheOptions options = {}, Now now = {});

  /// The kept answer for `request`, or `make()`'s answer (kept when its status is 200).
  Response Serve(const Request& request, const std::function<Response()>& make);

  /// Answers kept now and the hits and misses so far (for tests and the log).
  struct Stats {
    std::size_t entries = 0;
    std::size_t bytes = 0;
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
  };
  Stats stats() const;

 private:
  struct Entry {
    std::uint64_t generation = 0;
    std::chrono::steady_clock::time_point computed_at;
    std::string content_type;
    std::shared_ptr<const std::string> body;
  };
  Generation generation_;
  PageCacheOptions options_;
  Now now_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::size_t bytes_ = 0;
  std::uint64_t hits_ = 0;
  std::uint64_t misses_ = 0;
};

/// The key of a request: who asks (user, person, every grant) and what (method and raw target).
std::string PageCacheKey(const Request& request);

}  // namespace metodset::http
