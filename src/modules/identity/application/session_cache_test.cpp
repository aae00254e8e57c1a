#include "modules/identity/application/session_cache.hpp"

#include <gtest/gtest.h>

namespace metodset::identity {
namespace {

using namespace std::chrono_literals;

SessionRecord Session(std::string csrf) {
  SessionRecord s;
  s.user_id = 7;
  s.csrf_token = std::move(csrf);
  return s;
}

TEST(SessionCache, AnswersUntilTheRevalidationIntervalEnds) {
  SessionCache cache(1000ms);
  const core::TimePoint t0{std::chrono::seconds(1'800'000'000)};
  cache.Put("h", Session("a"), t0);
  ASSERT_TRUE(cache.Fresh("h", t0 + 999ms));
  EXPECT_EQ(cache.Fresh("h", t0 + 999ms)->csrf_token, "a");
  EXPECT_FALSE(cache.Fresh("h", t0 + 1000ms));  // exactly the interval: read the database again
  EXPECT_FALSE(cache.Fresh("h", t0 - 1ms));      // the clock went back
  EXPECT_FALSE(cache.Fresh("other", t0));
}

TEST(SessionCache, EvictedSessionIsGoneAtOnce) {
  SessionCache cache(60s);
  const core::TimePoint t0{std::chrono::seconds(1'800'000'000)};
  cache.Put("h", Session("a"), t0);
  cache.Evict("h");
  EXPECT_FALSE(cache.Fresh("h", t0));
}

TEST(SessionCache, ZeroIntervalNeverAnswers) {
  SessionCache cache(0ms);
  const core::TimePoint t0{std::chrono::seconds(1'800'000'000)};
  cache.Put("h", Session("a"), t0);
  EXPECT_FALSE(cache.Fresh("h", t0));
}

TEST(SessionCache, StaysWithinItsCapacity) {
  SessionCache cache(60s, 32);
  const core::TimePoint t0{std::chrono::seconds(1'800'000'000)};
  for (int i = 0; i < 1000; ++i) cache.Put("h" + std::to_string(i), Session("x"), t0);
  int kept = 0;
  for (int i = 0; i < 1000; ++i) kept += cache.Fresh("h" + std::to_string(i), t0) ? 1 : 0;
  EXPECT_LE(kept, 16 * 3);  // 16 shards of at most capacity / 16 + 1 each
  EXPECT_TRUE(cache.Fresh("h999", t0));  // the newest is always kept
}

}  // namespace
}  // namespace metodset::identity
