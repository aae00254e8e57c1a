#include "platform/http/page_cache.hpp"

#include <utility>

namespace metodset::http {

std::string PageCacheKey(const Request& request) {
  std::string key;
  key.reserve(64 + request.target.size());
  key += MethodName(request.method);
  key += ' ';
  key += request.target;
  key += '\n';
  if (!request.principal) return key + "anonymous";
  const auto& p = *request.principal;
  key += "user ";
  key += std::to_string(p.user_id);
  key += " person ";
  key += p.person_id ? std::to_string(*p.person_id) : "-";
  for (const auto& g : p.grants) {
    key += ' ';
    key += core::RoleName(g.role);
    key += '@';
    key += core::FormatScope(g.scope);
  }
  return key;
}

PageCache::PageCache(Generation generation, PageCacheOptions options, Now now)
    : generation_(std::move(generation)), options_(options), now_(std::move(now)) {
  if (!now_) now_ = [] { return std::chrono::steady_clock::now(); };
}

Response PageCache::Serve(const Request& request, const std::function<Response()>& make) {
  if (options_.ttl.count() <= 0) return make();  // switched off
  auto key = PageCacheKey(request);
  // Read before the handler reads anything: a write that commits while it runs makes its answer stale,
  // and the generation it is kept under is already behind.
  const std::uint64_t generation = generation_();
  const auto now = now_();
  {
    std::lock_guard lock(mutex_);
    if (auto it = entries_.find(key); it != entries_.end()) {
      const auto& e = it->second;
      if (e.generation == generation && now - e.computed_at < options_.ttl) {
        ++hits_;
        Response hit;
        hit.content_type = e.content_type;
        hit.shared_body = e.body;  // sent as it is, not copied
        return hit;
      }
      bytes_ -= e.body->size();
      entries_.erase(it);
    }
    ++misses_;
  }
  Response answer = make();
  if (answer.status != 200 || !answer.headers.empty() || !answer.file_path.empty()) return answer;
  // The answer goes out from the kept text too: one copy of the body in memory, none made per request.
  auto body = std::make_shared<const std::string>(std::move(answer.body));
  answer.shared_body = body;
  std::lock_guard lock(mutex_);
  if (bytes_ + body->size() > options_.max_bytes) {
    entries_.clear();
    bytes_ = 0;
    if (body->size() > options_.max_bytes) return answer;
  }
  auto [it, inserted] = entries_.try_emplace(std::move(key));
  if (!inserted) bytes_ -= it->second.body->size();
  it->second = Entry{generation, now, answer.content_type, body};
  bytes_ += body->size();
  return answer;
}

PageCache::Stats PageCache::stats() const {
  std::lock_guard lock(mutex_);
  return {entries_.size(), bytes_, hits_, misses_};
}

}  // namespace metodset::http
