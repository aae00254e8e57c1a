#include "platform/storage/postgres/pg_text.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace metodset::storage::postgres {

namespace {

bool IsIdentifierChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

RewrittenSql RewritePlaceholders(std::string_view sql) {
  RewrittenSql out;
  out.sql.reserve(sql.size() + 16);
  std::size_t i = 0;
  const std::size_t n = sql.size();
  auto copy_until_quote = [&](char quote, bool backslash_escapes) {
    // Copies from the opening quote through the closing one; a doubled quote stays inside.
    out.sql += sql[i++];
    while (i < n) {
      char c = sql[i];
      if (backslash_escapes && c == '\\' && i + 1 < n) {
        out.sql += sql.substr(i, 2);
        i += 2;
        continue;
      }
      out.sql += c;
      ++i;
      if (c == quote) {
        if (i < n && sql[i] == quote) {
          out.sql += sql[i++];
          continue;
        }
        return;
      }
    }
  };
  while (i < n) {
    char c = sql[i];
    if (c == '\'') {
      bool escape_string =
          i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') && (i < 2 || !IsIdentifierChar(sql[i - 2]));
      copy_until_quote('\'', escape_string);
    } else if (c == '"') {
      copy_until_quote('"', false);
    } else if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
      auto end = sql.find('\n', i);
      if (end == std::string_view::npos) end = n;
      out.sql += sql.substr(i, end - i);
      i = end;
    } else if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
      auto end = sql.find("*/", i + 2);
      end = end == std::string_view::npos ? n : end + 2;
      out.sql += sql.substr(i, end - i);
      i = end;
    } else if (c == '$' && (i == 0 || !IsIdentifierChar(sql[i - 1]))) {
      // A dollar-quoted body: $$…$$ or $tag$…$tag$ (a `$1` parameter has a digit after the dollar).
      std::size_t j = i + 1;
      while (j < n && IsIdentifierChar(sql[j]) && !(j == i + 1 && std::isdigit(static_cast<unsigned char>(sql[j]))))
        ++j;
      if (j < n && sql[j] == '$') {
        auto tag = sql.substr(i, j - i + 1);
        auto end = sql.find(tag, j + 1);
        end = end == std::string_view::npos ? n : end + tag.size();
        out.sql += sql.substr(i, end - i);
        i = end;
      } else {
        out.sql += c;
        ++i;
      }
    } else if (c == '?') {
      out.sql += '$';
      out.sql += std::to_string(++out.parameter_count);
      ++i;
    } else {
      out.sql += c;
      ++i;
    }
  }
  return out;
}

std::string NormaliseTimestamp(std::string_view s) {
  // YYYY-MM-DD HH:MM:SS[.ffffff][+00[:00]]
  if (s.size() < 19 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':')
    return std::string(s);
  if (!AllDigits(s.substr(0, 4)) || !AllDigits(s.substr(11, 2))) return std::string(s);
  std::string out(s.substr(0, 10));
  out += 'T';
  out += s.substr(11, 8);
  std::size_t i = 19;
  std::string millis = "000";
  if (i < s.size() && s[i] == '.') {
    ++i;
    std::size_t k = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
      if (k < 3) millis[k++] = s[i];
      ++i;
    }
  }
  // The session runs in UTC, so a timestamptz carries +00; anything else is not ours to reinterpret.
  auto zone = s.substr(i);
  if (!zone.empty() && zone != "+00" && zone != "+00:00") return std::string(s);
  out += '.';
  out += millis;
  out += 'Z';
  return out;
}

std::string TextOf(const Value& v) {
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&v)) {
    if (std::isnan(*d)) return "NaN";
    if (std::isinf(*d)) return *d > 0 ? "Infinity" : "-Infinity";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", *d);
    return buf;
  }
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  return {};
}

void AppendCopyField(std::string& line, const Value& v) {
  if (std::holds_alternative<std::monostate>(v)) {
    line += "\\N";
    return;
  }
  if (!std::holds_alternative<std::string>(v)) {
    line += TextOf(v);
    return;
  }
  for (char c : std::get<std::string>(v)) {
    switch (c) {
      case '\\':
        line += "\\\\";
        break;
      case '\n':
        line += "\\n";
        break;
      case '\r':
        line += "\\r";
        break;
      case '\t':
        line += "\\t";
        break;
      default:
        line += c;
    }
  }
}

}  // namespace metodset::storage::postgres
