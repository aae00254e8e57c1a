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

namespace {

// Already normal: valid UTF-8 with no tab, line break, no-break space, double or edge space.
bool IsNormalised(std::string_view text) {
  if (text.empty()) return true;
  if (text.front() == ' ' || text.back() == ' ') return false;
  unsigned char previous = 0;
  for (unsigned char c : text) {
    if (c == '\t' || c == '\n' || c == '\r' || (c == ' ' && previous == ' ') || (c == 0xA0 && previous == 0xC2)) {
      return false;
    }
    previous = c;
  }
  return IsValidUtf8(text);
}

}  // namespace

std::string NormaliseSpaces(std::string_view text) {
  // Most text (every cell of an imported file) is clean already: a check and one copy, not a re-encoding.
  if (IsNormalised(text)) return std::string(text);
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
  // One printable ASCII byte per common character (valid in any encoding, and short: the key is the tail of
  // every list index), so that byte order (COLLATE "C" on PostgreSQL, BINARY on SQLite) is the wanted order:
  // space < numbers < Cyrillic (а..е, ё, ж..я) < Latin < everything else by code point.
  //   '!'            space and hyphen
  //   '"'..'/' 0-9   a run of digits as a number («№ 2» before «№ 10»): its length without leading zeros
  //                  (1..14; longer runs share '/'), then its digits
  //   '@'..'`'       а..я with ё right after е (33 letters)
  //   'a'..'z'       Latin
  //   '{' + 4 hex    any other code point
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string key;
  key.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] >= '0' && text[i] <= '9') {
      std::size_t end = i;
      while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
      std::size_t first = i;
      while (first + 1 < end && text[first] == '0') ++first;
      key += static_cast<char>('"' + std::min<std::size_t>(end - first - 1, 13));
      key.append(text.substr(first, end - first));
      i = end;
      continue;
    }
    char32_t cp = Lower(Next(text, i));
    if (cp == ' ' || cp == '-') {
      key += '!';
    } else if (cp >= 0x0430 && cp <= 0x0435) {  // а..е
      key += static_cast<char>('@' + (cp - 0x0430));
    } else if (cp == 0x0451) {  // ё right after е
      key += static_cast<char>('@' + 6);
    } else if (cp >= 0x0436 && cp <= 0x044F) {  // ж..я
      key += static_cast<char>('@' + 7 + (cp - 0x0436));
    } else if (cp >= 'a' && cp <= 'z') {
      key += static_cast<char>(cp);
    } else {
      key += '{';
      const auto rank = static_cast<std::uint16_t>(cp & 0xFFFF);
      for (int shift = 12; shift >= 0; shift -= 4) key += kHex[(rank >> shift) & 0xF];
    }
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
