#include "modules/pool/http/routes.hpp"

#include <algorithm>

#include "modules/pool/domain/declared_candidate.hpp"
#include "modules/pool/storage/profile_json.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/request_context.hpp"

namespace metodset::pool {
namespace {

using http::Json;
using http::Method;
using http::Request;
using http::Response;

template <typename T>
Json Nullable(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}
Json Nullable(const std::optional<core::Date>& v) { return v ? Json(v->Iso()) : Json(nullptr); }

// `object` (a JSON object) with the profile's JSON form appended as `key`: the profile keeps the regulation's order
// of keys, which a JSON tree of this layer would sort.
std::string WithProfile(const Json& object, const PoolProfile& profile, const char* key = "profile") {
  std::string text = object.dump();
  text.pop_back();
  if (!object.empty()) text += ',';
  return text + "\"" + key + "\":" + ProfileToJson(profile) + "}";
}

Json ToJson(const ProfileVersionSummary& s) {
  return {{"id", s.id},
          {"code", s.code},
          {"version", s.version},
          {"latest_version", s.latest_version},
          {"latest", s.Latest()},
          {"level", Code(s.level)},
          {"region_id", s.territory.region_id},
          {"municipality_id", Nullable(s.territory.municipality_id)},
          {"title", s.title},
          {"source",
           {{"title", s.source_title},
            {"number", s.source_number.empty() ? Json(nullptr) : Json(s.source_number)},
            {"date", Nullable(s.source_date)}}},
          {"preset", Nullable(s.preset)},
          {"created_by", Nullable(s.created_by)},
          {"created_at", s.created_at}};
}

Response Reply(const core::Result<ProfileVersion>& v, int status = 200) {
  if (!v) return http::ErrorResponse(v.error());
  return http::JsonText(WithProfile(ToJson(v->summary), v->profile), status);
}

// The version a check used, as eligibility and screening answers name it.
Json Reference(const ProfileVersionSummary& s) {
  return {{"id", s.id}, {"code", s.code}, {"version", s.version}, {"title", s.title}};
}

Json ToJson(const PersonEligibility& checked) {
  const auto& e = checked.eligibility;
  const auto& person = checked.person.person;
  const auto& place = checked.person.place;
  Json requirements = Json::array();
  for (const auto& r : e.requirements) {
    requirements.push_back({{"code", r.code}, {"section", r.section}, {"met", r.met}, {"text", r.text}});
  }
  Json criteria = Json::array();
  for (const auto& c : e.criteria) {
    criteria.push_back({{"number", c.number},
                        {"wording", c.wording},
                        {"status", Code(c.status)},
                        {"evidence", c.evidence},
                        {"text", c.text}});
  }
  return {{"profile", Reference(checked.profile)},
          {"person",
           {{"id", person.id},
            {"full_name", people::FullName(person)},
            {"organisation_id", Nullable(place.organisation_id)},
            {"organisation_name", Nullable(place.organisation_name)},
            {"municipality_id", Nullable(place.municipality_id)},
            {"municipality_name", Nullable(place.municipality_name)}}},
          {"on", e.on.Iso()},
          {"outcome", Code(e.outcome)},
          {"criteria_met", e.criteria_met},
          {"criteria_required", e.criteria_required},
          {"requirements", std::move(requirements)},
          {"criteria", std::move(criteria)}};
}

Json ToJson(const ScreeningResult& s, const http::Paging& paging) {
  Json first_failed = Json::object();
  for (const auto code : {kEmploymentRequirement, kCategoryRequirement, kEducationRequirement, kExperienceRequirement,
                          kCriteriaRequirement}) {
    const auto it = s.counts.first_failed.find(std::string(code));
    first_failed[std::string(code)] = it == s.counts.first_failed.end() ? 0 : it->second;
  }
  Json items = Json::array();
  for (const auto& p : s.persons) {
    items.push_back({{"id", p.id},
                     {"full_name", p.full_name},
                     {"organisation_id", Nullable(p.organisation_id)},
                     {"organisation_name", Nullable(p.organisation_name)},
                     {"municipality_id", Nullable(p.municipality_id)},
                     {"municipality_name", Nullable(p.municipality_name)},
                     {"outcome", Code(p.outcome)},
                     {"first_failed", p.first_failed.empty() ? Json(nullptr) : Json(p.first_failed)},
                     {"criteria_met", p.criteria_met},
                     {"criteria_awaiting", p.criteria_awaiting}});
  }
  return {{"profile", Reference(s.profile)},
          {"on", s.on.Iso()},
          {"total", s.counts.total},
          {"eligible", s.counts.eligible},
          {"needs_confirmation", s.counts.needs_confirmation},
          {"ineligible", s.counts.ineligible},
          {"first_failed", std::move(first_failed)},
          {"persons", http::ListEnvelope(std::move(items), s.persons_total, paging)}};
}

template <typename T>
Response Reply(const core::Result<T>& result, int status = 200) {
  if (!result) return http::ErrorResponse(result.error());
  return http::JsonResponse(ToJson(*result), status);
}

core::Result<std::optional<std::int64_t>> QueryId(const Request& req, const char* name) {
  auto text = req.QueryParam(name);
  if (!text || text->empty()) return std::optional<std::int64_t>();
  auto id = http::ParseId(*text, name);
  if (!id) return id.error();
  return std::optional<std::int64_t>(*id);
}

core::Result<std::optional<core::Date>> ReadOn(const Request& req) {
  auto text = req.QueryParam("on");
  if (!text || text->empty()) return std::optional<core::Date>();
  auto d = core::ParseIsoDate(*text);
  if (!d) return core::ValidationError("on", "Дата в формате ГГГГ-ММ-ДД");
  return std::optional<core::Date>(*d);
}

core::Result<ScreeningRequest> ReadScreening(const Request& req, http::Paging& paging) {
  ScreeningRequest r;
  auto municipality = QueryId(req, "municipality");
  if (!municipality) return municipality.error();
  r.municipality_id = *municipality;
  auto organisation = QueryId(req, "organisation");
  if (!organisation) return organisation.error();
  r.organisation_id = *organisation;
  auto on = ReadOn(req);
  if (!on) return on.error();
  r.on = *on;
  if (auto outcome = req.QueryParam("outcome"); outcome && !outcome->empty()) {
    if (*outcome == Code(Outcome::kEligible)) {
      r.outcome = Outcome::kEligible;
    } else if (*outcome == Code(Outcome::kNeedsConfirmation)) {
      r.outcome = Outcome::kNeedsConfirmation;
    } else if (*outcome == Code(Outcome::kIneligible)) {
      r.outcome = Outcome::kIneligible;
    } else {
      return core::ValidationError("outcome", "Итог: eligible, needs_confirmation или ineligible");
    }
  }
  auto read = http::ReadPaging(req);
  if (!read) return read.error();
  paging = *read;
  r.page = paging.page;
  r.size = paging.size;
  return r;
}

// The body of a PUT: the profile's JSON form, or a whole stored version (as GET answers it) whose `profile` is
// taken.
core::Result<PoolProfile> ReadProfileBody(const Request& req) {
  const Json body = Json::parse(req.body, nullptr, false);
  if (!body.is_discarded() && body.is_object() && body.contains("profile") && body["profile"].is_object()) {
    return ProfileFromJson(body["profile"].dump());
  }
  return ProfileFromJson(req.body);
}

core::Result<PresetCopy> ReadPresetCopy(const Request& req) {
  auto body = http::ParseJsonObject(req);
  if (!body) return body.error();
  PresetCopy copy;
  auto preset = http::RequiredString(*body, "preset", "Образец профиля");
  if (!preset) return preset.error();
  copy.preset = *preset;
  auto region = http::OptionalInt(*body, "region_id", "Регион");
  if (!region) return region.error();
  copy.region_id = *region;
  auto municipality = http::OptionalInt(*body, "municipality_id", "Муниципальное образование");
  if (!municipality) return municipality.error();
  copy.municipality_id = *municipality;
  auto code = http::OptionalString(*body, "code", "Код профиля");
  if (!code) return code.error();
  copy.code = *code;
  return copy;
}

core::Result<std::vector<std::int64_t>> ReadCandidates(const Request& req) {
  auto body = http::ParseJsonObject(req);
  if (!body) return body.error();
  const auto it = body->find("person_ids");
  if (it == body->end() || it->is_null()) return core::ValidationError("person_ids", "Укажите список кандидатов");
  if (!it->is_array()) return core::ValidationError("person_ids", "Ожидается список идентификаторов работников");
  std::vector<std::int64_t> ids;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const auto& id = (*it)[i];
    if (!id.is_number_integer() || id.get<std::int64_t>() <= 0) {
      return core::ValidationError("person_ids[" + std::to_string(i) + "]", "Ожидается идентификатор работника");
    }
    ids.push_back(id.get<std::int64_t>());
  }
  return ids;
}

constexpr const char* kEvidenceRule = R"({"type":"object","required":["kind"],"properties":{"kind":{"type":"string",
"enum":["achievement","employment","course"]},"achievement_kind":{"type":"string"},"levels":{"type":"array","items":{
"type":"string"}},"organisation_ids":{"type":"array","items":{"type":"integer"}},"programme_contains":{
"type":"string"},"min_hours":{"type":"integer"}}})";
constexpr const char* kCriterion = R"({"type":"object","required":["number","wording","evidence",
"manual_confirmation"],"properties":{"number":{"type":"integer"},"wording":{"type":"string"},"evidence":{
"type":"array","items":{"$ref":"#/components/schemas/PoolEvidenceRule"}},"manual_confirmation":{
"type":"boolean"}}})";
constexpr const char* kCatalogueItem = R"({"type":"object","required":["code","title"],"properties":{"code":{
"type":"string"},"title":{"type":"string"}}})";
constexpr const char* kProfile = R"({"type":"object","required":["code","version","title","level","source",
"require_current_employment","accepted_categories","education","experience","criteria","min_criteria","nominators",
"application_required","change_nominators","nomination_bases","directions","directive"],"properties":{"code":{
"type":"string"},"version":{"type":"integer"},"title":{"type":"string"},"level":{"type":"string","enum":[
"regional","municipal","school"]},"source":{"type":"object","required":["title"],"properties":{"seed":{
"type":"string"},"title":{"type":"string"},"approved_by":{"type":"string"},"number":{"type":"string"},"date":{
"type":"string","format":"date","nullable":true},"regulation_id":{"type":"integer","nullable":true}}},
"eligibility_section":{"type":"string"},"require_current_employment":{"type":"boolean"},"accepted_categories":{
"type":"array","items":{"type":"string"}},"education":{"type":"object","required":["levels","pedagogical"],
"properties":{"levels":{"type":"array","items":{"type":"string"}},"pedagogical":{"type":"boolean"}}},
"experience":{"type":"object","required":["kind","min_years"],"properties":{"kind":{"type":"string","enum":[
"specialty","pedagogical","total"]},"min_years":{"type":"integer"}}},"criteria":{"type":"array","items":{
"$ref":"#/components/schemas/PoolCriterion"}},"min_criteria":{"type":"integer"},"nominators":{"type":"array",
"items":{"type":"string","enum":["organisation","municipality","support_centre"]}},"application_required":{
"type":"boolean"},"change_nominators":{"type":"array","items":{"type":"string","enum":["organisation",
"municipality","support_centre"]}},"nomination_bases":{"type":"array","items":{
"$ref":"#/components/schemas/PoolCatalogueItem"}},"directions":{"type":"array","items":{
"$ref":"#/components/schemas/PoolCatalogueItem"}},"directive":{"type":"object","required":["issuer"],
"properties":{"issuer":{"type":"string"},"agreement_with":{"type":"string","nullable":true}}}}})";
// The summary's properties, shared by the summary and the version with its profile.
constexpr const char* kSummaryRequired =
    R"("id","code","version","latest_version","latest","level","region_id","municipality_id","title","source",)"
    R"("preset","created_by","created_at")";
constexpr const char* kSummaryProperties = R"("id":{"type":"integer"},"code":{"type":"string"},"version":{
"type":"integer"},"latest_version":{"type":"integer"},"latest":{"type":"boolean"},"level":{"type":"string","enum":[
"regional","municipal"]},"region_id":{"type":"integer"},"municipality_id":{"type":"integer","nullable":true},
"title":{"type":"string"},"source":{"type":"object","required":["title","number","date"],"properties":{"title":{
"type":"string"},"number":{"type":"string","nullable":true},"date":{"type":"string","format":"date",
"nullable":true}}},"preset":{"type":"string","nullable":true},"created_by":{"type":"integer","nullable":true},
"created_at":{"type":"string"})";
std::string SummarySchema() {
  return std::string(R"({"type":"object","required":[)") + kSummaryRequired + R"(],"properties":{)" +
         kSummaryProperties + "}}";
}
std::string VersionSchema() {
  return std::string(R"({"type":"object","required":[)") + kSummaryRequired + R"(,"profile"],"properties":{)" +
         kSummaryProperties + R"(,"profile":{"$ref":"#/components/schemas/PoolProfile"}}})";
}
constexpr const char* kPreset = R"({"type":"object","required":["key","profile"],"properties":{"key":{
"type":"string"},"profile":{"$ref":"#/components/schemas/PoolProfile"}}})";
constexpr const char* kPresets = R"({"type":"object","required":["items"],"properties":{"items":{"type":"array",
"items":{"$ref":"#/components/schemas/PoolProfilePreset"}}}})";
constexpr const char* kPresetCopy = R"({"type":"object","required":["preset"],"properties":{"preset":{
"type":"string","enum":["tomsk-rma-2022","aleksandrovsky-mma"]},"region_id":{"type":"integer","nullable":true},
"municipality_id":{"type":"integer","nullable":true},"code":{"type":"string","nullable":true}}})";
constexpr const char* kReference = R"({"type":"object","required":["id","code","version","title"],"properties":{
"id":{"type":"integer"},"code":{"type":"string"},"version":{"type":"integer"},"title":{"type":"string"}}})";
constexpr const char* kEligibility = R"({"type":"object","required":["profile","person","on","outcome",
"criteria_met","criteria_required","requirements","criteria"],"properties":{"profile":{
"$ref":"#/components/schemas/PoolProfileReference"},"person":{"type":"object","required":["id","full_name",
"organisation_id","organisation_name","municipality_id","municipality_name"],"properties":{"id":{"type":"integer"},
"full_name":{"type":"string"},"organisation_id":{"type":"integer","nullable":true},"organisation_name":{
"type":"string","nullable":true},"municipality_id":{"type":"integer","nullable":true},"municipality_name":{
"type":"string","nullable":true}}},"on":{"type":"string","format":"date"},"outcome":{"type":"string","enum":[
"eligible","needs_confirmation","ineligible"]},"criteria_met":{"type":"integer"},"criteria_required":{
"type":"integer"},"requirements":{"type":"array","items":{"type":"object","required":["code","section","met",
"text"],"properties":{"code":{"type":"string","enum":["employment","category","education","experience",
"criteria"]},"section":{"type":"string"},"met":{"type":"boolean"},"text":{"type":"string"}}}},"criteria":{
"type":"array","items":{"type":"object","required":["number","wording","status","evidence","text"],"properties":{
"number":{"type":"integer"},"wording":{"type":"string"},"status":{"type":"string","enum":["proven","confirmed",
"awaiting_confirmation","not_met"]},"evidence":{"type":"array","items":{"type":"string"}},"text":{
"type":"string"}}}}}})";
constexpr const char* kScreenedPerson = R"({"type":"object","required":["id","full_name","organisation_id",
"organisation_name","municipality_id","municipality_name","outcome","first_failed","criteria_met",
"criteria_awaiting"],"properties":{"id":{"type":"integer"},"full_name":{"type":"string"},"organisation_id":{
"type":"integer","nullable":true},"organisation_name":{"type":"string","nullable":true},"municipality_id":{
"type":"integer","nullable":true},"municipality_name":{"type":"string","nullable":true},"outcome":{"type":"string",
"enum":["eligible","needs_confirmation","ineligible"]},"first_failed":{"type":"string","nullable":true},
"criteria_met":{"type":"array","items":{"type":"integer"}},"criteria_awaiting":{"type":"array","items":{
"type":"integer"}}}})";
constexpr const char* kScreening = R"({"type":"object","required":["profile","on","total","eligible",
"needs_confirmation","ineligible","first_failed","persons"],"properties":{"profile":{
"$ref":"#/components/schemas/PoolProfileReference"},"on":{"type":"string","format":"date"},"total":{
"type":"integer"},"eligible":{"type":"integer"},"needs_confirmation":{"type":"integer"},"ineligible":{
"type":"integer"},"first_failed":{"type":"object","required":["employment","category","education","experience",
"criteria"],"properties":{"employment":{"type":"integer"},"category":{"type":"integer"},"education":{
"type":"integer"},"experience":{"type":"integer"},"criteria":{"type":"integer"}}},"persons":{"type":"object",
"required":["items","total","page","size"],"properties":{"items":{"type":"array","items":{
"$ref":"#/components/schemas/PoolScreenedPerson"}},"total":{"type":"integer"},"page":{"type":"integer"},"size":{
"type":"integer"}}}}})";
constexpr const char* kCandidates = R"({"type":"object","required":["person_ids"],"properties":{"person_ids":{
"type":"array","items":{"type":"integer"}}}})";

}  // namespace

void AddRoutes(http::Router& router, ProfileService& profiles, EligibilityService& eligibility) {
  router.Add(Method::kGet, "/api/v1/pool/presets",
             {.summary = "Образцы профилей методического актива (Томская область, Александровский район)",
              .tag = "pool",
              .response_schema = http::RefSchema("PoolProfilePresets")},
             [](Request& req) -> Response {
               if (!req.principal) return http::ErrorResponse(core::Unauthenticated());
               std::string items;
               for (const auto& name : PresetNames()) {
                 items += (items.empty() ? "" : ",") + WithProfile(Json{{"key", name}}, *PresetNamed(name));
               }
               return http::JsonText("{\"items\":[" + items + "]}");
             });
  router.Add(Method::kGet, "/api/v1/pool/profiles",
             {.summary = "Профили методического актива, действующие на территории пользователя (последние версии)",
              .tag = "pool",
              .response_schema = http::ListSchema("PoolProfileSummary"),
              .query = {"municipality", "level", "page", "size"}},
             [&profiles](Request& req) -> Response {
               ProfileFilter filter;
               auto municipality = QueryId(req, "municipality");
               if (!municipality) return http::ErrorResponse(municipality.error());
               filter.municipality_id = *municipality;
               if (auto level = req.QueryParam("level"); level && !level->empty()) {
                 filter.level = ParsePoolLevel(*level);
                 if (!filter.level || *filter.level == PoolLevel::kSchool) {
                   return http::ErrorResponse(core::ValidationError("level", "Уровень: regional или municipal"));
                 }
               }
               auto paging = http::ReadPaging(req);
               if (!paging) return http::ErrorResponse(paging.error());
               filter.page = paging->page;
               filter.size = paging->size;
               auto page = profiles.List(http::ActorOf(req), filter);
               if (!page) return http::ErrorResponse(page.error());
               Json items = Json::array();
               for (const auto& item : page->items) items.push_back(ToJson(item));
               return http::JsonResponse(http::ListEnvelope(std::move(items), page->total, *paging));
             });
  router.Add(Method::kPost, "/api/v1/pool/profiles",
             {.summary = "Создать профиль территории из образца (версия 1)",
              .tag = "pool",
              .request_schema = http::RefSchema("PoolProfilePresetCopy"),
              .response_schema = http::RefSchema("PoolProfileVersion"),
              .status = 201},
             [&profiles](Request& req) -> Response {
               auto copy = ReadPresetCopy(req);
               if (!copy) return http::ErrorResponse(copy.error());
               return Reply(profiles.CreateFromPreset(http::ActorOf(req), *copy), 201);
             });
  router.Add(Method::kGet, "/api/v1/pool/profiles/{id}",
             {.summary = "Версия профиля методического актива",
              .tag = "pool",
              .response_schema = http::RefSchema("PoolProfileVersion")},
             [&profiles](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               return Reply(profiles.Get(http::ActorOf(req), *id));
             });
  router.Add(Method::kGet, "/api/v1/pool/profiles/{id}/versions",
             {.summary = "Все версии профиля, новые первыми",
              .tag = "pool",
              .response_schema = http::ListSchema("PoolProfileSummary")},
             [&profiles](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto versions = profiles.Versions(http::ActorOf(req), *id);
               if (!versions) return http::ErrorResponse(versions.error());
               Json items = Json::array();
               for (const auto& v : *versions) items.push_back(ToJson(v));
               const auto n = static_cast<int>(versions->size());
               return http::JsonResponse(http::ListEnvelope(std::move(items), n, {1, std::max(n, 1)}));
             });
  router.Add(Method::kPut, "/api/v1/pool/profiles/{id}",
             {.summary = "Сохранить изменённый профиль как новую версию (409, если {id} — уже не последняя версия)",
              .tag = "pool",
              .request_schema = http::RefSchema("PoolProfile"),
              .response_schema = http::RefSchema("PoolProfileVersion")},
             [&profiles](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto draft = ReadProfileBody(req);
               if (!draft) return http::ErrorResponse(draft.error());
               return Reply(profiles.Update(http::ActorOf(req), *id, std::move(*draft)));
             });
  router.Add(Method::kGet, "/api/v1/pool/profiles/{id}/eligibility",
             {.summary = "Соответствие работника требованиям профиля на дату, с основаниями",
              .tag = "pool",
              .response_schema = http::RefSchema("PoolEligibility"),
              .query = {"person", "on"}},
             [&eligibility](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto person = QueryId(req, "person");
               if (!person) return http::ErrorResponse(person.error());
               if (!*person) return http::ErrorResponse(core::ValidationError("person", "Укажите работника"));
               auto on = ReadOn(req);
               if (!on) return http::ErrorResponse(on.error());
               return Reply(eligibility.Check(http::ActorOf(req), *id, **person, *on));
             });
  router.Add(Method::kGet, "/api/v1/pool/profiles/{id}/screening",
             {.summary = "Отбор: все работники области ответственности по требованиям профиля",
              .tag = "pool",
              .response_schema = http::RefSchema("PoolScreening"),
              .query = {"municipality", "organisation", "on", "outcome", "page", "size"}},
             [&eligibility](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               http::Paging paging;
               auto request = ReadScreening(req, paging);
               if (!request) return http::ErrorResponse(request.error());
               auto result = eligibility.Screen(http::ActorOf(req), *id, *request);
               if (!result) return http::ErrorResponse(result.error());
               return http::JsonResponse(ToJson(*result, paging));
             });
  router.Add(Method::kPost, "/api/v1/pool/profiles/{id}/screening/candidates",
             {.summary = "Отбор по списку кандидатов",
              .tag = "pool",
              .request_schema = http::RefSchema("PoolCandidates"),
              .response_schema = http::RefSchema("PoolScreening"),
              .query = {"on", "outcome", "page", "size"}},
             [&eligibility](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               http::Paging paging;
               auto request = ReadScreening(req, paging);
               if (!request) return http::ErrorResponse(request.error());
               auto ids = ReadCandidates(req);
               if (!ids) return http::ErrorResponse(ids.error());
               auto result = eligibility.ScreenCandidates(http::ActorOf(req), *id, *ids, *request);
               if (!result) return http::ErrorResponse(result.error());
               return http::JsonResponse(ToJson(*result, paging));
             });
  router.AddSchema("PoolEvidenceRule", kEvidenceRule);
  router.AddSchema("PoolCriterion", kCriterion);
  router.AddSchema("PoolCatalogueItem", kCatalogueItem);
  router.AddSchema("PoolProfile", kProfile);
  router.AddSchema("PoolProfileSummary", SummarySchema());
  router.AddSchema("PoolProfileVersion", VersionSchema());
  router.AddSchema("PoolProfilePreset", kPreset);
  router.AddSchema("PoolProfilePresets", kPresets);
  router.AddSchema("PoolProfilePresetCopy", kPresetCopy);
  router.AddSchema("PoolProfileReference", kReference);
  router.AddSchema("PoolEligibility", kEligibility);
  router.AddSchema("PoolScreenedPerson", kScreenedPerson);
  router.AddSchema("PoolScreening", kScreening);
  router.AddSchema("PoolCandidates", kCandidates);
}

}  // namespace metodset::pool
