#include "platform/core/clock.hpp"

#include <cstdio>

namespace metodset::core {

Date DateOf(TimePoint tp) {
  auto days = std::chrono::floor<std::chrono::days>(tp);
  return Date::FromDaysSinceEpoch(static_cast<long>(days.time_since_epoch().count()));
}

Date Clock::Today() const { return DateOf(Now()); }

std::string FormatTimestamp(TimePoint tp) {
  auto ms = std::chrono::floor<std::chrono::milliseconds>(tp);
  auto days = std::chrono::floor<std::chrono::days>(ms);
  Date d = Date::FromDaysSinceEpoch(static_cast<long>(days.time_since_epoch().count()));
  long long in_day = (ms - days).count();
  char buf[40];
  std::snprintf(buf, sizeof buf, "%sT%02lld:%02lld:%02lld.%03lldZ", d.Iso().c_str(), in_day / 3600000,
                (in_day / 60000) % 60, (in_day / 1000) % 60, in_day % 1000);
  return buf;
}

}  // namespace metodset::core
