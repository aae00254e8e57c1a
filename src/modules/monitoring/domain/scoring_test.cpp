#include <gtest/gtest.h>

#include "modules/monitoring/domain/review.hpp"
#include "modules/monitoring/domain/scoring.hpp"
#include "modules/monitoring/domain/targets.hpp"

namespace metodset::monitoring {
namespace {

std::vector<AnswerFact> AllMet(const Catalog& c, bool accepted = true) {
  return std::vector<AnswerFact>(c.IndicatorCount(), AnswerFact{true, accepted});
}

int IndexOf(const Catalog& c, const std::string& number) {
  int k = 0;
  for (const auto& cr : c.criteria)
    for (const auto& i : cr.indicators) {
      if (i.number == number) return k;
      ++k;
    }
  return -1;
}

TEST(Scoring_003_App6_7, EveryConfirmedIndicatorIsAPointSummedPerCriterionAndInTotal) {
  Catalog c = Amur2020Catalog();
  auto s = ScoreForm(c, AllMet(c));
  EXPECT_EQ(s.total, 61);
  EXPECT_EQ(s.by_criterion, (std::vector<int>{6, 7, 32, 7, 3, 1, 5}));
  EXPECT_TRUE(s.deficits.empty());
  ASSERT_EQ(s.points.size(), 60u);
  EXPECT_EQ(s.points[IndexOf(c, "5.2")], 2);
}

TEST(Scoring_003_App6_7, OnlyAcceptedAnswersCountClaimedShowsTheRest) {
  Catalog c = Amur2020Catalog();
  auto facts = AllMet(c, false);
  facts[IndexOf(c, "1.1")].accepted = true;
  facts[IndexOf(c, "5.2")].accepted = true;
  auto s = ScoreForm(c, facts);
  EXPECT_EQ(s.total, 3);
  EXPECT_EQ(s.claimed, 61);
  EXPECT_EQ(s.by_criterion[0], 1);
  EXPECT_EQ(s.by_criterion[4], 2);
}

TEST(Deficits_003_App6_7, IndicatorsAtZeroExceptAdditionalOnes) {
  Catalog c = Amur2020Catalog();
  auto facts = AllMet(c);
  facts[IndexOf(c, "2.3")] = {false, true};
  facts[IndexOf(c, "5.2")] = {false, true};
  facts[IndexOf(c, "7.5")] = {true, false};
  auto s = ScoreForm(c, facts);
  ASSERT_EQ(s.deficits.size(), 2u);
  EXPECT_EQ(s.deficits[0], IndexOf(c, "2.3"));
  EXPECT_EQ(s.deficits[1], IndexOf(c, "7.5"));
  EXPECT_EQ(s.total, 61 - 1 - 2 - 1);
}

TEST(Ranking, TiesShareTheRankAndTheNextRankSkips) {
  auto r = RankByTotal({{1, 40, "Б"}, {2, 55, "В"}, {3, 40, "А"}, {4, 10, "Г"}});
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].key, 2);
  EXPECT_EQ(r[0].rank, 1);
  EXPECT_EQ(r[1].key, 3);  // tie listed by name
  EXPECT_EQ(r[1].rank, 2);
  EXPECT_EQ(r[2].key, 1);
  EXPECT_EQ(r[2].rank, 2);
  EXPECT_EQ(r[3].key, 4);
  EXPECT_EQ(r[3].rank, 4);
}

TEST(Review_003_App6_8, ReturnedIndicatorReopensAloneSubmittedAndAcceptedAreLocked) {
  EXPECT_TRUE(CheckEditable(AnswerState::kEmpty, "1.1").ok());
  EXPECT_TRUE(CheckEditable(AnswerState::kDraft, "1.1").ok());
  EXPECT_TRUE(CheckEditable(AnswerState::kReturned, "1.1").ok());
  EXPECT_EQ(CheckEditable(AnswerState::kSubmitted, "1.1").error().code, "answer_locked");
  EXPECT_EQ(CheckEditable(AnswerState::kAccepted, "1.1").error().code, "answer_locked");
  EXPECT_EQ(AfterEdit(AnswerState::kReturned), AnswerState::kReturned);
  EXPECT_EQ(AfterEdit(AnswerState::kEmpty), AnswerState::kDraft);
  EXPECT_TRUE(SentOnSubmit(AnswerState::kReturned));
  EXPECT_FALSE(SentOnSubmit(AnswerState::kAccepted));
  EXPECT_FALSE(SentOnSubmit(AnswerState::kEmpty));
  EXPECT_FALSE(SentOnSubmit(AnswerState::kSubmitted));
  EXPECT_TRUE(CheckReviewable(AnswerState::kSubmitted, "1.1").ok());
  EXPECT_EQ(CheckReviewable(AnswerState::kReturned, "1.1").error().code, "not_submitted");
  EXPECT_EQ(CheckReturnMessage("  ").error().field, "message");
}

TEST(Review_003_App6_8, FormStatusFollowsItsIndicators) {
  using S = AnswerState;
  EXPECT_EQ(DeriveFormStatus({S::kEmpty, S::kEmpty}), FormStatus::kNotStarted);
  EXPECT_EQ(DeriveFormStatus({S::kDraft, S::kEmpty}), FormStatus::kDraft);
  EXPECT_EQ(DeriveFormStatus({S::kSubmitted, S::kEmpty}), FormStatus::kSubmitted);
  EXPECT_EQ(DeriveFormStatus({S::kAccepted, S::kEmpty}), FormStatus::kAccepted);
  EXPECT_EQ(DeriveFormStatus({S::kSubmitted, S::kDraft}), FormStatus::kDraft);
  EXPECT_EQ(DeriveFormStatus({S::kSubmitted, S::kAccepted}), FormStatus::kSubmitted);
  EXPECT_EQ(DeriveFormStatus({S::kReturned, S::kAccepted}), FormStatus::kReturned);
  EXPECT_EQ(DeriveFormStatus({S::kAccepted, S::kAccepted}), FormStatus::kAccepted);
}

TEST(Campaign_003_App6_8, TheWindowIsJuneByDefault) {
  auto w = DefaultWindow(2026);
  EXPECT_EQ(w.opens_on.Iso(), "2026-06-01");
  EXPECT_EQ(w.closes_on.Iso(), "2026-06-30");
  EXPECT_TRUE(CheckWindow(2026, w).ok());
  EXPECT_EQ(CheckWindow(2026, {core::Date{2026, 6, 30}, core::Date{2026, 6, 1}}).error().field, "closes_on");
  EXPECT_EQ(CheckWindow(1999, w).error().field, "year");
}

TEST(Targets_003_App7, PassportTargetsWithTheirValues) {
  const auto& t = AmurProgrammeTargets();
  ASSERT_EQ(t.size(), 15u);
  auto find = [&](const std::string& code) {
    for (const auto& x : t)
      if (x.code == code) return x;
    return ProgrammeTarget{};
  };
  EXPECT_EQ(find("needs_monitoring").target, 100);
  EXPECT_EQ(find("digital").target, 70);
  EXPECT_EQ(find("innovation_sites").target, 60);
  EXPECT_EQ(find("internship_sites").target, 80);
  Catalog c = Amur2020Catalog();
  for (const auto& x : t)
    for (const auto& n : x.indicators) EXPECT_NE(c.Find(n), nullptr) << x.code << " " << n;
}

TEST(Targets_003_App7, ActualIsTheShareOfMunicipalitiesWithTheIndicatorAccepted) {
  Catalog c = Amur2020Catalog();
  ProgrammeTarget digital;
  for (const auto& x : AmurProgrammeTargets())
    if (x.code == "digital") digital = x;
  std::vector<std::vector<AnswerFact>> forms(3, std::vector<AnswerFact>(c.IndicatorCount()));
  forms[0][IndexOf(c, "3.30")] = {true, true};
  forms[1][IndexOf(c, "3.30")] = {true, false};  // not accepted: does not count
  auto v = CampaignTargetValue(digital, c, forms);
  EXPECT_EQ(v.numerator, 1);
  EXPECT_EQ(v.denominator, 3);
  EXPECT_DOUBLE_EQ(*v.actual, 33.3);
  EXPECT_FALSE(*v.met);
  forms[1][IndexOf(c, "3.30")].accepted = true;
  v = CampaignTargetValue(digital, c, forms);
  EXPECT_DOUBLE_EQ(*v.actual, 66.7);
  EXPECT_FALSE(CampaignTargetValue(digital, c, {}).actual.has_value());
}

}  // namespace
}  // namespace metodset::monitoring
