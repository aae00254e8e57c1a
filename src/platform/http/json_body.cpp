#include "platform/http/json_body.hpp"

#include <charconv>
#include <limits>

namespace metodset::http {
namespace {

core::DomainError BadJson(std::string message = "Тело запроса не является корректным JSON") {
  return {core::ErrorKind::kBadRequest, "bad_json", std::move(message), {}};
}

std::string Quoted(const char* label) { return std::string("«") + label + "»"; }

core::DomainError Missing(const char* field, const char* label) {
  return core::ValidationError(field, "Поле " + Quoted(label) + " обязательно", "required");
}

core::DomainError WrongType(const char* field, const char* label, const char* expected) {
  return core::ValidationError(field, "Поле " + Quoted(label) + " должно быть " + expected);
}

bool Blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

// Absent, null and not-an-integer are told apart by the callers; a JSON number with a fraction or out of
// the int64 range is not an integer.
std::optional<std::int64_t> AsInt(const Json& value) {
  if (value.is_number_unsigned()) {
    auto v = value.get<std::uint64_t>();
    if (v > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) return std::nullopt;
    return static_cast<std::int64_t>(v);
  }
  if (value.is_number_integer()) return value.get<std::int64_t>();
  return std::nullopt;
}

}  // namespace

core::Result<Json> ParseJsonObject(const Request& request) {
  Json body = Json::parse(request.body, nullptr, false);
  if (body.is_discarded()) return BadJson();
  if (!body.is_object()) return BadJson("Тело запроса должно быть JSON-объектом");
  return body;
}

core::Result<std::string> RequiredString(const Json& body, const char* field, const char* label) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return Missing(field, label);
  if (!it->is_string()) return WrongType(field, label, "строкой");
  auto text = it->get<std::string>();
  if (Blank(text)) return Missing(field, label);
  return text;
}

core::Result<std::optional<std::string>> OptionalString(const Json& body, const char* field, const char* label) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return std::optional<std::string>{};
  if (!it->is_string()) return WrongType(field, label, "строкой");
  return std::optional<std::string>{it->get<std::string>()};
}

core::Result<std::optional<std::int64_t>> OptionalInt(const Json& body, const char* field, const char* label) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return std::optional<std::int64_t>{};
  auto value = AsInt(*it);
  if (!value) return WrongType(field, label, "целым числом");
  return std::optional<std::int64_t>{*value};
}

core::Result<std::int64_t> RequiredInt(const Json& body, const char* field, const char* label) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return Missing(field, label);
  auto value = AsInt(*it);
  if (!value) return WrongType(field, label, "целым числом");
  return *value;
}

core::Result<bool> OptionalBool(const Json& body, const char* field, const char* label, bool fallback) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return fallback;
  if (!it->is_boolean()) return WrongType(field, label, "логическим значением (true или false)");
  return it->get<bool>();
}

Response JsonResponse(const Json& body, int status) {
  // Invalid UTF-8 from stored data must not turn a good answer into an exception.
  return JsonText(body.dump(-1, ' ', false, Json::error_handler_t::replace), status);
}

namespace {

std::optional<int> ParseBoundedInt(const std::string& text, int low, int high) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value < low || value > high) return std::nullopt;
  return value;
}

}  // namespace

core::Result<Paging> ReadPaging(const Request& request) {
  constexpr int kMaxPage = 1'000'000;  // keeps (page - 1) * size far from overflow in SQL OFFSET
  constexpr int kMaxSize = 500;
  Paging paging;
  if (auto page = request.QueryParam("page")) {
    auto value = ParseBoundedInt(*page, 1, kMaxPage);
    if (!value) return core::ValidationError("page", "Номер страницы должен быть целым числом не меньше 1");
    paging.page = *value;
  }
  if (auto size = request.QueryParam("size")) {
    auto value = ParseBoundedInt(*size, 1, kMaxSize);
    if (!value) return core::ValidationError("size", "Размер страницы должен быть целым числом от 1 до 500");
    paging.size = *value;
  }
  return paging;
}

Json ListEnvelope(Json items, std::int64_t total, const Paging& paging) {
  return {{"items", std::move(items)}, {"total", total}, {"page", paging.page}, {"size", paging.size}};
}

}  // namespace metodset::http
