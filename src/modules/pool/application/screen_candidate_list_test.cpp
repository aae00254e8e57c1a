#include "modules/pool/application/screen_candidate_list.hpp"

#include <gtest/gtest.h>

#include "modules/pool/domain/profile_presets.hpp"

namespace metodset::pool {
namespace {

const core::Date kToday{2026, 11, 23};
const std::string kHeader =
    "ФИО;Дата рождения;Место работы;Должность;Предмет;Квалификационная категория;Образование;Стаж по "
    "специальности, лет;Критерии\n";

std::vector<ScreenedRow> Screen(const PoolProfile& profile, const std::string& csv) {
  auto table = office::ReadCsv(csv);
  EXPECT_TRUE(table.ok()) << (table.ok() ? "" : table.error().message);
  auto rows = ScreenCandidateList(profile, *table, kToday);
  EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
  return rows.ok() ? *rows : std::vector<ScreenedRow>{};
}

TEST(ScreenCandidateList, Tomsk002_S3_2_VerdictsInFileOrderWithOneBadRowNotStoppingTheOthers) {
  auto rows =
      Screen(TomskRma2022(),
             kHeader +
                 "Петрова Анна Сергеевна;06.05.1980;МАОУ СОШ № 1;учитель;математика;высшая;высшее "
                 "педагогическое;5;2, 5\n"
                 "Иванов Иван Иванович;31.02.1980;МАОУ СОШ № 2;учитель;физика;высшая;высшее педагогическое;7;1\n"
                 "Сидорова Ольга;01.01.1975;Гимназия № 3;учитель;химия;первая;высшее педагогическое;10;1\n"
                 "Котова Нина;01.01.1975;Гимназия № 3;учитель;химия;высшая;высшее педагогическое;10;9\n"
                 "Лисова Мария;01.01.1975;Гимназия № 3;учитель;химия;вторая;высшее педагогическое;10;1\n"
                 ";;;;;;;;\n"
                 "Зайцева Вера;1975-01-01;Лицей;учитель;химия;Высшая;Высшее педагогическое;4,5;\n");
  ASSERT_EQ(rows.size(), 6u) << "the blank line is not a data row";
  EXPECT_TRUE(rows[0].verdict && rows[0].verdict->eligible);
  EXPECT_EQ(rows[0].fio, "Петрова Анна Сергеевна");
  EXPECT_FALSE(rows[1].verdict);
  EXPECT_NE(rows[1].error.find("31.02.1980"), std::string::npos);
  EXPECT_TRUE(rows[2].verdict && !rows[2].verdict->eligible);
  EXPECT_FALSE(rows[3].verdict) << "criterion 9 is outside 002 §3.2's list of eight";
  EXPECT_NE(rows[3].error.find("№ 9"), std::string::npos);
  EXPECT_FALSE(rows[4].verdict);
  EXPECT_EQ(rows[5].row, 6);
  ASSERT_TRUE(rows[5].verdict);
  EXPECT_FALSE(rows[5].verdict->eligible);
  EXPECT_EQ(rows[5].verdict->reasons.size(), 6u - 1u);
}

TEST(ScreenCandidateList, Aleksandrovsky000_S3_2_CriterionEightIsOutsideTheListOfSeven) {
  auto rows = Screen(AleksandrovskyMma(), kHeader +
                                              "Петрова Анна;06.05.1980;МКОУ СОШ;учитель;математика;первая;высшее "
                                              "педагогическое;3;7\n"
                                              "Петрова Анна;06.05.1980;МКОУ СОШ;учитель;математика;первая;высшее "
                                              "педагогическое;3;8\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_TRUE(rows[0].verdict && rows[0].verdict->eligible);
  EXPECT_FALSE(rows[1].verdict);
}

TEST(ScreenCandidateList, CommaSeparatedWithBomAndQuotedCells) {
  auto rows =
      Screen(TomskRma2022(),
             "\xEF\xBB\xBF"
             "ФИО,Дата рождения,Место работы,Должность,Предмет,Квалификационная категория,Образование,\"Стаж по "
             "специальности, лет\",Критерии\r\n"
             "Петрова Анна,06.05.1980,\"МАОУ «СОШ № 1», г. Томск\",учитель,математика,высшая,высшее "
             "педагогическое,6,\"2, 5\"\r\n");
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_TRUE(rows[0].verdict);
  EXPECT_TRUE(rows[0].verdict->eligible);
}

TEST(ScreenCandidateList, AWrongHeaderIsAnErrorOfTheFileNamingTheColumn) {
  auto table = office::ReadCsv("ФИО;Дата рождения;Должность\nПетрова;01.01.1980;учитель\n");
  ASSERT_TRUE(table.ok());
  auto rows = ScreenCandidateList(TomskRma2022(), *table, kToday);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().field, "file");
  EXPECT_NE(rows.error().message.find("«Место работы»"), std::string::npos);
}

TEST(ScreenCandidateList, JsonAndCsvOutput) {
  auto rows = Screen(TomskRma2022(), kHeader +
                                         "Петрова \"Анна\";06.05.1980;СОШ;учитель;математика;высшая;высшее "
                                         "педагогическое;5;1\n"
                                         "Иванов;31.02.1980;СОШ;учитель;математика;высшая;высшее педагогическое;5;1\n");
  const auto json = ScreenedRowsJson(rows);
  EXPECT_EQ(json.substr(0, 2), "[\n");
  EXPECT_NE(json.find("{\"row\": 1, \"fio\": \"Петрова \\\"Анна\\\"\", \"eligible\": true, \"reasons\": ["),
            std::string::npos);
  EXPECT_NE(json.find("{\"row\": 2, \"error\": \""), std::string::npos);
  EXPECT_EQ(ScreenedRowsJson({}), "[]\n");
  const auto csv = ScreenedRowsCsv(rows);
  EXPECT_EQ(csv.substr(0, csv.find('\n') + 1), "Строка;ФИО;Соответствует;Причины\r\n");
  EXPECT_NE(csv.find("\r\n2;Иванов;ошибка;"), std::string::npos);
}

}  // namespace
}  // namespace metodset::pool
