#include "platform/core/text.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace metodset::core {

TEST(RussianSortKey, PutsYoAfterYeAndBeforeZhe) {
  std::vector<std::string> names = {"Жуков", "Ёлкин", "Егоров", "ершов", "Абрамов", "Яковлев", "Smith"};
  std::sort(names.begin(), names.end(),
            [](const std::string& a, const std::string& b) { return RussianSortKey(a) < RussianSortKey(b); });
  EXPECT_EQ(names, (std::vector<std::string>{"Абрамов", "Егоров", "ершов", "Ёлкин", "Жуков", "Яковлев", "Smith"}));
}

TEST(RussianSortKey, IsCaseInsensitiveAndAscii) {
  EXPECT_EQ(RussianSortKey("ИВАНОВ"), RussianSortKey("иванов"));
  EXPECT_EQ(RussianSortKey("Ёж"), RussianSortKey("ёж"));
  for (char c : RussianSortKey("Пётр Ёлкин 2 «Ω»")) EXPECT_TRUE(c >= '!' && c <= '~');
  EXPECT_EQ(RussianSortKey("Иванова Анна").size(), 12u);  // a byte per letter: the key is in every list index
}

TEST(RussianSortKey, SortsNumbersByValue) {
  std::vector<std::string> names = {"СОШ № 10", "СОШ № 2", "СОШ № 1", "СОШ № 02а", "СОШ № 100", "СОШ № 1а"};
  std::sort(names.begin(), names.end(),
            [](const std::string& a, const std::string& b) { return RussianSortKey(a) < RussianSortKey(b); });
  EXPECT_EQ(names, (std::vector<std::string>{"СОШ № 1", "СОШ № 1а", "СОШ № 2", "СОШ № 02а", "СОШ № 10", "СОШ № 100"}));
}

TEST(RussianSortKey, ShorterPrefixSortsFirst) {
  EXPECT_LT(RussianSortKey("Иван"), RussianSortKey("Иванов"));
  EXPECT_LT(RussianSortKey("Иванов Пётр"), RussianSortKey("Иванова Анна"));
  EXPECT_LT(RussianSortKey("Яя"), RussianSortKey("a"));    // Cyrillic before Latin
  EXPECT_LT(RussianSortKey("z"), RussianSortKey("«"));     // Latin before other signs
  EXPECT_LT(RussianSortKey("№ 99"), RussianSortKey("№ 99999999999999999"));
  EXPECT_LT(RussianSortKey("1 я"), RussianSortKey("а"));   // numbers before letters
}

TEST(Text, NormalisesSpaces) {
  EXPECT_EQ(NormaliseSpaces("  Иванов \t Иван\xC2\xA0 "), "Иванов Иван");
  EXPECT_EQ(NormaliseSpaces(""), "");
}

TEST(Text, ChecksEmailShape) {
  EXPECT_TRUE(IsPlausibleEmail("ivanova@school1.ru"));
  EXPECT_FALSE(IsPlausibleEmail("ivanova@school1"));
  EXPECT_FALSE(IsPlausibleEmail("ivanova school1.ru"));
  EXPECT_FALSE(IsPlausibleEmail("a@b@c.ru"));
  EXPECT_FALSE(IsPlausibleEmail("@c.ru"));
}

TEST(Text, DetectsBrokenUtf8) {
  EXPECT_TRUE(IsValidUtf8("Школа №1"));
  EXPECT_FALSE(IsValidUtf8("\xD0"));
  EXPECT_EQ(Utf8Length("Школа"), 5u);
  EXPECT_EQ(LowerUtf8("ШКОЛА Ё"), "школа ё");
}

}  // namespace metodset::core
