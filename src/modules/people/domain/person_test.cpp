#include "modules/people/domain/person.hpp"

#include <gtest/gtest.h>

namespace metodset::people {
namespace {

core::Date D(int y, int m, int d) { return {y, m, d}; }

Employment Work(core::Date from, std::optional<core::Date> to, bool pedagogical = true,
                std::vector<std::string> subjects = {"mathematics"}) {
  Employment e;
  e.organisation_id = 1;
  e.organisation_name = "МОАУ СОШ № 1";
  e.position = "teacher";
  e.subjects = std::move(subjects);
  e.pedagogical = pedagogical;
  e.started_on = from;
  e.ended_on = to;
  return e;
}

Person Teacher() {
  Person p;
  p.last_name = "Иванова";
  p.first_name = "Мария";
  p.middle_name = "Петровна";
  p.birth_date = D(1990, 5, 10);
  return p;
}

PersonCatalogues Catalogues() {
  PersonCatalogues c;
  c.positions = {"teacher", "director"};
  c.subjects = {"mathematics", "physics"};
  c.education_levels = {"bachelor"};
  c.categories = {"none", "first", "highest"};
  c.achievement_kinds = {"contest_winner"};
  c.achievement_levels = {"regional"};
  c.consent_purposes = {"processing"};
  c.consent_forms = {"written"};
  return c;
}

}  // namespace

TEST(FullName, JoinsThePartsAndOmitsAMissingPatronymic) {
  auto p = Teacher();
  EXPECT_EQ(FullName(p), "Иванова Мария Петровна");
  p.middle_name.reset();
  EXPECT_EQ(FullName(p), "Иванова Мария");
}

// 003 §App2 3.3: young specialist — the first three years of pedagogical work.
TEST(YoungSpecialist, EndsWhenExactlyThreeYearsOfPedagogicalWorkAreCompleted) {
  auto p = Teacher();
  p.employments = {Work(D(2021, 3, 1), std::nullopt)};
  EXPECT_EQ(ExperienceThrough(p.employments, D(2024, 2, 29), true), (Experience{3, 0, 0}));
  EXPECT_EQ(ExperienceThrough(p.employments, D(2024, 2, 28), true), (Experience{2, 11, 28}));
  EXPECT_TRUE(Derive(p, D(2024, 2, 29)).young_specialist);  // the last day of the third year
  EXPECT_FALSE(Derive(p, D(2024, 3, 1)).young_specialist);
  EXPECT_EQ(Summarise(p, D(2023, 6, 1)).young_specialist_until, D(2024, 2, 29));
}

// A single period is counted by the calendar: from S it is under three years through S + 3 years − 2 days and
// exactly three years through S + 3 years − 1 day, even when the last month has 31 days.
TEST(YoungSpecialist, StartedOnFirstOfSeptemberStaysOneUntilThirtyFirstOfAugust) {
  auto p = Teacher();
  p.employments = {Work(D(2023, 9, 1), std::nullopt)};
  EXPECT_EQ(ExperienceThrough(p.employments, D(2026, 8, 30), true), (Experience{2, 11, 30}));
  EXPECT_EQ(ExperienceThrough(p.employments, D(2026, 8, 31), true), (Experience{3, 0, 0}));
  EXPECT_TRUE(Derive(p, D(2026, 8, 30)).young_specialist);
  EXPECT_TRUE(Derive(p, D(2026, 8, 31)).young_specialist);  // the last day of the third year
  EXPECT_FALSE(Derive(p, D(2026, 9, 1)).young_specialist);
  EXPECT_EQ(Summarise(p, D(2024, 1, 1)).young_specialist_until, D(2026, 8, 31));
}

TEST(YoungSpecialist, StartedOnFirstOfMarchStaysOneUntilTheEndOfFebruary) {
  auto p = Teacher();
  p.employments = {Work(D(2022, 3, 1), std::nullopt)};
  EXPECT_EQ(ExperienceThrough(p.employments, D(2025, 2, 27), true), (Experience{2, 11, 27}));
  EXPECT_EQ(ExperienceThrough(p.employments, D(2025, 2, 28), true), (Experience{3, 0, 0}));
  EXPECT_TRUE(Derive(p, D(2025, 2, 28)).young_specialist);
  EXPECT_FALSE(Derive(p, D(2025, 3, 1)).young_specialist);
  EXPECT_EQ(Summarise(p, D(2023, 1, 1)).young_specialist_until, D(2025, 2, 28));
}

TEST(Experience, ASinglePeriodIsCountedByTheCalendarWithoutTheThirtyDayCarry) {
  std::vector<Employment> career = {Work(D(2020, 1, 1), D(2020, 1, 30))};
  EXPECT_EQ(ExperienceThrough(career, D(2024, 1, 1), false), (Experience{0, 0, 30}));
  career[0].ended_on = D(2020, 1, 31);
  EXPECT_EQ(ExperienceThrough(career, D(2024, 1, 1), false), (Experience{0, 1, 0}));
}

TEST(YoungSpecialist, NeedsCurrentPedagogicalWork) {
  auto p = Teacher();
  p.employments = {Work(D(2022, 9, 1), D(2023, 5, 31))};
  EXPECT_FALSE(Derive(p, D(2023, 6, 1)).young_specialist);
  EXPECT_FALSE(Summarise(p, D(2023, 6, 1)).young_specialist_until.has_value());
  p.employments.push_back(Work(D(2023, 9, 1), std::nullopt));
  EXPECT_TRUE(Derive(p, D(2023, 9, 1)).young_specialist);
}

TEST(YoungSpecialist, AGapInPedagogicalWorkPostponesTheEnd) {
  auto p = Teacher();
  // One year, a year's break, then work again: the three years end a year later than the calendar would say.
  p.employments = {Work(D(2019, 9, 1), D(2020, 8, 31)), Work(D(2021, 9, 1), std::nullopt)};
  EXPECT_TRUE(Derive(p, D(2023, 8, 1)).young_specialist);
  EXPECT_EQ(Summarise(p, D(2022, 1, 1)).young_specialist_until, D(2023, 8, 31).AddDays(-1));
  EXPECT_FALSE(Derive(p, D(2023, 9, 1)).young_specialist);
}

// 003 §App2 3.3: young teacher — under 35; the 35th birthday is no longer young.
TEST(YoungTeacher, TheThirtyFifthBirthdayEndsIt) {
  auto p = Teacher();
  p.birth_date = D(1990, 5, 10);
  EXPECT_TRUE(Derive(p, D(2025, 5, 9)).young_teacher);
  EXPECT_EQ(Derive(p, D(2025, 5, 9)).age, 34);
  EXPECT_FALSE(Derive(p, D(2025, 5, 10)).young_teacher);
  EXPECT_EQ(Derive(p, D(2025, 5, 10)).age, 35);
}

// ГК РФ ст. 192: a term ending in a month without the day ends on the month's last day.
TEST(YoungTeacher, BornOnTwentyNinthOfFebruaryTurnsThirtyFiveOnTwentyEighth) {
  auto p = Teacher();
  p.birth_date = D(1992, 2, 29);
  EXPECT_TRUE(Derive(p, D(2027, 2, 27)).young_teacher);
  EXPECT_FALSE(Derive(p, D(2027, 2, 28)).young_teacher);
  EXPECT_EQ(AgeOn(D(1992, 2, 29), D(2024, 2, 28)), 31);
  EXPECT_EQ(AgeOn(D(1992, 2, 29), D(2024, 2, 29)), 32);
}

// A category is in force for five years (Порядок аттестации, приказ Минпросвещения № 196, п. 21).
TEST(CategoryInForce, LapsingTomorrowIsStillInForceTodayAndAttestationIsDue) {
  auto p = Teacher();
  p.categories = {{1, "first", D(2019, 6, 15), std::nullopt}};
  EXPECT_EQ(CategoryValidUntil(D(2019, 6, 15)), D(2024, 6, 14));
  const auto today = Derive(p, D(2024, 6, 14));
  EXPECT_EQ(today.category.code, "first");
  EXPECT_FALSE(today.category.lapsed_on.has_value());
  EXPECT_TRUE(today.attestation_due);
  const auto tomorrow = Derive(p, D(2024, 6, 15));
  EXPECT_EQ(tomorrow.category.code, "none");
  EXPECT_EQ(tomorrow.category.lapsed_on, D(2024, 6, 15));
  EXPECT_TRUE(tomorrow.attestation_due);
}

TEST(CategoryInForce, AttestationIsDueWithinTheHorizonOnly) {
  auto p = Teacher();
  p.categories = {{1, "first", D(2015, 1, 1), std::nullopt}, {2, "highest", D(2020, 3, 1), std::nullopt}};
  const auto f = Derive(p, D(2024, 1, 1), 6);
  EXPECT_EQ(f.category.code, "highest");
  EXPECT_EQ(f.category.valid_until, D(2025, 2, 28));
  EXPECT_FALSE(f.attestation_due);
  EXPECT_TRUE(Derive(p, D(2024, 8, 28), 6).attestation_due);
  EXPECT_FALSE(Derive(p, D(2024, 8, 27), 6).attestation_due);
  EXPECT_EQ(Summarise(p, D(2024, 1, 1)).category, "highest");
}

TEST(Experience, AGapIsNotCounted) {
  std::vector<Employment> career = {Work(D(2010, 9, 1), D(2012, 8, 31)), Work(D(2015, 9, 1), D(2017, 8, 31))};
  EXPECT_EQ(ExperienceThrough(career, D(2024, 1, 1), false), (Experience{4, 0, 0}));
}

TEST(Experience, OverlappingPeriodsAreCountedOnce) {
  std::vector<Employment> career = {Work(D(2010, 9, 1), D(2013, 8, 31)), Work(D(2012, 9, 1), D(2014, 8, 31))};
  career[1].is_main = false;
  EXPECT_EQ(ExperienceThrough(career, D(2024, 1, 1), false), (Experience{4, 0, 0}));
}

TEST(Experience, PeriodsAreSummedWithThirtyDayMonths) {
  // 20 days + 15 days = 35 days = 1 month 5 days; 7 months + 6 months = 1 year 1 month.
  std::vector<Employment> career = {Work(D(2010, 1, 1), D(2010, 8, 20)), Work(D(2011, 1, 1), D(2011, 7, 15))};
  EXPECT_EQ(ExperienceThrough(career, D(2024, 1, 1), false), (Experience{1, 2, 5}));
}

TEST(Experience, CountsUpToTheDateAndSeparatesPedagogicalAndSpecialtyWork) {
  std::vector<Employment> career = {Work(D(2010, 9, 1), D(2011, 8, 31), false),
                                    Work(D(2011, 9, 1), std::nullopt, true, {"physics"})};
  EXPECT_EQ(ExperienceThrough(career, D(2014, 8, 31), false), (Experience{4, 0, 0}));
  EXPECT_EQ(ExperienceThrough(career, D(2014, 8, 31), true), (Experience{3, 0, 0}));
  const std::string physics = "physics";
  const std::string maths = "mathematics";
  EXPECT_EQ(ExperienceThrough(career, D(2014, 8, 31), true, &physics), (Experience{3, 0, 0}));
  EXPECT_EQ(ExperienceThrough(career, D(2014, 8, 31), true, &maths), (Experience{}));
  EXPECT_EQ(ExperienceThrough(career, D(2009, 1, 1), false), (Experience{}));
}

// 273-ФЗ ст. 47 ч. 5 п. 2: professional development at least once in three years.
TEST(ProfessionalDevelopment, IsDueThreeYearsAfterTheLastCourseEnded) {
  auto p = Teacher();
  EXPECT_TRUE(Derive(p, D(2024, 1, 1)).pd_due);
  p.courses = {{1, "ФГОС", std::nullopt, 36, D(2021, 3, 1), D(2021, 3, 20)}};
  EXPECT_FALSE(Derive(p, D(2024, 3, 19)).pd_due);
  EXPECT_TRUE(Derive(p, D(2024, 3, 20)).pd_due);
  EXPECT_EQ(Derive(p, D(2024, 3, 20)).last_course_on, D(2021, 3, 20));
}

TEST(Summarise, PlacesThePersonAtTheCurrentMainEmployment) {
  auto p = Teacher();
  auto old = Work(D(2010, 9, 1), D(2015, 8, 31));
  old.organisation_id = 7;
  auto main = Work(D(2015, 9, 1), std::nullopt, true, {"physics", "mathematics"});
  main.organisation_id = 9;
  auto second = Work(D(2016, 9, 1), std::nullopt, true, {"physics"});
  second.organisation_id = 11;
  second.is_main = false;
  p.employments = {old, main, second};
  const auto s = Summarise(p, D(2024, 1, 1));
  EXPECT_EQ(s.organisation_id, 9);
  EXPECT_EQ(s.position, "teacher");
  EXPECT_EQ(s.subjects, (std::vector<std::string>{"mathematics", "physics"}));
  p.employments = {old};
  EXPECT_EQ(Summarise(p, D(2024, 1, 1)).organisation_id, 7);
}

TEST(ValidatePerson, NormalisesAValidCard) {
  auto p = Teacher();
  p.last_name = "  Салтыкова-Щедрина ";
  p.email = " Ivanova@School1.RU ";
  p.employments = {Work(D(2015, 9, 1), std::nullopt, true, {"physics", "mathematics", "physics"})};
  auto r = ValidatePerson(p, D(2024, 1, 1), Catalogues());
  ASSERT_TRUE(r.ok()) << r.error().field << ": " << r.error().message;
  EXPECT_EQ(r->last_name, "Салтыкова-Щедрина");
  EXPECT_EQ(r->email, "ivanova@school1.ru");
  EXPECT_EQ(r->employments[0].subjects, (std::vector<std::string>{"mathematics", "physics"}));
}

TEST(ValidatePerson, NamesTheOffendingField) {
  const auto today = D(2024, 1, 1);
  auto check = [&](Person p, const std::string& field) {
    auto r = ValidatePerson(std::move(p), today, Catalogues());
    ASSERT_FALSE(r.ok()) << field;
    EXPECT_EQ(r.error().field, field);
    EXPECT_FALSE(r.error().message.empty());
  };
  auto p = Teacher();
  p.last_name = "Иванова1";
  check(p, "last_name");
  p = Teacher();
  p.first_name = " ";
  check(p, "first_name");
  p = Teacher();
  p.birth_date = D(2024, 5, 1);
  check(p, "birth_date");
  p = Teacher();
  p.email = "ivanova@";
  check(p, "email");
  p = Teacher();
  p.employments = {Work(D(2015, 9, 1), D(2016, 1, 1)), Work(D(2016, 9, 1), std::nullopt),
                   Work(D(2018, 9, 1), D(2017, 1, 1))};
  p.employments[1].is_main = false;
  check(p, "employments[2].ended_on");
  p.employments[2].ended_on = std::nullopt;
  p.employments[1].is_main = true;
  check(p, "employments[2].is_main");
  p = Teacher();
  p.employments = {Work(D(2025, 9, 1), std::nullopt)};
  check(p, "employments[0].started_on");
  p.employments = {Work(D(2015, 9, 1), std::nullopt, true, {"astrology"})};
  check(p, "employments[0].subjects");
  p = Teacher();
  p.courses = {{0, "ФГОС", std::nullopt, 0, D(2021, 3, 1), D(2021, 3, 20)}};
  check(p, "courses[0].hours");
  p = Teacher();
  p.categories = {{0, "supreme", D(2021, 3, 1), std::nullopt}};
  check(p, "categories[0].category");
}

}  // namespace metodset::people
