#include "modules/pool/storage/profile_json.hpp"

#include <gtest/gtest.h>

#include "modules/pool/domain/profile_presets.hpp"

namespace metodset::pool {
namespace {

core::DomainError ReadError(const std::string& json) {
  auto result = ProfileFromJson(json);
  EXPECT_FALSE(result.ok()) << json;
  return result.ok() ? core::DomainError{} : result.error();
}

// The Tomsk preset's JSON with one fragment replaced.
std::string TomskJsonWith(const std::string& from, const std::string& to) {
  auto json = ProfileToJson(TomskRma2022());
  const auto at = json.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) json.replace(at, from.size(), to);
  return json;
}

TEST(PoolProfileJson, Tomsk002_RoundTripIsEqual) {
  const auto preset = TomskRma2022();
  auto back = ProfileFromJson(ProfileToJson(preset));
  ASSERT_TRUE(back.ok()) << back.error().field << ": " << back.error().message;
  EXPECT_EQ(*back, preset);
}

TEST(PoolProfileJson, Aleksandrovsky000_RoundTripIsEqual) {
  const auto preset = AleksandrovskyMma();
  auto back = ProfileFromJson(ProfileToJson(preset));
  ASSERT_TRUE(back.ok()) << back.error().field << ": " << back.error().message;
  EXPECT_EQ(*back, preset);
}

TEST(PoolProfileJson, AnEditedProfileWithEveryKindOfEvidenceRoundTrips) {
  auto p = AleksandrovskyMma();
  p.code = "aleksandrovsky_mma";
  p.version = 3;
  p.level = PoolLevel::kSchool;
  p.source.regulation_id = 915;
  p.source.date = core::Date{2023, 2, 28};
  p.source.number = "12-о";
  p.experience = {ExperienceKind::kPedagogical, 4};
  p.education.pedagogical = false;
  p.require_current_employment = false;
  p.application_required = false;
  p.min_criteria = 2;
  EvidenceRule employment;
  employment.kind = EvidenceKind::kEmployment;
  employment.organisation_ids = {42, 7};
  EvidenceRule course;
  course.kind = EvidenceKind::kCourse;
  course.programme_contains = "Школа современного учителя";
  course.min_hours = 72;
  p.criteria[6].evidence.push_back(employment);
  p.criteria.push_back({8, "прошедшие курсы", {course}, false});
  p.criteria.push_back({9, "иное, подтверждённое документом", {}, true});
  p.directive.agreement_with = "Администрация Александровского района";
  p.nominators = {Nominator::kOrganisation, Nominator::kMunicipality, Nominator::kSupportCentre};

  auto back = ProfileFromJson(ProfileToJson(p));
  ASSERT_TRUE(back.ok()) << back.error().field << ": " << back.error().message;
  EXPECT_EQ(*back, p);
}

TEST(PoolProfileJson, WritesCodesAndIsoDates) {
  const auto json = ProfileToJson(TomskRma2022());
  EXPECT_NE(json.find(R"("date":"2022-10-27")"), std::string::npos);
  EXPECT_NE(json.find(R"("experience":{"kind":"specialty","min_years":5})"), std::string::npos);
  EXPECT_NE(json.find(R"("nominators":["support_centre","municipality"])"), std::string::npos);
  EXPECT_NE(json.find(R"("agreement_with":"Департамент общего образования Томской области")"), std::string::npos);
}

TEST(PoolProfileJson, AMistypedFieldIsNamed) {
  const auto e = ReadError(TomskJsonWith(R"("min_years":5)", R"("min_years":"пять")"));
  EXPECT_EQ(e.field, "experience.min_years");
  EXPECT_EQ(e.message, "Ожидается целое число");
}

TEST(PoolProfileJson, AMissingFieldInsideAListIsNamedWithItsIndex) {
  const auto e = ReadError(TomskJsonWith(R"({"number":2,)", "{"));
  EXPECT_EQ(e.field, "criteria[1].number");
  EXPECT_EQ(e.message, "Поле обязательно");
}

TEST(PoolProfileJson, AnUnknownCodeIsNamed) {
  auto e = ReadError(TomskJsonWith(R"("nominators":["support_centre")", R"("nominators":["department")"));
  EXPECT_EQ(e.field, "nominators[0]");
  EXPECT_EQ(e.message, "Неизвестное значение «department»");
  e = ReadError(TomskJsonWith(R"("kind":"specialty")", R"("kind":"seniority")"));
  EXPECT_EQ(e.field, "experience.kind");
  e = ReadError(TomskJsonWith(R"("date":"2022-10-27")", R"("date":"27.10.2022")"));
  EXPECT_EQ(e.field, "source.date");
}

TEST(PoolProfileJson, TextThatIsNotJsonIsABadRequest) {
  const auto e = ReadError("{\"code\": ");
  EXPECT_EQ(e.kind, core::ErrorKind::kBadRequest);
  EXPECT_EQ(ReadError("[]").message, "Ожидается объект");
}

TEST(PoolProfileJson, ReadingChecksShapesOnlyAndValidationNamesTheBrokenRule) {
  auto read = ProfileFromJson(TomskJsonWith(R"("min_years":5)", R"("min_years":-2)"));
  ASSERT_TRUE(read.ok());
  people::PersonCatalogues catalogues;
  catalogues.categories = {"highest", "methodist", "mentor"};
  catalogues.education_levels = {"bachelor", "specialist", "master", "postgraduate"};
  const auto validated = ValidateProfile(*read, catalogues);
  ASSERT_FALSE(validated.ok());
  EXPECT_EQ(validated.error().field, "experience.min_years");
}

}  // namespace
}  // namespace metodset::pool
