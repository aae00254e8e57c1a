#include "modules/mentoring/domain/candidate_ranking.hpp"

#include <gtest/gtest.h>

namespace metodset::mentoring {
namespace {

MentorFacts Mentor(std::int64_t id, std::int64_t organisation, std::int64_t municipality, std::string subject,
                   ServiceLength experience = {10, 0, 0}) {
  MentorFacts m;
  m.person_id = id;
  m.name = "Наставник " + std::to_string(id);
  m.on = {2024, 9, 1};
  m.pedagogical_experience = experience;
  m.organisation_id = organisation;
  m.municipality_id = municipality;
  m.subjects = {std::move(subject)};
  return m;
}

MenteeFacts Mentee() {
  MenteeFacts m;
  m.person_id = 1;
  m.name = "Сидоров Илья Петрович";
  m.hired_on = {2024, 8, 26};
  m.organisation_id = 1;
  m.municipality_id = 100;
  m.subjects = {"математика"};
  return m;
}

std::vector<std::int64_t> Ids(const std::vector<RankedCandidate>& ranked) {
  std::vector<std::int64_t> ids;
  for (const auto& c : ranked) ids.push_back(c.person_id);
  return ids;
}

TEST(MentorRanking, SameOrganisationAndSubjectFirstThenTheMunicipalityThenOtherSubjects) {
  auto profile = AmurMentoring();
  profile.reach.other_municipality.value = true;
  const std::vector<MentorFacts> mentors{
      Mentor(51, 9, 200, "математика"),  // other municipality, same subject
      Mentor(41, 2, 100, "физика"),      // same municipality, other subject
      Mentor(31, 1, 100, "физика"),      // same organisation, other subject
      Mentor(21, 2, 100, "математика"),  // same municipality, same subject
      Mentor(11, 1, 100, "математика"),  // same organisation, same subject
      Mentor(61, 9, 200, "физика"),      // other municipality, other subject: out of reach
  };
  const auto ranked = RankMentorCandidates(profile, Mentee(), mentors);
  EXPECT_EQ(Ids(ranked), (std::vector<std::int64_t>{11, 21, 31, 41, 51}));
  EXPECT_EQ(ranked[0].proximity, Proximity::kSameOrganisationSameSubject);
  EXPECT_EQ(ranked[0].kind, MentorKind::kSubject);
  EXPECT_EQ(ranked[0].mentor_index, 4U);
  EXPECT_EQ(ranked[2].kind, MentorKind::kConsultant);
  EXPECT_EQ(ranked[4].proximity, Proximity::kOtherMunicipalitySameSubject);
}

TEST(MentorRanking, OnlyEligibleMentorsAreRanked) {
  auto full = Mentor(12, 1, 100, "математика");
  full.active_mentees = 2;
  const std::vector<MentorFacts> mentors{
      Mentor(11, 1, 100, "математика", {4, 11, 0}),  // 3.3: under five years
      full,                                          // 3.5: no free slot
      Mentor(13, 1, 100, "математика", {5, 0, 0}),
  };
  EXPECT_EQ(Ids(RankMentorCandidates(AmurMentoring(), Mentee(), mentors)), (std::vector<std::int64_t>{13}));
}

TEST(MentorRanking, EquallyNearCandidatesKeepTheGivenOrder) {
  const std::vector<MentorFacts> mentors{
      Mentor(30, 1, 100, "математика"),
      Mentor(10, 2, 100, "математика"),
      Mentor(20, 1, 100, "математика"),
      Mentor(5, 1, 100, "математика"),
  };
  EXPECT_EQ(Ids(RankMentorCandidates(AmurMentoring(), Mentee(), mentors)), (std::vector<std::int64_t>{30, 20, 5, 10}));
}

TEST(MentorRanking, ManyEquallyNearCandidatesKeepTheGivenOrder) {
  // Enough candidates for an unstable sort to reorder them.
  std::vector<MentorFacts> mentors;
  std::vector<std::int64_t> same_school;
  std::vector<std::int64_t> same_municipality;
  for (std::int64_t i = 0; i < 100; ++i) {
    const std::int64_t id = (i * 37) % 101;
    const bool near = i % 3 != 0;
    mentors.push_back(Mentor(id + 2, near ? 1 : 2, 100, "математика"));
    (near ? same_school : same_municipality).push_back(id + 2);
  }
  same_school.insert(same_school.end(), same_municipality.begin(), same_municipality.end());
  EXPECT_EQ(Ids(RankMentorCandidates(AmurMentoring(), Mentee(), mentors)), same_school);
}

TEST(MentorRanking, TheAmurProfileDoesNotReachIntoOtherMunicipalities) {
  const std::vector<MentorFacts> mentors{Mentor(51, 9, 200, "математика")};
  EXPECT_TRUE(RankMentorCandidates(AmurMentoring(), Mentee(), mentors).empty());
}

TEST(MentorRanking, AProfileWithoutConsultantsOfOtherSubjectsLeavesThemOut) {
  auto profile = AmurMentoring();
  profile.reach.other_subject.value = false;
  const std::vector<MentorFacts> mentors{Mentor(31, 1, 100, "физика"), Mentor(21, 2, 100, "математика")};
  EXPECT_EQ(Ids(RankMentorCandidates(profile, Mentee(), mentors)), (std::vector<std::int64_t>{21}));
}

TEST(MentorRanking, TheMenteeIsNotHerOwnCandidate) {
  auto self = Mentor(1, 1, 100, "математика");
  EXPECT_FALSE(ProximityOf(AmurMentoring(), Mentee(), self).has_value());
}

TEST(MentorRanking, AppointmentStageRequiresTheCouncilsRecommendation) {
  auto recommended = Mentor(12, 1, 100, "математика");
  recommended.council_recommendation = CouncilRecommendation{"1", {2024, 8, 28}};
  const std::vector<MentorFacts> mentors{Mentor(11, 1, 100, "математика"), recommended};
  EXPECT_EQ(Ids(RankMentorCandidates(AmurMentoring(), Mentee(), mentors, CheckStage::kProposal)),
            (std::vector<std::int64_t>{11, 12}));
  EXPECT_EQ(Ids(RankMentorCandidates(AmurMentoring(), Mentee(), mentors, CheckStage::kAppointment)),
            (std::vector<std::int64_t>{12}));
}

}  // namespace
}  // namespace metodset::mentoring
