#include "modules/audit/http/routes.hpp"

#include "platform/http/request_context.hpp"
#include "platform/http/json_body.hpp"

namespace metodset::audit {
namespace {

using http::Json;

const char* kEntrySchema = R"({"type":"object","required":["id","at","action","object_type","changes","ip","outcome"],
"properties":{"id":{"type":"integer"},"at":{"type":"string"},"actor_login":{"type":"string","nullable":true},
"role":{"type":"string","nullable":true},"scope":{"type":"string","nullable":true},"action":{"type":"string"},
"object_type":{"type":"string"},"object_id":{"type":"integer","nullable":true},"ip":{"type":"string"},
"outcome":{"type":"string","enum":["ok","denied","failed"]},"detail":{"type":"string","nullable":true},
"changes":{"type":"array","items":{"type":"object","required":["field"],"properties":{"field":{"type":"string"},
"old":{"type":"string","nullable":true},"new":{"type":"string","nullable":true}}}}}})";

Json Nullable(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }

Json ToJson(const StoredAuditEntry& s) {
  const auto& e = s.entry;
  Json changes = Json::array();
  for (const auto& c : e.changes) {
    changes.push_back({{"field", c.field}, {"old", Nullable(c.old_value)}, {"new", Nullable(c.new_value)}});
  }
  return {{"id", s.id},
          {"at", e.at},
          {"actor_login", Nullable(e.actor_login)},
          {"role", Nullable(e.role)},
          {"scope", Nullable(e.scope)},
          {"action", e.action},
          {"object_type", e.object_type},
          {"object_id", e.object_id ? Json(*e.object_id) : Json(nullptr)},
          {"ip", e.ip},
          {"outcome", std::string(OutcomeName(e.outcome))},
          {"detail", Nullable(e.detail)},
          {"changes", std::move(changes)}};
}

core::Result<std::optional<core::Date>> DateParam(const http::Request& req, const char* name) {
  auto text = req.QueryParam(name);
  if (!text || text->empty()) return std::optional<core::Date>{};
  auto date = core::ParseDate(*text);
  if (!date) return core::ValidationError(name, "Дата должна быть в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД");
  return std::optional<core::Date>(*date);
}

std::optional<std::string> NonEmpty(std::optional<std::string> v) {
  if (v && v->empty()) return std::nullopt;
  return v;
}

}  // namespace

void AddRoutes(http::Router& router, AuditReader& reader) {
  router.AddSchema("AuditEntry", kEntrySchema);
  router.Add(http::Method::kGet, "/api/v1/audit",
             {.summary = "Журнал аудита (региональный оператор; муниципальный координатор — свой муниципалитет)",
              .tag = "audit",
              .response_schema = http::ListSchema("AuditEntry"),
              .query = {"actor", "action", "object_type", "object_id", "from", "to", "page", "size"}},
             [&reader](http::Request& req) -> http::Response {
               auto paging = http::ReadPaging(req);
               if (!paging) return http::ErrorResponse(paging.error());
               auto from = DateParam(req, "from");
               if (!from) return http::ErrorResponse(from.error());
               auto to = DateParam(req, "to");
               if (!to) return http::ErrorResponse(to.error());
               AuditFilter filter;
               filter.actor_login = NonEmpty(req.QueryParam("actor"));
               filter.action = NonEmpty(req.QueryParam("action"));
               filter.object_type = NonEmpty(req.QueryParam("object_type"));
               if (auto id = req.QueryParam("object_id"); id && !id->empty()) {
                 auto parsed = http::ParseId(*id, "object_id");
                 if (!parsed) return http::ErrorResponse(parsed.error());
                 filter.object_id = *parsed;
               }
               filter.from = *from;
               filter.to = *to;
               filter.page = paging->page;
               filter.size = paging->size;
               auto page = BrowseAudit(http::ActorOf(req), reader, filter);
               if (!page) return http::ErrorResponse(page.error());
               Json items = Json::array();
               for (const auto& s : page->items) items.push_back(ToJson(s));
               return http::JsonResponse(http::ListEnvelope(std::move(items), page->total, *paging));
             });
}

}  // namespace metodset::audit
