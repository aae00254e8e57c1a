#include "platform/jobs/job_runner.hpp"

#include <random>

namespace metodset::jobs {

struct JobRunner::Job {
  std::string id;
  std::string kind;
  std::int64_t owner = 0;
  JobWork work;
  std::atomic<JobState> state{JobState::kQueued};
  std::atomic<std::int64_t> done{0};
  std::atomic<std::int64_t> total{0};
  std::optional<std::string> result;  // written once by the worker before state becomes final
  std::optional<std::string> error;
  core::TimePoint finished_at{};
};

std::string_view JobStateName(JobState state) {
  switch (state) {
    case JobState::kQueued:
    case JobState::kRunning: return "running";
    case JobState::kDone: return "done";
    case JobState::kFailed: return "failed";
  }
  return "failed";
}

namespace {

// Unguessable ids: a job's result may hold personal data, and the owner check is the second lock, not the only.
std::string NewJobId() {
  static thread_local std::mt19937_64 random{std::random_device{}() ^
                                             static_cast<std::uint64_t>(std::random_device{}()) << 32};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id;
  for (int part = 0; part < 2; ++part) {
    auto bits = random();
    for (int i = 0; i < 16; ++i, bits >>= 4) id += kHex[bits & 15];
  }
  return id;
}

}  // namespace

JobRunner::JobRunner(const core::Clock& clock, JobRunnerOptions options) : clock_(clock), options_(options) {
  if (options_.workers == 0) options_.workers = 1;
  for (std::size_t i = 0; i < options_.workers; ++i) workers_.emplace_back([this] { WorkerLoop(); });
}

JobRunner::~JobRunner() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& w : workers_) w.join();
}

core::Result<std::string> JobRunner::Start(std::int64_t owner, std::string kind, JobWork work) {
  auto job = std::make_shared<Job>();
  job->kind = std::move(kind);
  job->owner = owner;
  job->work = std::move(work);
  {
    std::lock_guard lock(mutex_);
    PurgeExpired();
    std::size_t unfinished = 0;
    for (const auto& [id, j] : jobs_) {
      auto s = j->state.load();
      if (j->owner == owner && (s == JobState::kQueued || s == JobState::kRunning)) ++unfinished;
    }
    if (unfinished >= options_.per_owner) {
      return core::Conflict("too_many_jobs", "Дождитесь окончания уже запущенных задач (не более " +
                                                 std::to_string(options_.per_owner) + " одновременно)");
    }
    do job->id = NewJobId();
    while (jobs_.contains(job->id));
    jobs_.emplace(job->id, job);
    queue_.push_back(job);
  }
  wake_.notify_one();
  return job->id;
}

std::optional<JobSnapshot> JobRunner::Find(const std::string& id, std::int64_t owner) {
  std::lock_guard lock(mutex_);
  PurgeExpired();
  auto it = jobs_.find(id);
  if (it == jobs_.end() || it->second->owner != owner) return std::nullopt;
  return SnapshotOf(*it->second);
}

std::optional<JobSnapshot> JobRunner::Wait(const std::string& id) {
  std::unique_lock lock(mutex_);
  auto it = jobs_.find(id);
  if (it == jobs_.end()) return std::nullopt;
  auto job = it->second;
  finished_.wait(lock, [&] {
    auto s = job->state.load();
    return s == JobState::kDone || s == JobState::kFailed;
  });
  return SnapshotOf(*job);
}

void JobRunner::PurgeExpired() {
  auto now = clock_.Now();
  std::erase_if(jobs_, [&](const auto& entry) {
    auto s = entry.second->state.load();
    return (s == JobState::kDone || s == JobState::kFailed) && now - entry.second->finished_at >= options_.keep_finished;
  });
}

JobSnapshot JobRunner::SnapshotOf(const Job& job) const {
  JobSnapshot s{job.id, job.kind, job.owner, job.state.load(), job.done.load(), job.total.load(), {}, {}};
  if (s.state == JobState::kDone || s.state == JobState::kFailed) {
    s.result = job.result;
    s.error = job.error;
  }
  return s;
}

void JobRunner::WorkerLoop() {
  for (;;) {
    std::shared_ptr<Job> job;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      job = queue_.front();
      queue_.pop_front();
      job->state = JobState::kRunning;
    }
    Progress progress = [&job](std::int64_t done, std::int64_t total) {
      job->total.store(total);
      job->done.store(done);
    };
    std::optional<std::string> result;
    std::optional<std::string> error;
    try {
      auto outcome = job->work(progress);
      if (outcome) {
        result = std::move(*outcome);
      } else {
        error = outcome.error().kind == core::ErrorKind::kInternal ? "Внутренняя ошибка сервера"
                                                                   : outcome.error().message;
      }
    } catch (const std::exception&) {
      error = "Задача завершилась с ошибкой: обратитесь к администратору";
    }
    {
      std::lock_guard lock(mutex_);
      job->work = nullptr;  // free what the work captured (an uploaded file) as soon as it is done
      job->result = std::move(result);
      job->error = std::move(error);
      job->finished_at = clock_.Now();
      job->state = job->error ? JobState::kFailed : JobState::kDone;
    }
    finished_.notify_all();
  }
}

}  // namespace metodset::jobs
