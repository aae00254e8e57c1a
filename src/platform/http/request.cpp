#include "platform/http/request.hpp"

namespace metodset::http {

std::string_view MethodName(Method m) {
  switch (m) {
    case Method::kGet: return "GET";
    case Method::kHead: return "HEAD";
    case Method::kPost: return "POST";
    case Method::kPut: return "PUT";
    case Method::kPatch: return "PATCH";
    case Method::kDelete: return "DELETE";
    case Method::kOptions: return "OPTIONS";
  }
  return "GET";
}

bool IsStateChanging(Method m) { return m != Method::kGet && m != Method::kHead && m != Method::kOptions; }

std::optional<std::string> Request::Header(std::string_view lower_name) const {
  auto it = headers.find(std::string(lower_name));
  if (it == headers.end()) return std::nullopt;
  return it->second;
}

namespace {

std::string_view TrimSpaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::optional<std::string> Request::Cookie(std::string_view name) const {
  auto it = headers.find("cookie");
  if (it == headers.end()) return std::nullopt;
  std::string_view rest = it->second;
  // Several Cookie headers are joined with "; " by the server, so one scan covers them all.
  while (!rest.empty()) {
    auto end = rest.find(';');
    auto pair = TrimSpaces(rest.substr(0, end));
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    auto eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    if (TrimSpaces(pair.substr(0, eq)) != name) continue;
    auto value = TrimSpaces(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    return std::string(value);
  }
  return std::nullopt;
}

std::optional<std::string> Request::QueryParam(std::string_view name) const {
  auto it = query.find(std::string(name));
  if (it == query.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> Request::QueryParams(std::string_view name) const {
  std::vector<std::string> values;
  auto [first, last] = query.equal_range(std::string(name));
  for (auto it = first; it != last; ++it) values.push_back(it->second);
  return values;
}

const std::string& Request::Param(std::string_view name) const {
  static const std::string kEmpty;
  auto it = path_params.find(std::string(name));
  return it == path_params.end() ? kEmpty : it->second;
}

}  // namespace metodset::http
