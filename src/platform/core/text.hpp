#pragma once

#include <string>
#include <string_view>

namespace metodset::core {

/// Trims ASCII white space and the no-break space at both ends and folds inner runs of spaces into one.
std::string NormaliseSpaces(std::string_view text);
/// A plausible e-mail address (one @, a dot in the domain, no spaces).
bool IsPlausibleEmail(std::string_view text);
/// Lower-cases Latin and Cyrillic letters (including Ё) in UTF-8.
std::string LowerUtf8(std::string_view text);
/// A key whose byte order is Russian alphabetical order: case-insensitive, Ё after Е and before Ж,
/// Cyrillic before Latin, digits first. Stored beside names so that both backends sort alike.
std::string RussianSortKey(std::string_view text);
/// Appends one code point to `out` as UTF-8.
void AppendUtf8(std::string& out, char32_t cp);
/// True when the text is valid UTF-8.
bool IsValidUtf8(std::string_view text);
/// Number of code points in valid UTF-8.
std::size_t Utf8Length(std::string_view text);

}  // namespace metodset::core
