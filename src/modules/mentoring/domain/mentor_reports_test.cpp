#include "modules/mentoring/domain/mentor_reports.hpp"

#include <gtest/gtest.h>

#include "modules/mentoring/domain/mentorship_term.hpp"

namespace metodset::mentoring {
namespace {

core::Date D(int y, int m, int d) { return {y, m, d}; }

// 4.4: «Представлять отчет о работе наставника (не реже 2-х раз в год)».
TEST(MentoringRules, S4_4_ThreeYearPairReportsEveryHalfYear) {
  const auto due = ReportDueDates(AmurMentoring(), D(2024, 10, 1), D(2027, 9, 30));
  const std::vector<core::Date> expected{D(2025, 3, 31), D(2025, 9, 30), D(2026, 3, 31),
                                         D(2026, 9, 30), D(2027, 3, 31), D(2027, 9, 30)};
  EXPECT_EQ(due, expected);
}

TEST(MentoringRules, S4_4_AShortLastPeriodEndsWithTheFinalReport) {
  const auto due = ReportDueDates(AmurMentoring(), D(2024, 10, 1), D(2025, 12, 31));
  const std::vector<core::Date> expected{D(2025, 3, 31), D(2025, 9, 30), D(2025, 12, 31)};
  EXPECT_EQ(due, expected);
}

TEST(MentoringRules, S4_4_OneYearTermHasExactlyTwoReports) {
  const auto due = ReportDueDates(AmurMentoring(), D(2024, 9, 2), D(2025, 9, 1));
  const std::vector<core::Date> expected{D(2025, 3, 1), D(2025, 9, 1)};
  EXPECT_EQ(due, expected);
}

TEST(MentoringRules, S4_4_AnyTwelveMonthsOfAPairHoldAtLeastTwoDueDates) {
  const auto profile = AmurMentoring();
  for (int offset = 0; offset < 400; offset += 7) {
    const core::Date start = D(2024, 1, 1).AddDays(offset);
    const core::Date end = LastDayOfTerm(start, 36);
    const auto due = ReportDueDates(profile, start, end);
    for (core::Date window = start; LastDayOfTerm(window, 12) <= end; window = window.AddDays(30)) {
      const core::Date window_end = LastDayOfTerm(window, 12);
      const auto inside =
          std::count_if(due.begin(), due.end(), [&](const core::Date& d) { return d >= window && d <= window_end; });
      EXPECT_GE(inside, 2) << "pair from " << start.Iso() << ", window from " << window.Iso();
    }
  }
}

TEST(MentoringRules, S4_4_TheNumberOfReportsIsTheProfiles) {
  auto profile = AmurMentoring();
  profile.min_mentor_reports_per_year.value = 4;
  const auto due = ReportDueDates(profile, D(2024, 9, 1), D(2025, 8, 31));
  const std::vector<core::Date> expected{D(2024, 11, 30), D(2025, 2, 28), D(2025, 5, 31), D(2025, 8, 31)};
  EXPECT_EQ(due, expected);
}

TEST(MentoringRules, S4_4_AnEmptyPeriodHasNoReports) {
  EXPECT_TRUE(ReportDueDates(AmurMentoring(), D(2025, 1, 1), D(2024, 12, 31)).empty());
}

TEST(MentoringRules, S4_4_AReportDueTodayIsNotOverdueAndTheDayAfterItIs) {
  const auto profile = AmurMentoring();
  EXPECT_TRUE(OverdueReports(profile, D(2024, 10, 1), D(2027, 9, 30), {}, D(2025, 3, 31)).empty());
  const auto overdue = OverdueReports(profile, D(2024, 10, 1), D(2027, 9, 30), {}, D(2025, 4, 1));
  ASSERT_EQ(overdue.size(), 1U);
  EXPECT_EQ(overdue[0].due_on, D(2025, 3, 31));
  EXPECT_EQ(overdue[0].text,
            "Отчёт наставника за 01.10.2024–31.03.2025 не сдан: срок истёк 31.03.2025; отчёт представляется не реже 2 "
            "раз в год (п. 4.4 Положения)");
}

TEST(MentoringRules, S4_4_AReportInsideItsPeriodSatisfiesIt) {
  const auto statuses =
      ReportStatuses(AmurMentoring(), D(2024, 10, 1), D(2027, 9, 30), {D(2025, 3, 31), D(2025, 9, 1)}, D(2025, 10, 5));
  ASSERT_EQ(statuses.size(), 6U);
  EXPECT_EQ(statuses[0].state, ReportState::kSubmitted);
  EXPECT_EQ(statuses[0].submitted_on, D(2025, 3, 31));
  EXPECT_EQ(statuses[1].state, ReportState::kSubmitted);
  EXPECT_EQ(statuses[2].state, ReportState::kOpen);
  EXPECT_EQ(statuses[2].period_from, D(2025, 10, 1));
  EXPECT_EQ(statuses[3].state, ReportState::kUpcoming);
}

TEST(MentoringRules, S4_4_ALateReportCountsForThePeriodItFallsInNotTheMissedOne) {
  const auto profile = AmurMentoring();
  const std::vector<core::Date> submitted{D(2025, 4, 10)};
  const auto statuses = ReportStatuses(profile, D(2024, 10, 1), D(2027, 9, 30), submitted, D(2025, 10, 1));
  EXPECT_EQ(statuses[0].state, ReportState::kMissed);
  EXPECT_EQ(statuses[1].state, ReportState::kSubmitted);
  EXPECT_EQ(OverdueReports(profile, D(2024, 10, 1), D(2027, 9, 30), submitted, D(2025, 10, 1)).size(), 1U);
}

TEST(MentoringRules, S4_4_TwoReportsInOnePeriodDoNotCoverTheNext) {
  const auto profile = AmurMentoring();
  const std::vector<core::Date> submitted{D(2025, 1, 10), D(2025, 3, 20)};
  const auto overdue = OverdueReports(profile, D(2024, 10, 1), D(2027, 9, 30), submitted, D(2025, 10, 1));
  ASSERT_EQ(overdue.size(), 1U);
  EXPECT_EQ(overdue[0].due_on, D(2025, 9, 30));
}

TEST(MentoringRules, S4_4_ReportsDatedAfterTheCheckDateAreNotYetKnown) {
  const auto statuses = ReportStatuses(AmurMentoring(), D(2024, 10, 1), D(2027, 9, 30), {D(2025, 3, 1)}, D(2025, 2, 1));
  EXPECT_EQ(statuses[0].state, ReportState::kOpen);
}

}  // namespace
}  // namespace metodset::mentoring
