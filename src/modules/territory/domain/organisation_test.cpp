#include "modules/territory/domain/organisation.hpp"

#include <gtest/gtest.h>

namespace metodset::territory {
namespace {

OrganisationVocabulary Vocabulary() { return {{"school", "kindergarten"}, {"rural", "small", "low_results"}}; }

Organisation Draft() {
  Organisation o;
  o.municipality_id = 3;
  o.name = "  МОАУ  «Средняя общеобразовательная школа № 1»  ";
  o.kind = "school";
  o.inn = "2801010903";
  o.email = "School1@Obr.RU";
  o.flags = {"small", "rural", "small"};
  return o;
}

}  // namespace

TEST(ValidateOrganisation, NormalisesAValidDraft) {
  auto r = ValidateOrganisation(Draft(), Vocabulary());
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->name, "МОАУ «Средняя общеобразовательная школа № 1»");
  EXPECT_EQ(r->short_name, r->name);
  EXPECT_EQ(*r->email, "school1@obr.ru");
  EXPECT_EQ(r->flags, (std::vector<std::string>{"rural", "small"}));
}

TEST(ValidateOrganisation, NamesTheFieldOfEachProblem) {
  struct Case {
    void (*mutate)(Organisation&);
    const char* field;
  };
  const Case cases[] = {
      {[](Organisation& o) { o.name = " "; }, "name"},
      {[](Organisation& o) { o.municipality_id = 0; }, "municipality_id"},
      {[](Organisation& o) { o.kind = "castle"; }, "kind"},
      {[](Organisation& o) { o.inn = "12345"; }, "inn"},
      {[](Organisation& o) { o.inn = "2801010904"; }, "inn"},
      {[](Organisation& o) { o.email = "school1@obr"; }, "email"},
      {[](Organisation& o) { o.phone = "звоните"; }, "phone"},
      {[](Organisation& o) { o.flags = {"haunted"}; }, "flags"},
  };
  for (const auto& c : cases) {
    auto draft = Draft();
    c.mutate(draft);
    auto r = ValidateOrganisation(draft, Vocabulary());
    ASSERT_FALSE(r.ok()) << c.field;
    EXPECT_EQ(r.error().field, c.field);
    EXPECT_FALSE(r.error().message.empty());
  }
}

TEST(IsValidLegalEntityInn, ChecksTheControlDigit) {
  EXPECT_TRUE(IsValidLegalEntityInn("7707083893"));  // a well-known legal entity INN
  EXPECT_FALSE(IsValidLegalEntityInn("7707083894"));
  EXPECT_FALSE(IsValidLegalEntityInn("770708389"));
  EXPECT_FALSE(IsValidLegalEntityInn("77070838a3"));
}

}  // namespace metodset::territory
