#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "platform/core/principal.hpp"

namespace metodset::http {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions };

std::string_view MethodName(Method m);
/// True for methods that change state (everything but GET, HEAD, OPTIONS): these need the CSRF token.
bool IsStateChanging(Method m);

/// A parsed HTTP request, free of Beast types so that handlers compile without Asio headers.
struct Request {
  Method method = Method::kGet;
  std::string target;  // raw target, with query string
  std::string path;    // percent-decoded path without the query
  std::multimap<std::string, std::string> query;  // percent-decoded
  std::map<std::string, std::string> headers;     // names lower-cased
  std::unordered_map<std::string, std::string> path_params;
  std::string body;
  std::string remote_address;
  std::string request_id;
  /// Set by the authentication middleware when a valid session cookie came with the request.
  std::optional<core::Principal> principal;

  std::optional<std::string> Header(std::string_view lower_name) const;
  std::optional<std::string> Cookie(std::string_view name) const;
  std::optional<std::string> QueryParam(std::string_view name) const;
  std::vector<std::string> QueryParams(std::string_view name) const;
  /// The path parameter `{name}`; empty if absent.
  const std::string& Param(std::string_view name) const;
};

}  // namespace metodset::http
