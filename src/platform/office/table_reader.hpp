#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/core/result.hpp"

namespace metodset::office {

/// A table read from an uploaded file: the first non-blank row is the header; cells are trimmed text
/// (numbers in Excel's General form with a decimal point and never in E-notation — `1234567890`, `0.3`;
/// dates as `ДД.ММ.ГГГГ` when the cell has a date format; booleans `ИСТИНА`/`ЛОЖЬ` as Russian Excel shows
/// them). Blank rows inside the data are kept so that `rows[i]` is line `i + 2` after the header; trailing
/// blank rows are dropped. Errors are validation errors with field "file" and a Russian message.
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // each exactly header.size(): padded, or cut where no title
};

/// Reads the first worksheet of an XLSX file (libzip + expat); refuses parts over 50 MB unpacked.
core::Result<Table> ReadXlsx(std::string_view bytes);
/// Reads CSV (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1251; `;`, tab or `,` separator
/// detected from the header; RFC 4180 quoted fields with doubled quotes and line breaks; CRLF or LF).
core::Result<Table> ReadCsv(std::string_view bytes);
/// Chooses by content: a ZIP signature means XLSX, an OLE signature is refused as old XLS, else CSV.
core::Result<Table> ReadTable(std::string_view bytes);

/// Spreadsheet column letters for a zero-based index: 0 → A, 26 → AA.
std::string ColumnLetter(std::size_t index);

}  // namespace metodset::office
