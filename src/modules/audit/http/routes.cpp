#include "modules/audit/http/routes.hpp"

#include "platform/http/request_context.hpp"
#include "platform/http/json_body.hpp"
#include "platform/office/xlsx_writer.hpp"

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

core::Result<AuditFilter> ReadFilter(const http::Request& req) {
  auto from = DateParam(req, "from");
  if (!from) return from.error();
  auto to = DateParam(req, "to");
  if (!to) return to.error();
  AuditFilter filter;
  filter.actor_login = NonEmpty(req.QueryParam("actor"));
  filter.action = NonEmpty(req.QueryParam("action"));
  filter.object_type = NonEmpty(req.QueryParam("object_type"));
  if (auto id = req.QueryParam("object_id"); id && !id->empty()) {
    auto parsed = http::ParseId(*id, "object_id");
    if (!parsed) return parsed.error();
    filter.object_id = *parsed;
  }
  filter.from = *from;
  filter.to = *to;
  return filter;
}

std::string Or(const std::optional<std::string>& v, const char* fallback = "") { return v ? *v : fallback; }

office::Sheet ToSheet(const AuditPage& page) {
  office::Sheet sheet;
  sheet.name = "Журнал аудита";
  sheet.header = {"Время (UTC)", "Пользователь", "Роль", "Область", "Действие", "Объект", "Номер объекта",
                  "Результат", "Подробности", "Изменения", "IP-адрес"};
  sheet.widths = {24, 16, 22, 18, 16, 16, 12, 12, 40, 60, 16};
  for (const auto& s : page.items) {
    const auto& e = s.entry;
    std::string changes;
    for (const auto& c : e.changes) {
      changes += (changes.empty() ? "" : "\n") + c.field + ": " + Or(c.old_value, "—") + " → " + Or(c.new_value, "—");
    }
    sheet.rows.push_back({e.at, Or(e.actor_login), Or(e.role), Or(e.scope), e.action, e.object_type,
                          e.object_id ? office::Cell(static_cast<long long>(*e.object_id)) : office::Cell(std::monostate{}),
                          std::string(OutcomeName(e.outcome)), Or(e.detail), changes, e.ip});
  }
  return sheet;
}

}  // namespace

void AddRoutes(http::Router& router, AuditReader& reader, AuditWriter writer, core::TerritoryLocator& locator) {
  router.AddSchema("AuditEntry", kEntrySchema);
  const std::vector<std::string> filters = {"actor", "action", "object_type", "object_id", "from", "to"};
  auto paged = filters;
  paged.insert(paged.end(), {"page", "size"});
  router.Add(http::Method::kGet, "/api/v1/audit",
             {.summary = "Журнал аудита (региональный оператор; муниципальный координатор — свой муниципалитет)",
              .tag = "audit",
              .response_schema = http::ListSchema("AuditEntry"),
              .query = paged},
             [&reader](http::Request& req) -> http::Response {
               auto paging = http::ReadPaging(req);
               if (!paging) return http::ErrorResponse(paging.error());
               auto filter = ReadFilter(req);
               if (!filter) return http::ErrorResponse(filter.error());
               filter->page = paging->page;
               filter->size = paging->size;
               auto page = BrowseAudit(http::ActorOf(req), reader, *filter);
               if (!page) return http::ErrorResponse(page.error());
               Json items = Json::array();
               for (const auto& s : page->items) items.push_back(ToJson(s));
               return http::JsonResponse(http::ListEnvelope(std::move(items), page->total, *paging));
             });
  router.Add(http::Method::kGet, "/api/v1/audit/export.xlsx",
             {.summary = "Выгрузка журнала аудита в Excel (не более 20 000 записей)",
              .tag = "audit",
              .response_type = http::kXlsxType,
              .query = filters},
             [&reader, writer, &locator](http::Request& req) -> http::Response {
               auto filter = ReadFilter(req);
               if (!filter) return http::ErrorResponse(filter.error());
               std::optional<AuditPage> page;
               auto done = writer([&](AuditTrail& trail) -> core::Result<void> {
                 auto exported = ExportAudit(http::ActorOf(req), reader, *filter, trail, locator);
                 if (!exported) return exported.error();
                 page = std::move(*exported);
                 return core::Ok{};
               });
               if (!done) return http::ErrorResponse(done.error());
               return http::Download(office::WriteXlsx({ToSheet(*page)}), http::kXlsxType, "Журнал аудита.xlsx");
             });
}

}  // namespace metodset::audit
