#include "platform/core/date.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace metodset::core {
namespace {

std::optional<int> ParseDigits(std::string_view text) {
  if (text.empty()) return std::nullopt;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

std::optional<Date> Make(std::optional<int> y, std::optional<int> m, std::optional<int> d) {
  if (!y || !m || !d) return std::nullopt;
  if (*y < 1900 || *y > 2200 || *m < 1 || *m > 12) return std::nullopt;
  if (*d < 1 || *d > DaysInMonth(*y, *m)) return std::nullopt;
  return Date{*y, *m, *d};
}

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

std::string Date::Iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string Date::Russian() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", day, month, year);
  return buf;
}

// Howard Hinnant's days_from_civil.
long Date::DaysSinceEpoch() const {
  int y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(month + (month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::FromDaysSinceEpoch(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

Date Date::AddMonths(int months) const {
  int total = year * 12 + (month - 1) + months;
  int y = total / 12;
  int m = total % 12 + 1;
  return Date{y, m, std::min(day, DaysInMonth(y, m))};
}

std::optional<Date> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  return Make(ParseDigits(text.substr(0, 4)), ParseDigits(text.substr(5, 2)), ParseDigits(text.substr(8, 2)));
}

std::optional<Date> ParseDate(std::string_view text) {
  if (text.size() == 10 && text[2] == '.' && text[5] == '.') {
    return Make(ParseDigits(text.substr(6, 4)), ParseDigits(text.substr(3, 2)), ParseDigits(text.substr(0, 2)));
  }
  return ParseIsoDate(text);
}

int FullYearsBetween(const Date& from, const Date& to) {
  int years = to.year - from.year;
  if (to.month < from.month || (to.month == from.month && to.day < from.day)) --years;
  return years;
}

}  // namespace metodset::core
