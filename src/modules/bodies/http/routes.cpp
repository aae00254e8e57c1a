#include "modules/bodies/http/routes.hpp"

#include <string_view>

#include "platform/http/field_reader.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/reply.hpp"
#include "platform/http/request_context.hpp"

namespace metodset::bodies {
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

core::Result<std::optional<std::int64_t>> QueryId(const Request& req, const char* name) {
  auto text = req.QueryParam(name);
  if (!text || text->empty()) return std::optional<std::int64_t>();
  auto id = http::ParseId(*text, name);
  if (!id) return id.error();
  return std::optional<std::int64_t>(*id);
}

core::Result<std::optional<core::Date>> QueryDate(const Request& req, const char* name) {
  auto text = req.QueryParam(name);
  if (!text || text->empty()) return std::optional<core::Date>();
  auto d = core::ParseIsoDate(*text);
  if (!d) return core::ValidationError(name, "Дата в формате ГГГГ-ММ-ДД");
  return std::optional<core::Date>(*d);
}

core::Result<std::optional<int>> QueryYear(const Request& req) {
  auto text = req.QueryParam("year");
  if (!text || text->empty()) return std::optional<int>();
  if (text->size() != 4 || text->find_first_not_of("0123456789") != std::string::npos) {
    return core::ValidationError("year", "Год из четырёх цифр");
  }
  return std::optional<int>(std::stoi(*text));
}

int ReadVoteCount(http::FieldReader& in, const char* field) {
  auto v = in.Int(field);
  if (!v) {
    in.Fail(field, "Укажите число голосов (целое, не меньше нуля)", "votes_invalid");
    return 0;
  }
  if (*v < 0 || *v > 100000) {
    in.Fail(field, "Число голосов не может быть отрицательным", "votes_invalid");
    return 0;
  }
  return static_cast<int>(*v);
}

Vote ReadVote(http::FieldReader& in) {
  Vote v;
  v.for_votes = ReadVoteCount(in, "for");
  v.against = ReadVoteCount(in, "against");
  v.abstain = ReadVoteCount(in, "abstain");
  return v;
}

Json PlaceFields(Json j, const Place& p) {
  j["region_id"] = p.region_id;
  j["municipality_id"] = Nullable(p.municipality_id);
  j["municipality_name"] = Nullable(p.municipality_name);
  j["organisation_id"] = Nullable(p.organisation_id);
  j["organisation_name"] = Nullable(p.organisation_name);
  return j;
}

Json ToJson(const Majority& m) {
  return {{"decision_kind", Code(m.decision)},
          {"decision_kind_title", Title(m.decision)},
          {"rule", Code(m.rule)},
          {"text", Describe(m.rule)},
          {"section", m.section}};
}

Json ToJson(const KindProfile& k) {
  Json majorities = Json::array();
  for (const auto& m : k.majorities) majorities.push_back(ToJson(m));
  Json signatures = Json::array();
  for (auto r : k.signatures) signatures.push_back(Code(r));
  return {{"kind", Code(k.kind)},
          {"kind_title", Title(k.kind)},
          {"level", Code(LevelOf(k.kind))},
          {"min_members", Nullable(k.min_members)},
          {"min_members_section", k.min_members_section},
          {"min_sessions", k.sessions ? Json{{"count", k.sessions->count},
                                             {"period_months", k.sessions->period_months},
                                             {"section", k.sessions->section}}
                                      : Json(nullptr)},
          {"quorum", {{"rule", Code(k.quorum)}, {"text", Describe(k.quorum)}, {"section", k.quorum_section}}},
          {"majorities", std::move(majorities)},
          {"renewal_yearly", k.renewal_yearly},
          {"renewal_section", k.renewal_section},
          {"term_years", Nullable(k.term_years)},
          {"term_section", k.term_section},
          {"signatures", std::move(signatures)},
          {"signatures_section", k.signatures_section}};
}

Json Summary(const BodyRecord& b) {
  return PlaceFields({{"id", b.id},
                      {"kind", Code(b.kind)},
                      {"kind_title", Title(b.kind)},
                      {"preset", b.preset},
                      {"level", Code(LevelOf(b.kind))},
                      {"name", b.name},
                      {"subject", Nullable(b.subject)},
                      {"subject_title", Nullable(b.subject_title)},
                      {"year", b.year},
                      {"association_id", Nullable(b.association_id)},
                      {"members_count", b.members_count},
                      {"sessions_count", b.sessions_count},
                      {"last_session_on", Nullable(b.last_session_on)}},
                     b.place);
}

Json ToJson(const Issue& i) { return {{"code", i.code}, {"text", i.text}, {"section", i.section}}; }

Json ToJson(const BodyCard& card, const core::Date& today) {
  Json j = Summary(card.body);
  j["profile"] = card.profile ? ToJson(*card.profile) : Json(nullptr);
  j["established_on"] = card.body.established_on.Iso();
  Json members = Json::array();
  auto sorted = card.body.members;
  std::stable_sort(sorted.begin(), sorted.end(), [&](const MemberRecord& a, const MemberRecord& b) {
    return std::pair{!a.ActiveOn(today), static_cast<int>(a.role)} <
           std::pair{!b.ActiveOn(today), static_cast<int>(b.role)};
  });
  for (const auto& m : sorted) {
    members.push_back({{"id", m.id},
                       {"person_id", m.person_id},
                       {"full_name", m.full_name},
                       {"organisation_name", Nullable(m.organisation_name)},
                       {"role", Code(m.role)},
                       {"role_title", Title(m.role)},
                       {"voting", Votes(m.role)},
                       {"starts_on", m.starts_on.Iso()},
                       {"ends_on", Nullable(m.ends_on)},
                       {"active", m.ActiveOn(today)}});
  }
  j["members"] = std::move(members);
  j["voting_members"] = card.body.members_count;
  Json issues = Json::array();
  for (const auto& i : card.issues) issues.push_back(ToJson(i));
  j["compliance"] = {{"issues", std::move(issues)}};
  j["created_at"] = card.body.created_at;
  j["updated_at"] = card.body.updated_at;
  return j;
}

Json SessionSummary(const SessionRecord& s, int members_total, int present_count, bool quorum_reached) {
  return {{"id", s.id},
          {"body_id", s.body_id},
          {"number", s.number},
          {"held_on", s.held_on.Iso()},
          {"title", Nullable(s.title)},
          {"place", Nullable(s.place)},
          {"present_count", present_count},
          {"members_total", members_total},
          {"quorum_reached", quorum_reached},
          {"items_count", s.items_count},
          {"protocol_document_id", Nullable(s.protocol_document_id)}};
}

Json ToJson(const SessionCard& c, const core::Date& today) {
  Json members = Json::array();
  for (const auto& m : c.members) {
    members.push_back(
        {{"member_id", m.id},
         {"person_id", m.person_id},
         {"full_name", m.full_name},
         {"role", Code(m.role)},
         {"role_title", Title(m.role)},
         {"voting", Votes(m.role)},
         {"present", std::find(c.session.present.begin(), c.session.present.end(), m.id) != c.session.present.end()}});
  }
  Json items = Json::array();
  for (const auto& i : c.session.items) {
    const auto& majority = c.profile->MajorityFor(i.decision_kind);
    const int members = i.vote ? i.members_at_vote : c.quorum.members;
    const int present = i.vote ? i.present_at_vote : c.quorum.present;
    Json decision = nullptr;
    if (i.adopted) {
      decision = {{"text", Nullable(i.decision_text)},
                  {"owner_person_id", Nullable(i.owner_person_id)},
                  {"owner_name", i.owner_name.empty() ? Json(nullptr) : Json(i.owner_name)},
                  {"due_on", Nullable(i.due_on)},
                  {"done_on", Nullable(i.done_on)},
                  {"overdue", i.due_on && !i.done_on && *i.due_on < today}};
    }
    items.push_back(
        {{"id", i.id},
         {"number", i.number},
         {"title", i.title},
         {"decision_kind", Code(i.decision_kind)},
         {"decision_kind_title", Title(i.decision_kind)},
         {"proposal", Nullable(i.proposal)},
         {"vote", i.vote ? Json{{"for", i.vote->for_votes}, {"against", i.vote->against}, {"abstain", i.vote->abstain}}
                         : Json(nullptr)},
         {"outcome", i.adopted ? Json("adopted") : Json(nullptr)},
         {"majority",
          {{"rule", Code(majority.rule)},
           {"text", Describe(majority.rule)},
           {"section", majority.section},
           {"required", MajorityRequired(majority.rule, members, present)}}},
         {"decision", std::move(decision)}});
  }
  Json signatures = Json::array();
  for (auto role : c.profile->signatures) {
    std::optional<std::string> name;
    for (const auto& m : c.members) {
      if (m.role == role) name = m.full_name;
    }
    signatures.push_back(
        {{"role", Code(role)}, {"title", SignatureTitle(role, c.body.kind)}, {"full_name", Nullable(name)}});
  }
  return {{"id", c.session.id},
          {"body_id", c.body.id},
          {"body_name", c.body.name},
          {"body_kind", Code(c.body.kind)},
          {"number", c.session.number},
          {"held_on", c.session.held_on.Iso()},
          {"title", Nullable(c.session.title)},
          {"place", Nullable(c.session.place)},
          {"members", std::move(members)},
          {"members_total", c.quorum.members},
          {"present_count", c.quorum.present},
          {"quorum",
           {{"reached", c.quorum.reached},
            {"required", c.quorum.required},
            {"rule", Code(c.profile->quorum)},
            {"text", c.quorum.text},
            {"section", c.profile->quorum_section}}},
          {"items", std::move(items)},
          {"protocol_document_id", Nullable(c.session.protocol_document_id)},
          {"signatures", std::move(signatures)}};
}

Json ToJson(const AssociationRecord& a) {
  return {{"id", a.id},
          {"kind", a.kind},
          {"preset", a.preset},
          {"name", a.name},
          {"region_id", a.region_id},
          {"council_body_id", a.council_body_id},
          {"assembly_body_id", a.assembly_body_id},
          {"members_count", a.members_count},
          {"branches_count", a.branches_count}};
}

Json ToJson(const RegistryMember& m) {
  return {{"id", m.id},
          {"number", m.number},
          {"person_id", m.person_id},
          {"full_name", m.full_name},
          {"birth_date", Nullable(m.birth_date)},
          {"organisation_name", Nullable(m.place.organisation_name)},
          {"municipality_id", Nullable(m.place.municipality_id)},
          {"municipality_name", Nullable(m.place.municipality_name)},
          {"admitted_on", m.admitted_on.Iso()},
          {"consent_on", m.consent_on.Iso()},
          {"branch_id", Nullable(m.branch_id)},
          {"status", m.status},
          {"ended_on", Nullable(m.ended_on)},
          {"end_reason", Nullable(m.end_reason)}};
}

Json ToJson(const ApplicationRecord& a) {
  return {{"id", a.id},
          {"person_id", a.person_id},
          {"full_name", a.full_name},
          {"applied_on", a.applied_on.Iso()},
          {"consent_on", a.consent_on.Iso()},
          {"recommender_person_id", Nullable(a.recommender_person_id)},
          {"recommender_name", a.recommender_name.empty() ? Json(nullptr) : Json(a.recommender_name)},
          {"text", Nullable(a.text)},
          {"status", a.status},
          {"decided_on", Nullable(a.decided_on)},
          {"session_id", Nullable(a.session_id)},
          {"member_id", Nullable(a.member_id)}};
}

#include "modules/bodies/http/schemas.inc"

std::string ItemsOf(const char* name) {
  return std::string(R"({"type":"object","required":["items"],"properties":{"items":{"type":"array","items":)") +
         http::RefSchema(name) + "}}}";
}
constexpr const char* kBodyInput = R"({"type":"object","required":["kind","preset","name"],"properties":{"kind":{
"type":"string"},"preset":{"type":"string","enum":["nazarovo-council","zdvinsk-mmo","amur-subject-association",
"amur-young-teachers"]},"name":{"type":"string"},"municipality_id":{"type":"integer"},"organisation_id":{
"type":"integer"},"subject":{"type":"string"},"year":{"type":"integer"},"established_on":{"type":"string",
"format":"date"}}})";
constexpr const char* kMemberInput = R"({"type":"object","required":["person_id","role"],"properties":{"person_id":{
"type":"integer"},"role":{"type":"string","enum":["chair","deputy","secretary","curator","member","advisory"]},
"starts_on":{"type":"string","format":"date"},"ends_on":{"type":"string","format":"date","nullable":true}}})";
constexpr const char* kSessionInput = R"({"type":"object","required":["held_on"],"properties":{"held_on":{
"type":"string","format":"date"},"title":{"type":"string"},"place":{"type":"string"}}})";
constexpr const char* kAttendanceInput = R"({"type":"object","required":["present"],"properties":{"present":{
"type":"array","items":{"type":"integer"}}}})";
constexpr const char* kItemInput = R"({"type":"object","required":["title"],"properties":{"title":{"type":"string"},
"decision_kind":{"type":"string","enum":["ordinary","election","composition","admission","exclusion"]},"proposal":{
"type":"string"}}})";
constexpr const char* kVoteInput = R"({"type":"object","required":["for","against","abstain"],"properties":{"for":{
"type":"integer"},"against":{"type":"integer"},"abstain":{"type":"integer"},"decision":{"type":"string"},
"owner_person_id":{"type":"integer"},"due_on":{"type":"string","format":"date"}}})";
constexpr const char* kDecisionInput = R"({"type":"object","required":["text"],"properties":{"text":{"type":"string"},
"owner_person_id":{"type":"integer","nullable":true},"due_on":{"type":"string","format":"date","nullable":true},
"done_on":{"type":"string","format":"date","nullable":true}}})";
constexpr const char* kApplicationInput = R"({"type":"object","required":["consent_on"],"properties":{"person_id":{
"type":"integer"},"applied_on":{"type":"string","format":"date"},"consent_on":{"type":"string","format":"date"},
"recommender_person_id":{"type":"integer"},"text":{"type":"string"}}})";
constexpr const char* kCouncilVoteInput = R"({"type":"object","required":["session_id","for","against","abstain"],
"properties":{"session_id":{"type":"integer"},"for":{"type":"integer"},"against":{"type":"integer"},"abstain":{
"type":"integer"},"reason":{"type":"string"}}})";
constexpr const char* kBranchInput = R"({"type":"object","required":["municipality_id","member_ids"],"properties":{
"municipality_id":{"type":"integer"},"name":{"type":"string"},"member_ids":{"type":"array","items":{
"type":"integer"}},"head_member_id":{"type":"integer"}}})";

// `handle(id, fields)` for the `{id}` of the path and the JSON body; a bad id answers before a bad body.
template <class F>
Response WithIdAndBody(const Request& req, F&& handle) {
  return http::WithPathId(req, [&](std::int64_t id) {
    return http::WithJsonObject(req, [&](const Json& body) {
      http::FieldReader in(body);
      return handle(id, in);
    });
  });
}

// `handle(id, sub_id)` for `{id}` and then the `{sub}` path parameter (`member_id`, `item_id`, `application_id`).
template <class F>
Response WithIds(const Request& req, std::string_view sub, F&& handle) {
  return http::WithPathId(req, [&](std::int64_t id) {
    return http::WithPathId(
        req, [&](std::int64_t sub_id) { return handle(id, sub_id); }, sub);
  });
}

// `handle(id, sub_id, fields)`: both path ids, then the JSON body.
template <class F>
Response WithIdsAndBody(const Request& req, std::string_view sub, F&& handle) {
  return WithIds(req, sub, [&](std::int64_t id, std::int64_t sub_id) {
    return http::WithJsonObject(req, [&](const Json& body) {
      http::FieldReader in(body);
      return handle(id, sub_id, in);
    });
  });
}

}  // namespace

void AddRoutes(http::Router& router, BodiesService& service, const core::Clock& clock) {
  const core::Clock* clk = &clock;
  auto body_reply = [clk](const core::Result<BodyCard>& card, int status = 200) {
    return http::Reply(
        card, [clk](const BodyCard& c) { return ToJson(c, clk->Today()); }, status);
  };
  auto session_reply = [clk](const core::Result<SessionCard>& card, int status = 200) {
    return http::Reply(
        card, [clk](const SessionCard& c) { return ToJson(c, clk->Today()); }, status);
  };

  router.Add(Method::kGet, "/api/v1/bodies/presets",
             {.summary = "Профили положений коллегиальных органов: кворум, большинство, заседания, состав",
              .tag = "bodies",
              .response_schema = ItemsOf("BodyPreset")},
             [](Request&) -> Response {
               Json items = Json::array();
               for (const auto& p : Presets()) {
                 Json kinds = Json::array();
                 for (const auto& k : p.kinds) kinds.push_back(ToJson(k));
                 items.push_back({{"code", p.code}, {"title", p.title}, {"source", p.source}, {"kinds", kinds}});
               }
               return http::JsonResponse({{"items", std::move(items)}});
             });
  router.Add(Method::kGet, "/api/v1/bodies",
             {.summary = "Коллегиальные органы (в своей области ответственности; члены — свои)",
              .tag = "bodies",
              .response_schema = http::ListSchema("BodySummary"),
              .query = {"kind", "municipality", "organisation", "year", "q", "page", "size"}},
             [&service](Request& req) -> Response {
               BodyFilter f;
               for (auto [name, to] :
                    {std::pair{"municipality", &f.municipality_id}, std::pair{"organisation", &f.organisation_id}}) {
                 auto id = QueryId(req, name);
                 if (!id) return http::ErrorResponse(id.error());
                 *to = *id;
               }
               if (auto kind = req.QueryParam("kind"); kind && !kind->empty()) {
                 f.kind = ParseBodyKind(*kind);
                 if (!f.kind) return http::ErrorResponse(core::ValidationError("kind", "Неизвестный вид органа"));
               }
               auto year = QueryYear(req);
               if (!year) return http::ErrorResponse(year.error());
               f.year = *year;
               if (auto q = req.QueryParam("q"); q && !q->empty()) f.q = *q;
               auto paging = http::ReadPaging(req);
               if (!paging) return http::ErrorResponse(paging.error());
               f.page = paging->page;
               f.size = paging->size;
               auto page = service.List(http::ActorOf(req), f);
               if (!page) return http::ErrorResponse(page.error());
               Json items = Json::array();
               for (const auto& b : page->items) items.push_back(Summary(b));
               return http::JsonResponse(http::ListEnvelope(std::move(items), page->total, *paging));
             });
  router.Add(Method::kPost, "/api/v1/bodies",
             {.summary = "Создать коллегиальный орган по профилю положения",
              .tag = "bodies",
              .request_schema = http::RefSchema("BodyInput"),
              .response_schema = http::RefSchema("Body"),
              .status = 201},
             [&service, body_reply](Request& req) -> Response {
               return http::WithJsonObject(req, [&](const Json& body) {
                 http::FieldReader in(body);
                 BodyDraft d;
                 if (auto kind = in.Str("kind")) {
                   d.kind = ParseBodyKind(*kind);
                   if (!d.kind) in.Fail("kind", "Неизвестный вид коллегиального органа", "kind_required");
                 }
                 d.preset = in.Str("preset").value_or("");
                 d.name = in.Str("name").value_or("");
                 d.municipality_id = in.Int("municipality_id");
                 d.organisation_id = in.Int("organisation_id");
                 d.subject = in.Str("subject");
                 if (auto y = in.Int("year")) d.year = static_cast<int>(*y);
                 d.established_on = in.Date("established_on");
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return body_reply(service.Create(http::ActorOf(req), d), 201);
               });
             });
  router.Add(Method::kGet, "/api/v1/bodies/compliance",
             {.summary = "Соблюдение положений: пропущенные заседания, состав ниже минимума, необновлённые МО",
              .tag = "bodies",
              .response_schema = http::RefSchema("BodiesCompliance"),
              .query = {"region", "municipality", "organisation", "year", "on"}},
             [&service](Request& req) -> Response {
               std::optional<core::Scope> unit;
               for (auto [name, kind] : {std::pair{"region", core::ScopeKind::kRegion},
                                         std::pair{"municipality", core::ScopeKind::kMunicipality},
                                         std::pair{"organisation", core::ScopeKind::kOrganisation}}) {
                 auto id = QueryId(req, name);
                 if (!id) return http::ErrorResponse(id.error());
                 if (*id) unit = core::Scope{kind, **id};
               }
               auto year = QueryYear(req);
               if (!year) return http::ErrorResponse(year.error());
               auto on = QueryDate(req, "on");
               if (!on) return http::ErrorResponse(on.error());
               auto report = service.Compliance(http::ActorOf(req), unit, *year, *on);
               if (!report) return http::ErrorResponse(report.error());
               Json items = Json::array();
               int missed = 0, below = 0, renewed = 0;
               for (const auto& i : report->items) {
                 Json issues = Json::array();
                 for (const auto& issue : i.compliance.issues) {
                   issues.push_back(ToJson(issue));
                   if (issue.code == "missed_sessions") ++missed;
                   if (issue.code == "below_minimum") ++below;
                   if (issue.code == "not_renewed") ++renewed;
                 }
                 items.push_back({{"body", Summary(i.body)},
                                  {"sessions_held", i.compliance.sessions_held},
                                  {"sessions_required", i.compliance.sessions_required},
                                  {"issues", std::move(issues)}});
               }
               const char* kinds[] = {"all", "region", "municipality", "organisation", "self"};
               return http::JsonResponse(
                   {{"year", report->year},
                    {"on", report->on.Iso()},
                    {"unit",
                     {{"kind", kinds[static_cast<int>(report->unit.kind)]},
                      {"id", report->unit.id},
                      {"name", report->unit_name.empty() ? Json(nullptr) : Json(report->unit_name)}}},
                    {"bodies_total", report->bodies_total},
                    {"bodies_with_issues", report->items.size()},
                    {"counts", {{"missed_sessions", missed}, {"below_minimum", below}, {"not_renewed", renewed}}},
                    {"items", std::move(items)}});
             });
  router.Add(Method::kGet, "/api/v1/bodies/{id}",
             {.summary = "Коллегиальный орган: профиль, состав, соблюдение положения",
              .tag = "bodies",
              .response_schema = http::RefSchema("Body")},
             [&service, body_reply](Request& req) -> Response {
               return http::WithPathId(
                   req, [&](std::int64_t id) { return body_reply(service.Get(http::ActorOf(req), id)); });
             });
  router.Add(Method::kPut, "/api/v1/bodies/{id}",
             {.summary = "Изменить наименование, предмет, год",
              .tag = "bodies",
              .request_schema = R"({"type":"object","required":["name"],"properties":{"name":{"type":"string"},
"subject":{"type":"string"},"year":{"type":"integer"}}})",
              .response_schema = http::RefSchema("Body")},
             [&service, body_reply](Request& req) -> Response {
               return WithIdAndBody(req, [&](std::int64_t id, http::FieldReader& in) {
                 BodyDraft d;
                 d.name = in.Str("name").value_or("");
                 d.subject = in.Str("subject");
                 if (auto y = in.Int("year")) d.year = static_cast<int>(*y);
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return body_reply(service.Update(http::ActorOf(req), id, d));
               });
             });
  auto read_member = [](http::FieldReader& in, bool need_person) {
    MemberDraft d;
    if (need_person) {
      auto person = in.Int("person_id");
      if (!person && !in.error()) in.Fail("person_id", "Укажите педагога", "person_not_found");
      d.person_id = person.value_or(0);
    }
    auto role = in.Str("role");
    if (role) {
      d.role = ParseMemberRole(*role);
      if (!d.role) in.Fail("role", "Роль: chair, deputy, secretary, curator, member или advisory", "role_unknown");
    }
    d.starts_on = in.Date("starts_on");
    d.ends_on = in.Date("ends_on");
    return d;
  };
  router.Add(Method::kPost, "/api/v1/bodies/{id}/members",
             {.summary = "Включить в состав (роль, срок полномочий)",
              .tag = "bodies",
              .request_schema = kMemberInput,
              .response_schema = http::RefSchema("Body"),
              .status = 201},
             [&service, body_reply, read_member](Request& req) -> Response {
               return WithIdAndBody(req, [&](std::int64_t id, http::FieldReader& in) {
                 auto d = read_member(in, true);
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return body_reply(service.AddMember(http::ActorOf(req), id, d), 201);
               });
             });
  router.Add(Method::kPut, "/api/v1/bodies/{id}/members/{member_id}",
             {.summary = "Изменить роль или срок полномочий члена",
              .tag = "bodies",
              .request_schema = kMemberInput,
              .response_schema = http::RefSchema("Body")},
             [&service, body_reply, read_member](Request& req) -> Response {
               return WithIdsAndBody(req, "member_id",
                                     [&](std::int64_t id, std::int64_t member, http::FieldReader& in) {
                                       auto d = read_member(in, false);
                                       if (in.error()) return http::ErrorResponse(*in.error());
                                       return body_reply(service.UpdateMember(http::ActorOf(req), id, member, d));
                                     });
             });
  router.Add(Method::kDelete, "/api/v1/bodies/{id}/members/{member_id}",
             {.summary = "Прекратить полномочия члена (с даты on, по умолчанию сегодня)",
              .tag = "bodies",
              .response_schema = http::RefSchema("Body"),
              .query = {"on"}},
             [&service, body_reply](Request& req) -> Response {
               return WithIds(req, "member_id", [&](std::int64_t id, std::int64_t member) {
                 auto on = QueryDate(req, "on");
                 if (!on) return http::ErrorResponse(on.error());
                 return body_reply(service.EndMember(http::ActorOf(req), id, member, *on));
               });
             });
  router.Add(Method::kGet, "/api/v1/bodies/{id}/sessions",
             {.summary = "Заседания органа", .tag = "bodies", .response_schema = ItemsOf("BodySessionSummary")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 auto actor = http::ActorOf(req);
                 auto sessions = service.Sessions(actor, id);
                 if (!sessions) return http::ErrorResponse(sessions.error());
                 Json items = Json::array();
                 for (const auto& s : *sessions) {
                   auto card = service.GetSession(actor, s.id);
                   if (!card) return http::ErrorResponse(card.error());
                   items.push_back(SessionSummary(s, card->quorum.members, card->quorum.present, card->quorum.reached));
                 }
                 return http::JsonResponse({{"items", std::move(items)}});
               });
             });
  router.Add(Method::kPost, "/api/v1/bodies/{id}/sessions",
             {.summary = "Назначить заседание",
              .tag = "bodies",
              .request_schema = kSessionInput,
              .response_schema = http::RefSchema("BodySession"),
              .status = 201},
             [&service, session_reply](Request& req) -> Response {
               return WithIdAndBody(req, [&](std::int64_t id, http::FieldReader& in) {
                 auto held = in.Date("held_on");
                 if (!held && !in.error()) in.Fail("held_on", "Укажите дату заседания", "date_required");
                 auto title = in.Str("title");
                 auto place = in.Str("place");
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return session_reply(service.CreateSession(http::ActorOf(req), id, *held, title, place), 201);
               });
             });
  router.Add(Method::kGet, "/api/v1/sessions/{id}",
             {.summary = "Заседание: состав, присутствие и кворум, повестка, голосования, решения",
              .tag = "bodies",
              .response_schema = http::RefSchema("BodySession")},
             [&service, session_reply](Request& req) -> Response {
               return http::WithPathId(
                   req, [&](std::int64_t id) { return session_reply(service.GetSession(http::ActorOf(req), id)); });
             });
  router.Add(Method::kPut, "/api/v1/sessions/{id}/attendance",
             {.summary = "Отметить присутствующих (кворум пересчитывается)",
              .tag = "bodies",
              .request_schema = kAttendanceInput,
              .response_schema = http::RefSchema("BodySession")},
             [&service, session_reply](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::WithJsonObject(req, [&](const Json& body) {
                   http::FieldReader in(body);
                   if (!body.contains("present")) in.Fail("present", "Укажите список присутствующих");
                   auto present = in.Ids("present");
                   if (in.error()) return http::ErrorResponse(*in.error());
                   return session_reply(service.SetAttendance(http::ActorOf(req), id, present));
                 });
               });
             });
  router.Add(Method::kPost, "/api/v1/sessions/{id}/items",
             {.summary = "Добавить вопрос повестки (вид решения определяет нужное большинство)",
              .tag = "bodies",
              .request_schema = kItemInput,
              .response_schema = http::RefSchema("BodySession"),
              .status = 201},
             [&service, session_reply](Request& req) -> Response {
               return WithIdAndBody(req, [&](std::int64_t id, http::FieldReader& in) {
                 auto title = in.Str("title").value_or("");
                 DecisionKind kind = DecisionKind::kOrdinary;
                 if (auto k = in.Str("decision_kind"); k && !k->empty()) {
                   auto parsed = ParseDecisionKind(*k);
                   if (!parsed) {
                     in.Fail("decision_kind", "Вид решения: ordinary, election, composition, admission, exclusion");
                   }
                   kind = parsed.value_or(kind);
                 }
                 auto proposal = in.Str("proposal");
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return session_reply(service.AddItem(http::ActorOf(req), id, title, kind, proposal), 201);
               });
             });
  router.Add(Method::kPost, "/api/v1/sessions/{id}/items/{item_id}/vote",
             {.summary = "Голосование по вопросу: без кворума или без большинства решение не принимается (422)",
              .tag = "bodies",
              .request_schema = kVoteInput,
              .response_schema = http::RefSchema("BodySession")},
             [&service, session_reply](Request& req) -> Response {
               return WithIdsAndBody(req, "item_id", [&](std::int64_t id, std::int64_t item, http::FieldReader& in) {
                 VoteInput v;
                 v.vote = ReadVote(in);
                 v.decision = in.Str("decision");
                 v.owner_person_id = in.Int("owner_person_id");
                 v.due_on = in.Date("due_on");
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return session_reply(service.VoteItem(http::ActorOf(req), id, item, v));
               });
             });
  router.Add(Method::kPut, "/api/v1/sessions/{id}/items/{item_id}/decision",
             {.summary = "Решение: текст, ответственный, срок, исполнение",
              .tag = "bodies",
              .request_schema = kDecisionInput,
              .response_schema = http::RefSchema("BodySession")},
             [&service, session_reply](Request& req) -> Response {
               return WithIdsAndBody(req, "item_id", [&](std::int64_t id, std::int64_t item, http::FieldReader& in) {
                 DecisionInput d;
                 d.text = in.Str("text").value_or("");
                 d.owner_person_id = in.Int("owner_person_id");
                 d.due_on = in.Date("due_on");
                 d.done_on = in.Date("done_on");
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return session_reply(service.UpdateDecision(http::ActorOf(req), id, item, d));
               });
             });
  router.Add(Method::kGet, "/api/v1/sessions/{id}/protocol.docx",
             {.summary = "Протокол заседания (DOCX) с подписями по положению",
              .tag = "bodies",
              .response_type = http::kDocxType},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 auto docx = service.ProtocolDocx(http::ActorOf(req), id);
                 if (!docx) return http::ErrorResponse(docx.error());
                 return http::Download(std::move(*docx), http::kDocxType,
                                       "Протокол заседания " + std::to_string(id) + ".docx");
               });
             });
  router.Add(Method::kPost, "/api/v1/sessions/{id}/protocol",
             {.summary = "Сформировать протокол и зарегистрировать его в реестре документов",
              .tag = "bodies",
              .response_schema = http::RefSchema("BodyProtocolRegistration"),
              .status = 201},
             [&service, clk](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::Reply(
                     service.RegisterProtocol(http::ActorOf(req), id),
                     [&](const SessionCard& card) {
                       return Json{{"document_id", Nullable(card.session.protocol_document_id)},
                                   {"number", std::to_string(card.session.number)},
                                   {"session", ToJson(card, clk->Today())}};
                     },
                     201);
               });
             });

  // ---- associations ----
  router.Add(Method::kGet, "/api/v1/associations",
             {.summary = "Ассоциации педагогов (учителей-предметников, молодых педагогов)",
              .tag = "bodies",
              .response_schema = ItemsOf("Association")},
             [&service](Request& req) -> Response {
               return http::ReplyItems(service.Associations(http::ActorOf(req)),
                                       [](const AssociationRecord& a) { return ToJson(a); });
             });
  router.Add(Method::kGet, "/api/v1/associations/{id}",
             {.summary = "Ассоциация: правила, территориальные отделения",
              .tag = "bodies",
              .response_schema = http::RefSchema("AssociationCard")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 auto card = service.GetAssociation(http::ActorOf(req), id);
                 if (!card) return http::ErrorResponse(card.error());
                 Json j = ToJson(card->association);
                 Json rules = Json::array();
                 if (card->association.kind == "young_teachers") {
                   rules.push_back({{"code", "age_limit"},
                                    {"text", "Члены — педагоги в возрасте до 35 лет"},
                                    {"section", "003 §App4 5.2"}});
                   rules.push_back({{"code", "exclusion"},
                                    {"text", "Исключение — две трети голосов членов Совета"},
                                    {"section", "003 §App4 5.8"}});
                   rules.push_back({{"code", "branches"},
                                    {"text",
                                     "Территориальное отделение — не менее трёх членов, не более одного на "
                                     "муниципалитет"},
                                    {"section", "SPEC §9"}});
                   rules.push_back({{"code", "term"},
                                    {"text", "Совет и Президент избираются на три года"},
                                    {"section", "003 §App4 6.6, 6.14"}});
                 } else {
                   rules.push_back({{"code", "recommendation"},
                                    {"text",
                                     "Приём — по личному заявлению и рекомендации одного из членов, решением "
                                     "Совета большинством голосов участвующих в заседании"},
                                    {"section", "003 §App3 3.4"}});
                   rules.push_back({{"code", "assembly"},
                                    {"text",
                                     "Общее собрание — не реже раза в три года, правомочно при участии не "
                                     "менее 50 % членов"},
                                    {"section", "003 §App3 3.9"}});
                 }
                 j["rules"] = std::move(rules);
                 Json branches = Json::array();
                 for (const auto& b : card->branches) {
                   branches.push_back({{"id", b.id},
                                       {"municipality_id", Nullable(b.place.municipality_id)},
                                       {"municipality_name", Nullable(b.place.municipality_name)},
                                       {"name", b.name},
                                       {"members_count", b.members_count}});
                 }
                 j["branches"] = std::move(branches);
                 return http::JsonResponse(j);
               });
             });
  router.Add(Method::kGet, "/api/v1/associations/{id}/members",
             {.summary = "Реестр членов ассоциации (номер свидетельства, согласие, отделение)",
              .tag = "bodies",
              .response_schema = ItemsOf("AssociationMember"),
              .query = {"municipality", "branch", "status"}},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 RegistryFilter f;
                 auto m = QueryId(req, "municipality");
                 if (!m) return http::ErrorResponse(m.error());
                 f.municipality_id = *m;
                 auto b = QueryId(req, "branch");
                 if (!b) return http::ErrorResponse(b.error());
                 f.branch_id = *b;
                 if (auto s = req.QueryParam("status"); s && !s->empty()) {
                   if (*s != "active" && *s != "ended") {
                     return http::ErrorResponse(core::ValidationError("status", "Статус: active или ended"));
                   }
                   f.status = *s;
                 }
                 return http::ReplyItems(service.Registry(http::ActorOf(req), id, f),
                                         [](const RegistryMember& r) { return ToJson(r); });
               });
             });
  router.Add(Method::kGet, "/api/v1/associations/{id}/applications",
             {.summary = "Заявления о приёме",
              .tag = "bodies",
              .response_schema = ItemsOf("AssociationApplication"),
              .query = {"status"}},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 std::optional<std::string> status;
                 if (auto s = req.QueryParam("status"); s && !s->empty()) {
                   if (*s != "submitted" && *s != "admitted") {
                     return http::ErrorResponse(core::ValidationError("status", "Статус: submitted или admitted"));
                   }
                   status = *s;
                 }
                 return http::ReplyItems(service.Applications(http::ActorOf(req), id, status),
                                         [](const ApplicationRecord& a) { return ToJson(a); });
               });
             });
  router.Add(Method::kPost, "/api/v1/associations/{id}/applications",
             {.summary = "Заявление о приёме в члены (с согласием на обработку персональных данных)",
              .tag = "bodies",
              .request_schema = kApplicationInput,
              .response_schema = http::RefSchema("AssociationApplication"),
              .status = 201},
             [&service](Request& req) -> Response {
               return WithIdAndBody(req, [&](std::int64_t id, http::FieldReader& in) {
                 ApplicationDraft d;
                 d.person_id = in.Int("person_id");
                 d.applied_on = in.Date("applied_on");
                 d.consent_on = in.Date("consent_on");
                 d.recommender_person_id = in.Int("recommender_person_id");
                 d.text = in.Str("text");
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return http::Reply(
                     service.Apply(http::ActorOf(req), id, d), [](const ApplicationRecord& a) { return ToJson(a); },
                     201);
               });
             });
  router.Add(Method::kPost, "/api/v1/associations/{id}/applications/{application_id}/decision",
             {.summary = "Решение совета о приёме: голосование на заседании совета",
              .tag = "bodies",
              .request_schema = kCouncilVoteInput,
              .response_schema = http::RefSchema("AssociationAdmission"),
              .status = 201},
             [&service, clk](Request& req) -> Response {
               return WithIdsAndBody(req, "application_id",
                                     [&](std::int64_t id, std::int64_t app, http::FieldReader& in) {
                                       auto session = in.Int("session_id");
                                       if (!session && !in.error())
                                         in.Fail("session_id", "Укажите заседание совета", "session_not_of_council");
                                       auto vote = ReadVote(in);
                                       if (in.error()) return http::ErrorResponse(*in.error());
                                       return http::Reply(
                                           service.Decide(http::ActorOf(req), id, app, *session, vote),
                                           [&](const AdmissionResult& result) {
                                             return Json{{"application", ToJson(result.application)},
                                                         {"member", ToJson(result.member)},
                                                         {"session", ToJson(result.session, clk->Today())}};
                                           },
                                           201);
                                     });
             });
  router.Add(Method::kPost, "/api/v1/associations/{id}/members/{member_id}/exclusion",
             {.summary = "Исключение решением совета (ассоциация молодых педагогов — две трети членов совета)",
              .tag = "bodies",
              .request_schema = kCouncilVoteInput,
              .response_schema = http::RefSchema("AssociationMember")},
             [&service](Request& req) -> Response {
               return WithIdsAndBody(
                   req, "member_id", [&](std::int64_t id, std::int64_t member, http::FieldReader& in) {
                     auto session = in.Int("session_id");
                     if (!session && !in.error())
                       in.Fail("session_id", "Укажите заседание совета", "session_not_of_council");
                     auto vote = ReadVote(in);
                     auto reason = in.Str("reason").value_or("");
                     if (in.error()) return http::ErrorResponse(*in.error());
                     return http::Reply(service.Exclude(http::ActorOf(req), id, member, *session, vote, reason),
                                        [](const RegistryMember& m) { return ToJson(m); });
                   });
             });
  router.Add(Method::kPost, "/api/v1/associations/{id}/members/{member_id}/withdrawal",
             {.summary = "Выход из ассоциации по заявлению",
              .tag = "bodies",
              .request_schema = R"({"type":"object","properties":{"ended_on":{"type":"string","format":"date"}}})",
              .response_schema = http::RefSchema("AssociationMember")},
             [&service](Request& req) -> Response {
               return WithIdsAndBody(req, "member_id",
                                     [&](std::int64_t id, std::int64_t member, http::FieldReader& in) {
                                       auto on = in.Date("ended_on");
                                       if (in.error()) return http::ErrorResponse(*in.error());
                                       return http::Reply(service.Withdraw(http::ActorOf(req), id, member, on),
                                                          [](const RegistryMember& m) { return ToJson(m); });
                                     });
             });
  router.Add(Method::kPost, "/api/v1/associations/{id}/branches",
             {.summary = "Территориальное отделение (не менее трёх членов, не более одного на муниципалитет)",
              .tag = "bodies",
              .request_schema = kBranchInput,
              .response_schema = http::RefSchema("Body"),
              .status = 201},
             [&service, body_reply](Request& req) -> Response {
               return WithIdAndBody(req, [&](std::int64_t id, http::FieldReader& in) {
                 BranchDraft d;
                 auto m = in.Int("municipality_id");
                 if (!m && !in.error()) in.Fail("municipality_id", "Укажите муниципальное образование");
                 d.municipality_id = m.value_or(0);
                 d.name = in.Str("name");
                 d.member_ids = in.Ids("member_ids");
                 d.head_member_id = in.Int("head_member_id");
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return body_reply(service.CreateBranch(http::ActorOf(req), id, d), 201);
               });
             });
  router.Add(Method::kGet, "/api/v1/associations/{id}/members/{member_id}/certificate.docx",
             {.summary = "Свидетельство о членстве (DOCX, номер из реестра)",
              .tag = "bodies",
              .response_type = http::kDocxType},
             [&service](Request& req) -> Response {
               return WithIds(req, "member_id", [&](std::int64_t id, std::int64_t member) {
                 auto docx = service.CertificateDocx(http::ActorOf(req), id, member);
                 if (!docx) return http::ErrorResponse(docx.error());
                 return http::Download(std::move(*docx), http::kDocxType,
                                       "Свидетельство " + std::to_string(member) + ".docx");
               });
             });
  for (const auto& named : kSchemas) router.AddSchema(named.name, named.schema);
  router.AddSchema("BodyInput", kBodyInput);
}

}  // namespace metodset::bodies
