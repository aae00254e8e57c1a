#pragma once
// In-process background jobs (imports and other long writes): a few worker threads, a bound on the jobs
// one user may have queued or running, finished jobs kept for a while so the caller can read the result.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "platform/core/clock.hpp"
#include "platform/core/result.hpp"

namespace metodset::jobs {

/// Where a job is in its life.
enum class JobState { kQueued, kRunning, kDone, kFailed };

/// "running" (queued jobs are reported as running too), "done" or "failed".
std::string_view JobStateName(JobState state);

/// Reports how much of a job is done; callable from the job's thread as often as it likes.
using Progress = std::function<void(std::int64_t done, std::int64_t total)>;
/// A job's work: a JSON text result, or the DomainError whose Russian message the owner sees.
using JobWork = std::function<core::Result<std::string>(const Progress&)>;

/// What the owner of a job sees of it.
struct JobSnapshot {
  std::string id;
  std::string kind;
  std::int64_t owner = 0;
  JobState state = JobState::kQueued;
  std::int64_t done = 0;
  std::int64_t total = 0;
  std::optional<std::string> result;  // JSON text, when done
  std::optional<std::string> error;   // Russian message, when failed
};

/// Settings of the runner.
struct JobRunnerOptions {
  std::size_t workers = 2;
  std::size_t per_owner = 2;                       // queued + running jobs one user may have
  std::chrono::seconds keep_finished{3600};        // how long a finished job's result stays readable
};

/// The job queue and its worker threads; destroying it waits for the running jobs and drops queued ones.
class JobRunner {
 public:
  explicit JobRunner(const core::Clock& clock, JobRunnerOptions options = {});
  ~JobRunner();
  JobRunner(const JobRunner&) = delete;
  JobRunner& operator=(const JobRunner&) = delete;

  /// Queues `work` for `owner`; a conflict error when the owner already has `per_owner` unfinished jobs.
  core::Result<std::string> Start(std::int64_t owner, std::string kind, JobWork work);
  /// The job if it exists, is not expired and belongs to `owner`; nullopt otherwise.
  std::optional<JobSnapshot> Find(const std::string& id, std::int64_t owner);
  /// Blocks until the job has finished (tests and the command line); nullopt for an unknown id.
  std::optional<JobSnapshot> Wait(const std::string& id);

 private:
  struct Job;
  void WorkerLoop();
  void PurgeExpired();  // with mutex_ held
  JobSnapshot SnapshotOf(const Job& job) const;

  const core::Clock& clock_;
  JobRunnerOptions options_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable finished_;
  std::deque<std::shared_ptr<Job>> queue_;
  std::unordered_map<std::string, std::shared_ptr<Job>> jobs_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace metodset::jobs
