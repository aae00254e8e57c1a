#include "modules/audit/domain/audit_entry.hpp"

#include <gtest/gtest.h>

namespace metodset::audit {

TEST(ChangeSet, RecordsOnlyFieldsThatDiffer) {
  ChangeSet changes;
  changes.Compare("name", "Школа № 1", "Школа № 1");
  changes.Compare("inn", std::nullopt, std::nullopt);
  changes.Compare("email", "a@b.ru", "c@d.ru");
  changes.Compare("phone", "1", std::nullopt);
  auto list = changes.Take();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].field, "email");
  EXPECT_EQ(*list[0].old_value, "a@b.ru");
  EXPECT_EQ(list[1].field, "phone");
  EXPECT_FALSE(list[1].new_value);
}

TEST(EntryFor, TakesUserRoleAndScopeOfTheGrantUsed) {
  core::Principal p;
  p.user_id = 7;
  p.login = "coord";
  core::Actor actor{&p, "127.0.0.1", "req-1", {}};
  core::Grant grant{core::Role::kMunicipalCoordinator, {core::ScopeKind::kMunicipality, 3}};
  auto e = EntryFor(actor, "update", "organisation", 11, {1, 3, 11, std::nullopt}, grant);
  EXPECT_EQ(*e.user_id, 7);
  EXPECT_EQ(*e.actor_login, "coord");
  EXPECT_EQ(*e.role, "municipal-coordinator");
  EXPECT_EQ(*e.scope, "municipality:3");
  EXPECT_EQ(e.ip, "127.0.0.1");
}

}  // namespace metodset::audit
