#include "platform/http/page_cache.hpp"

#include <gtest/gtest.h>

namespace metodset::http {
namespace {

using std::chrono::milliseconds;
using TimePoint = std::chrono::steady_clock::time_point;

/// The text a response sends, wherever it holds it.
std::string BodyOf(const Response& r) { return r.shared_body ? *r.shared_body : r.body; }

struct Fixture {
  std::uint64_t generation = 7;
  TimePoint now{};
  int computed = 0;
  PageCache cache{[this] { return generation; }, PageCacheOptions{milliseconds(1000), 1000}, [this] { return now; }};

  /// The body of the answer to `request`.
  std::string Get(const Request& request, int status = 200, std::string body = "page") {
    return BodyOf(Answer(request, status, std::move(body)));
  }
  Response Answer(const Request& request, int status = 200, std::string body = "page") {
    return cache.Serve(request, [&] {
      ++computed;
      Response r;
      r.status = status;
      r.body = body + " #" + std::to_string(computed);
      return r;
    });
  }
};

Request ListAs(std::int64_t user, core::Scope scope, std::string target = "/api/v1/organisations?page=1&size=50") {
  Request r;
  r.target = std::move(target);
  core::Principal p;
  p.user_id = user;
  p.grants.push_back({core::Role::kMunicipalCoordinator, scope});
  r.principal = p;
  return r;
}

TEST(PageCache, RepeatsTheAnswerWhileNothingWasWritten) {
  Fixture f;
  auto request = ListAs(1, {core::ScopeKind::kMunicipality, 1});
  EXPECT_EQ(f.Get(request), "page #1");
  EXPECT_EQ(f.Get(request), "page #1");
  EXPECT_EQ(f.computed, 1);
  EXPECT_EQ(f.cache.stats().hits, 1u);
}

TEST(PageCache, AWriteThroughTheProcessMakesTheNextRequestCompute) {
  Fixture f;
  auto request = ListAs(1, {core::ScopeKind::kMunicipality, 1});
  f.Get(request);
  ++f.generation;
  EXPECT_EQ(f.Get(request), "page #2");
  EXPECT_EQ(f.Get(request), "page #2");
}

TEST(PageCache, AnAnswerIsNotKeptLongerThanItsTimeToLive) {
  Fixture f;
  auto request = ListAs(1, {core::ScopeKind::kMunicipality, 1});
  f.Get(request);
  f.now += milliseconds(999);
  EXPECT_EQ(f.Get(request), "page #1");
  f.now += milliseconds(1);
  EXPECT_EQ(f.Get(request), "page #2");
}

TEST(PageCache, AnotherPrincipalOrTargetNeverGetsTheAnswer) {
  Fixture f;
  f.Get(ListAs(1, {core::ScopeKind::kMunicipality, 1}));
  EXPECT_EQ(f.Get(ListAs(2, {core::ScopeKind::kMunicipality, 1})), "page #2");  // another user
  EXPECT_EQ(f.Get(ListAs(1, {core::ScopeKind::kMunicipality, 2})), "page #3");  // same user, other grant
  EXPECT_EQ(f.Get(ListAs(1, {core::ScopeKind::kMunicipality, 1}, "/api/v1/organisations?page=2&size=50")), "page #4");
  Request anonymous;
  anonymous.target = "/api/v1/organisations?page=1&size=50";
  EXPECT_EQ(f.Get(anonymous), "page #5");
  EXPECT_EQ(f.Get(ListAs(1, {core::ScopeKind::kMunicipality, 1})), "page #1");
}

TEST(PageCache, ErrorsAreNeverKept) {
  Fixture f;
  auto request = ListAs(1, {core::ScopeKind::kMunicipality, 1});
  EXPECT_EQ(f.Answer(request, 403).status, 403);
  EXPECT_EQ(f.Get(request), "page #2");
  EXPECT_EQ(f.computed, 2);
}

TEST(PageCache, StartsOverWhenTheBodiesOutgrowTheBudget) {
  Fixture f;  // budget 1000 bytes
  f.Get(ListAs(1, {core::ScopeKind::kMunicipality, 1}), 200, std::string(600, 'a'));
  f.Get(ListAs(2, {core::ScopeKind::kMunicipality, 1}), 200, std::string(600, 'b'));
  auto s = f.cache.stats();
  EXPECT_EQ(s.entries, 1u);
  EXPECT_LE(s.bytes, 1000u);
  f.Get(ListAs(3, {core::ScopeKind::kMunicipality, 1}), 200, std::string(2000, 'c'));  // never kept
  EXPECT_LE(f.cache.stats().bytes, 1000u);
}

}  // namespace
}  // namespace metodset::http
