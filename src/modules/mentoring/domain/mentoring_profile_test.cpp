#include "modules/mentoring/domain/mentoring_profile.hpp"

#include <gtest/gtest.h>

#include <set>

namespace metodset::mentoring {
namespace {

TEST(MentoringProfile, AmurPresetCitesAppendixTwoOfOrder696) {
  const auto p = AmurMentoring();
  EXPECT_EQ(p.source.seed, "003");
  EXPECT_EQ(p.source.number, "696");
  EXPECT_EQ(p.source.date, (core::Date{2020, 7, 13}));
  EXPECT_EQ(p.source.appendix, "приложение 2");
  EXPECT_EQ(p.source.title, "Положение о наставничестве в образовательной организации");
}

TEST(MentoringProfile, AmurPresetCarriesEachNumberWithItsSection) {
  const auto p = AmurMentoring();
  EXPECT_EQ(p.mentor_min_experience_years.value, 5);
  EXPECT_EQ(p.mentor_min_experience_years.section, "3.3");
  EXPECT_EQ(p.collective_member_min_school_experience_years.value, 5);
  EXPECT_EQ(p.collective_member_min_school_experience_years.section, "3.4");
  EXPECT_EQ(p.max_mentees_per_mentor.value, 2);
  EXPECT_EQ(p.max_mentees_per_mentor.section, "3.5");
  EXPECT_EQ(p.min_term_months.value, 12);
  EXPECT_EQ(p.min_term_months.section, "3.1");
  EXPECT_EQ(p.directive_due_days.value, 14);
  EXPECT_EQ(p.directive_due_days.section, "3.1");
  EXPECT_EQ(p.min_mentor_reports_per_year.value, 2);
  EXPECT_EQ(p.min_mentor_reports_per_year.section, "4.4");
  EXPECT_EQ(p.replacement_reasons.section, "3.6");
  EXPECT_TRUE(p.council_recommendation_required.value);
}

// 3.2: the four categories and their terms.
TEST(MentoringRules, S3_2_AmurPresetHasTheTermOfEveryCategory) {
  const auto p = AmurMentoring();
  const auto* young = FindTermRule(p, MenteeCategory::kYoungSpecialist);
  ASSERT_NE(young, nullptr);
  EXPECT_EQ(young->start_delay_months, 1);
  EXPECT_EQ(young->months, 36);
  const auto* intern = FindTermRule(p, MenteeCategory::kStudentIntern);
  ASSERT_NE(intern, nullptr);
  EXPECT_EQ(intern->months, 12);
  const auto* student = FindTermRule(p, MenteeCategory::kWorkingStudent);
  ASSERT_NE(student, nullptr);
  EXPECT_EQ(student->start_delay_months, 1);
  EXPECT_FALSE(student->months.has_value());
  const auto* military = FindTermRule(p, MenteeCategory::kAfterMilitaryService);
  ASSERT_NE(military, nullptr);
  EXPECT_EQ(military->months, 24);
}

TEST(MentoringProfile, AmurPresetIsValid) { EXPECT_TRUE(ValidateProfile(AmurMentoring()).ok()); }

TEST(MentoringProfile, ValidationRefusesAProfileWithoutMenteeSlots) {
  auto p = AmurMentoring();
  p.max_mentees_per_mentor.value = 0;
  const auto result = ValidateProfile(p);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().field, "max_mentees_per_mentor");
}

TEST(MentoringProfile, ValidationRefusesAProfileMissingACategorysTerm) {
  auto p = AmurMentoring();
  p.terms.pop_back();
  const auto result = ValidateProfile(p);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().field, "terms");
  EXPECT_NE(result.error().message.find("Демобилизованный"), std::string::npos);
}

TEST(MentoringProfile, ValidationRefusesThirteenReportsAYear) {
  auto p = AmurMentoring();
  p.min_mentor_reports_per_year.value = 13;
  EXPECT_FALSE(ValidateProfile(p).ok());
  p.min_mentor_reports_per_year.value = 12;
  EXPECT_TRUE(ValidateProfile(p).ok());
}

// 3.6: the six grounds of the regulation, each with a Russian label and a stable code.
TEST(MentoringRules, S3_6_EveryReasonHasARussianLabelAndRoundTripsItsCode) {
  const auto& reasons = AllReplacementReasons();
  ASSERT_EQ(reasons.size(), 6U);
  std::set<std::string_view> codes;
  for (const auto r : reasons) {
    EXPECT_FALSE(Label(r).empty());
    EXPECT_EQ(ParseReplacementReason(Code(r)), r);
    codes.insert(Code(r));
  }
  EXPECT_EQ(codes.size(), 6U);
  EXPECT_EQ(Label(ReplacementReason::kDismissal), "Увольнение наставника");
  EXPECT_EQ(Label(ReplacementReason::kPsychologicalIncompatibility),
            "Психологическая несовместимость наставника и подшефного");
  EXPECT_EQ(AmurMentoring().replacement_reasons.value, reasons);
}

TEST(MentoringRules, S3_6_AnUnknownReasonCodeIsNotParsed) {
  EXPECT_FALSE(ParseReplacementReason("").has_value());
  EXPECT_FALSE(ParseReplacementReason("Dismissal").has_value());
  EXPECT_FALSE(ParseReplacementReason("по собственному желанию").has_value());
}

TEST(MentoringProfile, CategoryKindAndCauseCodesRoundTrip) {
  for (const auto c : AllMenteeCategories()) EXPECT_EQ(ParseMenteeCategory(Code(c)), c);
  for (const auto k : {MentorKind::kSubject, MentorKind::kConsultant, MentorKind::kCollective}) {
    EXPECT_EQ(ParseMentorKind(Code(k)), k);
  }
  for (const auto c : AllAbsenceCauses()) EXPECT_EQ(ParseAbsenceCause(Code(c)), c);
  EXPECT_EQ(Label(MentorKind::kSubject), "Наставник-предметник");
  EXPECT_EQ(Label(MenteeCategory::kStudentIntern), "Студент-стажёр");
}

}  // namespace
}  // namespace metodset::mentoring
