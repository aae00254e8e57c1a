#include "platform/office/xlsx_writer.hpp"

#include <gtest/gtest.h>

#include <future>
#include <regex>
#include <string>
#include <vector>

#include "platform/core/text.hpp"
#include "platform/office/table_reader.hpp"
#include "platform/office/zip_archive.hpp"

namespace metodset::office {
namespace {

std::string Part(const std::string& xlsx, const std::string& path) {
  auto zip = detail::ZipReader::Open(xlsx);
  EXPECT_TRUE(zip.has_value());
  if (!zip) return {};
  auto [bytes, failure] = zip->Read(path, 1 << 20);
  EXPECT_FALSE(failure.has_value()) << path;
  return bytes;
}

Sheet Teachers() {
  Sheet sheet;
  sheet.name = "Педагоги";
  sheet.header = {"ФИО", "ИНН", "Стаж", "Примечание", "Балл"};
  sheet.rows = {
      {std::string("Ёлкина Анна Сергеевна"), 1234567890LL, 12.5, std::monostate{}, 4LL},
      {std::string("Иванов Иван"), 123456789012LL, 0.25, std::string("первая\nкатегория"), -3LL},
  };
  return sheet;
}

TEST(WriteXlsx, RoundTripsCyrillicNumbersLongIntegersAndEmptyCells) {
  auto table = ReadXlsx(WriteXlsx({Teachers()}));
  ASSERT_TRUE(table.ok()) << table.error().message;
  EXPECT_EQ(table->header, (std::vector<std::string>{"ФИО", "ИНН", "Стаж", "Примечание", "Балл"}));
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0], (std::vector<std::string>{"Ёлкина Анна Сергеевна", "1234567890", "12.5", "", "4"}));
  EXPECT_EQ(table->rows[1],
            (std::vector<std::string>{"Иванов Иван", "123456789012", "0.25", "первая\nкатегория", "-3"}));
}

TEST(WriteXlsx, WritesNumbersAsNumbersWithABoldFrozenFilteredHeader) {
  std::string xlsx = WriteXlsx({Teachers()});
  std::string sheet = Part(xlsx, "xl/worksheets/sheet1.xml");
  // Numbers are numeric cells (no t="s"), the long integer carries the "0" format.
  EXPECT_NE(sheet.find(R"(<c r="B2" s="2"><v>1234567890</v></c>)"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find(R"(<c r="C2"><v>12.5</v></c>)"), std::string::npos);
  EXPECT_EQ(sheet.find(R"(<c r="D2")"), std::string::npos);  // the empty cell is not written
  EXPECT_NE(sheet.find(R"(state="frozen")"), std::string::npos);
  EXPECT_NE(sheet.find(R"(<autoFilter ref="A1:E3"/>)"), std::string::npos);
  std::string styles = Part(xlsx, "xl/styles.xml");
  EXPECT_NE(styles.find("<b/>"), std::string::npos);
  EXPECT_NE(styles.find(R"(formatCode="0")"), std::string::npos);
}

double ColumnWidth(const std::string& sheet_xml, int column) {
  std::regex col(R"(<col min=")" + std::to_string(column) + R"re(" max="\d+" width="([0-9.]+)")re");
  std::smatch match;
  if (!std::regex_search(sheet_xml, match, col)) return -1;
  return std::stod(match[1]);
}

TEST(WriteXlsx, UsesGivenWidthsOrComputesThemFromContentUpToSixty) {
  Sheet sheet;
  sheet.name = "Ширина";
  sheet.header = {"А", "Б", "В"};
  sheet.widths = {40};
  sheet.rows = {{std::string("x"), std::string(std::string(30, 'y')), std::string(200, 'z')}};
  std::string xml = Part(WriteXlsx({sheet}), "xl/worksheets/sheet1.xml");
  EXPECT_NEAR(ColumnWidth(xml, 1), 40, 1);
  EXPECT_NEAR(ColumnWidth(xml, 2), 32, 1.5);
  EXPECT_NEAR(ColumnWidth(xml, 3), 60, 1);
}

TEST(WriteXlsx, CleansTruncatesAndDeduplicatesSheetNames) {
  Sheet first = Teachers();
  first.name = "Отчёт [2024]: учителя/педагоги *по* районам? области";
  Sheet second = Teachers();
  second.name = first.name;
  std::string workbook = Part(WriteXlsx({first, second, Sheet{}}), "xl/workbook.xml");
  std::regex sheet_name(R"re(<sheet name="([^"]*)")re");
  std::vector<std::string> names;
  for (auto it = std::sregex_iterator(workbook.begin(), workbook.end(), sheet_name); it != std::sregex_iterator();
       ++it) {
    names.push_back((*it)[1]);
  }
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[0], "Отчёт 2024 учителяпедагоги по р");
  EXPECT_EQ(core::Utf8Length(names[0]), 31u);
  EXPECT_EQ(names[1], "Отчёт 2024 учителяпедагоги (2)");
  EXPECT_EQ(names[2], "Лист3");
}

TEST(WriteXlsx, ExportsConcurrently) {
  std::vector<std::future<core::Result<Table>>> exports;
  exports.reserve(4);
  for (int i = 0; i < 4; ++i) {
    exports.push_back(std::async(std::launch::async, [i] {
      Sheet sheet = Teachers();
      sheet.rows[0][4] = static_cast<long long>(i);
      return ReadXlsx(WriteXlsx({sheet}));
    }));
  }
  for (int i = 0; i < 4; ++i) {
    auto table = exports[static_cast<std::size_t>(i)].get();
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->rows.at(0).at(4), std::to_string(i));
  }
}

}  // namespace
}  // namespace metodset::office
