#include "modules/mentoring/domain/mentorship_term.hpp"

#include <gtest/gtest.h>

namespace metodset::mentoring {
namespace {

core::Date D(int y, int m, int d) { return {y, m, d}; }

MentorshipPeriod Term(MenteeCategory category, core::Date hired_on, std::optional<core::Date> graduation = {}) {
  auto result = MentorshipTerm(AmurMentoring(), category, hired_on, graduation);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
  return result.ok() ? *result : MentorshipPeriod{};
}

// 3.2: «для молодых специалистов — через 1 месяц после начала работы на 3 года».
TEST(MentoringRules, S3_2_YoungSpecialistStartsOneMonthAfterHiringForThreeYears) {
  const auto t = Term(MenteeCategory::kYoungSpecialist, D(2024, 8, 15));
  EXPECT_EQ(t.starts_on, D(2024, 9, 15));
  EXPECT_EQ(t.ends_on, D(2027, 9, 14));
  EXPECT_FALSE(t.floor_applied);
  EXPECT_EQ(t.explanation, "Молодой специалист: через 1 месяц после начала работы на 3 года (п. 3.2 Положения)");
}

TEST(MentoringRules, S3_2_YoungSpecialistHiredOnThirtyFirstOfJanuaryStartsOnTheLastDayOfFebruary) {
  const auto t = Term(MenteeCategory::kYoungSpecialist, D(2024, 1, 31));
  EXPECT_EQ(t.starts_on, D(2024, 2, 29));
  // Three years from 29 February end on the last day of February 2027 (ГК РФ ст. 192 п. 3).
  EXPECT_EQ(t.ends_on, D(2027, 2, 28));
}

// 3.2: «для студентов-стажеров — на 1 год».
TEST(MentoringRules, S3_2_StudentInternForOneYearFromTheFirstDay) {
  const auto t = Term(MenteeCategory::kStudentIntern, D(2024, 9, 2));
  EXPECT_EQ(t.starts_on, D(2024, 9, 2));
  EXPECT_EQ(t.ends_on, D(2025, 9, 1));
  EXPECT_FALSE(t.floor_applied);
}

TEST(MentoringRules, S3_2_OneYearFromFirstOfMarchIncludesTheLeapDay) {
  const auto t = Term(MenteeCategory::kStudentIntern, D(2023, 3, 1));
  EXPECT_EQ(t.ends_on, D(2024, 2, 29));
}

// 3.2: «для работающих студентов – через 1 месяц после начала работы на период до окончания вуза».
TEST(MentoringRules, S3_2_WorkingStudentUntilTheGraduationDate) {
  const auto t = Term(MenteeCategory::kWorkingStudent, D(2024, 9, 1), D(2026, 6, 30));
  EXPECT_EQ(t.starts_on, D(2024, 10, 1));
  EXPECT_EQ(t.ends_on, D(2026, 6, 30));
  EXPECT_FALSE(t.floor_applied);
  EXPECT_NE(t.explanation.find("до окончания вуза 30.06.2026"), std::string::npos);
}

// 3.1: «с указанием срока наставничества (не менее одного года)» — the floor is applied to a working student who
// graduates sooner.
TEST(MentoringRules, S3_1_WorkingStudentGraduatingWithinAYearStillGetsOneYear) {
  const auto t = Term(MenteeCategory::kWorkingStudent, D(2024, 9, 1), D(2025, 6, 30));
  EXPECT_EQ(t.starts_on, D(2024, 10, 1));
  EXPECT_EQ(t.ends_on, D(2025, 9, 30));
  EXPECT_TRUE(t.floor_applied);
  EXPECT_NE(t.explanation.find("срок наставничества не менее 1 года (п. 3.1 Положения)"), std::string::npos);
}

TEST(MentoringRules, S3_1_WorkingStudentGraduatingExactlyAYearAfterTheStartNeedsNoFloor) {
  const auto exact = Term(MenteeCategory::kWorkingStudent, D(2024, 9, 1), D(2025, 9, 30));
  EXPECT_EQ(exact.ends_on, D(2025, 9, 30));
  EXPECT_FALSE(exact.floor_applied);
  const auto day_short = Term(MenteeCategory::kWorkingStudent, D(2024, 9, 1), D(2025, 9, 29));
  EXPECT_EQ(day_short.ends_on, D(2025, 9, 30));
  EXPECT_TRUE(day_short.floor_applied);
}

TEST(MentoringRules, S3_2_WorkingStudentWithoutAGraduationDateIsRefused) {
  const auto result = MentorshipTerm(AmurMentoring(), MenteeCategory::kWorkingStudent, D(2024, 9, 1));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().field, "graduation_on");
  EXPECT_EQ(result.error().code, "graduation_date_required");
}

TEST(MentoringRules, S3_2_GraduationBeforeTheStartIsRefused) {
  const auto result = MentorshipTerm(AmurMentoring(), MenteeCategory::kWorkingStudent, D(2024, 9, 1), D(2024, 9, 30));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "graduation_before_start");
  EXPECT_TRUE(MentorshipTerm(AmurMentoring(), MenteeCategory::kWorkingStudent, D(2024, 9, 1), D(2024, 10, 1)).ok());
}

// 3.2: «для демобилизованных из рядов Вооруженных Сил РФ – на 2 года».
TEST(MentoringRules, S3_2_AfterMilitaryServiceForTwoYears) {
  const auto t = Term(MenteeCategory::kAfterMilitaryService, D(2024, 3, 11));
  EXPECT_EQ(t.starts_on, D(2024, 3, 11));
  EXPECT_EQ(t.ends_on, D(2026, 3, 10));
  EXPECT_FALSE(t.floor_applied);
}

TEST(MentoringRules, S3_1_AProfileTermShorterThanTheMinimumIsExtended) {
  auto profile = AmurMentoring();
  profile.terms[1].months = 6;  // an edited profile with a six-month internship
  const auto t = MentorshipTerm(profile, MenteeCategory::kStudentIntern, D(2024, 9, 2));
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->ends_on, D(2025, 9, 1));
  EXPECT_TRUE(t->floor_applied);
}

TEST(MentoringRules, S3_1_DirectiveTermOfElevenMonthsIsRefusedAndOfOneYearAccepted) {
  const auto profile = AmurMentoring();
  EXPECT_TRUE(CheckDirectiveTerm(profile, D(2024, 9, 15), D(2025, 9, 14)).met);
  const auto r = CheckDirectiveTerm(profile, D(2024, 9, 15), D(2025, 9, 13));
  EXPECT_FALSE(r.met);
  EXPECT_EQ(r.section, "3.1");
  EXPECT_EQ(r.text,
            "Срок наставничества по приказу: с 15.09.2024 по 13.09.2025 — короче минимального; требуется не менее 1 "
            "года (п. 3.1 Положения)");
}

// 3.1: «Приказ о закреплении наставника издается не позднее двух недель с даты приема на работу».
TEST(MentoringRules, S3_1_DirectiveOnDayFourteenAfterHiringIsOnTime) {
  const auto profile = AmurMentoring();
  EXPECT_EQ(DirectiveDeadline(profile, D(2024, 9, 2)), D(2024, 9, 16));  // Monday to Monday
  EXPECT_FALSE(IsDirectiveLate(profile, D(2024, 9, 2), D(2024, 9, 16)));
  EXPECT_TRUE(CheckDirectiveDate(profile, D(2024, 9, 2), D(2024, 9, 16)).met);
  EXPECT_FALSE(IsDirectiveLate(profile, D(2024, 9, 2), D(2024, 9, 2)));  // the day of hiring
}

TEST(MentoringRules, S3_1_DirectiveOnDayFifteenAfterHiringIsLate) {
  const auto profile = AmurMentoring();
  EXPECT_TRUE(IsDirectiveLate(profile, D(2024, 9, 2), D(2024, 9, 17)));
  const auto r = CheckDirectiveDate(profile, D(2024, 9, 2), D(2024, 9, 17));
  EXPECT_FALSE(r.met);
  EXPECT_EQ(r.text,
            "Приказ о закреплении наставника от 17.09.2024, приём на работу 02.09.2024, крайний срок 16.09.2024 — "
            "опоздание на 1 день (п. 3.1 Положения)");
}

TEST(MentoringRules, S3_1_DirectiveDeadlineCrossesTheEndOfTheYear) {
  EXPECT_EQ(DirectiveDeadline(AmurMentoring(), D(2024, 12, 25)), D(2025, 1, 8));
}

TEST(MentoringRules, S3_1_DirectiveBeforeHiringIsRefused) {
  const auto r = CheckDirectiveDate(AmurMentoring(), D(2024, 9, 2), D(2024, 8, 30));
  EXPECT_FALSE(r.met);
  EXPECT_NE(r.text.find("раньше приёма"), std::string::npos);
}

TEST(LastDayOfTerm, IsTheDayBeforeTheSameDateOrTheLastDayOfAShortMonth) {
  EXPECT_EQ(LastDayOfTerm(D(2023, 9, 1), 36), D(2026, 8, 31));
  EXPECT_EQ(LastDayOfTerm(D(2024, 2, 29), 12), D(2025, 2, 28));
  EXPECT_EQ(LastDayOfTerm(D(2024, 2, 29), 48), D(2028, 2, 28));
  EXPECT_EQ(LastDayOfTerm(D(2024, 8, 31), 6), D(2025, 2, 28));
  EXPECT_EQ(LastDayOfTerm(D(2024, 3, 31), 6), D(2024, 9, 30));
}

}  // namespace
}  // namespace metodset::mentoring
