#include "modules/pool/domain/pool_profile.hpp"

#include <gtest/gtest.h>

#include "modules/pool/domain/profile_presets.hpp"

namespace metodset::pool {
namespace {

// The codes of migrations/*/0003_people.sql.
people::PersonCatalogues PeopleCatalogues() {
  people::PersonCatalogues c;
  c.education_levels = {"secondary_professional", "bachelor", "specialist", "master", "postgraduate", "retraining"};
  c.categories = {"none", "conformity", "first", "highest", "methodist", "mentor"};
  c.achievement_kinds = {"competence_assessment", "exam_commission",   "community_leader",        "methodological_head",
                         "contest_winner",        "expert_evaluation", "coordinating_institution"};
  c.achievement_levels = {"organisation", "municipal", "regional", "federal"};
  return c;
}

core::DomainError ErrorOf(const PoolProfile& p) {
  auto result = ValidateProfile(p, PeopleCatalogues());
  EXPECT_FALSE(result.ok());
  return result.ok() ? core::DomainError{} : result.error();
}

TEST(PoolProfile, Tomsk002_PresetIsValidAgainstThePeopleCataloguesAndAlreadyNormalised) {
  const auto preset = TomskRma2022();
  auto result = ValidateProfile(preset, PeopleCatalogues());
  ASSERT_TRUE(result.ok()) << result.error().field << ": " << result.error().message;
  EXPECT_EQ(*result, preset);
}

TEST(PoolProfile, Aleksandrovsky000_PresetIsValidAgainstThePeopleCataloguesAndAlreadyNormalised) {
  const auto preset = AleksandrovskyMma();
  auto result = ValidateProfile(preset, PeopleCatalogues());
  ASSERT_TRUE(result.ok()) << result.error().field << ": " << result.error().message;
  EXPECT_EQ(*result, preset);
}

TEST(PoolProfile, Tomsk002_S3_2_HighestCategoryFiveYearsInSpecialtyOneOfEightCriteria) {
  const auto p = TomskRma2022();
  EXPECT_EQ(p.level, PoolLevel::kRegional);
  EXPECT_EQ(p.source.number, "1788-р");
  EXPECT_EQ(p.source.date, (core::Date{2022, 10, 27}));
  EXPECT_EQ(p.accepted_categories, (std::vector<std::string>{"highest", "methodist", "mentor"}));
  EXPECT_TRUE(p.education.pedagogical);
  EXPECT_EQ(p.experience.kind, ExperienceKind::kSpecialty);
  EXPECT_EQ(p.experience.min_years, 5);
  ASSERT_EQ(p.criteria.size(), 8U);
  EXPECT_EQ(p.min_criteria, 1);
  for (int n = 1; n <= 8; ++n) EXPECT_EQ(p.criteria[n - 1].number, n);
  EXPECT_NE(p.criteria[0].wording.find("«Федеральный институт оценки качества образования»"), std::string::npos);
  EXPECT_EQ(p.criteria[0].evidence[0].levels, (std::vector<std::string>{"federal"}));
  EXPECT_EQ(p.criteria[1].evidence[0].levels, (std::vector<std::string>{"regional"}));
  EXPECT_EQ(p.criteria[5].evidence[0].levels, (std::vector<std::string>{"regional", "federal"}));
  EXPECT_NE(p.criteria[7].wording.find("сотрудники ТОИПКРО"), std::string::npos);
}

TEST(PoolProfile, Aleksandrovsky000_S3_2_FirstOrHighestCategoryThreeYearsOneOfSevenCriteria) {
  const auto p = AleksandrovskyMma();
  EXPECT_EQ(p.level, PoolLevel::kMunicipal);
  EXPECT_EQ(p.accepted_categories, (std::vector<std::string>{"first", "highest", "methodist", "mentor"}));
  EXPECT_EQ(p.experience.min_years, 3);
  ASSERT_EQ(p.criteria.size(), 7U);
  EXPECT_EQ(p.criteria[1].evidence[0].levels, (std::vector<std::string>{"organisation", "municipal"}));
  EXPECT_EQ(p.criteria[4].evidence[0].levels, (std::vector<std::string>{"municipal", "regional", "federal"}));
  EXPECT_EQ(p.criteria[6].wording, "сотрудники Александровского РОО");
}

TEST(PoolProfile, Both_S2_1_ListThirteenDirectionsWithTheSameCodes) {
  const auto tomsk = TomskRma2022();
  const auto aleksandrovsky = AleksandrovskyMma();
  ASSERT_EQ(tomsk.directions.size(), 13U);
  ASSERT_EQ(aleksandrovsky.directions.size(), 13U);
  for (std::size_t i = 0; i < 13; ++i) EXPECT_EQ(tomsk.directions[i].code, aleksandrovsky.directions[i].code);
  EXPECT_NE(tomsk.directions[9].title.find("на региональном уровне"), std::string::npos);
  EXPECT_NE(aleksandrovsky.directions[9].title.find("на муниципальном уровне"), std::string::npos);
}

TEST(PoolProfile, Tomsk002_S3_1_S3_3_CentreAndMunicipalitiesNominateAndTheDepartmentAgrees) {
  const auto p = TomskRma2022();
  EXPECT_EQ(p.nominators, (std::vector<Nominator>{Nominator::kSupportCentre, Nominator::kMunicipality}));
  EXPECT_EQ(p.change_nominators, (std::vector<Nominator>{Nominator::kSupportCentre}));
  EXPECT_TRUE(p.application_required);
  EXPECT_EQ(p.directive.issuer, "ТОИПКРО");
  EXPECT_EQ(p.directive.agreement_with, "Департамент общего образования Томской области");
  EXPECT_EQ(p.nomination_bases.size(), 6U);
}

TEST(PoolProfile, Aleksandrovsky000_S3_1_S3_3_TheOrganisationNominatesAndNoAgreementIsNeeded) {
  const auto p = AleksandrovskyMma();
  EXPECT_EQ(p.nominators, (std::vector<Nominator>{Nominator::kOrganisation}));
  EXPECT_EQ(p.change_nominators, (std::vector<Nominator>{Nominator::kOrganisation}));
  EXPECT_FALSE(p.directive.agreement_with.has_value());
  EXPECT_EQ(p.nomination_bases.size(), 6U);
}

TEST(ValidateProfile, NegativeMinimumYearsNamesTheExperienceField) {
  auto p = TomskRma2022();
  p.experience.min_years = -1;
  const auto e = ErrorOf(p);
  EXPECT_EQ(e.field, "experience.min_years");
  EXPECT_EQ(e.message, "Минимальный стаж не может быть отрицательным");
}

TEST(ValidateProfile, AnEmptyCriteriaListNamesCriteria) {
  auto p = TomskRma2022();
  p.criteria.clear();
  const auto e = ErrorOf(p);
  EXPECT_EQ(e.field, "criteria");
  EXPECT_EQ(e.message, "Укажите хотя бы один критерий");
}

TEST(ValidateProfile, ADuplicateCriterionNumberNamesTheSecondOne) {
  auto p = AleksandrovskyMma();
  p.criteria[4].number = 2;
  const auto e = ErrorOf(p);
  EXPECT_EQ(e.field, "criteria[4].number");
  EXPECT_EQ(e.message, "Критерий № 2 указан дважды");
}

TEST(ValidateProfile, RequiringMoreCriteriaThanListedIsRefused) {
  auto p = AleksandrovskyMma();
  p.min_criteria = 8;
  EXPECT_EQ(ErrorOf(p).field, "min_criteria");
  p.min_criteria = 0;
  EXPECT_EQ(ErrorOf(p).message, "Кандидат должен отвечать хотя бы одному критерию");
}

TEST(ValidateProfile, UnknownCodesNameTheirPlace) {
  auto p = TomskRma2022();
  p.criteria[2].evidence[0].achievement_kind = "olympiad";
  EXPECT_EQ(ErrorOf(p).field, "criteria[2].evidence[0].achievement_kind");
  p = TomskRma2022();
  p.criteria[5].evidence[0].levels.emplace_back("world");
  EXPECT_EQ(ErrorOf(p).field, "criteria[5].evidence[0].levels[2]");
  p = TomskRma2022();
  p.accepted_categories.emplace_back("none");
  EXPECT_EQ(ErrorOf(p).field, "accepted_categories[3]");
  p = TomskRma2022();
  p.education.levels = {"doctorate"};
  EXPECT_EQ(ErrorOf(p).field, "education.levels[0]");
}

TEST(ValidateProfile, ACriterionNothingCanProveIsRefused) {
  auto p = TomskRma2022();
  p.criteria[4].evidence.clear();
  EXPECT_EQ(ErrorOf(p).field, "criteria[4].evidence");
  p.criteria[4].manual_confirmation = true;
  EXPECT_TRUE(ValidateProfile(p, PeopleCatalogues()).ok());
}

TEST(ValidateProfile, AnEmploymentRuleNeedsOrganisations) {
  auto p = TomskRma2022();
  EvidenceRule rule;
  rule.kind = EvidenceKind::kEmployment;
  p.criteria[7].evidence.push_back(rule);
  EXPECT_EQ(ErrorOf(p).field, "criteria[7].evidence[1].organisation_ids");
  p.criteria[7].evidence.back().organisation_ids = {17, 17};
  EXPECT_EQ(ErrorOf(p).field, "criteria[7].evidence[1].organisation_ids[1]");
}

TEST(ValidateProfile, DirectiveAgreementWhenPresentMustNameTheBody) {
  auto p = TomskRma2022();
  p.directive.agreement_with = "  ";
  EXPECT_EQ(ErrorOf(p).field, "directive.agreement_with");
}

TEST(ValidateProfile, NormalisesSpacesOfTheWording) {
  auto p = AleksandrovskyMma();
  p.criteria[3].wording = "  руководители   методических советов ";
  auto result = ValidateProfile(p, PeopleCatalogues());
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->criteria[3].wording, "руководители методических советов");
}

TEST(PoolProfileCodes, EveryCodeParsesBack) {
  for (auto n : {Nominator::kOrganisation, Nominator::kMunicipality, Nominator::kSupportCentre}) {
    EXPECT_EQ(ParseNominator(Code(n)), n);
  }
  for (auto k : {ExperienceKind::kSpecialty, ExperienceKind::kPedagogical, ExperienceKind::kTotal}) {
    EXPECT_EQ(ParseExperienceKind(Code(k)), k);
  }
  for (auto k : {EvidenceKind::kAchievement, EvidenceKind::kEmployment, EvidenceKind::kCourse}) {
    EXPECT_EQ(ParseEvidenceKind(Code(k)), k);
  }
  for (auto l : {PoolLevel::kRegional, PoolLevel::kMunicipal, PoolLevel::kSchool})
    EXPECT_EQ(ParsePoolLevel(Code(l)), l);
  EXPECT_FALSE(ParseNominator("department").has_value());
}

}  // namespace
}  // namespace metodset::pool
