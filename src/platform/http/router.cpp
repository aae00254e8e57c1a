#include "platform/http/router.hpp"

#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace metodset::http {

struct Router::Node {
  std::map<std::string, std::unique_ptr<Node>, std::less<>> statics;
  std::unique_ptr<Node> param;
  std::array<const Route*, 7> routes{};

  bool Terminal() const {
    for (const Route* r : routes) {
      if (r) return true;
    }
    return false;
  }
};

namespace {

constexpr std::array<Method, 7> kAllMethods = {Method::kGet,   Method::kHead,   Method::kPost,   Method::kPut,
                                               Method::kPatch, Method::kDelete, Method::kOptions};

std::size_t Index(Method m) { return static_cast<std::size_t>(m); }

bool IsParam(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Splits "/a/b/" into {"a","b"}: one trailing slash is ignored, "/" has no segments.
std::vector<std::string_view> Split(std::string_view path) {
  std::vector<std::string_view> segments;
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  if (!path.empty() && path.back() == '/') path.remove_suffix(1);
  if (path.empty()) return segments;
  while (true) {
    auto slash = path.find('/');
    segments.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return segments;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<std::string> PercentDecode(std::string_view text, bool plus_as_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      int hi = HexValue(text[i + 1]);
      int lo = HexValue(text[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else if (c == '+' && plus_as_space) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

Router::Router() : root_(std::make_unique<Node>()) {}
Router::~Router() = default;

void Router::Add(Method method, std::string pattern, RouteInfo info, Handler handler) {
  Node* node = root_.get();
  for (auto segment : Split(pattern)) {
    if (IsParam(segment)) {
      if (!node->param) node->param = std::make_unique<Node>();
      node = node->param.get();
    } else {
      auto it = node->statics.find(segment);
      if (it == node->statics.end()) it = node->statics.emplace(std::string(segment), std::make_unique<Node>()).first;
      node = it->second.get();
    }
  }
  if (node->routes[Index(method)]) {
    throw std::logic_error("route registered twice: " + std::string(MethodName(method)) + " " + pattern);
  }
  routes_.push_back(std::make_unique<Route>(Route{method, std::move(pattern), std::move(info), std::move(handler)}));
  node->routes[Index(method)] = routes_.back().get();
}

void Router::AddSchema(std::string name, std::string json_schema) {
  schemas_.emplace_back(std::move(name), std::move(json_schema));
}

namespace {

struct Search {
  const std::vector<std::string>& segments;
  Method method;
  const void* first_terminal = nullptr;  // the node that answers 405 when no method matches

  template <typename NodeT>
  const Route* Find(const NodeT& node, std::size_t i) {
    if (i == segments.size()) {
      if (!node.Terminal()) return nullptr;
      if (!first_terminal) first_terminal = &node;
      if (const Route* r = node.routes[Index(method)]) return r;
      if (method == Method::kHead) return node.routes[Index(Method::kGet)];
      return nullptr;
    }
    // Static segments are tried first so that `/organisations/export.xlsx` beats `/organisations/{id}`.
    if (auto it = node.statics.find(segments[i]); it != node.statics.end()) {
      if (const Route* r = Find(*it->second, i + 1)) return r;
    }
    if (node.param && !segments[i].empty()) return Find(*node.param, i + 1);
    return nullptr;
  }
};

}  // namespace

RouteMatch Router::Match(Request& request) const {
  RouteMatch match;
  std::vector<std::string> segments;
  if (request.target.empty()) {
    // A request built in code carries an already decoded path.
    for (auto s : Split(request.path)) segments.emplace_back(s);
  } else {
    std::string_view raw = request.target;
    raw = raw.substr(0, raw.find('?'));
    // Each segment is decoded once, after splitting, so an encoded "/" (%2F) stays inside its segment.
    for (auto s : Split(raw)) {
      auto decoded = PercentDecode(s);
      if (!decoded) return match;
      segments.push_back(std::move(*decoded));
    }
  }
  Search search{segments, request.method};
  const Route* route = search.Find(*root_, 0);
  if (route) {
    match.route = route;
    auto pattern = Split(route->pattern);
    request.path_params.clear();
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if (IsParam(pattern[i])) {
        request.path_params[std::string(pattern[i].substr(1, pattern[i].size() - 2))] = segments[i];
      }
    }
    return match;
  }
  if (search.first_terminal) {
    match.path_known = true;
    const auto& node = *static_cast<const Node*>(search.first_terminal);
    for (Method m : kAllMethods) {
      bool served = node.routes[Index(m)] != nullptr || (m == Method::kHead && node.routes[Index(Method::kGet)]);
      if (served) match.allowed.push_back(m);
    }
  }
  return match;
}

namespace {

using Json = nlohmann::json;

Json ParseSchema(const std::string& text, const std::string& where) {
  Json schema = Json::parse(text, nullptr, false);
  if (schema.is_discarded() || !schema.is_object()) {
    throw std::invalid_argument("OpenAPI: the schema of " + where + " is not a JSON object");
  }
  return schema;
}

void CollectRefs(const Json& value, std::vector<std::string>& refs) {
  if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (it.key() == "$ref" && it->is_string()) refs.push_back(it->get<std::string>());
      CollectRefs(*it, refs);
    }
  } else if (value.is_array()) {
    for (const auto& item : value) CollectRefs(item, refs);
  }
}

std::string OperationId(Method method, const std::string& pattern) {
  std::string id(MethodName(method));
  for (char& c : id) c = static_cast<char>(c - 'A' + 'a');
  bool gap = true;
  for (char c : pattern) {
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (word) {
      if (gap) id += '_';
      id += c;
    }
    gap = !word;
  }
  return id;
}

Json ErrorReply(const char* description) {
  return {{"description", description},
          {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
}

}  // namespace

std::string BuildOpenApi(const Router& router, const std::string& title, const std::string& version) {
  Json paths = Json::object();
  for (const auto& route_ptr : router.routes()) {
    const Route& route = *route_ptr;
    const RouteInfo& info = route.info;
    std::string where = std::string(MethodName(route.method)) + " " + route.pattern;
    bool is_public = info.access == Access::kPublic;

    Json op;
    op["operationId"] = OperationId(route.method, route.pattern);
    if (!info.summary.empty()) op["summary"] = info.summary;
    if (!info.tag.empty()) op["tags"] = Json::array({info.tag});

    Json parameters = Json::array();
    bool has_path_params = false;
    for (auto segment : Split(route.pattern)) {
      if (!IsParam(segment)) continue;
      has_path_params = true;
      parameters.push_back({{"name", std::string(segment.substr(1, segment.size() - 2))},
                            {"in", "path"},
                            {"required", true},
                            {"schema", {{"type", "string"}}}});
    }
    for (const auto& name : info.query) {
      parameters.push_back({{"name", name}, {"in", "query"}, {"required", false}, {"schema", {{"type", "string"}}}});
    }
    if (!is_public && IsStateChanging(route.method)) {
      parameters.push_back({{"name", "X-CSRF-Token"}, {"in", "header"}, {"required", true},
                            {"schema", {{"type", "string"}}}});
    }
    if (!parameters.empty()) op["parameters"] = std::move(parameters);

    Json responses = Json::object();
    if (!info.request_schema.empty()) {
      Json schema = ParseSchema(info.request_schema, where + " request");
      // Raw uploads (imports, attachments) are declared as binary strings.
      const char* media = schema.value("format", "") == "binary" ? "application/octet-stream" : "application/json";
      op["requestBody"] = {{"required", true}, {"content", {{media, {{"schema", std::move(schema)}}}}}};
      responses["413"] = ErrorReply("Тело запроса слишком велико");
      responses["422"] = ErrorReply("Ошибка в данных запроса");
    }

    bool json_reply = info.response_type.rfind("application/json", 0) == 0;
    int status = info.status;
    if (status == 0) status = (json_reply && info.response_schema.empty()) ? 204 : 200;
    Json success = {{"description", status == 204 ? "Нет содержимого" : "Успешно"}};
    if (!json_reply) {
      success["content"] = {{info.response_type, {{"schema", {{"type", "string"}, {"format", "binary"}}}}}};
    } else if (!info.response_schema.empty()) {
      success["content"] = {
          {info.response_type, {{"schema", ParseSchema(info.response_schema, where + " response")}}}};
    }
    responses[std::to_string(status)] = std::move(success);
    responses["400"] = ErrorReply("Некорректный запрос");
    if (!is_public) {
      responses["401"] = ErrorReply("Требуется вход в систему");
      responses["403"] = ErrorReply("Недостаточно прав");
    }
    if (has_path_params) responses["404"] = ErrorReply("Объект не найден");
    if (IsStateChanging(route.method)) responses["409"] = ErrorReply("Конфликт с текущим состоянием");
    op["responses"] = std::move(responses);
    if (!is_public) op["security"] = Json::array({{{"cookieAuth", Json::array()}}});

    std::string method(MethodName(route.method));
    for (char& c : method) c = static_cast<char>(c - 'A' + 'a');
    paths[route.pattern][method] = std::move(op);
  }

  Json schemas = Json::object();
  for (const auto& [name, text] : router.schemas()) {
    if (schemas.contains(name)) throw std::invalid_argument("OpenAPI: schema registered twice: " + name);
    schemas[name] = ParseSchema(text, "component " + name);
  }
  schemas["Error"] = ParseSchema(
      R"({"type":"object","required":["error"],"properties":{"error":{"type":"object",
      "required":["code","message","field"],"properties":{"code":{"type":"string"},
      "message":{"type":"string"},"field":{"type":"string"}}}}})",
      "component Error");

  Json doc = {{"openapi", "3.0.3"},
              {"info", {{"title", title}, {"version", version}}},
              {"paths", std::move(paths)},
              {"components",
               {{"schemas", std::move(schemas)},
                {"securitySchemes",
                 {{"cookieAuth", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "metodset_session"}}}}}}}};

  // A dangling $ref would only show up in the generated UI types; fail where the route is declared instead.
  std::vector<std::string> refs;
  CollectRefs(doc, refs);
  const std::string prefix = "#/components/schemas/";
  for (const auto& ref : refs) {
    if (ref.rfind(prefix, 0) != 0 || !doc["components"]["schemas"].contains(ref.substr(prefix.size()))) {
      throw std::invalid_argument("OpenAPI: unresolved $ref " + ref);
    }
  }
  return doc.dump(2, ' ', false, Json::error_handler_t::strict) + "\n";
}

}  // namespace metodset::http
