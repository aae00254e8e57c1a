#include "platform/core/date.hpp"

#include <gtest/gtest.h>

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
