#pragma once

#include <chrono>
#include <string>

#include "platform/core/date.hpp"

namespace metodset::core {

using TimePoint = std::chrono::system_clock::time_point;

/// The source of "now"; use cases take it so that tests can fix the date.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint Now() const = 0;
  /// Today's date in the installation's time zone (TZ; UTC when unset).
  Date Today() const;
};

/// The wall clock.
class SystemClock final : public Clock {
 public:
  TimePoint Now() const override { return std::chrono::system_clock::now(); }
};

/// `YYYY-MM-DDTHH:MM:SS.mmmZ`, the one timestamp form stored and returned by both backends.
std::string FormatTimestamp(TimePoint tp);
Date DateOf(TimePoint tp);

}  // namespace metodset::core
