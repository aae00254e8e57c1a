#include "modules/monitoring/http/routes.hpp"

#include <cctype>

#include "modules/monitoring/reports/monitoring_reports.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/reply.hpp"
#include "platform/http/request_context.hpp"

namespace metodset::monitoring {
namespace {

using http::Json;
using http::Method;
using http::Request;
using http::Response;

template <typename T>
Json Nullable(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

std::string_view StatusText(FormStatus s) { return Code(s); }

Json CatalogSummary(const Catalog& c) {
  return {{"id", c.id},
          {"code", c.code},
          {"version", c.version},
          {"title", c.title},
          {"region_id", Nullable(c.region_id)},
          {"based_on_id", Nullable(c.based_on_id)},
          {"criteria_count", c.criteria.size()},
          {"indicator_count", c.IndicatorCount()},
          {"max_score", c.MaxScore()},
          {"created_at", c.created_at}};
}

Json IndicatorJson(const Indicator& i) {
  return {{"id", i.id},       {"number", i.number}, {"area", i.area},
          {"title", i.title}, {"points", i.points}, {"additional", i.additional}};
}

Json CatalogJson(const Catalog& c) {
  Json j = CatalogSummary(c);
  Json criteria = Json::array();
  for (const auto& cr : c.criteria) {
    Json items = Json::array();
    for (const auto& i : cr.indicators) items.push_back(IndicatorJson(i));
    criteria.push_back(
        {{"number", cr.number}, {"title", cr.title}, {"max_score", cr.MaxScore()}, {"indicators", items}});
  }
  j["criteria"] = criteria;
  return j;
}

Json CampaignJson(const CampaignView& v) {
  const auto& c = v.campaign;
  return {
      {"id", c.id},
      {"region_id", c.region_id},
      {"year", c.year},
      {"catalog_id", c.catalog_id},
      {"catalog",
       {{"id", c.catalog_id}, {"code", v.catalog_code}, {"version", v.catalog_version}, {"title", v.catalog_title}}},
      {"catalog_title", v.catalog_title},
      {"catalog_version", v.catalog_version},
      {"opens_on", c.opens_on.Iso()},
      {"closes_on", c.closes_on.Iso()},
      {"status", c.status},
      {"closed_at", Nullable(c.closed_at)},
      {"forms_total", v.forms_total},
      {"forms_submitted", v.forms_submitted},
      {"forms_accepted", v.forms_accepted},
      {"overdue", v.overdue}};
}

Json FormSummaryJson(const FormSummaryView& s) {
  return {{"id", s.form.id},
          {"campaign_id", s.form.campaign_id},
          {"municipality_id", s.form.municipality_id},
          {"municipality_name", s.form.municipality_name},
          {"status", StatusText(s.status)},
          {"answered", s.answered},
          {"draft", s.drafts},
          {"submitted", s.submitted},
          {"accepted", s.accepted},
          {"returned", s.returned},
          {"indicator_count", s.indicator_count},
          {"score", s.score},
          {"claimed", s.claimed},
          {"submitted_at", Nullable(s.form.submitted_at)},
          {"reminded_at", Nullable(s.form.reminded_at)}};
}

Json EvidenceJson(const Evidence& e) {
  Json j = {{"kind", e.kind}, {"title", e.title}};
  if (e.document_id) j["document_id"] = *e.document_id;
  if (e.attachment_id) j["attachment_id"] = *e.attachment_id;
  if (e.kind == "file") j["file_name"] = e.title;
  if (!e.url.empty()) j["url"] = e.url;
  if (!e.object_type.empty()) j["object_type"] = e.object_type;
  if (e.object_id) j["object_id"] = *e.object_id;
  return j;
}

Json AnswerJson(const FormView& f, std::size_t k, const Indicator& i) {
  const auto& a = f.answers[k];
  bool editable = f.can_edit && CheckEditable(a.state, i.number).ok();
  Json proposals = Json::array();
  for (const auto& p : f.proposals[k])
    proposals.push_back({{"source", p.source}, {"title", p.title}, {"evidence", EvidenceJson(p.evidence)}});
  return {{"indicator_id", i.id},
          {"number", i.number},
          {"area", i.area},
          {"title", i.title},
          {"points", i.points},
          {"additional", i.additional},
          {"state", Code(a.state)},
          {"met", Nullable(a.met)},
          {"comment", a.comment},
          {"evidence", a.evidence ? EvidenceJson(*a.evidence) : Json(nullptr)},
          {"review_message", Nullable(a.review_message)},
          {"corrected", a.corrected},
          {"editable", editable},
          {"can_edit", editable},
          {"can_review", f.can_review && a.state == AnswerState::kSubmitted},
          {"score", k < f.score.points.size() ? f.score.points[k] : 0},
          {"updated_at", a.updated_at.empty() ? Json(nullptr) : Json(a.updated_at)},
          {"proposals", proposals}};
}

Json FormJson(const FormView& f) {
  Json j = FormSummaryJson(f.summary);
  const auto& c = f.campaign;
  j["campaign"] = {{"id", c.id},
                   {"year", c.year},
                   {"status", c.status},
                   {"opens_on", c.opens_on.Iso()},
                   {"closes_on", c.closes_on.Iso()}};
  j["municipality"] = {{"id", f.summary.form.municipality_id}, {"name", f.summary.form.municipality_name}};
  j["year"] = c.year;
  j["campaign_status"] = c.status;
  j["opens_on"] = c.opens_on.Iso();
  j["closes_on"] = c.closes_on.Iso();
  j["can_edit"] = f.can_edit;
  j["editable"] = f.can_edit;
  j["can_review"] = f.can_review;
  j["max_score"] = f.catalog->MaxScore();
  j["score"] = f.score.total;
  Json criteria = Json::array();
  std::size_t k = 0;
  for (std::size_t c_i = 0; c_i < f.catalog->criteria.size(); ++c_i) {
    const auto& cr = f.catalog->criteria[c_i];
    Json items = Json::array();
    for (const auto& i : cr.indicators) items.push_back(AnswerJson(f, k++, i));
    criteria.push_back({{"number", cr.number},
                        {"title", cr.title},
                        {"score", f.score.by_criterion[c_i]},
                        {"max_score", cr.MaxScore()},
                        {"indicators", items}});
  }
  j["criteria"] = criteria;
  return j;
}

// The answer just saved or reviewed, out of the whole form.
Json AnswerOf(const FormView& f, const std::string& number) {
  std::size_t k = 0;
  for (const auto& cr : f.catalog->criteria)
    for (const auto& i : cr.indicators) {
      if (i.number == number) {
        Json j = AnswerJson(f, k, i);
        j["form"] = FormSummaryJson(f.summary);
        j["form"]["score"] = f.score.total;
        return j;
      }
      ++k;
    }
  return nullptr;
}

std::vector<const Indicator*> Flat(const Catalog& catalog) {
  std::vector<const Indicator*> out;
  for (const auto& c : catalog.criteria)
    for (const auto& i : c.indicators) out.push_back(&i);
  return out;
}

Json ResultsJson(const ResultsView& v) {
  const auto& catalog = *v.catalog;
  auto flat = Flat(catalog);
  Json criteria = Json::array();
  for (const auto& c : catalog.criteria)
    criteria.push_back({{"number", c.number}, {"title", c.title}, {"max_score", c.MaxScore()}, {"max", c.MaxScore()}});
  Json rows = Json::array();
  for (const auto& r : v.rows) {
    Json by = Json::array();
    for (std::size_t k = 0; k < catalog.criteria.size(); ++k)
      by.push_back({{"number", catalog.criteria[k].number},
                    {"score", r.score.by_criterion[k]},
                    {"max_score", catalog.criteria[k].MaxScore()},
                    {"max", catalog.criteria[k].MaxScore()}});
    Json deficits = Json::array();
    for (int k : r.score.deficits)
      deficits.push_back({{"number", flat[k]->number}, {"indicator", flat[k]->number}, {"title", flat[k]->title}});
    rows.push_back({{"form_id", r.form.id},
                    {"municipality_id", r.form.municipality_id},
                    {"municipality_name", r.form.municipality_name},
                    {"rank", r.rank},
                    {"total", r.score.total},
                    {"max", catalog.MaxScore()},
                    {"claimed", r.score.claimed},
                    {"status", StatusText(r.status)},
                    {"criteria", by},
                    {"deficits", deficits}});
  }
  return {{"campaign", CampaignJson(v.campaign)},
          {"final", v.campaign.campaign.closed()},
          {"max_score", catalog.MaxScore()},
          {"criteria", criteria},
          {"rows", rows},
          {"of", v.of},
          {"region", {{"average", v.average}, {"median", v.median}, {"max", v.max}, {"min", v.min}}}};
}

Json RecommendationJson(const RecommendationRecord& r) {
  return {{"id", r.id},
          {"form_id", r.form_id},
          {"indicator", r.indicator_number},
          {"indicator_number", r.indicator_number},
          {"indicator_title", r.indicator_title},
          {"text", r.text},
          {"status", r.status},
          {"status_note", r.status_note},
          {"updated_at", r.updated_at}};
}

core::Result<std::optional<core::Date>> DateField(const Json& body, const char* field) {
  auto text = http::OptionalString(body, field, field);
  if (!text) return text.error();
  if (!*text) return std::optional<core::Date>{};
  auto d = core::ParseIsoDate(**text);
  if (!d) return core::ValidationError(field, "Дата в формате ГГГГ-ММ-ДД");
  return std::optional<core::Date>(*d);
}

core::Result<std::optional<std::int64_t>> QueryInt(const Request& req, const char* name) {
  auto text = req.QueryParam(name);
  if (!text || text->empty()) return std::optional<std::int64_t>{};
  auto id = http::ParseId(*text, name);
  if (!id) return id.error();
  return std::optional<std::int64_t>(*id);
}

// `X-File-Name` is percent-encoded UTF-8 (as for the documents' attachments).
std::string DecodeFileName(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

core::Result<Catalog> CatalogFromBody(const Json& body) {
  Catalog c;
  if (body.contains("title") && body["title"].is_string()) c.title = body["title"].get<std::string>();
  if (!body.contains("criteria") || body["criteria"].is_null()) return c;
  if (!body["criteria"].is_array()) return core::ValidationError("criteria", "Критерии — список");
  for (std::size_t k = 0; k < body["criteria"].size(); ++k) {
    const auto& jc = body["criteria"][k];
    std::string at = "criteria[" + std::to_string(k) + "]";
    if (!jc.is_object()) return core::ValidationError(at, "Критерий — объект");
    Criterion cr;
    cr.number = jc.value("number", 0);
    cr.title = jc.value("title", "");
    if (!jc.contains("indicators") || !jc["indicators"].is_array())
      return core::ValidationError(at + ".indicators", "Показатели — список");
    for (std::size_t i = 0; i < jc["indicators"].size(); ++i) {
      const auto& ji = jc["indicators"][i];
      std::string f = at + ".indicators[" + std::to_string(i) + "]";
      if (!ji.is_object()) return core::ValidationError(f, "Показатель — объект");
      Indicator ind;
      try {
        ind.number = ji.value("number", "");
        ind.area = ji.value("area", "");
        ind.title = ji.value("title", "");
        ind.points = ji.value("points", 1);
        ind.additional = ji.value("additional", false);
      } catch (const std::exception&) {
        return core::ValidationError(f, "Неверный тип поля показателя");
      }
      cr.indicators.push_back(std::move(ind));
    }
    c.criteria.push_back(std::move(cr));
  }
  return c;
}

constexpr const char* kObject = R"({"type":"object"})";
constexpr const char* kCatalogInput = R"({"type":"object","properties":{"title":{"type":"string"},"criteria":{
"type":"array","items":{"type":"object","required":["number","title","indicators"],"properties":{"number":{
"type":"integer"},"title":{"type":"string"},"indicators":{"type":"array","items":{"type":"object","required":[
"number","title","points"],"properties":{"number":{"type":"string"},"area":{"type":"string"},"title":{"type":
"string"},"points":{"type":"integer"},"additional":{"type":"boolean"}}}}}}}}})";
constexpr const char* kCampaignInput = R"({"type":"object","required":["year"],"properties":{"year":{"type":
"integer"},"region_id":{"type":"integer"},"catalog_id":{"type":"integer"},"opens_on":{"type":"string","format":
"date"},"closes_on":{"type":"string","format":"date"},"municipality_ids":{"type":"array","items":{"type":
"integer"}}}})";
constexpr const char* kWindowInput = R"({"type":"object","required":["opens_on","closes_on"],"properties":{
"opens_on":{"type":"string","format":"date"},"closes_on":{"type":"string","format":"date"}}})";
constexpr const char* kAnswerInput = R"({"type":"object","required":["met"],"properties":{"met":{"type":"boolean"},
"comment":{"type":"string"},"evidence":{"type":"object","nullable":true,"properties":{"kind":{"type":"string",
"enum":["document","file","link","object"]},"document_id":{"type":"integer"},"attachment_id":{"type":"integer"},
"url":{"type":"string"},"title":{"type":"string"},"object_type":{"type":"string"},"object_id":{"type":
"integer"}}}}})";
constexpr const char* kReturnInput = R"({"type":"object","required":["message"],"properties":{"message":{"type":
"string"}}})";
constexpr const char* kRecommendationInput = R"({"type":"object","properties":{"text":{"type":"string"},"status":{
"type":"string","enum":["new","in_progress","done"]},"status_note":{"type":"string"}}})";
constexpr const char* kTextInput = R"({"type":"object","required":["text"],"properties":{"text":{"type":"string"}}})";

std::optional<int> YearOf(const std::optional<std::int64_t>& year) {
  return year ? std::optional<int>(static_cast<int>(*year)) : std::nullopt;
}

core::Result<MonitoringService::OpenInput> OpenInputFromBody(const Json& body) {
  MonitoringService::OpenInput in;
  auto year = http::RequiredInt(body, "year", "Год");
  if (!year) return year.error();
  in.year = static_cast<int>(*year);
  auto region = http::OptionalInt(body, "region_id", "Регион");
  if (!region) return region.error();
  in.region_id = *region;
  auto catalog = http::OptionalInt(body, "catalog_id", "Каталог");
  if (!catalog) return catalog.error();
  in.catalog_id = *catalog;
  auto opens = DateField(body, "opens_on");
  if (!opens) return opens.error();
  in.opens_on = *opens;
  auto closes = DateField(body, "closes_on");
  if (!closes) return closes.error();
  in.closes_on = *closes;
  if (body.contains("municipality_ids") && !body["municipality_ids"].is_null()) {
    const auto& ids = body["municipality_ids"];
    if (!ids.is_array()) return core::ValidationError("municipality_ids", "Список муниципальных образований");
    std::vector<std::int64_t> list;
    for (std::size_t k = 0; k < ids.size(); ++k) {
      if (!ids[k].is_number_integer()) {
        return core::ValidationError("municipality_ids[" + std::to_string(k) + "]",
                                     "Номер муниципального образования — целое число");
      }
      list.push_back(ids[k].get<std::int64_t>());
    }
    in.municipality_ids = std::move(list);
  }
  return in;
}

core::Result<AnswerInput> AnswerInputFromBody(const Json& body) {
  AnswerInput in;
  if (!body.contains("met") || !body["met"].is_boolean())
    return core::ValidationError("met", "Укажите, подтверждён ли показатель (true или false)");
  in.met = body["met"].get<bool>();
  auto comment = http::OptionalString(body, "comment", "Комментарий");
  if (!comment) return comment.error();
  in.comment = comment->value_or("");
  if (body.contains("evidence") && !body["evidence"].is_null()) {
    const auto& e = body["evidence"];
    if (!e.is_object()) return core::ValidationError("evidence", "Подтверждение — объект");
    Evidence ev;
    auto kind = http::RequiredString(e, "kind", "Вид подтверждения");
    if (!kind) return core::ValidationError("evidence.kind", "Укажите вид подтверждения");
    ev.kind = *kind;
    for (auto [name, to] : {std::pair{"document_id", &ev.document_id}, std::pair{"attachment_id", &ev.attachment_id},
                            std::pair{"object_id", &ev.object_id}}) {
      auto v = http::OptionalInt(e, name, name);
      if (!v) return core::ValidationError(std::string("evidence.") + name, "Ожидается целое число");
      *to = *v;
    }
    for (auto [name, to] :
         {std::pair{"url", &ev.url}, std::pair{"title", &ev.title}, std::pair{"object_type", &ev.object_type}}) {
      auto v = http::OptionalString(e, name, name);
      if (!v) return core::ValidationError(std::string("evidence.") + name, "Ожидается строка");
      *to = v->value_or("");
    }
    in.evidence = std::move(ev);
  }
  return in;
}

// The answer to indicator `number` of the form a use case returns.
auto AnswerAt(std::string number) {
  return [number = std::move(number)](const FormView& f) { return AnswerOf(f, number); };
}

Json LibraryItemJson(const MonitoringService::LibraryItem& i) {
  return {{"indicator", i.number},
          {"indicator_number", i.number},
          {"title", i.title},
          {"text", i.text},
          {"custom", i.custom}};
}

Json TargetsJson(const TargetsView& v) {
  Json items = http::JsonArray(v.rows, [](const TargetRow& r) {
    return Json{{"code", r.target.code},
                {"title", r.target.title},
                {"target_percent", r.target.target},
                {"actual_percent", Nullable(r.value.actual)},
                {"numerator", r.value.numerator},
                {"denominator", r.value.denominator},
                {"met", Nullable(r.value.met)},
                {"source", r.target.source == TargetSource::kMentoring ? "mentoring" : "campaign"},
                {"indicators", r.target.indicators}};
  });
  return {{"year", v.year}, {"region_id", v.region_id}, {"campaign_id", Nullable(v.campaign_id)}, {"items", items}};
}

}  // namespace

std::string CatalogContractJson(const Catalog& catalog) {
  using Ordered = nlohmann::ordered_json;
  Ordered criteria = Ordered::array();
  for (const auto& c : catalog.criteria) {
    Ordered items = Ordered::array();
    for (const auto& i : c.indicators) {
      Ordered item;
      item["number"] = i.number;
      item["title"] = i.title;
      item["points"] = i.points;
      item["area"] = i.area;
      item["additional"] = i.additional;
      items.push_back(std::move(item));
    }
    Ordered criterion;
    criterion["number"] = c.number;
    criterion["title"] = c.title;
    criterion["indicators"] = std::move(items);
    criterion["max_score"] = c.MaxScore();
    criteria.push_back(std::move(criterion));
  }
  Ordered j;
  j["criteria"] = std::move(criteria);
  j["preset"] = catalog.code;
  j["title"] = catalog.title;
  j["max_score"] = catalog.MaxScore();
  return j.dump(2);
}

void AddRoutes(http::Router& router, MonitoringService& service, const core::Clock& clock) {
  router.AddSchema("MonitoringCatalog", kObject);
  router.AddSchema("MonitoringCatalogInput", kCatalogInput);
  router.AddSchema("MonitoringCampaign", kObject);
  router.AddSchema("MonitoringCampaignInput", kCampaignInput);
  router.AddSchema("MonitoringWindowInput", kWindowInput);
  router.AddSchema("MonitoringForm", kObject);
  router.AddSchema("MonitoringAnswer", kObject);
  router.AddSchema("MonitoringAnswerInput", kAnswerInput);
  router.AddSchema("MonitoringReturnInput", kReturnInput);
  router.AddSchema("MonitoringResults", kObject);
  router.AddSchema("MonitoringRecommendation", kObject);
  router.AddSchema("MonitoringRecommendationInput", kRecommendationInput);
  router.AddSchema("MonitoringTextInput", kTextInput);
  const std::string tag = "monitoring";

  router.Add(Method::kGet, "/api/v1/monitoring/catalogs",
             {.summary = "Каталоги показателей мониторинга ММС (003 §App6) и их версии",
              .tag = tag,
              .response_schema = kObject},
             [&service](Request& req) -> Response {
               return http::ReplyItems(service.Catalogs(http::ActorOf(req)), CatalogSummary);
             });
  router.Add(Method::kGet, "/api/v1/monitoring/catalogs/{id}",
             {.summary = "Каталог: критерии и показатели с баллами",
              .tag = tag,
              .response_schema = http::RefSchema("MonitoringCatalog")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::Reply(service.GetCatalog(http::ActorOf(req), id), CatalogJson);
               });
             });
  router.Add(Method::kGet, "/api/v1/monitoring/catalogs/{id}/versions",
             {.summary = "Все версии каталога", .tag = tag, .response_schema = kObject},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::ReplyItems(service.Versions(http::ActorOf(req), id), CatalogSummary);
               });
             });
  router.Add(Method::kPost, "/api/v1/monitoring/catalogs/{id}/versions",
             {.summary = "Новая версия каталога (прошлые мониторинги сохраняют свою)",
              .tag = tag,
              .request_schema = http::RefSchema("MonitoringCatalogInput"),
              .response_schema = http::RefSchema("MonitoringCatalog"),
              .status = 201},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::WithJsonObject(req, [&](const Json& body) {
                   auto draft = CatalogFromBody(body);
                   if (!draft) return http::ErrorResponse(draft.error());
                   return http::Reply(service.NewVersion(http::ActorOf(req), id, std::move(*draft)), CatalogJson, 201);
                 });
               });
             });

  router.Add(Method::kGet, "/api/v1/monitoring/campaigns",
             {.summary = "Мониторинги (кампании) по годам", .tag = tag, .response_schema = kObject, .query = {"year"}},
             [&service](Request& req) -> Response {
               auto year = QueryInt(req, "year");
               if (!year) return http::ErrorResponse(year.error());
               return http::ReplyItems(service.Campaigns(http::ActorOf(req), YearOf(*year)), CampaignJson);
             });
  router.Add(Method::kPost, "/api/v1/monitoring/campaigns",
             {.summary = "Открыть мониторинг за год (по умолчанию сбор в июне, 003 §App6 8)",
              .tag = tag,
              .request_schema = http::RefSchema("MonitoringCampaignInput"),
              .response_schema = http::RefSchema("MonitoringCampaign"),
              .status = 201},
             [&service](Request& req) -> Response {
               return http::WithJsonObject(req, [&](const Json& body) {
                 auto in = OpenInputFromBody(body);
                 if (!in) return http::ErrorResponse(in.error());
                 return http::Reply(service.Open(http::ActorOf(req), std::move(*in)), CampaignJson, 201);
               });
             });
  router.Add(Method::kGet, "/api/v1/monitoring/campaigns/{id}",
             {.summary = "Мониторинг: сроки, каталог, формы муниципальных образований",
              .tag = tag,
              .response_schema = http::RefSchema("MonitoringCampaign")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 auto actor = http::ActorOf(req);
                 auto c = service.GetCampaign(actor, id);
                 if (!c) return http::ErrorResponse(c.error());
                 return http::Reply(service.Forms(actor, id), [&](const std::vector<FormSummaryView>& forms) {
                   Json j = CampaignJson(*c);
                   j["forms"] = http::JsonArray(forms, FormSummaryJson);
                   return j;
                 });
               });
             });
  router.Add(Method::kPut, "/api/v1/monitoring/campaigns/{id}",
             {.summary = "Изменить сроки сбора сведений",
              .tag = tag,
              .request_schema = http::RefSchema("MonitoringWindowInput"),
              .response_schema = http::RefSchema("MonitoringCampaign")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::WithJsonObject(req, [&](const Json& body) {
                   auto opens = DateField(body, "opens_on");
                   if (!opens) return http::ErrorResponse(opens.error());
                   auto closes = DateField(body, "closes_on");
                   if (!closes) return http::ErrorResponse(closes.error());
                   if (!*opens)
                     return http::ErrorResponse(core::ValidationError("opens_on", "Укажите начало сбора сведений"));
                   if (!*closes) {
                     return http::ErrorResponse(
                         core::ValidationError("closes_on", "Укажите срок окончания сбора сведений"));
                   }
                   return http::Reply(service.ChangeWindow(http::ActorOf(req), id, {**opens, **closes}), CampaignJson);
                 });
               });
             });
  router.Add(Method::kPost, "/api/v1/monitoring/campaigns/{id}/remind",
             {.summary = "Напомнить о сроке муниципальным образованиям, не отправившим форму",
              .tag = tag,
              .response_schema = kObject},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::Reply(service.Remind(http::ActorOf(req), id), [](const std::vector<FormRecord>& list) {
                   return Json{{"reminded", http::JsonArray(list, [](const FormRecord& f) {
                                  return Json{{"form_id", f.id},
                                              {"municipality_id", f.municipality_id},
                                              {"municipality_name", f.municipality_name}};
                                })}};
                 });
               });
             });
  router.Add(Method::kPost, "/api/v1/monitoring/campaigns/{id}/close",
             {.summary = "Закрыть мониторинг: результаты фиксируются, формируются рекомендации",
              .tag = tag,
              .response_schema = http::RefSchema("MonitoringCampaign")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::Reply(service.Close(http::ActorOf(req), id), CampaignJson);
               });
             });
  router.Add(Method::kGet, "/api/v1/monitoring/campaigns/{id}/forms",
             {.summary = "Формы мониторинга (координатор видит только свою)", .tag = tag, .response_schema = kObject},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::ReplyItems(service.Forms(http::ActorOf(req), id), FormSummaryJson);
               });
             });
  router.Add(Method::kGet, "/api/v1/monitoring/campaigns/{id}/results",
             {.summary = "Баллы по критериям, итог, рейтинг и дефициты муниципальных образований",
              .tag = tag,
              .response_schema = http::RefSchema("MonitoringResults")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::Reply(service.Results(http::ActorOf(req), id), ResultsJson);
               });
             });
  router.Add(Method::kGet, "/api/v1/monitoring/campaigns/{id}/report.xlsx",
             {.summary = "Полная таблица баллов (XLSX)", .tag = tag, .response_type = http::kXlsxType},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 auto r = service.ReportData(http::ActorOf(req), id, "XLSX");
                 if (!r) return http::ErrorResponse(r.error());
                 return http::Download(ScoreTableXlsx(*r), http::kXlsxType,
                                       "Мониторинг ММС " + std::to_string(r->campaign.campaign.year) + ".xlsx");
               });
             });
  router.Add(Method::kGet, "/api/v1/monitoring/campaigns/{id}/report.docx",
             {.summary = "Аналитический отчёт по региону (DOCX)", .tag = tag, .response_type = http::kDocxType},
             [&service, &clock](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 auto r = service.ReportData(http::ActorOf(req), id, "DOCX");
                 if (!r) return http::ErrorResponse(r.error());
                 auto docx = RegionReportDocx(*r, clock.Today());
                 if (!docx) return http::ErrorResponse(docx.error());
                 return http::Download(
                     std::move(*docx), http::kDocxType,
                     "Аналитический отчёт мониторинга ММС " + std::to_string(r->campaign.campaign.year) + ".docx");
               });
             });

  router.Add(Method::kGet, "/api/v1/monitoring/forms/{id}",
             {.summary = "Форма мониторинга муниципального образования: показатели, подтверждения, проверка",
              .tag = tag,
              .response_schema = http::RefSchema("MonitoringForm")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::Reply(service.GetForm(http::ActorOf(req), id), FormJson);
               });
             });
  router.Add(Method::kPut, "/api/v1/monitoring/forms/{id}/answers/{indicator}",
             {.summary = "Сохранить ответ по показателю (черновик)",
              .tag = tag,
              .request_schema = http::RefSchema("MonitoringAnswerInput"),
              .response_schema = http::RefSchema("MonitoringAnswer")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::WithJsonObject(req, [&](const Json& body) {
                   auto in = AnswerInputFromBody(body);
                   if (!in) return http::ErrorResponse(in.error());
                   std::string number = req.Param("indicator");
                   return http::Reply(service.SaveAnswer(http::ActorOf(req), id, number, std::move(*in)),
                                      AnswerAt(number));
                 });
               });
             });
  router.Add(Method::kPost, "/api/v1/monitoring/forms/{id}/answers/{indicator}/file",
             {.summary = "Приложить файл-подтверждение (тело — файл, имя — в заголовке X-File-Name)",
              .tag = tag,
              .request_schema = R"({"type":"string","format":"binary"})",
              .response_schema = http::RefSchema("MonitoringAnswer")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 documents::Upload upload{DecodeFileName(req.Header("x-file-name").value_or("")),
                                          req.Header("content-type").value_or("application/octet-stream"),
                                          std::move(req.body)};
                 std::string number = req.Param("indicator");
                 return http::Reply(service.UploadEvidence(http::ActorOf(req), id, number, std::move(upload)),
                                    AnswerAt(number));
               });
             });
  router.Add(
      Method::kGet, "/api/v1/monitoring/forms/{id}/answers/{indicator}/file",
      {.summary = "Скачать файл-подтверждение показателя", .tag = tag, .response_type = "application/octet-stream"},
      [&service](Request& req) -> Response {
        return http::WithPathId(req, [&](std::int64_t id) {
          auto file = service.EvidenceFile(http::ActorOf(req), id, req.Param("indicator"));
          if (!file) return http::ErrorResponse(file.error());
          auto response = http::Download("", file->attachment.content_type, file->attachment.file_name);
          response.file_path = file->path.string();
          return response;
        });
      });
  router.Add(Method::kPost, "/api/v1/monitoring/forms/{id}/submit",
             {.summary = "Отправить форму на проверку (черновики и возвращённые показатели)",
              .tag = tag,
              .response_schema = http::RefSchema("MonitoringForm")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::Reply(service.Submit(http::ActorOf(req), id), FormJson);
               });
             });
  router.Add(Method::kPost, "/api/v1/monitoring/forms/{id}/answers/{indicator}/accept",
             {.summary = "Принять показатель", .tag = tag, .response_schema = http::RefSchema("MonitoringAnswer")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 std::string number = req.Param("indicator");
                 return http::Reply(service.Accept(http::ActorOf(req), id, number), AnswerAt(number));
               });
             });
  router.Add(Method::kPost, "/api/v1/monitoring/forms/{id}/answers/{indicator}/return",
             {.summary = "Вернуть показатель на доработку с сообщением (открывается только он)",
              .tag = tag,
              .request_schema = http::RefSchema("MonitoringReturnInput"),
              .response_schema = http::RefSchema("MonitoringAnswer")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::WithJsonObject(req, [&](const Json& body) {
                   auto message = http::OptionalString(body, "message", "Сообщение");
                   if (!message) return http::ErrorResponse(message.error());
                   std::string number = req.Param("indicator");
                   return http::Reply(service.Return(http::ActorOf(req), id, number, message->value_or("")),
                                      AnswerAt(number));
                 });
               });
             });
  router.Add(Method::kPost, "/api/v1/monitoring/forms/{id}/accept-all",
             {.summary = "Принять все показатели, ожидающие проверки",
              .tag = tag,
              .response_schema = http::RefSchema("MonitoringForm")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::Reply(service.AcceptAll(http::ActorOf(req), id), FormJson);
               });
             });
  router.Add(Method::kGet, "/api/v1/monitoring/forms/{id}/recommendations",
             {.summary = "Адресные рекомендации муниципальному образованию по дефицитам",
              .tag = tag,
              .response_schema = kObject},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::ReplyItems(service.Recommendations(http::ActorOf(req), id), RecommendationJson);
               });
             });
  router.Add(Method::kPut, "/api/v1/monitoring/forms/{id}/recommendations/{rec_id}",
             {.summary = "Изменить рекомендацию (оператор — текст; координатор — отметку об исполнении)",
              .tag = tag,
              .request_schema = http::RefSchema("MonitoringRecommendationInput"),
              .response_schema = http::RefSchema("MonitoringRecommendation")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::WithPathId(
                     req,
                     [&](std::int64_t rec) {
                       return http::WithJsonObject(req, [&](const Json& body) {
                         RecommendationInput in;
                         for (auto [name, to] : {std::pair{"text", &in.text}, std::pair{"status", &in.status},
                                                 std::pair{"status_note", &in.status_note}}) {
                           auto v = http::OptionalString(body, name, name);
                           if (!v) return http::ErrorResponse(v.error());
                           *to = *v;
                         }
                         return http::Reply(service.UpdateRecommendation(http::ActorOf(req), id, rec, std::move(in)),
                                            RecommendationJson);
                       });
                     },
                     "rec_id");
               });
             });
  router.Add(Method::kGet, "/api/v1/monitoring/forms/{id}/report.docx",
             {.summary = "Отчёт муниципального образования с рекомендациями (DOCX)",
              .tag = tag,
              .response_type = http::kDocxType},
             [&service, &clock](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 auto actor = http::ActorOf(req);
                 auto report = service.MunicipalityReportData(actor, id);
                 if (!report) return http::ErrorResponse(report.error());
                 auto results = service.Results(actor, report->form.campaign.id);
                 std::string region = results ? results->region_name : "";
                 auto docx = MunicipalityReportDocx(*report, region, clock.Today());
                 if (!docx) return http::ErrorResponse(docx.error());
                 return http::Download(std::move(*docx), http::kDocxType,
                                       "Мониторинг ММС " + std::to_string(report->form.campaign.year) + " — " +
                                           report->form.summary.form.municipality_name + ".docx");
               });
             });

  router.Add(Method::kGet, "/api/v1/monitoring/recommendation-library",
             {.summary = "Библиотека текстов рекомендаций по показателям",
              .tag = tag,
              .response_schema = kObject,
              .query = {"catalog_id"}},
             [&service](Request& req) -> Response {
               auto catalog = QueryInt(req, "catalog_id");
               if (!catalog) return http::ErrorResponse(catalog.error());
               return http::ReplyItems(service.Library(http::ActorOf(req), *catalog), LibraryItemJson);
             });
  router.Add(Method::kPut, "/api/v1/monitoring/recommendation-library/{catalog_id}/{indicator}",
             {.summary = "Изменить текст рекомендации по показателю",
              .tag = tag,
              .request_schema = http::RefSchema("MonitoringTextInput"),
              .response_schema = kObject},
             [&service](Request& req) -> Response {
               return http::WithPathId(
                   req,
                   [&](std::int64_t catalog) {
                     return http::WithJsonObject(req, [&](const Json& body) {
                       auto text = http::OptionalString(body, "text", "Текст");
                       if (!text) return http::ErrorResponse(text.error());
                       return http::Reply(service.PutLibrary(http::ActorOf(req), catalog, req.Param("indicator"),
                                                             text->value_or("")),
                                          LibraryItemJson);
                     });
                   },
                   "catalog_id");
             });
  router.Add(Method::kGet, "/api/v1/monitoring/dynamics",
             {.summary = "Динамика баллов по годам (муниципальное образование или регион)",
              .tag = tag,
              .response_schema = kObject,
              .query = {"municipality", "region"}},
             [&service](Request& req) -> Response {
               auto municipality = QueryInt(req, "municipality");
               if (!municipality) return http::ErrorResponse(municipality.error());
               auto region = QueryInt(req, "region");
               if (!region) return http::ErrorResponse(region.error());
               return http::Reply(
                   service.Dynamics(http::ActorOf(req), *municipality, *region),
                   [&](const std::vector<DynamicsPoint>& points) {
                     Json years = http::JsonArray(points, [](const DynamicsPoint& p) {
                       return Json{{"year", p.year},
                                   {"campaign_id", p.campaign_id},
                                   {"total", Nullable(p.total)},
                                   {"rank", Nullable(p.rank)},
                                   {"of", p.of},
                                   {"max", p.max_score},
                                   {"max_score", p.max_score},
                                   {"region_average", p.region_average},
                                   {"average", p.region_average}};
                     });
                     Json j = {{"years", years}, {"items", years}};
                     j["municipality_id"] = Nullable(*municipality);
                     j["region_id"] = Nullable(*region);
                     return j;
                   });
             });
  router.Add(Method::kGet, "/api/v1/monitoring/targets",
             {.summary = "Целевые показатели программы (003 §App1 4, паспорт §App7): цель и факт по году",
              .tag = tag,
              .response_schema = kObject,
              .query = {"year", "region"}},
             [&service](Request& req) -> Response {
               auto year = QueryInt(req, "year");
               if (!year) return http::ErrorResponse(year.error());
               auto region = QueryInt(req, "region");
               if (!region) return http::ErrorResponse(region.error());
               return http::Reply(service.Targets(http::ActorOf(req), YearOf(*year), *region), TargetsJson);
             });
}

}  // namespace metodset::monitoring
