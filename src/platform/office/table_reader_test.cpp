#include "platform/office/table_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "platform/office/zip_archive.hpp"

namespace metodset::office {
namespace {

using detail::PackZip;
using detail::ZipEntry;

constexpr const char* kMain = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
constexpr const char* kRelNs = R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

std::string Rels(const std::vector<std::pair<std::string, std::string>>& type_and_target) {
  std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>)"
                    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  int id = 1;
  for (const auto& [type, target] : type_and_target) {
    xml += R"(<Relationship Id="rId)" + std::to_string(id++) +
           R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)" + type + R"(" Target=")" +
           target + R"("/>)";
  }
  return xml + "</Relationships>";
}

// A workbook as Excel writes it: package relationships, workbook, its relationships, optional parts.
std::string Workbook(const std::string& sheet_xml, const std::string& shared_strings = {},
                     const std::string& styles = {}) {
  std::vector<ZipEntry> entries = {
      {"_rels/.rels", Rels({{"officeDocument", "xl/workbook.xml"}})},
      {"xl/workbook.xml", std::string("<workbook ") + kMain + " " + kRelNs +
                              R"(><sheets><sheet name="Педагоги" sheetId="1" r:id="rId1"/>)"
                              R"(<sheet name="Второй" sheetId="2" r:id="rId4"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels", Rels({{"worksheet", "worksheets/sheet1.xml"},
                                           {"sharedStrings", "sharedStrings.xml"},
                                           {"styles", "/xl/styles.xml"},
                                           {"worksheet", "worksheets/sheet2.xml"}})},
      {"xl/worksheets/sheet1.xml", sheet_xml},
      {"xl/worksheets/sheet2.xml", std::string("<worksheet ") + kMain +
                                       R"(><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Не тот лист</t></is>)"
                                       R"(</c></row></sheetData></worksheet>)"},
  };
  if (!shared_strings.empty()) entries.push_back({"xl/sharedStrings.xml", shared_strings});
  if (!styles.empty()) entries.push_back({"xl/styles.xml", styles});
  return PackZip(entries);
}

std::string Sheet(const std::string& rows) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet )") + kMain + "><sheetData>" +
         rows + "</sheetData></worksheet>";
}

TEST(ReadXlsx, ReadsSharedInlineRichDateAndSparseCells) {
  std::string shared = std::string("<sst ") + kMain +
                       R"( count="4" uniqueCount="4">)"
                       R"(<si><t>ФИО</t></si>)"
                       R"(<si><r><rPr><b/></rPr><t>Ква</t></r><r><t xml:space="preserve">лификация </t></r>)"
                       R"(<rPh sb="0" eb="1"><t>фонетика</t></rPh></si>)"
                       R"(<si><t xml:space="preserve">  Иванова Анна Петровна )"
                       "\xC2\xA0"
                       R"(</t></si>)"
                       R"(<si><t>Код_x002B_1</t></si>)"
                       "</sst>";
  // Style 0 General, 1 built-in 14 (date), 2 custom "dd/mm/yyyy;@", 3 custom number with quoted text
  // containing a "d", which must not be taken for a date.
  std::string styles = std::string("<styleSheet ") + kMain +
                       R"(><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>)"
                       R"(<numFmt numFmtId="165" formatCode="0.0&quot; дней&quot;"/></numFmts>)"
                       R"(<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>)"
                       R"(<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/>)"
                       R"(<xf numFmtId="165"/></cellXfs></styleSheet>)";
  std::string sheet = Sheet(
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Дата рождения</t></is></c>)"
      R"(<c r="C1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>ИНН</t></is></c>)"
      R"(<c r="E1" t="inlineStr"><is><t>Телефон</t></is></c><c r="F1" t="inlineStr"><is><t>Балл</t></is></c>)"
      R"(<c r="AA1" t="inlineStr"><is><t>Прочее</t></is></c></row>)"
      R"(<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>45000</v></c><c r="C2" t="b"><v>1</v></c>)"
      R"(<c r="D2"><v>1234567890</v></c><c r="E2"><v>79131234567</v></c><c r="F2" s="3"><v>0.30000000000000004</v></c>)"
      R"(</row>)"
      R"(<row r="5"><c r="A5" t="inlineStr"><is><r><t>Петров</t></r><r><t xml:space="preserve"> Пётр</t></r></is></c>)"
      R"(<c r="B5" s="2"><v>36526</v></c><c r="C5" t="str"><f>A1</f><v>формула</v></c>)"
      R"(<c r="D5"><v>1.5E-3</v></c><c r="F5"><v>-42</v></c></row>)"
      R"(<row r="10"><c r="AA10" t="s"><v>3</v></c><c r="AB10" t="inlineStr"><is><t>за заголовком</t></is></c></row>)"
      R"(<row r="12"><c r="A12" t="inlineStr"><is><t>   </t></is></c></row>)");

  auto table = ReadXlsx(Workbook(sheet, shared, styles));
  ASSERT_TRUE(table.ok()) << table.error().message;
  ASSERT_EQ(table->header.size(), 27u);
  EXPECT_EQ(table->header[0], "ФИО");
  EXPECT_EQ(table->header[1], "Дата рождения");
  EXPECT_EQ(table->header[2], "Квалификация");
  EXPECT_EQ(table->header[6], "");
  EXPECT_EQ(table->header[26], "Прочее");

  // Rows 2..10: the blank rows 3, 4 and 6..9 stay so that row numbers match the sheet; 12 is dropped.
  ASSERT_EQ(table->rows.size(), 9u);
  for (const auto& row : table->rows) EXPECT_EQ(row.size(), 27u);
  const auto& second = table->rows[0];
  EXPECT_EQ(second[0], "Иванова Анна Петровна");
  EXPECT_EQ(second[1], "15.03.2023");
  EXPECT_EQ(second[2], "ИСТИНА");
  EXPECT_EQ(second[3], "1234567890");
  EXPECT_EQ(second[4], "79131234567");
  EXPECT_EQ(second[5], "0.3");
  EXPECT_TRUE(table->rows[1][0].empty());
  const auto& fifth = table->rows[3];
  EXPECT_EQ(fifth[0], "Петров Пётр");
  EXPECT_EQ(fifth[1], "01.01.2000");
  EXPECT_EQ(fifth[2], "формула");
  EXPECT_EQ(fifth[3], "0.0015");
  EXPECT_EQ(fifth[4], "");
  EXPECT_EQ(fifth[5], "-42");
  EXPECT_EQ(table->rows[8][26], "Код+1");
}

TEST(ReadXlsx, HeaderIsTheFirstNonBlankRowAndCellsWithoutReferencesFollowEachOther) {
  std::string sheet =
      Sheet(R"(<row r="3"><c t="inlineStr"><is><t>А</t></is></c><c t="inlineStr"><is><t>Б</t></is></c></row>)"
            R"(<row><c><v>1</v></c><c><v>2</v></c></row>)");
  auto table = ReadXlsx(Workbook(sheet));
  ASSERT_TRUE(table.ok()) << table.error().message;
  EXPECT_EQ(table->header, (std::vector<std::string>{"А", "Б"}));
  ASSERT_EQ(table->rows.size(), 1u);
  EXPECT_EQ(table->rows[0], (std::vector<std::string>{"1", "2"}));
}

TEST(ReadXlsx, UsesThe1904DateSystemWhenTheWorkbookSaysSo) {
  std::string styles =
      std::string("<styleSheet ") + kMain + R"(><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>)";
  std::vector<ZipEntry> entries = {
      {"xl/workbook.xml",
       std::string("<workbook ") + kMain + " " + kRelNs +
           R"(><workbookPr date1904="1"/><sheets><sheet name="Л" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels", Rels({{"worksheet", "worksheets/sheet1.xml"}})},
      {"xl/worksheets/sheet1.xml",
       Sheet(
           R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Дата</t></is></c></row><row r="2"><c r="A2" s="1"><v>0</v></c></row>)")},
      {"xl/styles.xml", styles},
  };
  auto table = ReadXlsx(PackZip(entries));
  ASSERT_TRUE(table.ok()) << table.error().message;
  EXPECT_EQ(table->rows.at(0).at(0), "01.01.1904");
}

void ExpectFileError(const core::Result<Table>& result, const std::string& message) {
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, core::ErrorKind::kValidation);
  EXPECT_EQ(result.error().field, "file");
  EXPECT_EQ(result.error().message, message);
}

TEST(ReadXlsx, RefusesBytesThatAreNotAWorkbook) {
  ExpectFileError(ReadXlsx("это не книга"), "Файл не является книгой Excel (XLSX) или повреждён");
  ExpectFileError(ReadXlsx(std::string("PK\x03\x04garbage", 11)), "Файл не является книгой Excel (XLSX) или повреждён");
  ExpectFileError(ReadXlsx(PackZip({{"readme.txt", "hello"}})), "Файл не является книгой Excel (XLSX) или повреждён");
  ExpectFileError(ReadXlsx(Workbook("<worksheet><sheetData><row>")),
                  "Файл не является книгой Excel (XLSX) или повреждён");
}

TEST(ReadXlsx, ReportsAWorkbookWithoutSheetsAndAnEmptySheet) {
  std::vector<ZipEntry> no_sheets = {
      {"xl/workbook.xml", std::string("<workbook ") + kMain + "><sheets/></workbook>"},
      {"xl/_rels/workbook.xml.rels", Rels({})},
  };
  ExpectFileError(ReadXlsx(PackZip(no_sheets)), "В книге нет листов");
  ExpectFileError(ReadXlsx(Workbook(Sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t> </t></is></c></row>)"))),
                  "Лист пуст: нет строки заголовков");
}

TEST(ReadXlsx, RefusesAnEntryThatInflatesBeyondTheLimit) {
  // 51 MB of spaces deflates to about 50 KB: the shape of a zip bomb.
  std::string huge = Sheet(std::string(std::size_t{51} * 1024 * 1024, ' '));
  auto result = ReadXlsx(Workbook(huge));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "file_too_large");
  EXPECT_EQ(result.error().field, "file");
}

TEST(ReadCsv, ReadsUtf8WithBomSemicolonsQuotesAndLineBreaks) {
  std::string csv =
      "\xEF\xBB\xBF"
      "ФИО;Должность;Примечание\r\n"
      "Иванов Иван;\"Учитель; математика\";\"Сказал: \"\"Да\"\"\r\nи ушёл\"\r\n"
      "\r\n"
      "  Петров ;;\r\n"
      ";;\r\n";
  auto table = ReadCsv(csv);
  ASSERT_TRUE(table.ok()) << table.error().message;
  EXPECT_EQ(table->header, (std::vector<std::string>{"ФИО", "Должность", "Примечание"}));
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_EQ(table->rows[0], (std::vector<std::string>{"Иванов Иван", "Учитель; математика", "Сказал: \"Да\"\nи ушёл"}));
  EXPECT_EQ(table->rows[1], (std::vector<std::string>{"", "", ""}));
  EXPECT_EQ(table->rows[2], (std::vector<std::string>{"Петров", "", ""}));
}

TEST(ReadCsv, DetectsCommaAndTabSeparatorsOutsideQuotes) {
  auto commas = ReadCsv("\"Фамилия; имя\",Школа\nИванов,\"№ 1, корпус 2\"");
  ASSERT_TRUE(commas.ok()) << commas.error().message;
  EXPECT_EQ(commas->header, (std::vector<std::string>{"Фамилия; имя", "Школа"}));
  EXPECT_EQ(commas->rows.at(0), (std::vector<std::string>{"Иванов", "№ 1, корпус 2"}));

  auto single = ReadCsv("\nФИО\nИванов, Иван\n");
  ASSERT_TRUE(single.ok());
  EXPECT_EQ(single->rows.at(0), (std::vector<std::string>{"Иванов, Иван"}));

  auto tabs = ReadCsv("А\tБ\n1\t2,5\n");
  ASSERT_TRUE(tabs.ok());
  EXPECT_EQ(tabs->rows.at(0), (std::vector<std::string>{"1", "2,5"}));
}

TEST(ReadCsv, ConvertsWindows1251) {
  std::string csv =
      "\xD4\xC8\xCE;\xD8\xEA\xEE\xEB\xE0;\xCF\xF0\xE8\xEC\xE5\xF7\xE0\xED\xE8\xE5\r\n"
      "\xA8\xEB\xEA\xE8\xED \xCF\xB8\xF2\xF0;\xD8\xEA\xEE\xEB\xE0 \xB9"
      "1;\xAB\xEB\xF3\xF7\xF8\xE8\xE9\xBB\r\n";
  auto table = ReadCsv(csv);
  ASSERT_TRUE(table.ok()) << table.error().message;
  EXPECT_EQ(table->header, (std::vector<std::string>{"ФИО", "Школа", "Примечание"}));
  EXPECT_EQ(table->rows.at(0), (std::vector<std::string>{"Ёлкин Пётр", "Школа №1", "«лучший»"}));
}

TEST(ReadCsv, ReadsUtf16FromExcelUnicodeText) {
  std::u16string text = u"\uFEFFИмя\tБалл\r\nАнна\t5\r\n";
  std::string bytes;
  for (char16_t unit : text) {
    bytes += static_cast<char>(unit & 0xFF);
    bytes += static_cast<char>(unit >> 8);
  }
  auto table = ReadCsv(bytes);
  ASSERT_TRUE(table.ok()) << table.error().message;
  EXPECT_EQ(table->header, (std::vector<std::string>{"Имя", "Балл"}));
  EXPECT_EQ(table->rows.at(0), (std::vector<std::string>{"Анна", "5"}));
}

TEST(ReadCsv, ReportsAnUnclosedQuoteWithItsLineAndAnEmptyFile) {
  auto broken = ReadCsv("А;Б\n1;2\n3;\"оборвано\n");
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().field, "file");
  EXPECT_NE(broken.error().message.find("строке 3"), std::string::npos) << broken.error().message;

  auto empty = ReadCsv("\xEF\xBB\xBF\r\n ; \r\n");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().message, "Файл пуст: нет строки заголовков");
}

TEST(ReadTable, ChoosesTheReaderByContent) {
  auto xlsx = ReadTable(Workbook(Sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Из книги</t></is></c></row>)")));
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().message;
  EXPECT_EQ(xlsx->header, (std::vector<std::string>{"Из книги"}));

  auto csv = ReadTable("Из CSV;Второй\n");
  ASSERT_TRUE(csv.ok());
  EXPECT_EQ(csv->header, (std::vector<std::string>{"Из CSV", "Второй"}));

  auto xls = ReadTable(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
  ASSERT_FALSE(xls.ok());
  EXPECT_EQ(xls.error().code, "file_xls");
}

TEST(ColumnLetter, CountsInBijectiveBase26) {
  EXPECT_EQ(ColumnLetter(0), "A");
  EXPECT_EQ(ColumnLetter(25), "Z");
  EXPECT_EQ(ColumnLetter(26), "AA");
  EXPECT_EQ(ColumnLetter(27), "AB");
  EXPECT_EQ(ColumnLetter(701), "ZZ");
  EXPECT_EQ(ColumnLetter(702), "AAA");
  EXPECT_EQ(ColumnLetter(16383), "XFD");
}

}  // namespace
}  // namespace metodset::office
