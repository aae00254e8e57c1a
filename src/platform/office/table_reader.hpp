#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/core/result.hpp"

namespace metodset::office {

/// A table read from an uploaded file: the first row is the header; cells are trimmed text (numbers as
/// they display, dates as `ДД.ММ.ГГГГ` when the cell has a date format).
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // each padded to header.size()
};

/// Reads the first worksheet of an XLSX file (libzip + expat).
core::Result<Table> ReadXlsx(std::string_view bytes);
/// Reads CSV (UTF-8 with or without BOM, or Windows-1251; `;` or `,` separator detected from the header;
/// quoted fields with doubled quotes and line breaks).
core::Result<Table> ReadCsv(std::string_view bytes);
/// Chooses by content: a ZIP signature means XLSX, anything else CSV.
core::Result<Table> ReadTable(std::string_view bytes);

/// Spreadsheet column letters for a zero-based index: 0 → A, 26 → AA.
std::string ColumnLetter(std::size_t index);

}  // namespace metodset::office
