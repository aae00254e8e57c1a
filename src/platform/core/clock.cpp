#include "platform/core/clock.hpp"

#include <cstdio>
#include <ctime>

namespace metodset::core {

Date DateOf(TimePoint tp) {
  auto days = std::chrono::floor<std::chrono::days>(tp);
  return Date::FromDaysSinceEpoch(static_cast<long>(days.time_since_epoch().count()));
}

// "Today" is the installation's local date (the TZ environment variable, e.g. Asia/Yakutsk for the Amur
// oblast): a deadline or "not in the future" check must not be off by one for nine hours of the day.
Date Clock::Today() const {
  const std::time_t t = std::chrono::system_clock::to_time_t(Now());
  std::tm local{};
  if (localtime_r(&t, &local) == nullptr) return DateOf(Now());
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

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
