#include "modules/identity/domain/credentials_policy.hpp"

#include <gtest/gtest.h>

namespace metodset::identity {

TEST(CheckLogin, AcceptsLatinLoginsAndNamesTheFieldOtherwise) {
  EXPECT_TRUE(CheckLogin("coord.blag-1_a").ok());
  auto cyrillic = CheckLogin("иванова");
  ASSERT_FALSE(cyrillic.ok());
  EXPECT_EQ(cyrillic.error().field, "login");
  EXPECT_FALSE(CheckLogin("ab").ok());
  EXPECT_FALSE(CheckLogin("a b c").ok());
}

TEST(CheckPasswordStrength, RefusesShortRepeatedOrLoginPasswords) {
  EXPECT_TRUE(CheckPasswordStrength("Пароль-26", "admin").ok()) << "Cyrillic counts by characters, not bytes";
  EXPECT_FALSE(CheckPasswordStrength("Пароль", "admin").ok());
  EXPECT_FALSE(CheckPasswordStrength("aaaaaaaaaa", "admin").ok());
  EXPECT_FALSE(CheckPasswordStrength("Coordinator", "coordinator").ok());
  EXPECT_EQ(CheckPasswordStrength("short", "x").error().field, "password");
}

TEST(IsThrottled, BlocksAtTheLimitNotBefore) {
  ThrottleRule rule;
  EXPECT_FALSE(IsThrottled(rule, 9, 0));
  EXPECT_TRUE(IsThrottled(rule, 10, 0));
  EXPECT_FALSE(IsThrottled(rule, 0, 49));
  EXPECT_TRUE(IsThrottled(rule, 0, 50));
}

}  // namespace metodset::identity
