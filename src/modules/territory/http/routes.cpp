#include "modules/territory/http/routes.hpp"

#include "modules/territory/http/schemas.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/json_writer.hpp"
#include "platform/http/request_context.hpp"
#include "platform/office/xlsx_writer.hpp"

namespace metodset::territory {
namespace {

using http::Json;
using http::Method;
using http::Request;
using http::Response;

Json Nullable(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }
Json Nullable(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(nullptr); }

void Write(http::JsonWriter& w, const OrganisationView& v) {
  const auto& o = v.organisation;
  w.BeginObject()
      .Key("id")
      .Int(o.id)
      .Key("municipality_id")
      .Int(o.municipality_id)
      .Key("municipality_name")
      .String(v.municipality_name)
      .Key("name")
      .String(o.name)
      .Key("short_name")
      .String(o.short_name)
      .Key("kind")
      .String(o.kind)
      .Key("inn")
      .String(o.inn)
      .Key("address")
      .String(o.address)
      .Key("head_name")
      .String(o.head_name)
      .Key("email")
      .String(o.email)
      .Key("phone")
      .String(o.phone)
      .Key("flags")
      .Strings(o.flags)
      .Key("created_at")
      .String(o.created_at)
      .Key("updated_at")
      .String(o.updated_at)
      .EndObject();
}

/// An organisation card as a response (written directly: the registry is the hottest endpoint).
Response Reply(const core::Result<OrganisationView>& result, int status = 200) {
  if (!result) return http::ErrorResponse(result.error());
  http::JsonWriter w(1024);
  Write(w, *result);
  return http::JsonText(w.Take(), status);
}

Json ToJson(const Municipality& m) {
  return {{"id", m.id},
          {"region_id", m.region_id},
          {"name", m.name},
          {"kind", m.kind},
          {"method_service_kind", Nullable(m.method_service_kind)},
          {"organisation_count", m.organisation_count}};
}

Json ToJson(const Region& r) { return {{"id", r.id}, {"name", r.name}, {"code", r.code}}; }

Json ToJson(const Structure& s) {
  return {{"id", s.id},
          {"region_id", s.region_id},
          {"municipality_id", Nullable(s.municipality_id)},
          {"organisation_id", Nullable(s.organisation_id)},
          {"name", s.name},
          {"level", s.level},
          {"block", s.block},
          {"kind", s.kind}};
}

template <typename T>
Response Reply(const core::Result<T>& result, int status = 200) requires(!std::is_same_v<T, OrganisationView>) {
  if (!result) return http::ErrorResponse(result.error());
  return http::JsonResponse(ToJson(*result), status);
}

/// An optional positive id from the query string.
core::Result<std::optional<std::int64_t>> QueryId(const Request& req, const char* name) {
  auto text = req.QueryParam(name);
  if (!text || text->empty()) return std::optional<std::int64_t>{};
  auto id = http::ParseId(*text, name);
  if (!id) return id.error();
  return std::optional<std::int64_t>(*id);
}

std::optional<std::string> NonEmpty(std::optional<std::string> v) {
  if (v && v->empty()) return std::nullopt;
  return v;
}

core::Result<OrganisationFilter> ReadOrganisationFilter(const Request& req, bool paged) {
  OrganisationFilter f;
  auto municipality = QueryId(req, "municipality");
  if (!municipality) return municipality.error();
  f.municipality_id = *municipality;
  f.text = NonEmpty(req.QueryParam("q"));
  f.kind = NonEmpty(req.QueryParam("kind"));
  f.flag = NonEmpty(req.QueryParam("flag"));
  f.sort = NonEmpty(req.QueryParam("sort")).value_or("name");
  if (paged) {
    auto paging = http::ReadPaging(req);
    if (!paging) return paging.error();
    f.page = paging->page;
    f.size = paging->size;
  }
  return f;
}

core::Result<Organisation> ReadOrganisation(const Request& req) {
  auto body = http::ParseJsonObject(req);
  if (!body) return body.error();
  Organisation o;
  auto municipality = http::RequiredInt(*body, "municipality_id", "Муниципальное образование");
  if (!municipality) return municipality.error();
  o.municipality_id = *municipality;
  auto name = http::OptionalString(*body, "name", "Полное наименование");
  if (!name) return name.error();
  o.name = name->value_or("");
  auto short_name = http::OptionalString(*body, "short_name", "Краткое наименование");
  if (!short_name) return short_name.error();
  o.short_name = short_name->value_or("");
  auto kind = http::OptionalString(*body, "kind", "Тип организации");
  if (!kind) return kind.error();
  o.kind = kind->value_or("");
  struct Optional {
    const char* field;
    const char* label;
    std::optional<std::string> Organisation::*member;
  };
  for (const auto& f :
       {Optional{"inn", "ИНН", &Organisation::inn}, Optional{"address", "Адрес", &Organisation::address},
        Optional{"head_name", "Руководитель", &Organisation::head_name},
        Optional{"email", "E-mail", &Organisation::email}, Optional{"phone", "Телефон", &Organisation::phone}}) {
    auto value = http::OptionalString(*body, f.field, f.label);
    if (!value) return value.error();
    o.*(f.member) = *value;
  }
  if (body->contains("flags") && !(*body)["flags"].is_null()) {
    const auto& flags = (*body)["flags"];
    if (!flags.is_array()) return core::ValidationError("flags", "Признаки передаются списком");
    for (const auto& flag : flags) {
      if (!flag.is_string()) return core::ValidationError("flags", "Признак должен быть строкой");
      o.flags.push_back(flag.get<std::string>());
    }
  }
  return o;
}

core::Result<Municipality> ReadMunicipality(const Request& req) {
  auto body = http::ParseJsonObject(req);
  if (!body) return body.error();
  Municipality m;
  auto region = http::OptionalInt(*body, "region_id", "Регион");
  if (!region) return region.error();
  m.region_id = region->value_or(0);
  auto name = http::OptionalString(*body, "name", "Наименование");
  if (!name) return name.error();
  m.name = name->value_or("");
  auto kind = http::OptionalString(*body, "kind", "Вид муниципального образования");
  if (!kind) return kind.error();
  m.kind = kind->value_or("");
  auto service = http::OptionalString(*body, "method_service_kind", "Форма методической службы");
  if (!service) return service.error();
  m.method_service_kind = *service;
  return m;
}

core::Result<Structure> ReadStructure(const Request& req) {
  auto body = http::ParseJsonObject(req);
  if (!body) return body.error();
  Structure s;
  auto region = http::OptionalInt(*body, "region_id", "Регион");
  if (!region) return region.error();
  s.region_id = region->value_or(0);
  auto municipality = http::OptionalInt(*body, "municipality_id", "Муниципальное образование");
  if (!municipality) return municipality.error();
  s.municipality_id = *municipality;
  auto organisation = http::OptionalInt(*body, "organisation_id", "Организация");
  if (!organisation) return organisation.error();
  s.organisation_id = *organisation;
  auto name = http::OptionalString(*body, "name", "Наименование");
  if (!name) return name.error();
  s.name = name->value_or("");
  auto level = http::OptionalString(*body, "level", "Уровень");
  if (!level) return level.error();
  s.level = level->value_or("");
  auto block = http::RequiredInt(*body, "block", "Блок модели");
  if (!block) return block.error();
  // The catalogue decides which blocks exist; here only a value that fits is let through.
  if (*block != static_cast<int>(*block)) return core::ValidationError("block", "Укажите блок модели из справочника");
  s.block = static_cast<int>(*block);
  auto kind = http::OptionalString(*body, "kind", "Вид структуры");
  if (!kind) return kind.error();
  s.kind = kind->value_or("");
  return s;
}

core::Result<StructureFilter> ReadStructureFilter(const Request& req) {
  StructureFilter f;
  auto municipality = QueryId(req, "municipality");
  if (!municipality) return municipality.error();
  f.municipality_id = *municipality;
  f.level = NonEmpty(req.QueryParam("level"));
  if (auto block = NonEmpty(req.QueryParam("block"))) {
    auto n = http::ParseId(*block, "block");
    if (!n) return core::ValidationError("block", "Блок модели — номер из справочника блоков");
    f.block = static_cast<int>(*n);
  }
  return f;
}

void AddCatalogueAndRegionRoutes(http::Router& router, TerritoryService& service) {
  router.Add(Method::kGet, "/api/v1/catalogues/{name}",
             {.summary = "Справочник (типы организаций, признаки, формы методической службы, уровни и блоки модели)",
              .tag = "territory",
              .response_schema = http::RefSchema("Catalogue")},
             [&service](Request& req) -> Response {
               auto items = service.Catalogue(http::ActorOf(req), req.Param("name"));
               if (!items) return http::ErrorResponse(items.error());
               Json list = Json::array();
               for (const auto& i : *items) list.push_back({{"code", i.code}, {"title", i.title}});
               return http::JsonResponse({{"items", std::move(list)}});
             });
  router.Add(
      Method::kGet, "/api/v1/territory/regions",
      {.summary = "Регионы в области видимости", .tag = "territory", .response_schema = http::ListSchema("Region")},
      [&service](Request& req) -> Response {
        auto regions = service.Regions(http::ActorOf(req));
        if (!regions) return http::ErrorResponse(regions.error());
        Json items = Json::array();
        for (const auto& r : *regions) items.push_back(ToJson(r));
        auto n = static_cast<int>(items.size());
        return http::JsonResponse(http::ListEnvelope(std::move(items), n, {1, std::max(n, 1)}));
      });
  router.Add(Method::kGet, "/api/v1/territory/tree",
             {.summary = "Дерево территории: регион → муниципалитеты",
              .tag = "territory",
              .response_schema = http::RefSchema("TerritoryTree")},
             [&service](Request& req) -> Response {
               auto tree = service.Tree(http::ActorOf(req));
               if (!tree) return http::ErrorResponse(tree.error());
               Json regions = Json::array();
               for (const auto& t : *tree) {
                 Json municipalities = Json::array();
                 for (const auto& m : t.municipalities) municipalities.push_back(ToJson(m));
                 regions.push_back({{"id", t.region.id}, {"name", t.region.name}, {"municipalities", municipalities}});
               }
               return http::JsonResponse({{"regions", std::move(regions)}});
             });
  router.Add(Method::kGet, "/api/v1/public/summary",
             {.summary = "Сведения о региональной системе для главной страницы",
              .tag = "public",
              .access = http::Access::kPublic,
              .response_schema = http::RefSchema("PublicSummary")},
             [&service](Request&) -> Response {
               auto s = service.Summary();
               Json region = s.region.id ? Json{{"id", s.region.id}, {"name", s.region.name}} : Json(nullptr);
               return http::JsonResponse(
                   {{"region", region}, {"municipalities", s.municipalities}, {"organisations", s.organisations}});
             });
}

void AddMunicipalityRoutes(http::Router& router, TerritoryService& service) {
  router.Add(Method::kGet, "/api/v1/territory/municipalities",
             {.summary = "Муниципальные образования",
              .tag = "territory",
              .response_schema = http::ListSchema("Municipality"),
              .query = {"region", "q"}},
             [&service](Request& req) -> Response {
               auto region = QueryId(req, "region");
               if (!region) return http::ErrorResponse(region.error());
               auto list = service.Municipalities(http::ActorOf(req), *region, NonEmpty(req.QueryParam("q")));
               if (!list) return http::ErrorResponse(list.error());
               Json items = Json::array();
               for (const auto& m : *list) items.push_back(ToJson(m));
               auto n = static_cast<int>(items.size());
               return http::JsonResponse(http::ListEnvelope(std::move(items), n, {1, std::max(n, 1)}));
             });
  router.Add(Method::kGet, "/api/v1/territory/municipalities/export.xlsx",
             {.summary = "Выгрузка муниципальных образований в Excel",
              .tag = "territory",
              .response_type = http::kXlsxType,
              .query = {"region", "q"}},
             [&service](Request& req) -> Response {
               auto region = QueryId(req, "region");
               if (!region) return http::ErrorResponse(region.error());
               auto sheet = service.ExportMunicipalities(http::ActorOf(req), *region, NonEmpty(req.QueryParam("q")));
               if (!sheet) return http::ErrorResponse(sheet.error());
               return http::Download(office::WriteXlsx({*sheet}), http::kXlsxType, "Муниципальные образования.xlsx");
             });
  router.Add(
      Method::kGet, "/api/v1/territory/municipalities/{id}",
      {.summary = "Муниципальное образование", .tag = "territory", .response_schema = http::RefSchema("Municipality")},
      [&service](Request& req) -> Response {
        auto id = http::PathId(req);
        if (!id) return http::ErrorResponse(id.error());
        return Reply(service.GetMunicipality(http::ActorOf(req), *id));
      });
  router.Add(Method::kPost, "/api/v1/territory/municipalities",
             {.summary = "Добавить муниципальное образование (региональный оператор)",
              .tag = "territory",
              .request_schema = schemas::kMunicipalityInput,
              .response_schema = http::RefSchema("Municipality")},
             [&service](Request& req) -> Response {
               auto draft = ReadMunicipality(req);
               if (!draft) return http::ErrorResponse(draft.error());
               return Reply(service.CreateMunicipality(http::ActorOf(req), std::move(*draft)), 201);
             });
  router.Add(Method::kPut, "/api/v1/territory/municipalities/{id}",
             {.summary = "Изменить муниципальное образование",
              .tag = "territory",
              .request_schema = schemas::kMunicipalityInput,
              .response_schema = http::RefSchema("Municipality")},
             [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto draft = ReadMunicipality(req);
               if (!draft) return http::ErrorResponse(draft.error());
               return Reply(service.UpdateMunicipality(http::ActorOf(req), *id, std::move(*draft)));
             });
}

void AddOrganisationRoutes(http::Router& router, TerritoryService& service, http::PageCache& pages) {
  const std::vector<std::string> filters = {"municipality", "q", "kind", "flag", "sort"};
  auto paged_filters = filters;
  paged_filters.insert(paged_filters.end(), {"page", "size"});
  router.Add(Method::kGet, "/api/v1/organisations",
             {.summary = "Реестр организаций",
              .tag = "territory",
              .response_schema = http::ListSchema("Organisation"),
              .query = paged_filters},
             [&service, &pages](Request& req) -> Response {
               return pages.Serve(req, [&]() -> Response {
                 auto filter = ReadOrganisationFilter(req, true);
                 if (!filter) return http::ErrorResponse(filter.error());
                 // One page per worker thread, refilled in place: its rows' strings are reused, not reallocated.
                 thread_local OrganisationPage page;
                 auto done = service.Organisations(http::ActorOf(req), *filter, page);
                 if (!done) return http::ErrorResponse(done.error());
                 http::JsonWriter w(1024 + page.items.size() * 640);
                 w.BeginObject().Key("items").BeginArray();
                 for (const auto& v : page.items) Write(w, v);
                 w.EndArray()
                     .Key("total")
                     .Int(page.total)
                     .Key("page")
                     .Int(filter->page)
                     .Key("size")
                     .Int(filter->size)
                     .EndObject();
                 return http::JsonText(w.Take());
               });
             });
  router.Add(Method::kGet, "/api/v1/organisations/export.xlsx",
             {.summary = "Выгрузка реестра организаций в Excel",
              .tag = "territory",
              .response_type = http::kXlsxType,
              .query = filters},
             [&service](Request& req) -> Response {
               auto filter = ReadOrganisationFilter(req, false);
               if (!filter) return http::ErrorResponse(filter.error());
               auto sheet = service.ExportOrganisations(http::ActorOf(req), *filter);
               if (!sheet) return http::ErrorResponse(sheet.error());
               return http::Download(office::WriteXlsx({*sheet}), http::kXlsxType, "Организации.xlsx");
             });
  router.Add(Method::kGet, "/api/v1/organisations/import/template.xlsx",
             {.summary = "Шаблон файла для загрузки организаций", .tag = "territory", .response_type = http::kXlsxType},
             [&service](Request&) -> Response {
               return http::Download(office::WriteXlsx({service.ImportTemplate()}), http::kXlsxType,
                                     "Шаблон загрузки организаций.xlsx");
             });
  router.Add(
      Method::kPost, "/api/v1/organisations/import",
      {.summary = "Загрузка организаций из XLSX/CSV: предпросмотр (commit=0) или запись (commit=1), всё или ничего",
       .tag = "territory",
       .request_schema = R"({"type":"string","format":"binary"})",
       .response_schema = http::RefSchema("ImportReport"),
       .query = {"commit"}},
      [&service](Request& req) -> Response {
        auto commit_text = req.QueryParam("commit").value_or("0");
        if (commit_text != "0" && commit_text != "1") {
          return http::ErrorResponse(core::ValidationError("commit", "Параметр commit принимает значения 0 или 1"));
        }
        if (req.body.empty()) return http::ErrorResponse(core::ValidationError("file", "Файл пуст"));
        auto table = office::ReadTable(req.body);
        if (!table) return http::ErrorResponse(table.error());
        auto report = service.ImportOrganisations(http::ActorOf(req), *table, commit_text == "1");
        if (!report) return http::ErrorResponse(report.error());
        Json rows = Json::array();
        for (const auto& r : report->rows) rows.push_back({{"row", r.row}, {"action", r.action}, {"name", r.name}});
        Json errors = Json::array();
        for (const auto& e : report->errors) {
          errors.push_back(
              {{"row", e.row}, {"column", e.column}, {"column_title", e.column_title}, {"message", e.message}});
        }
        return http::JsonResponse({{"committed", report->committed},
                                   {"created", report->created},
                                   {"updated", report->updated},
                                   {"rows", std::move(rows)},
                                   {"errors", std::move(errors)}},
                                  report->errors.empty() ? 200 : 422);
      });
  router.Add(
      Method::kGet, "/api/v1/organisations/{id}",
      {.summary = "Карточка организации", .tag = "territory", .response_schema = http::RefSchema("Organisation")},
      [&service](Request& req) -> Response {
        auto id = http::PathId(req);
        if (!id) return http::ErrorResponse(id.error());
        return Reply(service.GetOrganisation(http::ActorOf(req), *id));
      });
  router.Add(Method::kPost, "/api/v1/organisations",
             {.summary = "Добавить организацию",
              .tag = "territory",
              .request_schema = schemas::kOrganisationInput,
              .response_schema = http::RefSchema("Organisation")},
             [&service](Request& req) -> Response {
               auto draft = ReadOrganisation(req);
               if (!draft) return http::ErrorResponse(draft.error());
               return Reply(service.CreateOrganisation(http::ActorOf(req), std::move(*draft)), 201);
             });
  router.Add(Method::kPut, "/api/v1/organisations/{id}",
             {.summary = "Изменить организацию",
              .tag = "territory",
              .request_schema = schemas::kOrganisationInput,
              .response_schema = http::RefSchema("Organisation")},
             [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto draft = ReadOrganisation(req);
               if (!draft) return http::ErrorResponse(draft.error());
               return Reply(service.UpdateOrganisation(http::ActorOf(req), *id, std::move(*draft)));
             });
  router.Add(Method::kDelete, "/api/v1/organisations/{id}", {.summary = "Удалить организацию", .tag = "territory"},
             [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto done = service.DeleteOrganisation(http::ActorOf(req), *id);
               if (!done) return http::ErrorResponse(done.error());
               return http::NoContent();
             });
}

void AddStructureRoutes(http::Router& router, TerritoryService& service) {
  router.Add(Method::kGet, "/api/v1/structures",
             {.summary = "Методические структуры (уровень и блок модели 003 §App1 3.4)",
              .tag = "territory",
              .response_schema = http::ListSchema("Structure"),
              .query = {"municipality", "level", "block", "page", "size"}},
             [&service](Request& req) -> Response {
               auto paging = http::ReadPaging(req);
               if (!paging) return http::ErrorResponse(paging.error());
               auto f = ReadStructureFilter(req);
               if (!f) return http::ErrorResponse(f.error());
               f->page = paging->page;
               f->size = paging->size;
               auto page = service.Structures(http::ActorOf(req), *f);
               if (!page) return http::ErrorResponse(page.error());
               Json items = Json::array();
               for (const auto& s : page->items) items.push_back(ToJson(s));
               return http::JsonResponse(http::ListEnvelope(std::move(items), page->total, *paging));
             });
  router.Add(Method::kGet, "/api/v1/structures/export.xlsx",
             {.summary = "Выгрузка методических структур в Excel",
              .tag = "territory",
              .response_type = http::kXlsxType,
              .query = {"municipality", "level", "block"}},
             [&service](Request& req) -> Response {
               auto f = ReadStructureFilter(req);
               if (!f) return http::ErrorResponse(f.error());
               auto sheet = service.ExportStructures(http::ActorOf(req), *f);
               if (!sheet) return http::ErrorResponse(sheet.error());
               return http::Download(office::WriteXlsx({*sheet}), http::kXlsxType, "Методические структуры.xlsx");
             });
  router.Add(Method::kGet, "/api/v1/structures/{id}",
             {.summary = "Методическая структура", .tag = "territory", .response_schema = http::RefSchema("Structure")},
             [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               return Reply(service.GetStructure(http::ActorOf(req), *id));
             });
  router.Add(Method::kPost, "/api/v1/structures",
             {.summary = "Добавить методическую структуру",
              .tag = "territory",
              .request_schema = schemas::kStructureInput,
              .response_schema = http::RefSchema("Structure")},
             [&service](Request& req) -> Response {
               auto draft = ReadStructure(req);
               if (!draft) return http::ErrorResponse(draft.error());
               return Reply(service.CreateStructure(http::ActorOf(req), std::move(*draft)), 201);
             });
  router.Add(Method::kPut, "/api/v1/structures/{id}",
             {.summary = "Изменить методическую структуру",
              .tag = "territory",
              .request_schema = schemas::kStructureInput,
              .response_schema = http::RefSchema("Structure")},
             [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto draft = ReadStructure(req);
               if (!draft) return http::ErrorResponse(draft.error());
               return Reply(service.UpdateStructure(http::ActorOf(req), *id, std::move(*draft)));
             });
  router.Add(Method::kDelete, "/api/v1/structures/{id}",
             {.summary = "Удалить методическую структуру", .tag = "territory"}, [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto done = service.DeleteStructure(http::ActorOf(req), *id);
               if (!done) return http::ErrorResponse(done.error());
               return http::NoContent();
             });
}

}  // namespace

void AddRoutes(http::Router& router, TerritoryService& service, http::PageCache& pages) {
  router.AddSchema("CatalogueItem", schemas::kCatalogueItem);
  router.AddSchema("Catalogue", schemas::kCatalogue);
  router.AddSchema("Region", schemas::kRegion);
  router.AddSchema("Municipality", schemas::kMunicipality);
  router.AddSchema("TerritoryTree", schemas::kTree);
  router.AddSchema("Organisation", schemas::kOrganisation);
  router.AddSchema("ImportReport", schemas::kImportReport);
  router.AddSchema("Structure", schemas::kStructure);
  router.AddSchema("PublicSummary", schemas::kPublicSummary);
  AddCatalogueAndRegionRoutes(router, service);
  AddMunicipalityRoutes(router, service);
  AddOrganisationRoutes(router, service, pages);
  AddStructureRoutes(router, service);
}

}  // namespace metodset::territory
