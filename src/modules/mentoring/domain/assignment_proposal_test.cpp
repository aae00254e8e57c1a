#include "modules/mentoring/domain/assignment_proposal.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>

#include "modules/mentoring/domain/mentor_eligibility.hpp"
#include "modules/mentoring/domain/synthetic_region.hpp"

namespace metodset::mentoring {
namespace {

MentorFacts Mentor(std::int64_t id, std::int64_t organisation, std::int64_t municipality,
                   std::vector<std::string> subjects, int active_mentees = 0, ServiceLength experience = {10, 0, 0}) {
  MentorFacts m;
  m.person_id = id;
  m.name = "Наставник " + std::to_string(id);
  m.on = {2024, 9, 1};
  m.pedagogical_experience = experience;
  m.active_mentees = active_mentees;
  m.organisation_id = organisation;
  m.municipality_id = municipality;
  m.subjects = std::move(subjects);
  return m;
}

MenteeFacts Mentee(std::int64_t id, std::int64_t organisation, std::int64_t municipality,
                   std::vector<std::string> subjects) {
  MenteeFacts m;
  m.person_id = id;
  m.name = "Подшефный " + std::to_string(id);
  m.hired_on = {2024, 8, 26};
  m.organisation_id = organisation;
  m.municipality_id = municipality;
  m.subjects = std::move(subjects);
  return m;
}

AssignmentProposal Propose(const MentoringProfile& profile, const std::vector<MenteeFacts>& mentees,
                           const std::vector<MentorFacts>& mentors, const AssignmentCosts& costs = {}) {
  auto result = ProposeAssignments(profile, mentees, mentors, costs);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
  return result.ok() ? *result : AssignmentProposal{};
}

std::map<std::int64_t, std::int64_t> MentorOf(const AssignmentProposal& p) {
  std::map<std::int64_t, std::int64_t> mentor_of;
  for (const auto& pair : p.pairs) mentor_of[pair.mentee_id] = pair.mentor_id;
  return mentor_of;
}

// A first-come-first-served pass would give X the mathematics mentor and leave Y a consultant of physics (1 + 6);
// the optimum gives X the physics mentor and Y the mathematics one (1 + 1).
TEST(MentoringProposal, FindsTheOptimalCostOnAHandCheckedCase) {
  const std::vector<MenteeFacts> mentees{Mentee(1, 1, 100, {"математика", "физика"}),
                                         Mentee(2, 1, 100, {"математика"})};
  const std::vector<MentorFacts> mentors{Mentor(11, 1, 100, {"математика"}, 1), Mentor(12, 1, 100, {"физика"}, 1)};
  const auto p = Propose(AmurMentoring(), mentees, mentors);
  EXPECT_EQ(p.total_cost, 2);
  EXPECT_EQ(MentorOf(p), (std::map<std::int64_t, std::int64_t>{{1, 12}, {2, 11}}));
  EXPECT_TRUE(p.unassigned.empty());
  EXPECT_EQ(p.mentees_considered, 2U);
  ASSERT_EQ(p.pairs.size(), 2U);
  EXPECT_EQ(p.pairs[0].kind, MentorKind::kSubject);
  EXPECT_EQ(p.pairs[0].proximity, Proximity::kSameOrganisationSameSubject);
}

// The most mentees first: Y's only mentor in the school goes to Y even though X would be cheaper with her, and X
// gets the remote mentor (1 + 15 = 16 rather than 3 + 15 = 18, and rather than leaving anyone out).
TEST(MentoringProposal, AssignsAsManyMenteesAsPossibleBeforeMinimisingCost) {
  auto profile = AmurMentoring();
  profile.reach.other_municipality.value = true;
  const std::vector<MenteeFacts> mentees{Mentee(1, 2, 100, {"математика"}), Mentee(2, 1, 100, {"математика"})};
  const std::vector<MentorFacts> mentors{Mentor(11, 1, 100, {"математика"}, 1), Mentor(12, 9, 200, {"математика"}, 1)};
  const auto p = Propose(profile, mentees, mentors);
  EXPECT_EQ(MentorOf(p), (std::map<std::int64_t, std::int64_t>{{1, 12}, {2, 11}}));
  EXPECT_EQ(p.total_cost, 16);
}

TEST(MentoringProposal, ZeroCostsStillAssignEveryoneWhoCanBe) {
  AssignmentCosts free;
  free.by_proximity.fill(0);
  const std::vector<MenteeFacts> mentees{Mentee(1, 1, 100, {"математика"}), Mentee(2, 1, 100, {"математика"}),
                                         Mentee(3, 1, 100, {"математика"})};
  const std::vector<MentorFacts> mentors{Mentor(11, 1, 100, {"математика"})};
  const auto p = Propose(AmurMentoring(), mentees, mentors, free);
  EXPECT_EQ(p.pairs.size(), 2U);
  EXPECT_EQ(p.total_cost, 0);
}

// 3.5: at most two mentees at a time, counting those the mentor already has.
TEST(MentoringProposal, S3_5_CapacityOfTwoIsRespected) {
  std::vector<MenteeFacts> mentees;
  for (std::int64_t id = 1; id <= 5; ++id) mentees.push_back(Mentee(id, 1, 100, {"математика"}));
  const auto p = Propose(AmurMentoring(), mentees, {Mentor(11, 1, 100, {"математика"}, 0)});
  EXPECT_EQ(p.pairs.size(), 2U);
  ASSERT_EQ(p.unassigned.size(), 3U);
  for (const auto& u : p.unassigned) {
    EXPECT_EQ(u.reason, UnassignedReason::kAllSlotsTaken);
    EXPECT_EQ(u.candidates, 1);
    EXPECT_EQ(u.text,
              "Все подходящие наставники заняты: 1 кандидат уже имеет по 2 подшефных или получили их в этом "
              "предложении; одновременно не более 2 (п. 3.5 Положения)");
  }
  const auto one_taken = Propose(AmurMentoring(), mentees, {Mentor(11, 1, 100, {"математика"}, 1)});
  EXPECT_EQ(one_taken.pairs.size(), 1U);
}

TEST(MentoringProposal, AMenteeWhoseOnlyMentorIsFullIsToldSo) {
  const auto p = Propose(AmurMentoring(), {Mentee(1, 1, 100, {"математика"})}, {Mentor(11, 1, 100, {"математика"}, 2)});
  ASSERT_EQ(p.unassigned.size(), 1U);
  EXPECT_EQ(p.unassigned[0].reason, UnassignedReason::kAllSlotsTaken);
  EXPECT_EQ(p.pairs.size(), 0U);
}

TEST(MentoringProposal, UnassignableMenteeIsReportedWithTheReason) {
  const std::vector<MenteeFacts> mentees{Mentee(1, 5, 300, {"химия"}), Mentee(2, 1, 100, {"математика"})};
  const std::vector<MentorFacts> mentors{
      Mentor(11, 1, 100, {"математика"}), Mentor(12, 6, 300, {"химия"}, 0, {4, 11, 0}),  // 3.3: under five years
      Mentor(13, 9, 400, {"химия"}),  // another municipality: out of the Amur reach
  };
  const auto p = Propose(AmurMentoring(), mentees, mentors);
  EXPECT_EQ(MentorOf(p), (std::map<std::int64_t, std::int64_t>{{2, 11}}));
  ASSERT_EQ(p.unassigned.size(), 1U);
  const auto& u = p.unassigned[0];
  EXPECT_EQ(u.mentee_id, 1);
  EXPECT_EQ(u.mentee_index, 0U);
  EXPECT_EQ(u.reason, UnassignedReason::kNoMentorInReach);
  EXPECT_EQ(u.candidates, 0);
  EXPECT_EQ(u.text,
            "Нет наставника в пределах досягаемости: в организации и муниципалитете подшефного нет педагога по "
            "предметам «химия» со стажем педагогической деятельности не менее 5 лет (п. 3.3 Положения); нет и "
            "педагога другого предмета для наставника-консультанта");
}

TEST(MentoringProposal, MenteesWhoHaveAMentorAreLeftOut) {
  auto settled = Mentee(1, 1, 100, {"математика"});
  settled.has_mentor = true;
  const auto p =
      Propose(AmurMentoring(), {settled, Mentee(2, 1, 100, {"математика"})}, {Mentor(11, 1, 100, {"математика"}, 1)});
  EXPECT_EQ(p.mentees_considered, 1U);
  EXPECT_EQ(MentorOf(p), (std::map<std::int64_t, std::int64_t>{{2, 11}}));
  EXPECT_TRUE(p.unassigned.empty());
}

TEST(MentoringProposal, CostsOutsideTheRangeAreRefused) {
  AssignmentCosts costs;
  costs.by_proximity[2] = -1;
  EXPECT_FALSE(ProposeAssignments(AmurMentoring(), {}, {}, costs).ok());
  costs.by_proximity[2] = kMaxAssignmentCost + 1;
  EXPECT_FALSE(ProposeAssignments(AmurMentoring(), {}, {}, costs).ok());
}

TEST(MentoringProposal, ANearerMentorMayNotCostMoreThanAFartherOne) {
  AssignmentCosts costs;
  costs.by_proximity = {1, 6, 3, 10, 15};
  const auto result = ProposeAssignments(AmurMentoring(), {}, {}, costs);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "assignment_costs_not_monotone");
  costs.by_proximity = {2, 2, 2, 2, 2};
  EXPECT_TRUE(ProposeAssignments(AmurMentoring(), {}, {}, costs).ok());
}

TEST(MentoringProposal, APersonWhoNeedsAMentorIsNotProposedAsOne) {
  // An experienced teacher back after military service is a mentee herself (3.2) and not a mentor in the same run.
  auto returning = Mentor(1, 1, 100, {"математика"});
  const auto p =
      Propose(AmurMentoring(), {Mentee(1, 1, 100, {"математика"}), Mentee(2, 1, 100, {"математика"})}, {returning});
  EXPECT_TRUE(p.pairs.empty());
  EXPECT_EQ(p.unassigned.size(), 2U);
}

TEST(MentoringProposal, NoMenteesNoPairs) {
  const auto p = Propose(AmurMentoring(), {}, {Mentor(11, 1, 100, {"математика"})});
  EXPECT_TRUE(p.pairs.empty());
  EXPECT_TRUE(p.unassigned.empty());
  EXPECT_EQ(p.total_cost, 0);
}

// Every mentee's choice (a free eligible mentor in reach, or none) tried: the most assigned, then the least cost.
std::pair<int, std::int64_t> BruteForce(const MentoringProfile& profile, const std::vector<MenteeFacts>& mentees,
                                        const std::vector<MentorFacts>& mentors, const AssignmentCosts& costs) {
  std::vector<int> left(mentors.size());
  for (std::size_t i = 0; i < mentors.size(); ++i) {
    left[i] = CheckMentor(profile, mentors[i], CheckStage::kProposal).Passed()
                  ? FreeSlots(profile, mentors[i].active_mentees)
                  : 0;
  }
  std::pair<int, std::int64_t> best{0, 0};
  std::function<void(std::size_t, int, std::int64_t)> go = [&](std::size_t e, int count, std::int64_t cost) {
    if (e == mentees.size()) {
      if (count > best.first || (count == best.first && cost < best.second)) best = {count, cost};
      return;
    }
    go(e + 1, count, cost);
    for (std::size_t i = 0; i < mentors.size(); ++i) {
      const auto proximity = ProximityOf(profile, mentees[e], mentors[i]);
      if (!proximity || left[i] == 0) continue;
      --left[i];
      go(e + 1, count + 1, cost + costs.Of(*proximity));
      ++left[i];
    }
  };
  go(0, 0, 0);
  return best;
}

TEST(MentoringProposal, MatchesExhaustiveSearchOnSmallRandomRegions) {
  auto profile = AmurMentoring();
  const AssignmentCosts costs;
  for (std::uint64_t seed = 1; seed <= 150; ++seed) {
    profile.reach.other_municipality.value = seed % 2 == 0;
    const auto region =
        SyntheticMentoringRegion(6, 4, seed, {.municipalities = 2, .organisations_per_municipality = 2, .subjects = 3});
    const auto p = Propose(profile, region.mentees, region.mentors, costs);
    const auto [count, cost] = BruteForce(profile, region.mentees, region.mentors, costs);
    EXPECT_EQ(static_cast<int>(p.pairs.size()), count) << "seed " << seed;
    EXPECT_EQ(p.total_cost, cost) << "seed " << seed;
  }
}

// A region of the size of a large one: it finishes, and the proposal keeps every rule. Timing is for the benchmark.
TEST(MentoringProposal, LargeRandomRegionFinishesAndKeepsEveryRule) {
  const auto profile = AmurMentoring();
  const auto region = SyntheticMentoringRegion(2000, 1500, 20240901);
  const auto p = Propose(profile, region.mentees, region.mentors);
  EXPECT_EQ(p.mentees_considered, 2000U);
  EXPECT_EQ(p.pairs.size() + p.unassigned.size(), 2000U);
  EXPECT_GT(p.pairs.size(), 1000U);

  std::set<std::size_t> mentees_seen;
  std::map<std::size_t, int> taken;
  std::int64_t total = 0;
  for (const auto& pair : p.pairs) {
    EXPECT_TRUE(mentees_seen.insert(pair.mentee_index).second) << "mentee assigned twice";
    const auto& mentor = region.mentors[pair.mentor_index];
    const auto& mentee = region.mentees[pair.mentee_index];
    EXPECT_TRUE(CheckMentor(profile, mentor, CheckStage::kProposal).Passed());
    EXPECT_EQ(ProximityOf(profile, mentee, mentor), pair.proximity);
    EXPECT_EQ(pair.cost, AssignmentCosts{}.Of(pair.proximity));
    ++taken[pair.mentor_index];
    total += pair.cost;
  }
  EXPECT_EQ(total, p.total_cost);
  for (const auto& [mentor, count] : taken) {
    EXPECT_LE(count, FreeSlots(profile, region.mentors[mentor].active_mentees)) << "3.5 broken";
  }
  // Maximal: a mentee left out has no qualified mentor in reach, or every such mentor is full.
  for (const auto& u : p.unassigned) {
    EXPECT_FALSE(mentees_seen.contains(u.mentee_index));
    int in_reach = 0;
    for (std::size_t i = 0; i < region.mentors.size(); ++i) {
      const auto& mentor = region.mentors[i];
      if (mentor.pedagogical_experience < ServiceLength{5, 0, 0}) continue;
      if (!ProximityOf(profile, region.mentees[u.mentee_index], mentor)) continue;
      ++in_reach;
      EXPECT_EQ(taken[i], FreeSlots(profile, mentor.active_mentees)) << "a free mentor was left unused";
    }
    EXPECT_EQ(u.candidates, in_reach);
    EXPECT_EQ(u.reason, in_reach == 0 ? UnassignedReason::kNoMentorInReach : UnassignedReason::kAllSlotsTaken);
  }

  const auto again = Propose(profile, region.mentees, region.mentors);
  EXPECT_EQ(MentorOf(again), MentorOf(p));
}

}  // namespace
}  // namespace metodset::mentoring
