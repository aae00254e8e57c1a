#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/http/request.hpp"
#include "platform/http/response.hpp"

namespace metodset::http {

using Handler = std::function<Response(Request&)>;

/// Who may call a route at all, before the use case checks scope.
enum class Access {
  kPublic,         // no login (public pages, login itself, health)
  kAuthenticated,  // any logged-in user; the use case checks role and scope
};

/// What the OpenAPI document and the authorisation-matrix test know of a route.
struct RouteInfo {
  // Every member has a default so that designated initializers may omit any (-Wmissing-field-initializers).
  std::string summary = "";            // Russian or English one-liner
  std::string tag = "";                // module name
  Access access = Access::kAuthenticated;
  std::string request_schema = "";     // JSON Schema text of the body, or empty; may be {"$ref":...}
  std::string response_schema = "";    // JSON Schema text of the 2xx body, or empty; may be {"$ref":...}
  std::string response_type = "application/json";  // or an XLSX / DOCX media type for downloads
  std::vector<std::string> query = {}; // names of accepted query parameters
  int status = 0;                      // documented success status; 0: 200, or 204 without a response schema
};

/// One registered route.
struct Route {
  Method method;
  std::string pattern;  // `/api/v1/organisations/{id}`
  RouteInfo info;
  Handler handler;
};

/// Result of matching a request path.
struct RouteMatch {
  const Route* route = nullptr;  // null: no route
  bool path_known = false;       // the path exists with another method (→ 405)
  std::vector<Method> allowed;   // when path_known: the methods the path accepts (the Allow header)
};

/// Maps method + path pattern with `{param}` segments to handlers.
class Router {
 public:
  Router();
  ~Router();
  void Add(Method method, std::string pattern, RouteInfo info, Handler handler);
  /// Finds the route and fills request.path_params.
  RouteMatch Match(Request& request) const;
  const std::vector<std::unique_ptr<Route>>& routes() const { return routes_; }
  /// Registers a named JSON Schema (text) under `#/components/schemas/NAME`.
  void AddSchema(std::string name, std::string json_schema);
  const std::vector<std::pair<std::string, std::string>>& schemas() const { return schemas_; }

 private:
  struct Node;
  std::vector<std::unique_ptr<Route>> routes_;
  std::vector<std::pair<std::string, std::string>> schemas_;
  std::unique_ptr<Node> root_;
};

/// Decodes `%XX` escapes (and `+` as a space when `plus_as_space`, for query strings); nullopt on a bad escape.
std::optional<std::string> PercentDecode(std::string_view text, bool plus_as_space = false);

/// Builds the OpenAPI 3 document (JSON text) of every route.
std::string BuildOpenApi(const Router& router, const std::string& title, const std::string& version);

}  // namespace metodset::http
