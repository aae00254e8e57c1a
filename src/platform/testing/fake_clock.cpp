#include "platform/testing/fake_clock.hpp"

namespace metodset::testing {

core::TimePoint FakeClock::DefaultStart() {
  using namespace std::chrono;
  return sys_days{year{2025} / September / 1} + hours{9};
}

core::TimePoint FakeClock::Now() const {
  std::lock_guard lock(mutex_);
  return now_;
}

void FakeClock::Set(core::TimePoint now) {
  std::lock_guard lock(mutex_);
  now_ = now;
}

void FakeClock::Advance(std::chrono::milliseconds step) {
  std::lock_guard lock(mutex_);
  now_ += step;
}

}  // namespace metodset::testing
