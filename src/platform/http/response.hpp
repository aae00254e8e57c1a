#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "platform/core/result.hpp"

namespace metodset::http {

/// A response a handler returns; the server adds security headers, Date and Content-Length.
struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  /// When set, the body is this shared, read-only text instead of `body` (kept answers of the page cache go
  /// out without a copy).
  std::shared_ptr<const std::string> shared_body;
  /// When set, the body is streamed from this file instead (static files, downloads).
  std::string file_path;

  Response& SetHeader(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }
};

/// Media types of the office files the API returns.
inline constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr const char* kDocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The HTTP status for a DomainError kind: the one place where this mapping lives.
int StatusFor(core::ErrorKind kind);
/// `{"error":{"code","message","field"}}` with the mapped status.
Response ErrorResponse(const core::DomainError& error);
/// A 201/200 JSON response from an already serialised body.
Response JsonText(std::string body, int status = 200);
/// 204 No Content.
Response NoContent();
/// A file download with a Russian file name (RFC 5987 `filename*`).
Response Download(std::string body, std::string content_type, const std::string& file_name);

}  // namespace metodset::http
