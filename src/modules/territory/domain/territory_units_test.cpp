#include "modules/territory/domain/territory_units.hpp"

#include <gtest/gtest.h>

namespace metodset::territory {
namespace {

UnitVocabulary Vocabulary() {
  return {{"city_okrug", "municipal_district"}, {"info_centre"}, {"regional", "municipal", "institutional"},
          {"methodological_council", "methodological_union"}, {"1", "2", "3", "4", "5", "6", "7"}};
}

}  // namespace

TEST(ValidateStructure, Refuses8thBlockOf003App1_3_4) {
  Structure s{0, 1, 5, std::nullopt, "Муниципальный методический совет", "municipal", 8, "methodological_council"};
  auto r = ValidateStructure(s, Vocabulary());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "block");
  s.block = 3;
  EXPECT_TRUE(ValidateStructure(s, Vocabulary()).ok());
}

TEST(ValidateStructure, LevelDecidesWhereTheStructureSits) {
  Structure municipal{0, 1, std::nullopt, std::nullopt, "ММО учителей математики", "municipal", 4, "methodological_union"};
  EXPECT_EQ(ValidateStructure(municipal, Vocabulary()).error().field, "municipality_id");
  Structure school{0, 1, 5, std::nullopt, "ШМО учителей начальных классов", "institutional", 4, "methodological_union"};
  EXPECT_EQ(ValidateStructure(school, Vocabulary()).error().field, "organisation_id");
  Structure regional{0, 1, 5, 9, "Региональное УМО", "regional", 3, "methodological_council"};
  auto r = ValidateStructure(regional, Vocabulary());
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->municipality_id);
  EXPECT_FALSE(r->organisation_id);
}

TEST(ValidateMunicipality, MethodServiceKindComesFromTheCatalogue) {
  Municipality m{0, 1, "Зейский район", "municipal_district", std::string("info_centre"), 0};
  EXPECT_TRUE(ValidateMunicipality(m, Vocabulary()).ok());
  m.method_service_kind = "кабинет где-то";
  EXPECT_EQ(ValidateMunicipality(m, Vocabulary()).error().field, "method_service_kind");
  m.method_service_kind = "";
  EXPECT_FALSE(ValidateMunicipality(m, Vocabulary())->method_service_kind);
}

}  // namespace metodset::territory
