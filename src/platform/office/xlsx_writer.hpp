#pragma once

#include <string>
#include <variant>
#include <vector>

namespace metodset::office {

/// A cell to write: text, number, or empty. Dates are written as text `ДД.ММ.ГГГГ`.
using Cell = std::variant<std::monostate, std::string, double, long long>;

/// One worksheet: a title row (bold, frozen, autofilter) and data rows.
struct Sheet {
  std::string name;                 // ≤ 31 characters, Cyrillic allowed
  std::vector<std::string> header;  // column titles
  std::vector<double> widths;       // optional column widths in characters
  std::vector<std::vector<Cell>> rows;
};

/// Writes an XLSX workbook (libxlsxwriter) and returns its bytes.
std::string WriteXlsx(const std::vector<Sheet>& sheets);

}  // namespace metodset::office
