// Boundaries of every quorum and majority rule of issue 6, each test named with its section.
#include <gtest/gtest.h>

#include "modules/bodies/domain/body_rules.hpp"

namespace metodset::bodies {
namespace {

const KindProfile& Profile(const char* preset, BodyKind kind) {
  const auto* p = FindPreset(preset);
  EXPECT_NE(p, nullptr);
  const auto* k = p->Find(kind);
  EXPECT_NE(k, nullptr);
  return *k;
}

std::string CodeOf(const core::Result<void>& r) { return r ? "" : r.error().code; }

TEST(QuorumRule, Nazarovo_001_3_8_10_1_ExactlyHalfPresentIsQuorum) {
  const auto& p = Profile("nazarovo-council", BodyKind::kMunicipalCouncil);
  EXPECT_TRUE(Quorum(p, 10, 5).reached);
  EXPECT_FALSE(Quorum(p, 10, 4).reached);
  EXPECT_EQ(Quorum(p, 10, 5).required, 5);
  EXPECT_TRUE(Quorum(p, 11, 6).reached);
  EXPECT_FALSE(Quorum(p, 11, 5).reached);
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kOrdinary, 10, 4, {4, 0, 0})), "quorum_not_reached");
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kOrdinary, 10, 5, {5, 0, 0})), "");
}

TEST(MajorityRule, Nazarovo_001_3_8_10_2_ExactlyHalfOfPresentIsNotMajority) {
  const auto& p = Profile("nazarovo-council", BodyKind::kMunicipalCouncil);
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kOrdinary, 10, 6, {3, 3, 0})), "majority_not_reached");
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kOrdinary, 10, 6, {4, 1, 1})), "");
  // of those present, not of all members
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kOrdinary, 10, 5, {3, 2, 0})), "");
}

TEST(MinimumSize, Nazarovo_001_3_8_5_NineMembersIsBelowTen) {
  const auto& p = Profile("nazarovo-council", BodyKind::kMunicipalCouncil);
  ComplianceFacts f{2026, {2026, 12, 31}, {2026, 1, 1}, 9, {{2026, 2, 1}, {2026, 5, 1}, {2026, 10, 1}}};
  auto c = CheckCompliance(p, f);
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_EQ(c.issues[0].code, "below_minimum");
  f.voting_members = 10;
  EXPECT_TRUE(CheckCompliance(p, f).issues.empty());
}

TEST(Sessions, Nazarovo_001_3_8_10_1_TwoSessionsInAYearAreMissed) {
  const auto& p = Profile("nazarovo-council", BodyKind::kMunicipalCouncil);
  ComplianceFacts f{2025, {2026, 1, 10}, {2024, 1, 1}, 10, {{2025, 2, 1}, {2025, 10, 1}}};
  auto c = CheckCompliance(p, f);
  EXPECT_EQ(c.sessions_held, 2);
  EXPECT_EQ(c.sessions_required, 3);
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_EQ(c.issues[0].code, "missed_sessions");
  // The year is not over: nothing is missed yet.
  f.on = {2025, 11, 1};
  EXPECT_TRUE(CheckCompliance(p, f).issues.empty());
}

TEST(QuorumRule, Zdvinsk_004_5_1_5_ExactlyHalfPresentIsNoQuorum) {
  const auto& p = Profile("zdvinsk-mmo", BodyKind::kMunicipalUnion);
  EXPECT_FALSE(Quorum(p, 10, 5).reached);
  EXPECT_TRUE(Quorum(p, 10, 6).reached);
  EXPECT_EQ(Quorum(p, 10, 6).required, 6);
  EXPECT_FALSE(Quorum(p, 9, 4).reached);
  EXPECT_TRUE(Quorum(p, 9, 5).reached);
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kOrdinary, 10, 5, {5, 0, 0})), "quorum_not_reached");
}

TEST(MajorityRule, Zdvinsk_004_5_1_5_MajorityIsOfAllMembersNotOfPresent) {
  const auto& p = Profile("zdvinsk-mmo", BodyKind::kMunicipalUnion);
  // 10 members, 8 present: 5 «за» is a majority of those present but exactly half of the members.
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kOrdinary, 10, 8, {5, 3, 0})), "majority_not_reached");
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kOrdinary, 10, 8, {6, 2, 0})), "");
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kElection, 10, 6, {5, 0, 1})), "majority_not_reached");
}

TEST(Sessions, Zdvinsk_004_5_1_5_AQuarterWithoutSessionIsMissed) {
  const auto& p = Profile("zdvinsk-mmo", BodyKind::kMunicipalUnion);
  ComplianceFacts f{2026, {2026, 7, 1}, {2026, 1, 1}, 5, {{2026, 2, 1}}};
  auto c = CheckCompliance(p, f);
  EXPECT_EQ(c.sessions_required, 4);
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_EQ(c.issues[0].code, "missed_sessions");
  f.sessions.push_back({2026, 6, 30});
  EXPECT_TRUE(CheckCompliance(p, f).issues.empty());
  // 30 June is the last day of the second quarter: judged on 30 June itself.
  f.on = {2026, 6, 30};
  f.sessions.pop_back();
  EXPECT_FALSE(CheckCompliance(p, f).issues.empty());
}

TEST(Renewal, Zdvinsk_004_5_1_1_UnionOfLastYearNotRenewed) {
  const auto& p = Profile("zdvinsk-mmo", BodyKind::kMunicipalUnion);
  ComplianceFacts f{2026, {2026, 2, 1}, {2025, 1, 1}, 5, {}, false, true};
  auto c = CheckCompliance(p, f);
  ASSERT_FALSE(c.issues.empty());
  EXPECT_EQ(c.issues.back().code, "not_renewed");
  f.renewed = true;
  for (const auto& i : CheckCompliance(p, f).issues) EXPECT_NE(i.code, "not_renewed");
}

TEST(QuorumRule, AmurSubject_003_App3_3_9_ExactlyHalfOfMembersIsQuorum) {
  const auto& p = Profile("amur-subject-association", BodyKind::kAssociationAssembly);
  EXPECT_TRUE(Quorum(p, 20, 10).reached);  // «не менее 50% членов»
  EXPECT_FALSE(Quorum(p, 20, 9).reached);
  EXPECT_TRUE(Quorum(p, 21, 11).reached);
  EXPECT_FALSE(Quorum(p, 21, 10).reached);
}

TEST(MajorityRule, AmurSubject_003_App3_3_4_AdmissionByMajorityOfCouncilPresent) {
  const auto& p = Profile("amur-subject-association", BodyKind::kAssociationCouncil);
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kAdmission, 8, 6, {3, 3, 0})), "majority_not_reached");
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kAdmission, 8, 6, {4, 2, 0})), "");
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kExclusion, 8, 4, {3, 1, 0})), "");
}

TEST(MajorityRule, AmurYoung_003_App4_5_8_ExactlyTwoThirdsOfCouncilExcludes) {
  const auto& p = Profile("amur-young-teachers", BodyKind::kYoungTeachersCouncil);
  // 9 members, all present: 6 = two thirds exactly.
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kExclusion, 9, 9, {6, 3, 0})), "");
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kExclusion, 9, 9, {5, 4, 0})), "majority_not_reached");
  // Two thirds of the members, not of those present: 7 present, 5 «за» is not enough.
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kExclusion, 9, 7, {5, 0, 2})), "majority_not_reached");
  EXPECT_EQ(MajorityRequired(MajorityRule::kTwoThirdsOfMembers, 10, 10), 7);
}

TEST(QuorumRule, AmurYoung_003_App4_6_3_ExactlyHalfIsNoQuorumOfAssembly) {
  const auto& p = Profile("amur-young-teachers", BodyKind::kYoungTeachersAssembly);
  EXPECT_FALSE(Quorum(p, 40, 20).reached);
  EXPECT_TRUE(Quorum(p, 40, 21).reached);
}

TEST(MajorityRule, AmurYoung_003_App4_6_6_ExactlyTwoThirdsOfPresentElectsCouncil) {
  const auto& p = Profile("amur-young-teachers", BodyKind::kYoungTeachersAssembly);
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kComposition, 40, 21, {14, 7, 0})), "");
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kComposition, 40, 21, {13, 8, 0})), "majority_not_reached");
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kComposition, 40, 30, {20, 10, 0})), "");
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kComposition, 40, 30, {19, 11, 0})), "majority_not_reached");
  ASSERT_TRUE(FindPreset("amur-young-teachers")->Find(BodyKind::kYoungTeachersCouncil)->term_years);
  EXPECT_EQ(*FindPreset("amur-young-teachers")->Find(BodyKind::kYoungTeachersCouncil)->term_years, 3);
}

TEST(QuorumRule, AmurYoung_003_App4_6_9_ExactlyTwoThirdsPresentIsNoQuorum) {
  const auto& p = Profile("amur-young-teachers", BodyKind::kYoungTeachersCouncil);
  EXPECT_FALSE(Quorum(p, 9, 6).reached);  // exactly two thirds
  EXPECT_TRUE(Quorum(p, 9, 7).reached);
  EXPECT_FALSE(Quorum(p, 10, 6).reached);
  EXPECT_TRUE(Quorum(p, 10, 7).reached);
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kOrdinary, 9, 6, {6, 0, 0})), "quorum_not_reached");
  // simple majority of those present
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kOrdinary, 9, 8, {4, 4, 0})), "majority_not_reached");
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kOrdinary, 9, 8, {5, 3, 0})), "");
}

TEST(Votes, MoreVotesThanPresentAreRefused) {
  const auto& p = Profile("nazarovo-council", BodyKind::kMunicipalCouncil);
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kOrdinary, 10, 6, {5, 1, 1})), "votes_exceed_present");
  EXPECT_EQ(CodeOf(CheckDecision(p, DecisionKind::kOrdinary, 10, 6, {-1, 1, 1})), "votes_invalid");
}

TEST(YoungTeachers, AmurYoung_003_App4_5_2_ApplicantOfExactly35IsRefused) {
  const core::Date applied{2026, 3, 1};
  auto r = CheckYoungTeacherAge(core::Date{1991, 3, 1}, applied);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "age_limit");
  EXPECT_NE(r.error().message.find("до 35 лет"), std::string::npos);
  EXPECT_TRUE(CheckYoungTeacherAge(core::Date{1991, 3, 2}, applied));  // 34 until tomorrow
  EXPECT_EQ(CodeOf(CheckYoungTeacherAge(std::nullopt, applied)), "birth_date_unknown");
}

TEST(YoungTeachers, AmurYoung_003_App4_Branches_AtLeastThreeAtMostOnePerMunicipality) {
  EXPECT_EQ(CodeOf(CheckBranch(2, false, "г. Белогорск")), "branch_too_small");
  EXPECT_EQ(CodeOf(CheckBranch(3, false, "г. Белогорск")), "");
  auto second = CheckBranch(5, true, "г. Белогорск");
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, "branch_exists");
  EXPECT_EQ(second.error().kind, core::ErrorKind::kConflict);
}

TEST(Presets, EveryPresetHasOrdinaryMajorityFirstAndSections) {
  for (const auto& preset : Presets()) {
    for (const auto& k : preset.kinds) {
      ASSERT_FALSE(k.majorities.empty()) << preset.code;
      EXPECT_EQ(k.majorities.front().decision, DecisionKind::kOrdinary) << preset.code;
      EXPECT_FALSE(k.quorum_section.empty()) << preset.code;
    }
  }
  EXPECT_EQ(SectionText("001 §3.8.10.1"), "п. 3.8.10.1");
  // 001 §3.8.10.1: chair and secretary sign; 003 §App4 6.13: the president and the secretary.
  EXPECT_EQ(SignatureTitle(MemberRole::kChair, BodyKind::kMunicipalCouncil), "Председатель");
  EXPECT_EQ(SignatureTitle(MemberRole::kChair, BodyKind::kYoungTeachersCouncil), "Президент");
  EXPECT_EQ(SignatureTitle(MemberRole::kSecretary, BodyKind::kYoungTeachersCouncil), "Секретарь");
  EXPECT_EQ(SectionText("003 §App4 6.9"), "п. 6.9 приложения 4");
}

}  // namespace
}  // namespace metodset::bodies
