#include "modules/pool/domain/eligibility.hpp"

#include <gtest/gtest.h>

#include "modules/pool/domain/profile_presets.hpp"

namespace metodset::pool {
namespace {

using people::Person;

core::Date D(int y, int m, int d) { return {y, m, d}; }

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

people::Employment Work(core::Date from, std::optional<core::Date> to = std::nullopt,
                        std::vector<std::string> subjects = {"mathematics"}, bool pedagogical = true) {
  people::Employment e;
  e.organisation_id = 1;
  e.organisation_name = "МАОУ СОШ № 4 г. Томска";
  e.position = "teacher";
  e.subjects = std::move(subjects);
  e.pedagogical = pedagogical;
  e.started_on = from;
  e.ended_on = to;
  return e;
}

people::Education Higher(bool pedagogical = true, std::string level = "specialist") {
  people::Education e;
  e.level = std::move(level);
  e.pedagogical = pedagogical;
  e.institution = "Томский государственный педагогический университет";
  e.speciality = "Математика";
  e.graduated_year = 2008;
  return e;
}

people::CategoryAward Category(std::string code, core::Date on, std::string directive) {
  people::CategoryAward c;
  c.category = std::move(code);
  c.awarded_on = on;
  c.directive = std::move(directive);
  return c;
}

people::Achievement Achievement(std::string kind, std::optional<std::string> level, std::string title, core::Date on,
                                std::optional<core::Date> until = std::nullopt) {
  people::Achievement a;
  a.kind = std::move(kind);
  a.level = std::move(level);
  a.title = std::move(title);
  a.achieved_on = on;
  a.valid_until = until;
  return a;
}

// A mathematics teacher since 01.09.2019 with the highest category since 12.03.2021 and higher pedagogical
// education: only the criteria are left to set.
Person Candidate() {
  Person p;
  p.id = 1;
  p.last_name = "Кузнецова";
  p.first_name = "Ольга";
  p.middle_name = "Викторовна";
  p.birth_date = D(1985, 4, 2);
  p.employments = {Work(D(2019, 9, 1))};
  p.educations = {Higher()};
  p.categories = {Category("highest", D(2021, 3, 12), "приказ № 123 от 12.03.2021")};
  return p;
}

Person WithContestWin(Person p, std::string level = "regional") {
  p.achievements.push_back(
      Achievement("contest_winner", std::move(level), "Победитель конкурса «Учитель года»", D(2023, 4, 15)));
  return p;
}

const RequirementCheck& Requirement(const Eligibility& e, std::string_view code) {
  const auto* r = e.Find(code);
  EXPECT_NE(r, nullptr) << code;
  static const RequirementCheck kMissing;
  return r ? *r : kMissing;
}

TEST(PoolEligibility, Tomsk002_S3_2_FiveYearsInSpecialtyExactlyAreEnough) {
  const auto e = CheckEligibility(TomskRma2022(), WithContestWin(Candidate()), D(2024, 8, 31));
  EXPECT_TRUE(e.Eligible());
  const auto& experience = Requirement(e, kExperienceRequirement);
  EXPECT_TRUE(experience.met);
  EXPECT_EQ(experience.text,
            "Стаж работы по специальности (mathematics) на 31.08.2024: 5 лет — требуется не менее 5 лет "
            "(п. 3.2 Положения)");
}

TEST(PoolEligibility, Tomsk002_S3_2_FourYearsElevenMonthsInSpecialtyFails) {
  const auto e = CheckEligibility(TomskRma2022(), WithContestWin(Candidate()), D(2024, 8, 30));
  EXPECT_FALSE(e.Eligible());
  EXPECT_EQ(e.outcome, Outcome::kIneligible);
  const auto& experience = Requirement(e, kExperienceRequirement);
  EXPECT_FALSE(experience.met);
  EXPECT_TRUE(Has(experience.text, "4 года 11 мес. 30 дн. — требуется не менее 5 лет")) << experience.text;
  ASSERT_NE(e.FirstFailed(), nullptr);
  EXPECT_EQ(e.FirstFailed()->code, kExperienceRequirement);
}

TEST(PoolEligibility, Aleksandrovsky000_S3_2_ThreeYearsInSpecialtyExactlyAreEnoughAndADayLessIsNot) {
  auto p = WithContestWin(Candidate(), "municipal");
  p.employments = {Work(D(2021, 9, 1))};
  EXPECT_TRUE(CheckEligibility(AleksandrovskyMma(), p, D(2024, 8, 31)).Eligible());
  const auto e = CheckEligibility(AleksandrovskyMma(), p, D(2024, 8, 30));
  EXPECT_FALSE(e.Eligible());
  EXPECT_TRUE(Has(Requirement(e, kExperienceRequirement).text, "2 года 11 мес. 30 дн. — требуется не менее 3 лет"));
}

TEST(PoolEligibility, Aleksandrovsky000_S3_2_FirstCategoryAccepted) {
  auto p = WithContestWin(Candidate(), "municipal");
  p.categories = {Category("first", D(2022, 1, 20), "приказ № 45 от 20.01.2022")};
  const auto e = CheckEligibility(AleksandrovskyMma(), p, D(2024, 9, 1));
  EXPECT_TRUE(e.Eligible());
  EXPECT_EQ(Requirement(e, kCategoryRequirement).text,
            "Первая категория с 20.01.2022 по 19.01.2027, приказ № 45 от 20.01.2022");
}

TEST(PoolEligibility, Tomsk002_S3_2_FirstCategoryRefused) {
  auto p = WithContestWin(Candidate());
  p.categories = {Category("first", D(2022, 1, 20), "приказ № 45 от 20.01.2022")};
  const auto e = CheckEligibility(TomskRma2022(), p, D(2024, 9, 1));
  EXPECT_FALSE(e.Eligible());
  const auto& category = Requirement(e, kCategoryRequirement);
  EXPECT_FALSE(category.met);
  EXPECT_EQ(category.text,
            "Первая категория с 20.01.2022 по 19.01.2027, приказ № 45 от 20.01.2022 — требуется действующая "
            "категория: высшая, «педагог-методист» или «педагог-наставник» (п. 3.2 Положения)");
}

TEST(PoolEligibility, Tomsk002_S3_2_MethodistCategoryAwardedOverTheHighestIsAccepted) {
  auto p = WithContestWin(Candidate());
  p.categories.push_back(Category("methodist", D(2024, 2, 1), "приказ № 9 от 01.02.2024"));
  EXPECT_TRUE(CheckEligibility(TomskRma2022(), p, D(2024, 9, 1)).Eligible());
}

TEST(PoolEligibility, CategoryExpiresTheDayAfterItsValidity) {
  auto p = WithContestWin(Candidate());
  p.employments = {Work(D(2015, 9, 1))};
  p.categories = {Category("highest", D(2019, 3, 12), "приказ № 77 от 12.03.2019")};
  const auto last_day = CheckEligibility(TomskRma2022(), p, D(2024, 3, 11));
  EXPECT_TRUE(Requirement(last_day, kCategoryRequirement).met);
  EXPECT_TRUE(last_day.Eligible());
  const auto next_day = CheckEligibility(TomskRma2022(), p, D(2024, 3, 12));
  const auto& category = Requirement(next_day, kCategoryRequirement);
  EXPECT_FALSE(category.met);
  EXPECT_TRUE(Has(category.text,
                  "Высшая категория с 12.03.2019 по 11.03.2024, приказ № 77 от 12.03.2019: срок "
                  "действия истёк, на 12.03.2024 категории нет"))
      << category.text;
  EXPECT_FALSE(next_day.Eligible());
}

TEST(PoolEligibility, EvidenceTextContainsTheOrderNumber) {
  const auto e = CheckEligibility(TomskRma2022(), WithContestWin(Candidate()), D(2024, 9, 1));
  EXPECT_EQ(Requirement(e, kCategoryRequirement).text,
            "Высшая категория с 12.03.2021 по 11.03.2026, приказ № 123 от 12.03.2021");
}

TEST(PoolEligibility, Tomsk002_S3_2_NoCriterionMetIsNotEligibleAndSaysWhichDocumentsCouldHelp) {
  const auto e = CheckEligibility(TomskRma2022(), Candidate(), D(2024, 9, 1));
  EXPECT_FALSE(e.Eligible());
  EXPECT_EQ(e.outcome, Outcome::kNeedsConfirmation);
  EXPECT_EQ(e.criteria_met, 0);
  ASSERT_NE(e.FirstFailed(), nullptr);
  EXPECT_EQ(e.FirstFailed()->code, kCriteriaRequirement);
  EXPECT_EQ(e.FirstFailed()->text,
            "Не подтверждён ни один критерий из 8 — требуется хотя бы один (п. 3.2 Положения); документом "
            "представления могут быть подтверждены критерии 4, 7, 8");
  ASSERT_EQ(e.criteria.size(), 8U);
  const auto* first = e.FindCriterion(1);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->status, CriterionStatus::kNotMet);
  EXPECT_EQ(first->text,
            "В реестре нет подтверждения (нужна запись вида «Успешное прохождение оценки предметных и методических "
            "компетенций» (уровень: федеральный))");
  EXPECT_EQ(e.FindCriterion(8)->status, CriterionStatus::kAwaitingConfirmation);
}

TEST(PoolEligibility, NoCriterionMetWithoutManualConfirmationsIsIneligible) {
  auto profile = TomskRma2022();
  for (auto& c : profile.criteria) c.manual_confirmation = false;
  const auto e = CheckEligibility(profile, Candidate(), D(2024, 9, 1));
  EXPECT_EQ(e.outcome, Outcome::kIneligible);
  EXPECT_EQ(Requirement(e, kCriteriaRequirement).text,
            "Не подтверждён ни один критерий из 8 — требуется хотя бы один (п. 3.2 Положения)");
}

TEST(PoolEligibility, Tomsk002_S3_2_6_ARegionalContestWinProvesCriterionSixWithTheRecord) {
  const auto e = CheckEligibility(TomskRma2022(), WithContestWin(Candidate()), D(2024, 9, 1));
  EXPECT_EQ(e.outcome, Outcome::kEligible);
  EXPECT_EQ(e.criteria_met, 1);
  const auto* six = e.FindCriterion(6);
  ASSERT_NE(six, nullptr);
  EXPECT_EQ(six->status, CriterionStatus::kProven);
  ASSERT_EQ(six->evidence.size(), 1U);
  EXPECT_EQ(six->evidence[0], "Победитель конкурса «Учитель года» (уровень: региональный, 15.04.2023)");
  EXPECT_EQ(Requirement(e, kCriteriaRequirement).text,
            "Подтверждён критерий 6 из 8 — требуется хотя бы один (п. 3.2 Положения)");
}

TEST(PoolEligibility, Tomsk002_S3_2_6_AMunicipalContestWinIsRefusedWithTheReasonButCountsInAleksandrovsky) {
  const auto p = WithContestWin(Candidate(), "municipal");
  const auto tomsk = CheckEligibility(TomskRma2022(), p, D(2024, 9, 1));
  const auto* six = tomsk.FindCriterion(6);
  ASSERT_NE(six, nullptr);
  EXPECT_EQ(six->status, CriterionStatus::kNotMet);
  ASSERT_EQ(six->evidence.size(), 1U);
  EXPECT_TRUE(Has(six->evidence[0], "— требуется уровень: региональный или федеральный")) << six->evidence[0];
  EXPECT_EQ(CheckEligibility(AleksandrovskyMma(), p, D(2024, 9, 1)).FindCriterion(5)->status, CriterionStatus::kProven);
}

TEST(PoolEligibility, Tomsk002_S3_2_1_AFederalAssessmentProvesCriterionOneAndNotTwo) {
  auto p = Candidate();
  p.achievements.push_back(
      Achievement("competence_assessment", "federal", "Оценка компетенций ФИОКО, математика", D(2023, 11, 20)));
  const auto e = CheckEligibility(TomskRma2022(), p, D(2024, 9, 1));
  EXPECT_TRUE(e.Eligible());
  EXPECT_EQ(e.FindCriterion(1)->status, CriterionStatus::kProven);
  EXPECT_EQ(e.FindCriterion(2)->status, CriterionStatus::kNotMet);
}

TEST(PoolEligibility, AnAchievementPastItsValidityDoesNotProve) {
  auto p = Candidate();
  p.employments = {Work(D(2015, 9, 1))};
  p.achievements.push_back(Achievement("exam_commission", "regional", "Член региональной предметной комиссии ЕГЭ",
                                       D(2022, 3, 1), D(2023, 12, 31)));
  const auto e = CheckEligibility(TomskRma2022(), p, D(2024, 9, 1));
  EXPECT_EQ(e.FindCriterion(3)->status, CriterionStatus::kNotMet);
  ASSERT_EQ(e.FindCriterion(3)->evidence.size(), 1U);
  EXPECT_TRUE(Has(e.FindCriterion(3)->evidence[0], "действует по 31.12.2023) — срок действия истёк"));
  EXPECT_TRUE(CheckEligibility(TomskRma2022(), p, D(2023, 12, 31)).Eligible());
}

TEST(PoolEligibility, ManualConfirmationCountsOnlyWhereTheProfileAllowsIt) {
  const auto p = Candidate();
  const auto confirmed =
      CheckEligibility(TomskRma2022(), p, D(2024, 9, 1), {{8, "справка ТОИПКРО от 02.09.2024 № 311"}});
  EXPECT_TRUE(confirmed.Eligible());
  EXPECT_EQ(confirmed.FindCriterion(8)->status, CriterionStatus::kConfirmed);
  EXPECT_EQ(confirmed.FindCriterion(8)->evidence[0], "Подтверждён документом: справка ТОИПКРО от 02.09.2024 № 311");

  const auto refused = CheckEligibility(TomskRma2022(), p, D(2024, 9, 1), {{1, "сертификат ФИОКО"}});
  EXPECT_FALSE(refused.Eligible());
  EXPECT_EQ(refused.FindCriterion(1)->status, CriterionStatus::kNotMet);
  EXPECT_TRUE(Has(refused.FindCriterion(1)->evidence.back(), "профиль требует для этого критерия записи реестра"));
}

TEST(PoolEligibility, Tomsk002_S3_2_HigherEducationMustBePedagogical) {
  auto p = WithContestWin(Candidate());
  p.educations = {Higher(false, "bachelor")};
  auto e = CheckEligibility(TomskRma2022(), p, D(2024, 9, 1));
  EXPECT_FALSE(e.Eligible());
  EXPECT_TRUE(Has(Requirement(e, kEducationRequirement).text,
                  "Образование не педагогическое: Томский государственный педагогический университет, бакалавриат"));

  p.educations = {Higher(true, "secondary_professional")};
  e = CheckEligibility(TomskRma2022(), p, D(2024, 9, 1));
  EXPECT_FALSE(Requirement(e, kEducationRequirement).met);
  EXPECT_TRUE(Has(Requirement(e, kEducationRequirement).text, "требуется высшее педагогическое образование"));

  p.educations.push_back(Higher(true, "master"));
  e = CheckEligibility(TomskRma2022(), p, D(2024, 9, 1));
  EXPECT_EQ(Requirement(e, kEducationRequirement).text,
            "Высшее педагогическое образование: Томский государственный педагогический университет, магистратура, "
            "«Математика», 2008");
}

TEST(PoolEligibility, SpecialtyIsTheLongestSubjectTaughtAndIsNamed) {
  auto p = WithContestWin(Candidate());
  // Six years of physics, then mathematics since 2022: the physics counts.
  p.employments = {Work(D(2016, 9, 1), D(2022, 8, 31), {"physics"}), Work(D(2022, 9, 1))};
  CatalogueTitles titles;
  titles.subjects = {{"physics", "Физика"}, {"mathematics", "Математика"}};
  const auto e = CheckEligibility(TomskRma2022(), p, D(2024, 9, 1), {}, titles);
  EXPECT_TRUE(e.Eligible());
  EXPECT_TRUE(
      Has(Requirement(e, kExperienceRequirement).text, "Стаж работы по специальности (Физика) на 01.09.2024: 6 лет"));
}

TEST(PoolEligibility, NonPedagogicalWorkIsNotExperienceInTheSpecialty) {
  auto p = WithContestWin(Candidate());
  p.employments = {Work(D(2010, 9, 1), D(2019, 8, 31), {"mathematics"}, false), Work(D(2021, 9, 1))};
  const auto e = CheckEligibility(TomskRma2022(), p, D(2024, 9, 1));
  EXPECT_FALSE(Requirement(e, kExperienceRequirement).met);
  EXPECT_TRUE(Has(Requirement(e, kExperienceRequirement).text, ": 3 года 1 дн. — требуется не менее 5 лет"));
}

TEST(PoolEligibility, APositionWithoutSubjectsIsASpecialty) {
  auto p = WithContestWin(Candidate());
  auto psychologist = Work(D(2015, 9, 1), std::nullopt, {});
  psychologist.position = "psychologist";
  p.employments = {psychologist};
  CatalogueTitles titles;
  titles.positions = {{"psychologist", "Педагог-психолог"}};
  const auto e = CheckEligibility(TomskRma2022(), p, D(2024, 9, 1), {}, titles);
  EXPECT_TRUE(Has(Requirement(e, kExperienceRequirement).text, "(Педагог-психолог) на 01.09.2024: 9 лет"));
  EXPECT_TRUE(e.Eligible());
}

TEST(PoolEligibility, ACandidateWhoNoLongerWorksIsRefused) {
  auto p = WithContestWin(Candidate());
  p.employments = {Work(D(2010, 9, 1), D(2024, 6, 30))};
  const auto e = CheckEligibility(TomskRma2022(), p, D(2024, 9, 1));
  EXPECT_FALSE(e.Eligible());
  EXPECT_EQ(e.FirstFailed()->code, kEmploymentRequirement);
  EXPECT_TRUE(Requirement(e, kExperienceRequirement).met);
}

TEST(PoolEligibility, EveryRequirementIsListedEvenAfterAFailure) {
  auto p = Candidate();
  p.categories.clear();
  p.educations.clear();
  const auto e = CheckEligibility(TomskRma2022(), p, D(2024, 9, 1));
  ASSERT_EQ(e.requirements.size(), 5U);
  EXPECT_EQ(e.requirements[1].text,
            "Квалификационная категория в реестре не указана — требуется действующая категория: высшая, "
            "«педагог-методист» или «педагог-наставник» (п. 3.2 Положения)");
  EXPECT_EQ(e.requirements[2].text,
            "В реестре нет сведений о высшем образовании — требуется высшее педагогическое образование "
            "(п. 3.2 Положения)");
  EXPECT_EQ(e.FirstFailed()->code, kCategoryRequirement);
}

TEST(PoolEligibility, AnEditedProfileMayAcceptAnEmploymentOrACourse) {
  auto profile = AleksandrovskyMma();
  EvidenceRule employment;
  employment.kind = EvidenceKind::kEmployment;
  employment.organisation_ids = {42};
  profile.criteria[6].evidence.push_back(employment);
  EvidenceRule course;
  course.kind = EvidenceKind::kCourse;
  course.programme_contains = "школа современного учителя";
  course.min_hours = 72;
  profile.criteria.push_back({8, "прошедшие курсы «Школа современного учителя»", {course}, false});

  auto p = Candidate();
  auto office = Work(D(2023, 1, 9), std::nullopt, {}, false);
  office.organisation_id = 42;
  office.organisation_name = "Александровский РОО";
  office.is_main = false;
  p.employments.push_back(office);
  people::Course pd;
  pd.programme = "Школа современного учителя математики";
  pd.hours = 100;
  pd.started_on = D(2022, 2, 1);
  pd.ended_on = D(2022, 4, 30);
  p.courses = {pd};

  const auto e = CheckEligibility(profile, p, D(2024, 9, 1));
  EXPECT_TRUE(e.Eligible());
  EXPECT_EQ(e.FindCriterion(7)->status, CriterionStatus::kProven);
  EXPECT_TRUE(Has(e.FindCriterion(7)->evidence[0], "Работает: Александровский РОО"));
  EXPECT_EQ(e.FindCriterion(8)->status, CriterionStatus::kProven);
  EXPECT_EQ(e.FindCriterion(8)->evidence[0],
            "Курсы «Школа современного учителя математики», 100 ч., 01.02.2022–30.04.2022");
  EXPECT_EQ(Requirement(e, kCriteriaRequirement).text,
            "Подтверждены критерии 7, 8 из 8 — требуется хотя бы один (п. 3.2 Положения)");

  p.courses[0].hours = 36;
  const auto short_course = CheckEligibility(profile, p, D(2024, 9, 1));
  EXPECT_EQ(short_course.FindCriterion(8)->status, CriterionStatus::kNotMet);
  EXPECT_TRUE(Has(short_course.FindCriterion(8)->evidence[0], "— требуется не менее 72 ч."));
}

TEST(PoolEligibility, Tomsk002_S3_2_RequiringTwoCriteriaNeedsTwo) {
  auto profile = TomskRma2022();
  profile.min_criteria = 2;
  auto p = WithContestWin(Candidate());
  EXPECT_FALSE(CheckEligibility(profile, p, D(2024, 9, 1)).Eligible());
  p.achievements.push_back(
      Achievement("methodological_head", "organisation", "Руководитель ШМО учителей математики", D(2020, 9, 1)));
  const auto e = CheckEligibility(profile, p, D(2024, 9, 1));
  EXPECT_TRUE(e.Eligible());
  EXPECT_EQ(Requirement(e, kCriteriaRequirement).text,
            "Подтверждены критерии 5, 6 из 8 — требуется не менее 2 (п. 3.2 Положения)");
}

TEST(ScreenAll, CountsOutcomesAndTheFirstFailedRequirement) {
  std::vector<Person> persons;
  persons.push_back(WithContestWin(Candidate()));  // eligible
  auto first = WithContestWin(Candidate());
  first.categories = {Category("first", D(2022, 1, 20), "приказ № 45 от 20.01.2022")};
  first.employments = {Work(D(2023, 9, 1))};  // fails the category first, then the experience
  persons.push_back(first);
  persons.push_back(Candidate());  // no criterion proven: needs confirmation
  auto young = WithContestWin(Candidate());
  young.employments = {Work(D(2022, 9, 1))};
  persons.push_back(young);  // experience
  persons.push_back(young);

  const auto s = ScreenAll(TomskRma2022(), persons, D(2024, 9, 1));
  EXPECT_EQ(s.total, 5);
  EXPECT_EQ(s.eligible, 1);
  EXPECT_EQ(s.needs_confirmation, 1);
  EXPECT_EQ(s.ineligible, 3);
  EXPECT_EQ(s.first_failed, (std::map<std::string, int>{{"category", 1}, {"criteria", 1}, {"experience", 2}}));
}

}  // namespace
}  // namespace metodset::pool
