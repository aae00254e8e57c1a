#include "modules/pool/domain/declared_candidate.hpp"

#include <gtest/gtest.h>

#include "modules/pool/domain/profile_presets.hpp"

namespace metodset::pool {
namespace {

DeclaredCandidate Candidate(std::string category, DeclaredEducation education, double years,
                            std::vector<int> criteria) {
  DeclaredCandidate c;
  c.full_name = "Петрова Анна Сергеевна";
  c.birth_date = core::Date{1980, 5, 6};
  c.workplace = "МАОУ СОШ № 1";
  c.position = "учитель";
  c.subject = "математика";
  c.category = std::move(category);
  c.education = education;
  c.specialty_years = years;
  c.criteria = std::move(criteria);
  return c;
}

constexpr DeclaredEducation kHigherPedagogical{true, true};

bool Mentions(const DeclaredVerdict& v, std::string_view text) {
  for (const auto& r : v.reasons) {
    if (r.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(DeclaredCandidate, Tomsk002_S3_2_HighestCategoryHigherPedagogicalFiveYearsAndACriterionIsEligible) {
  auto v = CheckDeclared(TomskRma2022(), Candidate("highest", kHigherPedagogical, 5, {1}));
  EXPECT_TRUE(v.eligible);
  EXPECT_TRUE(Mentions(v, "требованию № 1"));
}

TEST(DeclaredCandidate, Tomsk002_S3_2_FourYearsAndAHalfInTheSpecialtyAreNotEnough) {
  auto v = CheckDeclared(TomskRma2022(), Candidate("highest", kHigherPedagogical, 4.5, {1}));
  EXPECT_FALSE(v.eligible);
  EXPECT_EQ(v.reasons.front(), "Стаж работы по специальности: 4,5 года — требуется не менее 5 лет (п. 3.2 Положения)");
  EXPECT_FALSE(CheckDeclared(TomskRma2022(), Candidate("highest", kHigherPedagogical, 4.99, {1})).eligible);
  EXPECT_TRUE(CheckDeclared(TomskRma2022(), Candidate("highest", kHigherPedagogical, 5.01, {1})).eligible);
}

TEST(DeclaredCandidate, Tomsk002_S3_2_FirstCategoryIsRefused) {
  auto v = CheckDeclared(TomskRma2022(), Candidate("first", kHigherPedagogical, 12, {3}));
  EXPECT_FALSE(v.eligible);
  EXPECT_EQ(v.reasons.front(), "Квалификационная категория: первая — требуется высшая (п. 3.2 Положения)");
  EXPECT_FALSE(CheckDeclared(TomskRma2022(), Candidate("none", kHigherPedagogical, 12, {3})).eligible);
  EXPECT_FALSE(CheckDeclared(TomskRma2022(), Candidate("conformity", kHigherPedagogical, 12, {3})).eligible);
}

TEST(DeclaredCandidate, Tomsk002_S3_2_HigherEducationMustBePedagogical) {
  auto v = CheckDeclared(TomskRma2022(), Candidate("highest", {true, false}, 12, {3}));
  EXPECT_FALSE(v.eligible);
  EXPECT_EQ(v.reasons.front(), "Образование: высшее — требуется высшее педагогическое (п. 3.2 Положения)");
  EXPECT_FALSE(CheckDeclared(TomskRma2022(), Candidate("highest", {false, true}, 12, {3})).eligible);
}

TEST(DeclaredCandidate, Tomsk002_S3_2_WithoutAnyOfTheEightCriteriaIsRefused) {
  auto v = CheckDeclared(TomskRma2022(), Candidate("highest", kHigherPedagogical, 12, {}));
  EXPECT_FALSE(v.eligible);
  EXPECT_EQ(v.reasons.front(), "Не указано ни одного из требований № 1–8 перечня (п. 3.2 Положения)");
  EXPECT_TRUE(CheckDeclared(TomskRma2022(), Candidate("highest", kHigherPedagogical, 12, {8})).eligible);
}

TEST(DeclaredCandidate, Aleksandrovsky000_S3_2_FirstCategoryAndThreeYearsAreEnough) {
  EXPECT_TRUE(CheckDeclared(AleksandrovskyMma(), Candidate("first", kHigherPedagogical, 3, {7})).eligible);
  EXPECT_TRUE(CheckDeclared(AleksandrovskyMma(), Candidate("highest", kHigherPedagogical, 3, {2, 5})).eligible);
  auto v = CheckDeclared(AleksandrovskyMma(), Candidate("first", kHigherPedagogical, 2.9, {7}));
  EXPECT_FALSE(v.eligible);
  EXPECT_EQ(v.reasons.front(), "Стаж работы по специальности: 2,9 года — требуется не менее 3 лет (п. 3.2 Положения)");
}

TEST(DeclaredCandidate, Aleksandrovsky000_S3_2_ConformityAndSecondaryEducationAreRefused) {
  auto v = CheckDeclared(AleksandrovskyMma(), Candidate("conformity", {false, true}, 20, {1}));
  EXPECT_FALSE(v.eligible);
  ASSERT_GE(v.reasons.size(), 2u);
  EXPECT_EQ(v.reasons[0],
            "Квалификационная категория: соответствие занимаемой должности — требуется первая или высшая (п. 3.2 "
            "Положения)");
  EXPECT_EQ(
      v.reasons[1],
      "Образование: среднее профессиональное педагогическое — требуется высшее педагогическое (п. 3.2 Положения)");
}

TEST(DeclaredCandidate, S3_2_OnlyWorkersOfEducationalOrganisations) {
  auto c = Candidate("highest", kHigherPedagogical, 12, {1});
  c.workplace = "  ";
  auto v = CheckDeclared(TomskRma2022(), c);
  EXPECT_FALSE(v.eligible);
  EXPECT_TRUE(Mentions(v, "Не указано место работы"));
}

TEST(DeclaredCandidate, EveryFailedRequirementIsListedBeforeTheMetOnes) {
  auto v = CheckDeclared(TomskRma2022(), Candidate("first", {true, false}, 1, {}));
  ASSERT_EQ(v.reasons.size(), 5u);
  EXPECT_NE(v.reasons[0].find("категория"), std::string::npos);
  EXPECT_NE(v.reasons[1].find("Образование"), std::string::npos);
  EXPECT_NE(v.reasons[2].find("Стаж"), std::string::npos);
  EXPECT_NE(v.reasons[3].find("требований"), std::string::npos);
  EXPECT_NE(v.reasons[4].find("Работник образовательной организации"), std::string::npos);
}

TEST(DeclaredCandidate, ListValuesAreReadInAnyCaseWithSpacesAndYo) {
  EXPECT_EQ(ParseDeclaredCategory("  Высшая "), "highest");
  EXPECT_EQ(ParseDeclaredCategory("СООТВЕТСТВИЕ  занимаемой должности"), "conformity");
  EXPECT_EQ(ParseDeclaredCategory("без категории"), "none");
  EXPECT_EQ(ParseDeclaredCategory("вторая"), std::nullopt);
  EXPECT_EQ(ParseDeclaredEducation("Высшее педагогическое"), (DeclaredEducation{true, true}));
  EXPECT_EQ(ParseDeclaredEducation("среднее профессиональное"), (DeclaredEducation{false, false}));
  EXPECT_EQ(ParseDeclaredEducation("высшее техническое"), std::nullopt);
}

TEST(DeclaredCandidate, PresetsByTheirNames) {
  EXPECT_EQ(PresetNamed("tomsk-rma-2022"), TomskRma2022());
  EXPECT_EQ(PresetNamed("aleksandrovsky-mma"), AleksandrovskyMma());
  EXPECT_EQ(PresetNamed("tomsk"), std::nullopt);
}

}  // namespace
}  // namespace metodset::pool
