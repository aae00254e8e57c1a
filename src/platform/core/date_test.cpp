#include "platform/core/date.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <ctime>

#include "platform/core/clock.hpp"

namespace metodset::core {

TEST(Date, ParsesRussianAndIsoForms) {
  EXPECT_EQ(ParseDate("05.03.2021"), (Date{2021, 3, 5}));
  EXPECT_EQ(ParseDate("2021-03-05"), (Date{2021, 3, 5}));
  EXPECT_EQ(ParseDate("2021-03-05")->Russian(), "05.03.2021");
}

TEST(Date, RefusesImpossibleDates) {
  EXPECT_FALSE(ParseDate("30.02.2023"));
  EXPECT_FALSE(ParseDate("29.02.2023"));
  EXPECT_TRUE(ParseDate("29.02.2024"));
  EXPECT_FALSE(ParseDate("2023-13-01"));
  EXPECT_FALSE(ParseDate("1.1.2023"));
  EXPECT_FALSE(ParseDate(""));
  EXPECT_FALSE(ParseDate("2023-0a-01"));
}

TEST(Date, DayArithmeticRoundTrips) {
  Date d{2024, 2, 28};
  EXPECT_EQ(d.AddDays(1), (Date{2024, 2, 29}));
  EXPECT_EQ(d.AddDays(2), (Date{2024, 3, 1}));
  EXPECT_EQ(Date::FromDaysSinceEpoch(Date{1999, 12, 31}.DaysSinceEpoch()), (Date{1999, 12, 31}));
  EXPECT_EQ((Date{1970, 1, 1}).DaysSinceEpoch(), 0);
}

TEST(Date, AddMonthsClampsToMonthEnd) {
  EXPECT_EQ((Date{2023, 1, 31}).AddMonths(1), (Date{2023, 2, 28}));
  EXPECT_EQ((Date{2021, 3, 12}).AddMonths(60), (Date{2026, 3, 12}));
}

TEST(Date, FullYearsCountOnlyCompletedYears) {
  EXPECT_EQ(FullYearsBetween({1990, 6, 15}, {2025, 6, 14}), 34);
  EXPECT_EQ(FullYearsBetween({1990, 6, 15}, {2025, 6, 15}), 35);
}

}  // namespace metodset::core

namespace metodset::core {
namespace {

class FixedClock final : public Clock {
 public:
  explicit FixedClock(TimePoint tp) : tp_(tp) {}
  TimePoint Now() const override { return tp_; }

 private:
  TimePoint tp_;
};

// 2026-11-23T20:00Z is already 24.11 in Blagoveshchensk (UTC+9): "today" follows the installation's TZ.
TEST(Clock, TodayIsTheDateInTheInstallationsTimeZone) {
  const char* saved = std::getenv("TZ");
  std::string saved_value = saved ? saved : "";
  FixedClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 23} + std::chrono::hours{20});
  setenv("TZ", "UTC", 1);
  tzset();
  EXPECT_EQ(clock.Today().Iso(), "2026-11-23");
  setenv("TZ", "Asia/Yakutsk", 1);
  tzset();
  EXPECT_EQ(clock.Today().Iso(), "2026-11-24");
  if (saved) setenv("TZ", saved_value.c_str(), 1); else unsetenv("TZ");
  tzset();
}

}  // namespace
}  // namespace metodset::core
