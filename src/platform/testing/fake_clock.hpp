#pragma once

#include <mutex>

#include "platform/core/clock.hpp"

namespace metodset::testing {

/// A core::Clock that shows the time a test sets; starts at 2025-09-01T09:00:00Z unless told otherwise.
class FakeClock final : public core::Clock {
 public:
  /// 2025-09-01 09:00:00 UTC, the first school day of a year.
  static core::TimePoint DefaultStart();

  explicit FakeClock(core::TimePoint now = DefaultStart()) : now_(now) {}
  core::TimePoint Now() const override;
  /// Moves the clock to `now`.
  void Set(core::TimePoint now);
  /// Moves the clock forward by `step`.
  void Advance(std::chrono::milliseconds step);

 private:
  mutable std::mutex mutex_;
  core::TimePoint now_;
};

}  // namespace metodset::testing
