#include "platform/security/password_hasher.hpp"

#include <gtest/gtest.h>

namespace metodset::security {

TEST(PasswordHasher, StoresArgon2idAndVerifiesOnlyTheRightPassword) {
  PasswordHasher hasher;
  auto hash = hasher.Hash("Пароль-2026");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(hasher.Verify("Пароль-2026", hash));
  EXPECT_FALSE(hasher.Verify("Пароль-2025", hash));
  EXPECT_FALSE(hasher.Verify("Пароль-2026", "not a hash"));
  EXPECT_NE(hasher.Hash("Пароль-2026"), hash) << "each hash has its own salt";
}

TEST(Tokens, AreRandomUrlSafeAndHashedStably) {
  auto a = RandomToken();
  auto b = RandomToken();
  EXPECT_NE(a, b);
  EXPECT_EQ(a.size(), 43u);
  EXPECT_EQ(a.find_first_of("+/="), std::string::npos);
  EXPECT_EQ(TokenHash(a), TokenHash(a));
  EXPECT_NE(TokenHash(a), TokenHash(b));
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Tokens, CompareInConstantTime) {
  EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abcd"));
  EXPECT_FALSE(ConstantTimeEquals("", ""));
}

}  // namespace metodset::security
