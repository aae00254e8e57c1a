#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace metodset::core {

/// A calendar date without time zone; stored as ISO `YYYY-MM-DD`, shown as `ДД.ММ.ГГГГ`.
struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  auto operator<=>(const Date&) const = default;

  /// `YYYY-MM-DD`.
  std::string Iso() const;
  /// `ДД.ММ.ГГГГ`, the form the UI and the documents use.
  std::string Russian() const;
  /// Days since 1970-01-01.
  long DaysSinceEpoch() const;
  static Date FromDaysSinceEpoch(long days);
  /// The same day `months` later (clamped to the month's last day).
  Date AddMonths(int months) const;
  Date AddDays(long days) const { return FromDaysSinceEpoch(DaysSinceEpoch() + days); }
};

/// Parses `YYYY-MM-DD`; nullopt for anything else, including 2023-02-30.
std::optional<Date> ParseIsoDate(std::string_view text);
/// Parses `ДД.ММ.ГГГГ` or `YYYY-MM-DD`.
std::optional<Date> ParseDate(std::string_view text);
bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
/// Whole years between two dates (age, years of experience).
int FullYearsBetween(const Date& from, const Date& to);

}  // namespace metodset::core
