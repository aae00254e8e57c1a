#include "platform/storage/scope_sql.hpp"

#include <gtest/gtest.h>

namespace metodset::storage {

TEST(ScopeCondition, JoinsReachableUnitsWithOr) {
  core::ScopeFilter f;
  f.municipalities = {3, 4};
  f.organisations = {9};
  std::vector<Value> params;
  auto sql = ScopeCondition(f, {"m.region_id", "o.municipality_id", "o.id", ""}, params);
  EXPECT_EQ(sql, "(o.municipality_id IN (?, ?) OR o.id IN (?))");
  ASSERT_EQ(params.size(), 3u);
  EXPECT_EQ(std::get<std::int64_t>(params[2]), 9);
}

TEST(ScopeCondition, EmptyFilterMatchesNothingAndAllMatchesEverything) {
  std::vector<Value> params;
  EXPECT_EQ(ScopeCondition({}, {"r", "m", "o", "p"}, params), "(1=0)");
  core::ScopeFilter persons_only;
  persons_only.persons = {1};
  EXPECT_EQ(ScopeCondition(persons_only, {"r", "m", "o", ""}, params), "(1=0)")
      << "a filter whose units the table cannot express must match nothing";
  core::ScopeFilter all;
  all.all = true;
  EXPECT_EQ(ScopeCondition(all, {"r", "m", "o", "p"}, params), "(1=1)");
  EXPECT_TRUE(params.empty());
}

}  // namespace metodset::storage
