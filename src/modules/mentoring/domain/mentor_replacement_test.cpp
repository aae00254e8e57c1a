#include "modules/mentoring/domain/mentor_replacement.hpp"

#include <gtest/gtest.h>

namespace metodset::mentoring {
namespace {

MentorReplacement Replacement(std::optional<ReplacementReason> reason) {
  MentorReplacement r;
  r.pair_id = 7;
  r.pair_started_on = {2024, 9, 15};
  r.previous_mentor_id = 10;
  r.new_mentor_id = 11;
  r.reason = reason;
  r.directive_number = " 45-о ";
  r.directive_on = core::Date{2025, 2, 3};
  return r;
}

// 3.6: «Замена наставника производится приказом руководителя в случаях: …» — a ground is required.
TEST(MentoringRules, S3_6_ReplacementWithoutAReasonIsRefused) {
  const auto result = ValidateReplacement(AmurMentoring(), Replacement(std::nullopt));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().field, "reason");
  EXPECT_EQ(result.error().code, "replacement_reason_required");
  EXPECT_EQ(result.error().message, "Укажите основание замены наставника из перечня (п. 3.6 Положения)");
}

TEST(MentoringRules, S3_6_AnUnknownReasonCodeLeavesNoReasonAndIsRefused) {
  const auto result = ValidateReplacement(AmurMentoring(), Replacement(ParseReplacementReason("tired_of_it")));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "replacement_reason_required");
}

TEST(MentoringRules, S3_6_EveryGroundOfTheRegulationIsAccepted) {
  for (const auto reason : AllReplacementReasons()) {
    auto r = Replacement(reason);
    r.party = ReplacementParty::kMentor;
    r.absence_cause = AbsenceCause::kIllness;
    const auto result = ValidateReplacement(AmurMentoring(), r);
    EXPECT_TRUE(result.ok()) << Code(reason) << ": " << (result.ok() ? "" : result.error().message);
  }
}

TEST(MentoringRules, S3_6_AGroundTheProfileDoesNotListIsRefused) {
  auto profile = AmurMentoring();
  profile.replacement_reasons.value = {ReplacementReason::kDismissal, ReplacementReason::kTransfer};
  const auto result = ValidateReplacement(profile, Replacement(ReplacementReason::kPsychologicalIncompatibility));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "replacement_reason_not_allowed");
  EXPECT_NE(result.error().message.find("«Психологическая несовместимость наставника и подшефного»"),
            std::string::npos);
}

// 3.6: «на основании личного заявления подшефного или наставника»; «перевода на другую работу подшефного или
// наставника».
TEST(MentoringRules, S3_6_PersonalApplicationAndTransferNameTheParty) {
  for (const auto reason : {ReplacementReason::kPersonalApplication, ReplacementReason::kTransfer}) {
    auto r = Replacement(reason);
    const auto refused = ValidateReplacement(AmurMentoring(), r);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "replacement_party_required");
    r.party = ReplacementParty::kMentee;
    EXPECT_TRUE(ValidateReplacement(AmurMentoring(), r).ok());
  }
  auto r = Replacement(ReplacementReason::kPersonalApplication);
  r.party = ReplacementParty::kMentee;
  EXPECT_EQ(ReplacementGroundText(r), "Личное заявление подшефного");
}

// 3.6: «длительного отсутствия наставника по причине болезни, …, обучения и иным причинам».
TEST(MentoringRules, S3_6_LongAbsenceNeedsItsCauseAndAnOtherCauseItsDetails) {
  auto r = Replacement(ReplacementReason::kLongAbsence);
  EXPECT_EQ(ValidateReplacement(AmurMentoring(), r).error().code, "absence_cause_required");
  r.absence_cause = AbsenceCause::kOther;
  r.details = "   ";
  EXPECT_EQ(ValidateReplacement(AmurMentoring(), r).error().code, "absence_details_required");
  r.details = "участие в длительной экспедиции";
  ASSERT_TRUE(ValidateReplacement(AmurMentoring(), r).ok());
  EXPECT_EQ(ReplacementGroundText(r), "Длительное отсутствие наставника (участие в длительной экспедиции)");
  r.absence_cause = AbsenceCause::kChildCare;
  EXPECT_EQ(ReplacementGroundText(r), "Длительное отсутствие наставника (уход за ребёнком)");
}

TEST(MentoringRules, S3_6_ReplacementIsByTheHeadsDirective) {
  auto r = Replacement(ReplacementReason::kDismissal);
  r.directive_number = "  ";
  EXPECT_EQ(ValidateReplacement(AmurMentoring(), r).error().field, "directive_number");
  r = Replacement(ReplacementReason::kDismissal);
  r.directive_on.reset();
  EXPECT_EQ(ValidateReplacement(AmurMentoring(), r).error().field, "directive_on");
  r = Replacement(ReplacementReason::kDismissal);
  r.directive_on = core::Date{2024, 9, 14};
  EXPECT_EQ(ValidateReplacement(AmurMentoring(), r).error().code, "replacement_before_pair");
  r.directive_on = core::Date{2024, 9, 15};
  const auto ok = ValidateReplacement(AmurMentoring(), r);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->directive_number, "45-о");
}

TEST(MentoringRules, S3_6_TheNewMentorDiffersFromThePrevious) {
  auto r = Replacement(ReplacementReason::kDismissal);
  r.new_mentor_id = r.previous_mentor_id;
  EXPECT_EQ(ValidateReplacement(AmurMentoring(), r).error().code, "same_mentor");
  r.new_mentor_id = 0;
  EXPECT_EQ(ValidateReplacement(AmurMentoring(), r).error().code, "new_mentor_required");
}

}  // namespace
}  // namespace metodset::mentoring
