#include "platform/office/table_reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "platform/core/date.hpp"
#include "platform/core/text.hpp"
#include "platform/office/xml_reader.hpp"
#include "platform/office/zip_archive.hpp"

namespace metodset::office {
namespace {

constexpr std::uint64_t kMaxEntrySize = 50ULL * 1024 * 1024;
// Bounds memory for hostile files: a header of 16,384 columns times a million rows would not fit.
constexpr std::size_t kMaxCells = 30'000'000;

core::DomainError FileError(std::string code, std::string message) {
  return core::ValidationError("file", std::move(message), std::move(code));
}
core::DomainError NotXlsx() { return FileError("file_not_xlsx", "Файл не является книгой Excel (XLSX) или повреждён"); }
core::DomainError TooLarge() {
  return FileError("file_too_large", "Книга слишком велика: после распаковки её часть превышает 50 МБ");
}

// ---------------------------------------------------------------------------------------------------------
// Text helpers

// Trims ASCII white space and the no-break space (Excel users paste it from web pages) at both ends.
std::string Trim(std::string_view text) {
  auto is_space_at_front = [&](std::size_t i) -> std::size_t {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') return 2;
    return 0;
  };
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t n = is_space_at_front(begin);
    if (n == 0) break;
    begin += n;
  }
  std::size_t end = text.size();
  while (end > begin) {
    char c = text[end - 1];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      --end;
    } else if (c == '\xA0' && end - 1 > begin && text[end - 2] == '\xC2') {
      end -= 2;
    } else {
      break;
    }
  }
  return std::string(text.substr(begin, end - begin));
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// OOXML writes characters that XML cannot carry as `_xHHHH_` (ECMA-376 §22.9.2.19).
std::string DecodeOoxmlEscapes(std::string_view text) {
  if (text.find("_x") == std::string_view::npos) return std::string(text);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
      int value = 0;
      bool hex = true;
      for (std::size_t k = 2; k < 6; ++k) {
        int digit = HexValue(text[i + k]);
        if (digit < 0) hex = false;
        value = value * 16 + std::max(digit, 0);
      }
      if (hex) {
        core::AppendUtf8(out, static_cast<char32_t>(value));
        i += 6;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Assembling a table from placed cells (shared by XLSX and CSV)

using RowCells = std::vector<std::pair<std::size_t, std::string>>;  // column → trimmed text
using PlacedRows = std::map<std::size_t, RowCells>;                 // row index → cells

core::Result<Table> AssembleTable(PlacedRows& placed, std::string_view empty_message) {
  auto is_blank = [](const RowCells& row) {
    return std::all_of(row.begin(), row.end(), [](const auto& cell) { return cell.second.empty(); });
  };
  auto header_it = std::find_if(placed.begin(), placed.end(), [&](const auto& row) { return !is_blank(row.second); });
  if (header_it == placed.end()) return FileError("empty_sheet", std::string(empty_message));

  // Columns right of the last titled one cannot be mapped to any field, so the header fixes the width.
  std::size_t width = 0;
  for (const auto& [column, text] : header_it->second) {
    if (!text.empty()) width = std::max(width, column + 1);
  }
  // Cells move into the table: a large CSV is copied once, not twice.
  auto materialise = [width](RowCells& cells) {
    std::vector<std::string> row(width);
    for (auto& [column, text] : cells) {
      if (column < width) row[column] = std::move(text);
    }
    return row;
  };

  Table table;
  table.header = materialise(header_it->second);
  std::size_t header_index = header_it->first;
  std::size_t last_index = header_index;
  for (auto it = std::next(header_it); it != placed.end(); ++it) {
    if (std::any_of(it->second.begin(), it->second.end(),
                    [width](const auto& cell) { return cell.first < width && !cell.second.empty(); })) {
      last_index = it->first;
    }
  }
  if ((last_index - header_index) > kMaxCells / std::max<std::size_t>(width, 1)) {
    return FileError("file_too_large", "Таблица слишком велика для загрузки: разделите её на несколько файлов");
  }
  // Blank rows inside the data stay, so that row numbers in error messages match what the user sees.
  table.rows.reserve(last_index - header_index);
  auto it = std::next(header_it);
  for (std::size_t index = header_index + 1; index <= last_index; ++index) {
    if (it != placed.end() && it->first == index) {
      table.rows.push_back(materialise(it->second));
      ++it;
    } else {
      table.rows.emplace_back(width);
    }
  }
  return table;
}

// ---------------------------------------------------------------------------------------------------------
// XLSX

// Resolves a relationship target against the folder of the part that declares it.
std::string ResolvePartPath(std::string_view base_folder, std::string_view target) {
  std::string joined = !target.empty() && target.front() == '/' ? std::string(target.substr(1))
                                                                : std::string(base_folder) + std::string(target);
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string part = joined.substr(start, end - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string path;
  for (const auto& part : parts) path += (path.empty() ? "" : "/") + part;
  return path;
}

std::string FolderOf(std::string_view path) {
  auto slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(path.substr(0, slash + 1));
}

std::string RelsPathOf(std::string_view part) {
  auto slash = part.rfind('/');
  std::string folder = slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
  std::string name(slash == std::string_view::npos ? part : part.substr(slash + 1));
  return folder + "_rels/" + name + ".rels";
}

struct Relationship {
  std::string type;  // the last segment of the type URI: "worksheet", "sharedStrings", ...
  std::string target;
};

class RelationshipsReader : public detail::XmlEvents {
 public:
  std::map<std::string, Relationship> by_id;
  void Start(std::string_view name, const char** attributes) override {
    if (name != "Relationship") return;
    std::string_view type = detail::Attribute(attributes, "Type");
    type = type.substr(type.rfind('/') + 1);  // npos + 1 == 0 keeps a type without slashes whole
    if (detail::Attribute(attributes, "TargetMode") == "External") return;
    by_id[std::string(detail::Attribute(attributes, "Id"))] =
        Relationship{std::string(type), std::string(detail::Attribute(attributes, "Target"))};
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

class WorkbookReader : public detail::XmlEvents {
 public:
  std::vector<std::string> sheet_relationship_ids;
  bool date1904 = false;
  void Start(std::string_view name, const char** attributes) override {
    if (name == "sheet") {
      sheet_relationship_ids.emplace_back(detail::Attribute(attributes, "id"));
    } else if (name == "workbookPr") {
      std::string_view value = detail::Attribute(attributes, "date1904");
      date1904 = value == "1" || value == "true";
    }
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

// Collects the text of <t> elements (plain and rich-text runs) inside a container element, skipping
// phonetic hints (<rPh>) which Excel does not display.
class RunText {
 public:
  void Start(std::string_view name) {
    if (name == "rPh") ++phonetic_depth_;
    if (name == "t" && phonetic_depth_ == 0) in_text_ = true;
  }
  void End(std::string_view name) {
    if (name == "rPh") --phonetic_depth_;
    if (name == "t") in_text_ = false;
  }
  void Text(std::string_view text) {
    if (in_text_) text_ += text;
  }
  std::string Take() {
    std::string text = DecodeOoxmlEscapes(text_);
    text_.clear();
    in_text_ = false;
    phonetic_depth_ = 0;
    return text;
  }

 private:
  std::string text_;
  bool in_text_ = false;
  int phonetic_depth_ = 0;
};

class SharedStringsReader : public detail::XmlEvents {
 public:
  std::vector<std::string> strings;
  void Start(std::string_view name, const char**) override {
    if (name == "si") in_item_ = true;
    if (in_item_) run_.Start(name);
  }
  void End(std::string_view name) override {
    if (!in_item_) return;
    run_.End(name);
    if (name == "si") {
      strings.push_back(run_.Take());
      in_item_ = false;
    }
  }
  void Text(std::string_view text) override {
    if (in_item_) run_.Text(text);
  }

 private:
  RunText run_;
  bool in_item_ = false;
};

// Strips the parts of a number format that are not codes (quoted text, escapes, [colour]/[$-419]).
bool IsDateFormatCode(std::string_view code) {
  std::string codes;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '"') {
      auto close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '[') {
      auto close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else {
      codes += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }
  bool has_day_or_year = codes.find_first_of("dy") != std::string::npos;
  // "m" alone is month only when there are no hours or seconds around it (h:mm is a time).
  bool has_month = codes.find('m') != std::string::npos && codes.find_first_of("hs") == std::string::npos;
  return has_day_or_year || has_month;
}

class StylesReader : public detail::XmlEvents {
 public:
  std::vector<bool> date_styles;  // by cell style index (the `s` attribute)
  void Start(std::string_view name, const char** attributes) override {
    if (name == "numFmt") {
      int id = 0;
      std::string_view id_text = detail::Attribute(attributes, "numFmtId");
      std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
      custom_formats_[id] = std::string(detail::Attribute(attributes, "formatCode"));
    } else if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      int id = 0;
      std::string_view id_text = detail::Attribute(attributes, "numFmtId");
      std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
      date_styles.push_back(IsDateFormat(id));
    }
  }
  void End(std::string_view name) override {
    if (name == "cellXfs") in_cell_xfs_ = false;
  }
  void Text(std::string_view) override {}

 private:
  bool IsDateFormat(int id) const {
    auto custom = custom_formats_.find(id);
    if (custom != custom_formats_.end()) return IsDateFormatCode(custom->second);
    return id >= 14 && id <= 22;  // ECMA-376 §18.8.30: the built-in date and time formats
  }
  std::map<int, std::string> custom_formats_;
  bool in_cell_xfs_ = false;
};

// Excel's General format shows at most 15 significant digits and never a trailing ".0".
std::string FormatNumber(std::string_view raw) {
  double value = 0;
  auto parsed = std::from_chars(raw.data(), raw.data() + raw.size(), value);
  if (parsed.ec != std::errc() || !std::isfinite(value)) return std::string(raw);
  std::array<char, 400> buffer{};
  char* end = buffer.data() + buffer.size();
  auto rounded = std::to_chars(buffer.data(), end, value, std::chars_format::general, 15);
  std::from_chars(buffer.data(), rounded.ptr, value);
  if (value == 0) value = 0;  // turns -0 into 0
  // Fixed notation keeps INNs and phone numbers as their digits (no 1.23E+11).
  auto fixed = std::to_chars(buffer.data(), end, value, std::chars_format::fixed);
  if (fixed.ec != std::errc()) return std::string(raw);
  return {buffer.data(), fixed.ptr};
}

std::optional<std::string> FormatDateSerial(std::string_view raw, bool date1904) {
  double serial = 0;
  auto parsed = std::from_chars(raw.data(), raw.data() + raw.size(), serial);
  // 2958465 is 31.12.9999, Excel's last date.
  if (parsed.ec != std::errc() || !std::isfinite(serial) || serial < 0 || serial > 2958465) return std::nullopt;
  auto whole = static_cast<long>(std::floor(serial));
  long days = 0;
  if (date1904) {
    days = whole - 24107;  // 01.01.1904 is day 0
  } else if (whole >= 61) {
    days = whole - 25569;  // 30.12.1899 is day 0 after Excel's fictitious 29.02.1900
  } else {
    days = whole - 25568;
  }
  return core::Date::FromDaysSinceEpoch(days).Russian();
}

// "AA10" → column 26, row 9; nullopt when the reference is malformed.
std::optional<std::pair<std::size_t, std::size_t>> ParseCellReference(std::string_view reference) {
  std::size_t column = 0;
  std::size_t i = 0;
  for (; i < reference.size(); ++i) {
    char c = reference[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    if (column > 16384) return std::nullopt;
  }
  std::size_t row = 0;
  auto digits = std::from_chars(reference.data() + i, reference.data() + reference.size(), row);
  if (i == 0 || digits.ec != std::errc() || digits.ptr != reference.data() + reference.size() || row == 0) {
    return std::nullopt;
  }
  return std::make_pair(column - 1, row - 1);
}

class SheetReader : public detail::XmlEvents {
 public:
  SheetReader(const std::vector<std::string>& shared, const std::vector<bool>& date_styles, bool date1904)
      : shared_(shared), date_styles_(date_styles), date1904_(date1904) {}

  PlacedRows rows;
  bool malformed = false;

  void Start(std::string_view name, const char** attributes) override {
    if (name == "row") {
      std::size_t number = 0;
      std::string_view r = detail::Attribute(attributes, "r");
      auto parsed = std::from_chars(r.data(), r.data() + r.size(), number);
      row_ = parsed.ec == std::errc() && number > 0 ? number - 1 : next_row_;
      next_row_ = row_ + 1;
      column_ = 0;
    } else if (name == "c") {
      in_cell_ = true;
      value_.clear();
      run_.Take();
      type_ = detail::Attribute(attributes, "t");
      std::string_view style = detail::Attribute(attributes, "s");
      style_ = 0;
      std::from_chars(style.data(), style.data() + style.size(), style_);
      std::string_view reference = detail::Attribute(attributes, "r");
      if (!reference.empty()) {
        auto place = ParseCellReference(reference);
        if (!place) {
          malformed = true;
          return;
        }
        column_ = place->first;
        row_ = place->second;
        next_row_ = row_ + 1;
      }
    } else if (in_cell_) {
      if (name == "v") in_value_ = true;
      if (name == "is") in_inline_ = true;
      if (in_inline_) run_.Start(name);
    }
  }

  void End(std::string_view name) override {
    if (name == "c" && in_cell_) {
      std::string text = Trim(CellText());
      if (!text.empty()) rows[row_].emplace_back(column_, std::move(text));
      in_cell_ = in_value_ = in_inline_ = false;
      ++column_;
    } else if (in_cell_) {
      if (name == "v") in_value_ = false;
      if (in_inline_) run_.End(name);
      if (name == "is") in_inline_ = false;
    }
  }

  void Text(std::string_view text) override {
    if (in_value_) value_ += text;
    if (in_inline_) run_.Text(text);
  }

 private:
  std::string CellText() {
    if (type_ == "inlineStr") return run_.Take();
    if (value_.empty()) return {};
    if (type_ == "s") {
      std::size_t index = 0;
      auto parsed = std::from_chars(value_.data(), value_.data() + value_.size(), index);
      if (parsed.ec != std::errc() || index >= shared_.size()) {
        malformed = true;
        return {};
      }
      return shared_[index];
    }
    if (type_ == "b") return value_ == "1" ? "ИСТИНА" : "ЛОЖЬ";
    if (type_ == "str" || type_ == "e") return DecodeOoxmlEscapes(value_);
    if (type_ == "d") {
      auto date = core::ParseIsoDate(std::string_view(value_).substr(0, 10));
      return date ? date->Russian() : value_;
    }
    if (style_ < date_styles_.size() && date_styles_[style_]) {
      if (auto date = FormatDateSerial(value_, date1904_)) return *date;
    }
    return FormatNumber(value_);
  }

  const std::vector<std::string>& shared_;
  const std::vector<bool>& date_styles_;
  bool date1904_;
  std::size_t row_ = 0;
  std::size_t next_row_ = 0;
  std::size_t column_ = 0;
  std::size_t style_ = 0;
  bool in_cell_ = false;
  bool in_value_ = false;
  bool in_inline_ = false;
  std::string type_;
  std::string value_;
  RunText run_;
};

// Reads and parses one package part; a missing optional part is no error and parses nothing.
std::optional<core::DomainError> ParsePart(const detail::ZipReader& zip, const std::string& path,
                                           detail::XmlEvents& events, bool required) {
  auto [bytes, failure] = zip.Read(path, kMaxEntrySize);
  if (failure == detail::ZipFailure::kTooLarge) return TooLarge();
  if (failure == detail::ZipFailure::kMissing && !required) return std::nullopt;
  if (failure || !detail::ParseXml(bytes, events)) return NotXlsx();
  return std::nullopt;
}

std::optional<std::string> FindRelationship(const RelationshipsReader& rels, std::string_view type) {
  for (const auto& [id, relationship] : rels.by_id) {
    if (relationship.type == type) return relationship.target;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------------
// CSV

constexpr std::array<char16_t, 128> kCp1251High = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C,
    0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A,
    0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9,
    0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    // 0xC0..0xFF: А..я in alphabet order
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D,
    0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A, 0x042B,
    0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439,
    0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F};

std::string Cp1251ToUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() * 2);
  for (char c : bytes) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out += c;
    } else {
      core::AppendUtf8(out, kCp1251High[byte - 0x80]);
    }
  }
  return out;
}

// Excel's "Unicode text" export is UTF-16 with a byte order mark.
std::string Utf16ToUtf8(std::string_view bytes, bool little_endian) {
  std::string out;
  auto unit = [&](std::size_t i) -> char32_t {
    auto a = static_cast<unsigned char>(bytes[i]);
    auto b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? (b << 8 | a) : (a << 8 | b);
  };
  for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      }
    }
    core::AppendUtf8(out, cp);
  }
  return out;
}

std::string DecodeCsvText(std::string_view bytes) {
  if (bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE') return Utf16ToUtf8(bytes, true);
  if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF') return Utf16ToUtf8(bytes, false);
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  // Russian Excel saves "CSV (разделители — запятые)" in Windows-1251; no valid UTF-8 text looks like it.
  if (!core::IsValidUtf8(bytes)) return Cp1251ToUtf8(bytes);
  return std::string(bytes);
}

char DetectSeparator(std::string_view text) {
  std::size_t semicolons = 0;
  std::size_t commas = 0;
  std::size_t tabs = 0;
  bool quoted = false;
  bool line_has_text = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') {
      if (line_has_text) break;  // only the header line decides; leading blank lines say nothing
      continue;
    }
    if (c != ' ') line_has_text = true;
    if (c == ';') ++semicolons;
    if (c == ',') ++commas;
    if (c == '\t') ++tabs;
  }
  if (semicolons >= commas && semicolons >= tabs && semicolons > 0) return ';';
  if (tabs >= commas && tabs > 0) return '\t';
  if (commas > 0) return ',';
  return ';';
}

}  // namespace

core::Result<Table> ReadXlsx(std::string_view bytes) {
  auto zip = detail::ZipReader::Open(bytes);
  if (!zip) return NotXlsx();

  std::string workbook_path = "xl/workbook.xml";
  RelationshipsReader package_rels;
  if (auto error = ParsePart(*zip, "_rels/.rels", package_rels, false)) return *error;
  if (auto target = FindRelationship(package_rels, "officeDocument")) workbook_path = ResolvePartPath("", *target);

  WorkbookReader workbook;
  if (auto error = ParsePart(*zip, workbook_path, workbook, true)) return *error;
  RelationshipsReader workbook_rels;
  if (auto error = ParsePart(*zip, RelsPathOf(workbook_path), workbook_rels, true)) return *error;
  std::string folder = FolderOf(workbook_path);

  std::string sheet_path;
  for (const std::string& id : workbook.sheet_relationship_ids) {
    auto relationship = workbook_rels.by_id.find(id);
    // The first sheet may be a chart sheet; the data is on the first worksheet.
    if (relationship != workbook_rels.by_id.end() && relationship->second.type == "worksheet") {
      sheet_path = ResolvePartPath(folder, relationship->second.target);
      break;
    }
  }
  if (sheet_path.empty()) return FileError("no_sheets", "В книге нет листов");

  SharedStringsReader shared;
  auto shared_target = FindRelationship(workbook_rels, "sharedStrings");
  std::string shared_path = shared_target ? ResolvePartPath(folder, *shared_target) : folder + "sharedStrings.xml";
  if (auto error = ParsePart(*zip, shared_path, shared, false)) return *error;

  StylesReader styles;
  auto styles_target = FindRelationship(workbook_rels, "styles");
  std::string styles_path = styles_target ? ResolvePartPath(folder, *styles_target) : folder + "styles.xml";
  if (auto error = ParsePart(*zip, styles_path, styles, false)) return *error;

  SheetReader sheet(shared.strings, styles.date_styles, workbook.date1904);
  if (auto error = ParsePart(*zip, sheet_path, sheet, true)) return *error;
  if (sheet.malformed) return NotXlsx();
  return AssembleTable(sheet.rows, "Лист пуст: нет строки заголовков");
}

core::Result<Table> ReadCsv(std::string_view bytes) {
  std::string text = DecodeCsvText(bytes);
  if (text.find('\0') != std::string::npos) {
    return FileError("file_not_table", "Файл не является таблицей CSV или книгой Excel (XLSX)");
  }
  char separator = DetectSeparator(text);

  PlacedRows placed;
  std::size_t record = 0;
  std::size_t line = 1;
  std::size_t quote_line = 0;
  RowCells cells;
  std::string field;
  bool quoted = false;
  bool field_started = false;
  auto end_field = [&] {
    cells.emplace_back(cells.size(), Trim(field));
    field.clear();
    field_started = false;
  };
  auto end_record = [&] {
    end_field();
    const auto width = cells.size();
    placed[record++] = std::move(cells);
    cells.clear();
    cells.reserve(width);  // the next record is most likely as wide
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
        continue;  // CRLF inside a quoted field is one line break
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"' && !field_started && Trim(field).empty()) {
      quoted = true;
      field_started = true;
      field.clear();
      quote_line = line;
    } else if (c == separator) {
      end_field();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      end_record();
    } else {
      // The plain run up to the next separator, line break or quote goes in at once, not char by char.
      std::size_t end = i + 1;
      while (end < text.size() && text[end] != separator && text[end] != '\n' && text[end] != '\r' &&
             text[end] != '"') {
        ++end;
      }
      field.append(text, i, end - i);
      i = end - 1;
    }
  }
  if (quoted) {
    return FileError("csv_unclosed_quote",
                     "Ошибка в файле CSV: кавычка, открытая в строке " + std::to_string(quote_line) + ", не закрыта");
  }
  if (!field.empty() || !cells.empty() || field_started) end_record();
  return AssembleTable(placed, "Файл пуст: нет строки заголовков");
}

core::Result<Table> ReadTable(std::string_view bytes) {
  if (bytes.starts_with(std::string_view("PK\x03\x04", 4))) return ReadXlsx(bytes);
  if (bytes.starts_with("\xD0\xCF\x11\xE0")) {
    return FileError("file_xls", "Формат XLS (Excel 97–2003) не поддерживается: сохраните файл как XLSX или CSV");
  }
  return ReadCsv(bytes);
}

std::string ColumnLetter(std::size_t index) {
  std::string letters;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters;
}

}  // namespace metodset::office
