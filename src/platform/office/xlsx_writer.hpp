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

/// Writes an XLSX workbook (libxlsxwriter) and returns its bytes. Sheet names are cleaned of []:*?/\,
/// cut to 31 characters and made unique; widths not given are computed from content (8 to 60). Integers
/// get the format "0" so long codes never show as 1,23E+11. Rows beyond Excel's 1,048,575 continue on a
/// further sheet. Safe to call from several threads (each call uses its own temporary file). Throws
/// std::runtime_error only if the temporary file cannot be written.
std::string WriteXlsx(const std::vector<Sheet>& sheets);

}  // namespace metodset::office
