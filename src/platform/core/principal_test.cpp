#include "platform/core/principal.hpp"

#include <gtest/gtest.h>

namespace metodset::core {

TEST(Scope, ParsesAndFormatsEveryKind) {
  for (const char* text : {"all", "self", "region:1", "municipality:12", "organisation:345"}) {
    auto scope = ParseScope(text);
    ASSERT_TRUE(scope) << text;
    EXPECT_EQ(FormatScope(*scope), text);
  }
  EXPECT_FALSE(ParseScope("municipality:"));
  EXPECT_FALSE(ParseScope("municipality:-1"));
  EXPECT_FALSE(ParseScope("district:1"));
  EXPECT_FALSE(ParseScope("region:1x"));
}

TEST(Scope, MunicipalityReachesItsOrganisationsOnly) {
  Scope a{ScopeKind::kMunicipality, 10};
  EXPECT_TRUE(ScopeReaches(a, {1, 10, 100, std::nullopt}, std::nullopt));
  EXPECT_FALSE(ScopeReaches(a, {1, 11, 101, std::nullopt}, std::nullopt));
  EXPECT_FALSE(ScopeReaches(a, {1, std::nullopt, std::nullopt, std::nullopt}, std::nullopt))
      << "a municipal scope must not reach region-level objects";
}

TEST(Scope, SelfReachesOnlyOwnPerson) {
  Scope self{ScopeKind::kSelf, 0};
  EXPECT_TRUE(ScopeReaches(self, {1, 10, 100, 7}, 7));
  EXPECT_FALSE(ScopeReaches(self, {1, 10, 100, 8}, 7));
  EXPECT_FALSE(ScopeReaches(self, {1, 10, 100, 7}, std::nullopt));
}

TEST(Principal, ReachesOnlyWithTheRequestedRole) {
  Principal p;
  p.grants = {{Role::kTeacher, {ScopeKind::kOrganisation, 100}}, {Role::kMunicipalCoordinator, {ScopeKind::kMunicipality, 10}}};
  TerritoryPath foreign_org{1, 11, 200, std::nullopt};
  TerritoryPath own_org{1, 10, 100, std::nullopt};
  EXPECT_TRUE(p.Reaches(own_org, {Role::kMunicipalCoordinator}));
  EXPECT_FALSE(p.Reaches(foreign_org, {Role::kMunicipalCoordinator, Role::kTeacher}));
  EXPECT_FALSE(p.Reaches(own_org, {Role::kRegionalAdmin}));
  EXPECT_EQ(p.GrantFor(own_org, {Role::kOrgAdmin, Role::kTeacher})->role, Role::kTeacher);
}

TEST(Role, NamesRoundTrip) {
  for (Role r : AllRoles()) EXPECT_EQ(ParseRole(RoleName(r)), r);
  EXPECT_FALSE(ParseRole("root"));
}

}  // namespace metodset::core

namespace metodset::core {

TEST(ScopeFilter, CollectsOnlyGrantsOfRequestedRoles) {
  Principal p;
  p.person_id = 5;
  p.grants = {{Role::kMunicipalCoordinator, {ScopeKind::kMunicipality, 10}},
              {Role::kOrgAdmin, {ScopeKind::kOrganisation, 100}},
              {Role::kTeacher, {ScopeKind::kSelf, 0}}};
  auto f = ScopeFilterFor(p, {Role::kMunicipalCoordinator, Role::kTeacher});
  EXPECT_FALSE(f.all);
  EXPECT_EQ(f.municipalities, std::vector<std::int64_t>{10});
  EXPECT_TRUE(f.organisations.empty());
  EXPECT_EQ(f.persons, std::vector<std::int64_t>{5});
  EXPECT_TRUE(ScopeFilterFor(p, {Role::kRegionalAdmin}).Empty());
}

}  // namespace metodset::core
