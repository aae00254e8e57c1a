#include "platform/jobs/job_runner.hpp"

#include <gtest/gtest.h>

#include <future>

#include "platform/jobs/job_routes.hpp"
#include "platform/testing/fake_clock.hpp"

namespace metodset::jobs {
namespace {

TEST(JobRunner, RunsWorkAndKeepsResultWithProgress) {
  testing::FakeClock clock;
  JobRunner runner(clock);
  auto id = runner.Start(7, "import-people", [](const Progress& progress) -> core::Result<std::string> {
    for (int i = 1; i <= 10; ++i) progress(i, 10);
    return std::string(R"({"created":10})");
  });
  ASSERT_TRUE(id);
  auto job = runner.Wait(*id);
  ASSERT_TRUE(job);
  EXPECT_EQ(job->state, JobState::kDone);
  EXPECT_EQ(job->done, 10);
  EXPECT_EQ(job->total, 10);
  EXPECT_EQ(job->result, R"({"created":10})");
  EXPECT_FALSE(job->error);
  EXPECT_EQ(JobJson(*runner.Find(*id, 7)), "{\"id\":\"" + *id +
                                               R"(","kind":"import-people","state":"done","done":10,"total":10,)"
                                               R"("result":{"created":10},"error":null})");
}

TEST(JobRunner, JobIsVisibleOnlyToItsOwner) {
  testing::FakeClock clock;
  JobRunner runner(clock);
  auto id = runner.Start(7, "k", [](const Progress&) -> core::Result<std::string> { return std::string("1"); });
  ASSERT_TRUE(id);
  runner.Wait(*id);
  EXPECT_TRUE(runner.Find(*id, 7));
  EXPECT_FALSE(runner.Find(*id, 8));
  EXPECT_FALSE(runner.Find("no-such-job", 7));
}

TEST(JobRunner, FailedWorkKeepsRussianMessageAndExceptionsDoNotLeak) {
  testing::FakeClock clock;
  JobRunner runner(clock);
  auto failed = runner.Start(1, "k", [](const Progress&) -> core::Result<std::string> {
    return core::ValidationError("file", "Файл пуст");
  });
  auto thrown = runner.Start(1, "k", [](const Progress&) -> core::Result<std::string> {
    throw std::runtime_error("secret connection string");
  });
  auto a = runner.Wait(*failed);
  auto b = runner.Wait(*thrown);
  EXPECT_EQ(a->state, JobState::kFailed);
  EXPECT_EQ(a->error, "Файл пуст");
  EXPECT_EQ(b->state, JobState::kFailed);
  EXPECT_EQ(b->error->find("secret"), std::string::npos);
  EXPECT_EQ(JobStateName(a->state), "failed");
}

TEST(JobRunner, BoundsUnfinishedJobsPerOwner) {
  testing::FakeClock clock;
  JobRunner runner(clock, {.workers = 1, .per_owner = 2});
  std::promise<void> release;
  auto gate = release.get_future().share();
  auto blocked = [gate](const Progress&) -> core::Result<std::string> {
    gate.wait();
    return std::string("null");
  };
  auto first = runner.Start(1, "k", blocked);
  auto second = runner.Start(1, "k", blocked);
  auto third = runner.Start(1, "k", blocked);
  auto other_user = runner.Start(2, "k", blocked);
  ASSERT_TRUE(first);
  ASSERT_TRUE(second);
  ASSERT_FALSE(third);
  EXPECT_EQ(third.error().kind, core::ErrorKind::kConflict);
  ASSERT_TRUE(other_user);
  EXPECT_EQ(runner.Find(*second, 1)->state == JobState::kDone, false);
  release.set_value();
  runner.Wait(*first);
  runner.Wait(*second);
  runner.Wait(*other_user);
  EXPECT_TRUE(runner.Start(1, "k", blocked));
}

TEST(JobRunner, ForgetsFinishedJobsAfterAnHour) {
  testing::FakeClock clock;
  JobRunner runner(clock);
  auto id = runner.Start(1, "k", [](const Progress&) -> core::Result<std::string> { return std::string("1"); });
  runner.Wait(*id);
  clock.Advance(std::chrono::minutes(59));
  EXPECT_TRUE(runner.Find(*id, 1));
  clock.Advance(std::chrono::minutes(2));
  EXPECT_FALSE(runner.Find(*id, 1));
}

}  // namespace
}  // namespace metodset::jobs
