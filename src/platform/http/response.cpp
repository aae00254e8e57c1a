#include "platform/http/response.hpp"

#include <nlohmann/json.hpp>

namespace metodset::http {

int StatusFor(core::ErrorKind kind) {
  switch (kind) {
    case core::ErrorKind::kValidation: return 422;
    case core::ErrorKind::kBadRequest: return 400;
    case core::ErrorKind::kUnauthenticated: return 401;
    case core::ErrorKind::kForbidden: return 403;
    case core::ErrorKind::kNotFound: return 404;
    case core::ErrorKind::kConflict: return 409;
    case core::ErrorKind::kPayloadTooLarge: return 413;
    case core::ErrorKind::kRateLimited: return 429;
    case core::ErrorKind::kInternal: return 500;
  }
  return 500;
}

Response ErrorResponse(const core::DomainError& error) {
  nlohmann::json body;
  if (error.kind == core::ErrorKind::kInternal) {
    // Internal errors may carry diagnostics meant for the log; the client only learns that it failed.
    body["error"] = {{"code", "internal"}, {"message", "Внутренняя ошибка сервера"}, {"field", ""}};
  } else {
    body["error"] = {{"code", error.code}, {"message", error.message}, {"field", error.field}};
  }
  Response response;
  response.status = StatusFor(error.kind);
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

Response JsonText(std::string body, int status) {
  Response response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

Response NoContent() {
  Response response;
  response.status = 204;
  response.content_type.clear();
  return response;
}

namespace {

// Latin spelling of Cyrillic letters (lower case, index = code point - U+0430) for the ASCII file name
// that clients without RFC 5987 support show.
constexpr const char* kTranslit[32] = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k",
                                       "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
                                       "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

std::string AsciiFileName(const std::string& name) {
  std::string out;
  for (std::size_t i = 0; i < name.size();) {
    auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      bool safe = c >= 0x20 && c != 0x7f && c != '"' && c != '\\' && c != '/' && c != ';';
      out += safe ? static_cast<char>(c) : '_';
      ++i;
      continue;
    }
    std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (i + len > name.size()) len = name.size() - i;
    unsigned cp = 0;
    if (len == 2) cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3Fu);
    std::string letter = "_";
    bool upper = false;
    if (cp >= 0x410 && cp <= 0x42F) {
      letter = kTranslit[cp - 0x410];
      upper = true;
    } else if (cp >= 0x430 && cp <= 0x44F) {
      letter = kTranslit[cp - 0x430];
    } else if (cp == 0x401 || cp == 0x451) {
      letter = "e";
      upper = cp == 0x401;
    }
    if (upper && !letter.empty()) letter[0] = static_cast<char>(letter[0] - 'a' + 'A');
    out += letter;
    i += len;
  }
  if (out.empty() || out.find_first_not_of("._ ") == std::string::npos) out = "download";
  return out;
}

std::string Rfc5987(const std::string& name) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : name) {
    bool attr_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
    if (attr_char) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0x0F];
    }
  }
  return out;
}

}  // namespace

Response Download(std::string body, std::string content_type, const std::string& file_name) {
  Response response;
  response.body = std::move(body);
  response.content_type = std::move(content_type);
  response.SetHeader("Content-Disposition",
                     "attachment; filename=\"" + AsciiFileName(file_name) + "\"; filename*=UTF-8''" + Rfc5987(file_name));
  return response;
}

}  // namespace metodset::http
