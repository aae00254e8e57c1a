#include "platform/core/text.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace metodset::core {
namespace {

// Decodes one code point; returns 0xFFFD and advances one byte on malformed input.
char32_t Next(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = c & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += len;
  return cp;
}

char32_t Lower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0x0410 && cp <= 0x042F) return cp + 32;  // А..Я
  if (cp == 0x0401) return 0x0451;                    // Ё
  return cp;
}

bool IsSpace(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0; }

}  // namespace

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string NormaliseSpaces(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = Next(text, i);
    if (IsSpace(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    AppendUtf8(out, cp);
  }
  return out;
}

bool IsPlausibleEmail(std::string_view text) {
  auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
  auto domain = text.substr(at + 1);
  auto dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 2 > domain.size()) return false;
  for (char c : text) {
    if (c == ' ' || c == ',' || c == ';' || static_cast<unsigned char>(c) < 0x21) return false;
  }
  return true;
}

std::string LowerUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) AppendUtf8(out, Lower(Next(text, i)));
  return out;
}

std::string RussianSortKey(std::string_view text) {
  // Each code point becomes four upper-case hex digits (plain ASCII, valid in any encoding) so that
  // byte order (COLLATE "C" on PostgreSQL, BINARY on SQLite) is the wanted order:
  // space < numbers < Cyrillic (а..е, ё, ж..я) < Latin < everything else by code point.
  // A run of digits sorts as a number («№ 2» before «№ 10»): its length (without leading zeros) first,
  // then its digits.
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string key;
  key.reserve(text.size() * 4);
  auto emit = [&](std::uint16_t rank) {
    for (int shift = 12; shift >= 0; shift -= 4) key += kHex[(rank >> shift) & 0xF];
  };
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] >= '0' && text[i] <= '9') {
      std::size_t end = i;
      while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
      std::size_t first = i;
      while (first + 1 < end && text[first] == '0') ++first;
      emit(static_cast<std::uint16_t>(0x0110 + std::min<std::size_t>(end - first, 0xEF)));
      for (std::size_t k = first; k < end; ++k) emit(static_cast<std::uint16_t>(0x0200 + (text[k] - '0')));
      i = end;
      continue;
    }
    char32_t cp = Lower(Next(text, i));
    std::uint16_t rank;
    if (cp == ' ' || cp == '-') {
      rank = 0x0101;
    } else if (cp >= 0x0430 && cp <= 0x0435) {  // а..е
      rank = static_cast<std::uint16_t>(0x0301 + (cp - 0x0430) * 2);
    } else if (cp == 0x0451) {  // ё right after е
      rank = static_cast<std::uint16_t>(0x0301 + 5 * 2 + 1);
    } else if (cp >= 0x0436 && cp <= 0x044F) {  // ж..я
      rank = static_cast<std::uint16_t>(0x0301 + (cp - 0x0430) * 2);
    } else if (cp >= 'a' && cp <= 'z') {
      rank = static_cast<std::uint16_t>(0x0401 + (cp - 'a'));
    } else {
      rank = static_cast<std::uint16_t>(0x0501 + (cp & 0x7FFF) % 0xFA00);
    }
    emit(rank);
  }
  return key;
}

bool IsValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    auto before = i;
    char32_t cp = Next(text, i);
    if (cp == 0xFFFD && !(i - before == 3 && text.substr(before, 3) == "\xEF\xBF\xBD")) return false;
  }
  return true;
}

std::size_t Utf8Length(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    Next(text, i);
    ++n;
  }
  return n;
}

}  // namespace metodset::core
