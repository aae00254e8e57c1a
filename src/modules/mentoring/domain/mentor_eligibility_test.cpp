#include "modules/mentoring/domain/mentor_eligibility.hpp"

#include <gtest/gtest.h>

namespace metodset::mentoring {
namespace {

MentorFacts Mentor(ServiceLength experience) {
  MentorFacts m;
  m.person_id = 10;
  m.name = "Петрова Анна Сергеевна";
  m.on = {2024, 9, 1};
  m.pedagogical_experience = experience;
  m.council_recommendation = CouncilRecommendation{"3", {2024, 8, 28}};
  m.organisation_id = 1;
  m.municipality_id = 100;
  m.subjects = {"математика"};
  return m;
}

MenteeFacts Mentee(std::vector<std::string> subjects = {"математика"}) {
  MenteeFacts m;
  m.person_id = 20;
  m.name = "Сидоров Илья Петрович";
  m.hired_on = {2024, 8, 26};
  m.organisation_id = 1;
  m.municipality_id = 100;
  m.subjects = std::move(subjects);
  return m;
}

// 3.3: «стаж педагогической деятельности не менее 5 лет».
TEST(MentoringRules, S3_3_MentorWithFourYearsElevenMonthsIsRefused) {
  const auto a = CheckMentor(AmurMentoring(), Mentor({4, 11, 0}));
  EXPECT_FALSE(a.Passed());
  EXPECT_EQ(a.FailedCodes(), std::vector<std::string>{"mentor_experience"});
  const auto* r = a.Find("mentor_experience");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->section, "3.3");
  EXPECT_EQ(r->text,
            "Стаж педагогической деятельности на 01.09.2024 — 4 года 11 месяцев, меньше требуемого; требуется не "
            "менее 5 лет (п. 3.3 Положения)");
}

TEST(MentoringRules, S3_3_MentorOneDayShortOfFiveYearsIsRefused) {
  EXPECT_FALSE(CheckMentor(AmurMentoring(), Mentor({4, 11, 30})).Passed());
}

TEST(MentoringRules, S3_3_MentorWithExactlyFiveYearsIsAccepted) {
  const auto a = CheckMentor(AmurMentoring(), Mentor({5, 0, 0}));
  EXPECT_TRUE(a.Passed());
  EXPECT_EQ(a.Find("mentor_experience")->text,
            "Стаж педагогической деятельности на 01.09.2024 — 5 лет; требуется не менее 5 лет (п. 3.3 Положения)");
}

TEST(MentoringRules, S3_3_TheMinimumIsTheProfilesNumber) {
  auto profile = AmurMentoring();
  profile.mentor_min_experience_years.value = 3;  // a municipality's own regulation
  EXPECT_TRUE(CheckMentor(profile, Mentor({3, 0, 0})).Passed());
  EXPECT_FALSE(CheckMentor(profile, Mentor({2, 11, 29})).Passed());
  EXPECT_NE(CheckMentor(profile, Mentor({2, 11, 29})).Find("mentor_experience")->text.find("не менее 3 лет"),
            std::string::npos);
}

// 3.1, 3.3: the mentor is chosen at a session of the methodological council.
TEST(MentoringRules, S3_3_MentorWithoutCouncilRecommendationIsRefusedAtAppointment) {
  auto mentor = Mentor({12, 0, 0});
  mentor.council_recommendation.reset();
  const auto a = CheckMentor(AmurMentoring(), mentor, CheckStage::kAppointment);
  EXPECT_FALSE(a.Passed());
  EXPECT_EQ(a.FailedCodes(), std::vector<std::string>{"council_recommendation"});
}

TEST(MentoringRules, S3_3_MissingRecommendationDoesNotBlockAProposalToTheCouncil) {
  auto mentor = Mentor({12, 0, 0});
  mentor.council_recommendation.reset();
  const auto a = CheckMentor(AmurMentoring(), mentor, CheckStage::kProposal);
  EXPECT_TRUE(a.Passed());
  const auto* r = a.Find("council_recommendation");
  ASSERT_NE(r, nullptr);
  EXPECT_FALSE(r->met);
  EXPECT_FALSE(r->blocking);
}

TEST(MentoringRules, S3_3_RecommendationNamesTheProtocol) {
  const auto a = CheckMentor(AmurMentoring(), Mentor({12, 0, 0}));
  EXPECT_EQ(a.Find("council_recommendation")->text,
            "Рекомендация методического совета: протокол № 3 от 28.08.2024 (п. 3.1, 3.3 Положения)");
}

// 3.5: «Наставник может иметь одновременно не более двух подшефных педагогов».
TEST(MentoringRules, S3_5_MentorWithOneMenteeHasAFreeSlot) {
  auto mentor = Mentor({7, 0, 0});
  mentor.active_mentees = 1;
  EXPECT_TRUE(MentorHasFreeSlot(AmurMentoring(), mentor));
  const auto a = CheckMentor(AmurMentoring(), mentor);
  EXPECT_TRUE(a.Passed());
  EXPECT_EQ(a.Find("free_slot")->text, "Подшефных сейчас: 1 из 2 допустимых одновременно (п. 3.5 Положения)");
}

TEST(MentoringRules, S3_5_MentorWithTwoMenteesIsRefused) {
  auto mentor = Mentor({7, 0, 0});
  mentor.active_mentees = 2;
  EXPECT_FALSE(MentorHasFreeSlot(AmurMentoring(), mentor));
  const auto a = CheckMentor(AmurMentoring(), mentor);
  EXPECT_EQ(a.FailedCodes(), std::vector<std::string>{"free_slot"});
  EXPECT_NE(a.Find("free_slot")->text.find("свободного места нет"), std::string::npos);
  // Full at the proposal stage too: the recommendation can wait, the limit cannot.
  EXPECT_FALSE(CheckMentor(AmurMentoring(), mentor, CheckStage::kProposal).Passed());
}

TEST(MentoringRules, S3_5_FreeSlotsAreNeverNegative) {
  EXPECT_EQ(FreeSlots(AmurMentoring(), 0), 2);
  EXPECT_EQ(FreeSlots(AmurMentoring(), 1), 1);
  EXPECT_EQ(FreeSlots(AmurMentoring(), 2), 0);
  EXPECT_EQ(FreeSlots(AmurMentoring(), 3), 0);
}

// 2.2: «Наставник-предметник – опытный педагог того же предметного направления, что и молодой учитель».
TEST(MentoringRules, S2_2_SubjectMentorMustTeachTheMenteesSubject) {
  const auto profile = AmurMentoring();
  const auto mentor = Mentor({7, 0, 0});
  EXPECT_TRUE(CheckMentorForMentee(profile, mentor, Mentee({"математика"}), MentorKind::kSubject).Passed());
  const auto a = CheckMentorForMentee(profile, mentor, Mentee({"физика"}), MentorKind::kSubject);
  EXPECT_EQ(a.FailedCodes(), std::vector<std::string>{"same_subject"});
  EXPECT_NE(a.Find("same_subject")->text.find("«физика»"), std::string::npos);
}

TEST(MentoringRules, S2_2_ConsultantMayTeachAnotherSubjectAndContestWinsAreAdvice) {
  const auto profile = AmurMentoring();
  auto mentor = Mentor({7, 0, 0});
  const auto a = CheckMentorForMentee(profile, mentor, Mentee({"физика"}), MentorKind::kConsultant);
  EXPECT_TRUE(a.Passed());
  ASSERT_NE(a.Find("consultant_success"), nullptr);
  EXPECT_FALSE(a.Find("consultant_success")->met);
  mentor.contest_winner = true;
  EXPECT_TRUE(CheckMentorForMentee(profile, mentor, Mentee({"физика"}), MentorKind::kConsultant)
                  .Find("consultant_success")
                  ->met);
}

TEST(MentoringRules, MentorCannotBeHerOwnMentee) {
  auto mentee = Mentee();
  mentee.person_id = 10;
  const auto a = CheckMentorForMentee(AmurMentoring(), Mentor({7, 0, 0}), mentee, MentorKind::kSubject);
  EXPECT_EQ(a.FailedCodes(), std::vector<std::string>{"not_self"});
}

CollectiveMentorFacts Collective(std::vector<ServiceLength> services) {
  CollectiveMentorFacts c;
  c.on = {2024, 9, 1};
  c.council_recommendation = CouncilRecommendation{"3", {2024, 8, 28}};
  for (const auto& s : services) {
    const auto id = static_cast<std::int64_t>(c.members.size() + 1);
    c.members.push_back({id, "Педагог " + std::to_string(id), s});
  }
  return c;
}

// 3.4: «учителя, имеющие стаж работы в школе не менее 5 лет».
TEST(MentoringRules, S3_4_CollectiveMentorOfTeachersWithFiveYearsInTheSchoolIsAccepted) {
  EXPECT_TRUE(CheckCollectiveMentor(AmurMentoring(), Collective({{5, 0, 0}, {17, 3, 2}})).Passed());
}

TEST(MentoringRules, S3_4_CollectiveMemberWithFourYearsElevenMonthsInTheSchoolIsRefused) {
  const auto a = CheckCollectiveMentor(AmurMentoring(), Collective({{5, 0, 0}, {4, 11, 29}}));
  EXPECT_FALSE(a.Passed());
  EXPECT_EQ(a.FailedCodes(), std::vector<std::string>{"collective_member_experience"});
  bool named = false;
  for (const auto& r : a.requirements) {
    if (!r.met && r.text.find("Педагог 2: стаж работы в школе на 01.09.2024 — 4 года 11 месяцев 29 дней") == 0) {
      named = true;
    }
  }
  EXPECT_TRUE(named);
}

TEST(MentoringRules, S3_4_CollectiveMentorIsMoreThanOneTeacher) {
  const auto a = CheckCollectiveMentor(AmurMentoring(), Collective({{10, 0, 0}}));
  EXPECT_EQ(a.FailedCodes(), std::vector<std::string>{"collective_members"});
}

TEST(MentoringRules, S3_5_CollectiveMentorAlsoHasAtMostTwoMentees) {
  auto c = Collective({{10, 0, 0}, {10, 0, 0}, {10, 0, 0}});
  c.active_mentees = 2;
  EXPECT_EQ(CheckCollectiveMentor(AmurMentoring(), c).FailedCodes(), std::vector<std::string>{"free_slot"});
}

TEST(ServiceLengthText, NamesYearsMonthsAndDaysInRussian) {
  EXPECT_EQ(ServiceLengthText({4, 11, 0}), "4 года 11 месяцев");
  EXPECT_EQ(ServiceLengthText({1, 1, 1}), "1 год 1 месяц 1 день");
  EXPECT_EQ(ServiceLengthText({21, 2, 22}), "21 год 2 месяца 22 дня");
  EXPECT_EQ(ServiceLengthText({11, 12, 14}), "11 лет 12 месяцев 14 дней");
  EXPECT_EQ(ServiceLengthText({0, 0, 0}), "0 дней");
}

}  // namespace
}  // namespace metodset::mentoring
