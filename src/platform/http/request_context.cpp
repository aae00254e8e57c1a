#include "platform/http/request_context.hpp"

#include <charconv>

namespace metodset::http {

core::Actor ActorOf(const Request& request) {
  core::Actor actor;
  actor.principal = request.principal ? &*request.principal : nullptr;
  actor.ip = request.remote_address;
  actor.request_id = request.request_id;
  return actor;
}

core::Result<std::int64_t> ParseId(std::string_view text, std::string_view field) {
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc{} || end != text.data() + text.size() || id <= 0) {
    return core::ValidationError(std::string(field), "Ожидается положительный целый номер");
  }
  return id;
}

core::Result<std::int64_t> PathId(const Request& request, std::string_view name) {
  auto id = ParseId(request.Param(name), name);
  if (!id) return core::NotFound();
  return id;
}

std::string RefSchema(std::string_view name) {
  return std::string(R"({"$ref":"#/components/schemas/)") + std::string(name) + "\"}";
}

std::string ListSchema(std::string_view item_name) {
  return R"({"type":"object","required":["items","total","page","size"],"properties":{"items":{"type":"array","items":)" +
         RefSchema(item_name) +
         R"(},"total":{"type":"integer"},"page":{"type":"integer"},"size":{"type":"integer"}}})";
}

}  // namespace metodset::http
