#include "platform/office/xlsx_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>

#include "platform/core/text.hpp"

namespace metodset::office {
namespace {

constexpr std::size_t kSheetNameMax = 31;
constexpr double kMaxAutoWidth = 60;
constexpr double kMinAutoWidth = 8;
constexpr std::size_t kMaxCellChars = 32767;
constexpr std::size_t kMaxDataRowsPerSheet = LXW_ROW_MAX - 1;

// Cuts UTF-8 text to at most `limit` code points without splitting a character.
std::string CutToCodePoints(std::string_view text, std::size_t limit) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (count == limit) return std::string(text.substr(0, i));
      ++count;
    }
  }
  return std::string(text);
}

// Excel refuses []:*?/\ in sheet names and names that begin or end with an apostrophe.
std::string CleanSheetName(std::string_view name) {
  std::string clean;
  for (char c : name) {
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos && c != '\n' && c != '\r' && c != '\t') {
      clean += c;
    }
  }
  while (!clean.empty() && (clean.front() == '\'' || clean.front() == ' ')) clean.erase(clean.begin());
  clean = CutToCodePoints(clean, kSheetNameMax);
  while (!clean.empty() && (clean.back() == '\'' || clean.back() == ' ')) clean.pop_back();
  return clean;
}

// Excel compares sheet names case-insensitively; a clash gets a " (2)" suffix inside the 31 characters.
std::string UniqueSheetName(std::string_view wanted, std::set<std::string>& used) {
  std::string base = CleanSheetName(wanted);
  if (base.empty()) base = "Лист" + std::to_string(used.size() + 1);
  std::string name = base;
  for (int n = 2; used.contains(core::LowerUtf8(name)); ++n) {
    std::string suffix = " (" + std::to_string(n) + ")";
    std::string head = CutToCodePoints(base, kSheetNameMax - suffix.size());
    while (!head.empty() && head.back() == ' ') head.pop_back();
    name = head + suffix;
  }
  used.insert(core::LowerUtf8(name));
  return name;
}

std::string NumberText(double value) {
  std::array<char, 64> buffer{};
  auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return {buffer.data(), result.ptr};
}

double DisplayWidth(const Cell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) {
    // A multi-line cell is as wide as its longest line.
    std::size_t widest = 0;
    std::size_t start = 0;
    while (start <= text->size()) {
      std::size_t end = text->find('\n', start);
      if (end == std::string::npos) end = text->size();
      widest = std::max(widest, core::Utf8Length(std::string_view(*text).substr(start, end - start)));
      start = end + 1;
    }
    return static_cast<double>(widest);
  }
  if (const auto* number = std::get_if<double>(&cell)) return static_cast<double>(NumberText(*number).size());
  if (const auto* integer = std::get_if<long long>(&cell)) return static_cast<double>(std::to_string(*integer).size());
  return 0;
}

// Deletes the temporary workbook file however the export ends.
struct TempFile {
  std::filesystem::path path;
  ~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
  }
};

TempFile MakeTempFile() {
  std::string pattern = (std::filesystem::temp_directory_path() / "metodset-export-XXXXXX.xlsx").string();
  // mkstemps gives every concurrent export its own file.
  int fd = mkstemps(pattern.data(), 5);
  if (fd < 0) throw std::runtime_error("xlsx: cannot create a temporary file");
  close(fd);
  return TempFile{pattern};
}

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* integer = nullptr;
  lxw_format* text = nullptr;
};

void WriteSheet(lxw_workbook* workbook, const Formats& formats, const std::string& name, const Sheet& sheet,
                std::size_t first_row, std::size_t row_count) {
  lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.c_str());
  if (worksheet == nullptr) throw std::runtime_error("xlsx: cannot add worksheet");

  std::size_t columns = sheet.header.size();
  for (std::size_t r = first_row; r < first_row + row_count; ++r) columns = std::max(columns, sheet.rows[r].size());
  columns = std::min<std::size_t>(columns, LXW_COL_MAX);

  std::vector<double> widths(columns, 0);
  for (std::size_t c = 0; c < columns && c < sheet.header.size(); ++c) {
    std::string title = CutToCodePoints(sheet.header[c], kMaxCellChars);
    worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(c), title.c_str(), formats.header);
    // Bold text and the autofilter button need a little more room than the title itself.
    widths[c] = DisplayWidth(Cell{title}) * 1.1 + 3;
  }

  for (std::size_t r = 0; r < row_count; ++r) {
    const auto& row = sheet.rows[first_row + r];
    auto excel_row = static_cast<lxw_row_t>(r + 1);
    for (std::size_t c = 0; c < row.size() && c < columns; ++c) {
      const Cell& cell = row[c];
      auto excel_col = static_cast<lxw_col_t>(c);
      if (const auto* text = std::get_if<std::string>(&cell)) {
        if (text->empty()) continue;
        std::string value = CutToCodePoints(*text, kMaxCellChars);
        worksheet_write_string(worksheet, excel_row, excel_col, value.c_str(),
                               value.find('\n') != std::string::npos ? formats.text : nullptr);
      } else if (const auto* number = std::get_if<double>(&cell)) {
        worksheet_write_number(worksheet, excel_row, excel_col, *number, nullptr);
      } else if (const auto* integer = std::get_if<long long>(&cell)) {
        // Format "0" keeps long integers (12-digit INN, SNILS) from showing as 1,23E+11.
        worksheet_write_number(worksheet, excel_row, excel_col, static_cast<double>(*integer), formats.integer);
      }
      widths[c] = std::max(widths[c], DisplayWidth(cell) + 2);
    }
  }

  for (std::size_t c = 0; c < columns; ++c) {
    double width = c < sheet.widths.size() && sheet.widths[c] > 0 ? sheet.widths[c]
                                                                  : std::clamp(widths[c], kMinAutoWidth, kMaxAutoWidth);
    worksheet_set_column(worksheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
  }
  if (columns > 0) {
    worksheet_freeze_panes(worksheet, 1, 0);
    worksheet_autofilter(worksheet, 0, 0, static_cast<lxw_row_t>(row_count), static_cast<lxw_col_t>(columns - 1));
  }
}

}  // namespace

std::string WriteXlsx(const std::vector<Sheet>& sheets) {
  TempFile file = MakeTempFile();
  lxw_workbook* workbook = workbook_new(file.path.c_str());
  if (workbook == nullptr) throw std::runtime_error("xlsx: cannot create a workbook");

  Formats formats;
  formats.header = workbook_add_format(workbook);
  format_set_bold(formats.header);
  format_set_text_wrap(formats.header);
  format_set_align(formats.header, LXW_ALIGN_VERTICAL_TOP);
  formats.integer = workbook_add_format(workbook);
  format_set_num_format(formats.integer, "0");
  formats.text = workbook_add_format(workbook);
  format_set_text_wrap(formats.text);
  format_set_align(formats.text, LXW_ALIGN_VERTICAL_TOP);

  std::set<std::string> used_names;
  if (sheets.empty()) {
    // A workbook without sheets does not open in Excel.
    WriteSheet(workbook, formats, UniqueSheetName("Лист1", used_names), Sheet{}, 0, 0);
  }
  for (const Sheet& sheet : sheets) {
    // Rows beyond Excel's limit continue on further sheets rather than being lost.
    std::size_t first = 0;
    do {
      std::size_t count = std::min(kMaxDataRowsPerSheet, sheet.rows.size() - first);
      WriteSheet(workbook, formats, UniqueSheetName(sheet.name, used_names), sheet, first, count);
      first += count;
    } while (first < sheet.rows.size());
  }

  lxw_error status = workbook_close(workbook);
  if (status != LXW_NO_ERROR) throw std::runtime_error(std::string("xlsx: ") + lxw_strerror(status));

  std::ifstream in(file.path, std::ios::binary);
  if (!in) throw std::runtime_error("xlsx: cannot read the written workbook");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace metodset::office
