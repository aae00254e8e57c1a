#include "modules/mentoring/http/routes.hpp"

#include <cmath>

#include "platform/http/field_reader.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/reply.hpp"
#include "platform/http/request_context.hpp"

namespace metodset::mentoring {
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

std::string_view ProximityCode(Proximity p) {
  switch (p) {
    case Proximity::kSameOrganisationSameSubject:
      return "same_organisation_same_subject";
    case Proximity::kSameMunicipalitySameSubject:
      return "same_municipality_same_subject";
    case Proximity::kSameOrganisationOtherSubject:
      return "same_organisation_other_subject";
    case Proximity::kSameMunicipalityOtherSubject:
      return "same_municipality_other_subject";
    case Proximity::kOtherMunicipalitySameSubject:
      return "other_municipality_same_subject";
  }
  return {};
}

std::string_view StateCode(ReportState s) {
  switch (s) {
    case ReportState::kUpcoming:
      return "upcoming";
    case ReportState::kOpen:
      return "open";
    case ReportState::kSubmitted:
      return "submitted";
    case ReportState::kMissed:
      return "missed";
  }
  return {};
}

Json ToJson(const Requirement& r) {
  return {{"code", r.code}, {"section", r.section}, {"met", r.met}, {"blocking", r.blocking}, {"text", r.text}};
}

Json ToJson(const PersonRef& p) {
  return {{"id", p.id},
          {"full_name", p.name},
          {"organisation_id", Nullable(p.place.organisation_id)},
          {"organisation_name", Nullable(p.place.organisation_name)},
          {"municipality_id", Nullable(p.place.municipality_id)},
          {"municipality_name", Nullable(p.place.municipality_name)},
          {"subjects", p.subjects}};
}

Json Summary(const PairRecord& p) {
  return {{"id", p.id},
          {"status", Code(p.status)},
          {"kind", Code(p.kind)},
          {"category", Code(p.category)},
          {"subject", Nullable(p.subject)},
          {"mentee_id", p.mentee_id},
          {"mentee_name", p.mentee_name},
          {"mentor_id", Nullable(p.mentor_id)},
          {"mentor_name", p.mentor_name},
          {"organisation_id", Nullable(p.place.organisation_id)},
          {"organisation_name", Nullable(p.place.organisation_name)},
          {"municipality_id", Nullable(p.place.municipality_id)},
          {"municipality_name", Nullable(p.place.municipality_name)},
          {"starts_on", p.starts_on.Iso()},
          {"ends_on", p.ends_on.Iso()},
          {"directive_number", Nullable(p.directive_number)},
          {"directive_on", Nullable(p.directive_on)},
          {"directive_late", p.directive_late}};
}

Json ToJson(const PairCard& card) {
  const auto& p = card.record;
  Json collective = Json::array();
  for (const auto& m : p.collective) collective.push_back({{"id", m.person_id}, {"full_name", m.name}});
  Json plan = Json::array();
  for (const auto& i : p.plan) {
    plan.push_back({{"id", i.id},
                    {"title", i.title},
                    {"due_on", i.due_on.Iso()},
                    {"done_on", Nullable(i.done_on)},
                    {"overdue", !i.done_on && i.due_on < card.on}});
  }
  Json reports = Json::array();
  for (const auto& r : p.reports) {
    reports.push_back({{"id", r.id},
                       {"author", r.author},
                       {"period_due_on", Nullable(r.period_due_on)},
                       {"submitted_on", r.submitted_on.Iso()},
                       {"text", r.text},
                       {"created_at", r.created_at}});
  }
  Json statuses = Json::array();
  for (const auto& s : card.report_statuses) {
    statuses.push_back({{"period_from", s.period_from.Iso()},
                        {"due_on", s.due_on.Iso()},
                        {"state", StateCode(s.state)},
                        {"submitted_on", Nullable(s.submitted_on)},
                        {"text", s.text}});
  }
  Json directive = nullptr;
  if (p.directive_number || p.directive_on) {
    directive = {{"number", Nullable(p.directive_number)},
                 {"date", Nullable(p.directive_on)},
                 {"late", p.directive_late},
                 {"text", card.directive_check ? Json(card.directive_check->text) : Json(nullptr)}};
  }
  std::optional<std::string> subject_title;
  if (p.subject) {
    auto it = card.subject_titles.find(*p.subject);
    subject_title = it == card.subject_titles.end() ? *p.subject : it->second;
  }
  std::optional<std::string> reason_label;
  if (p.end_reason) {
    if (auto reason = ParseReplacementReason(*p.end_reason)) reason_label = std::string(Label(*reason));
  }
  return {{"id", p.id},
          {"status", Code(p.status)},
          {"status_label", Label(p.status)},
          {"kind", Code(p.kind)},
          {"kind_label", Label(p.kind)},
          {"category", Code(p.category)},
          {"category_label", Label(p.category)},
          {"subject", Nullable(p.subject)},
          {"subject_title", Nullable(subject_title)},
          {"mentee", {{"id", p.mentee_id}, {"full_name", p.mentee_name}}},
          {"mentor", {{"id", Nullable(p.mentor_id)}, {"full_name", p.mentor_name}}},
          {"collective", std::move(collective)},
          {"region_id", p.place.region_id},
          {"municipality_id", Nullable(p.place.municipality_id)},
          {"municipality_name", Nullable(p.place.municipality_name)},
          {"organisation_id", Nullable(p.place.organisation_id)},
          {"organisation_name", Nullable(p.place.organisation_name)},
          {"hired_on", p.hired_on.Iso()},
          {"graduation_on", Nullable(p.graduation_on)},
          {"starts_on", p.starts_on.Iso()},
          {"ends_on", p.ends_on.Iso()},
          {"term_explanation", card.term_explanation},
          {"council", p.council ? Json{{"protocol_number", p.council->protocol_number}, {"date", p.council->date.Iso()}}
                                : Json(nullptr)},
          {"mentor_consent_on", Nullable(p.mentor_consent_on)},
          {"mentee_consent_on", Nullable(p.mentee_consent_on)},
          {"directive_deadline", card.directive_deadline.Iso()},
          {"directive", std::move(directive)},
          {"replaces_id", Nullable(p.replaces_id)},
          {"replaced_by_id", Nullable(p.replaced_by_id)},
          {"end_reason", Nullable(p.end_reason)},
          {"end_reason_label", Nullable(reason_label)},
          {"end_details", Nullable(p.end_details)},
          {"ended_on", Nullable(p.ended_on)},
          {"plan", std::move(plan)},
          {"reports", std::move(reports)},
          {"report_statuses", std::move(statuses)},
          {"reports_overdue", card.reports_overdue},
          {"plan_overdue", card.plan_overdue},
          {"on", card.on.Iso()},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at}};
}

Response ReplyCard(const core::Result<PairCard>& card, int status = 200) {
  return http::Reply(card, [](const PairCard& c) { return ToJson(c); }, status);
}

// Every problem names its field as the API does (`pairs[2].mentor_id`).
Appointment ReadAppointment(http::FieldReader& in) {
  Appointment a;
  auto protocol = in.Str("council_protocol");
  auto council_date = in.Date("council_date");
  if (protocol && !protocol->empty() && council_date) {
    a.council = CouncilRecommendation{*protocol, *council_date};
  } else if ((protocol && !protocol->empty()) != council_date.has_value()) {
    in.Fail(council_date ? "council_protocol" : "council_date",
            "Рекомендация методического совета: укажите номер и дату протокола");
  }
  a.mentor_consent_on = in.Date("mentor_consent_on");
  a.mentee_consent_on = in.Date("mentee_consent_on");
  a.directive_number = in.Str("directive_number");
  if (a.directive_number && a.directive_number->empty()) a.directive_number.reset();
  a.directive_on = in.Date("directive_on");
  return a;
}

PairDraft ReadDraft(http::FieldReader& in, bool required_ids) {
  PairDraft d;
  auto mentee = in.Int("mentee_id");
  if (!mentee && required_ids) in.Fail("mentee_id", "Укажите подшефного");
  d.mentee_id = mentee.value_or(0);
  d.mentor_id = in.Int("mentor_id");
  d.collective = in.Ids("collective");
  d.kind = in.Code<MentorKind>("kind", ParseMentorKind, "Вид наставника: subject, consultant или collective")
               .value_or(d.collective.empty() ? MentorKind::kSubject : MentorKind::kCollective);
  d.category = in.Code<MenteeCategory>("category", ParseMenteeCategory,
                                       "Категория подшефного: young_specialist, student_intern, working_student или "
                                       "after_military_service")
                   .value_or(MenteeCategory::kYoungSpecialist);
  d.subject = in.Str("subject");
  d.hired_on = in.Date("hired_on");
  d.graduation_on = in.Date("graduation_on");
  d.appointment = ReadAppointment(in);
  return d;
}

// A plan item of the body; `id` is 0 for a new one.
PlanItem ReadPlanItem(http::FieldReader& in, std::int64_t id) {
  PlanItem item;
  item.id = id;
  item.title = in.Str("title").value_or("");
  auto due = in.Date("due_on");
  if (!due && !in.error()) in.Fail("due_on", "Укажите срок");
  item.due_on = due.value_or(core::Date{});
  item.done_on = in.Date("done_on");
  return item;
}

// `handle(id, fields)` for the pair `{id}` and its JSON body; `handle` answers when the fields are read.
template <class F>
Response WithPairBody(const Request& req, F&& handle) {
  return http::WithPathId(req, [&](std::int64_t id) {
    return http::WithJsonObject(req, [&](const Json& body) {
      http::FieldReader in(body);
      return handle(id, in);
    });
  });
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

// The territory of a proposal or a coverage report: `organisation`, `municipality` or `region` (the narrowest
// given wins), read by `get`.
template <typename Get>
core::Result<std::optional<core::Scope>> ReadUnit(Get get) {
  for (auto [name, kind] :
       {std::pair{"organisation", core::ScopeKind::kOrganisation},
        std::pair{"municipality", core::ScopeKind::kMunicipality}, std::pair{"region", core::ScopeKind::kRegion}}) {
    auto id = get(name);
    if (!id) return id.error();
    if (*id) return std::optional<core::Scope>(core::Scope{kind, **id});
  }
  return std::optional<core::Scope>();
}

std::string_view ScopeKindCode(core::ScopeKind kind) {
  switch (kind) {
    case core::ScopeKind::kRegion:
      return "region";
    case core::ScopeKind::kMunicipality:
      return "municipality";
    case core::ScopeKind::kOrganisation:
      return "organisation";
    default:
      return "all";
  }
}

Json Share(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return nullptr;
  return std::round(1000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 10.0;
}

constexpr const char* kRequirement = R"({"type":"object","required":["code","section","met","blocking","text"],
"properties":{"code":{"type":"string"},"section":{"type":"string"},"met":{"type":"boolean"},"blocking":{
"type":"boolean"},"text":{"type":"string"}}})";
constexpr const char* kPersonRef = R"({"type":"object","required":["id","full_name","subjects"],"properties":{
"id":{"type":"integer"},"full_name":{"type":"string"},"organisation_id":{"type":"integer","nullable":true},
"organisation_name":{"type":"string","nullable":true},"municipality_id":{"type":"integer","nullable":true},
"municipality_name":{"type":"string","nullable":true},"subjects":{"type":"array","items":{"type":"string"}}}})";
constexpr const char* kPairSummary = R"({"type":"object","required":["id","status","kind","category","mentee_id",
"mentee_name","mentor_name","starts_on","ends_on","directive_late"],"properties":{"id":{"type":"integer"},
"status":{"type":"string","enum":["proposed","active","completed","replaced","cancelled"]},"kind":{"type":"string",
"enum":["subject","consultant","collective"]},"category":{"type":"string"},"subject":{"type":"string",
"nullable":true},"mentee_id":{"type":"integer"},"mentee_name":{"type":"string"},"mentor_id":{"type":"integer",
"nullable":true},"mentor_name":{"type":"string"},"organisation_id":{"type":"integer","nullable":true},
"organisation_name":{"type":"string","nullable":true},"municipality_id":{"type":"integer","nullable":true},
"municipality_name":{"type":"string","nullable":true},"starts_on":{"type":"string","format":"date"},"ends_on":{
"type":"string","format":"date"},"directive_number":{"type":"string","nullable":true},"directive_on":{
"type":"string","format":"date","nullable":true},"directive_late":{"type":"boolean"}}})";
constexpr const char* kPair = R"({"type":"object","required":["id","status","kind","category","mentee","mentor",
"collective","region_id","hired_on","starts_on","ends_on","term_explanation","directive_deadline","plan","reports",
"report_statuses","reports_overdue","plan_overdue","on"],"properties":{"id":{"type":"integer"},"status":{
"type":"string","enum":["proposed","active","completed","replaced","cancelled"]},"status_label":{"type":"string"},
"kind":{"type":"string","enum":["subject","consultant","collective"]},"kind_label":{"type":"string"},"category":{
"type":"string","enum":["young_specialist","student_intern","working_student","after_military_service"]},
"category_label":{"type":"string"},"subject":{"type":"string","nullable":true},"subject_title":{"type":"string",
"nullable":true},"mentee":{"type":"object","required":["id","full_name"],"properties":{"id":{"type":"integer"},
"full_name":{"type":"string"}}},"mentor":{"type":"object","required":["id","full_name"],"properties":{"id":{
"type":"integer","nullable":true},"full_name":{"type":"string"}}},"collective":{"type":"array","items":{
"type":"object","required":["id","full_name"],"properties":{"id":{"type":"integer"},"full_name":{"type":"string"}}}},
"region_id":{"type":"integer"},"municipality_id":{"type":"integer","nullable":true},"municipality_name":{
"type":"string","nullable":true},"organisation_id":{"type":"integer","nullable":true},"organisation_name":{
"type":"string","nullable":true},"hired_on":{"type":"string","format":"date"},"graduation_on":{"type":"string",
"format":"date","nullable":true},"starts_on":{"type":"string","format":"date"},"ends_on":{"type":"string",
"format":"date"},"term_explanation":{"type":"string"},"council":{"type":"object","nullable":true,"required":[
"protocol_number","date"],"properties":{"protocol_number":{"type":"string"},"date":{"type":"string",
"format":"date"}}},"mentor_consent_on":{"type":"string","format":"date","nullable":true},"mentee_consent_on":{
"type":"string","format":"date","nullable":true},"directive_deadline":{"type":"string","format":"date"},
"directive":{"type":"object","nullable":true,"required":["number","date","late","text"],"properties":{"number":{
"type":"string","nullable":true},"date":{"type":"string","format":"date","nullable":true},"late":{"type":"boolean"},
"text":{"type":"string","nullable":true}}},"replaces_id":{"type":"integer","nullable":true},"replaced_by_id":{
"type":"integer","nullable":true},"end_reason":{"type":"string","nullable":true},"end_reason_label":{"type":"string",
"nullable":true},"end_details":{"type":"string","nullable":true},"ended_on":{"type":"string","format":"date",
"nullable":true},"plan":{"type":"array","items":{"type":"object","required":["id","title","due_on","done_on",
"overdue"],"properties":{"id":{"type":"integer"},"title":{"type":"string"},"due_on":{"type":"string",
"format":"date"},"done_on":{"type":"string","format":"date","nullable":true},"overdue":{"type":"boolean"}}}},
"reports":{"type":"array","items":{"type":"object","required":["id","author","period_due_on","submitted_on","text",
"created_at"],"properties":{"id":{"type":"integer"},"author":{"type":"string","enum":["mentor","mentee"]},
"period_due_on":{"type":"string","format":"date","nullable":true},"submitted_on":{"type":"string","format":"date"},
"text":{"type":"string"},"created_at":{"type":"string"}}}},"report_statuses":{"type":"array","items":{
"type":"object","required":["period_from","due_on","state","submitted_on","text"],"properties":{"period_from":{
"type":"string","format":"date"},"due_on":{"type":"string","format":"date"},"state":{"type":"string","enum":[
"upcoming","open","submitted","missed"]},"submitted_on":{"type":"string","format":"date","nullable":true},"text":{
"type":"string"}}}},"reports_overdue":{"type":"boolean"},"plan_overdue":{"type":"boolean"},"on":{"type":"string",
"format":"date"},"created_at":{"type":"string"},"updated_at":{"type":"string"}}})";
// The fields of an appointment, shared by the inputs that appoint (003 §App2 3.1).
#define METODSET_APPOINTMENT_FIELDS                                                                                 \
  R"("council_protocol":{"type":"string","nullable":true},"council_date":{"type":"string","format":"date",)"        \
  R"("nullable":true},"mentor_consent_on":{"type":"string","format":"date","nullable":true},"mentee_consent_on":{)" \
  R"("type":"string","format":"date","nullable":true},"directive_number":{"type":"string","nullable":true},)"       \
  R"("directive_on":{"type":"string","format":"date","nullable":true})"
constexpr const char* kPairInput = R"({"type":"object","required":["mentee_id"],"properties":{"mentee_id":{
"type":"integer"},"mentor_id":{"type":"integer","nullable":true},"collective":{"type":"array","items":{
"type":"integer"}},"kind":{"type":"string","enum":["subject","consultant","collective"]},"category":{"type":"string",
"enum":["young_specialist","student_intern","working_student","after_military_service"]},"subject":{"type":"string",
"nullable":true},"hired_on":{"type":"string","format":"date","nullable":true},"graduation_on":{"type":"string",
"format":"date","nullable":true},)" METODSET_APPOINTMENT_FIELDS "}}";
constexpr const char* kAppointmentInput = R"({"type":"object","required":["directive_number","directive_on"],
"properties":{)" METODSET_APPOINTMENT_FIELDS "}}";
constexpr const char* kPlanItemInput = R"({"type":"object","required":["title","due_on"],"properties":{"title":{
"type":"string"},"due_on":{"type":"string","format":"date"},"done_on":{"type":"string","format":"date",
"nullable":true}}})";
constexpr const char* kReportInput = R"({"type":"object","required":["author","text"],"properties":{"author":{
"type":"string","enum":["mentor","mentee"]},"submitted_on":{"type":"string","format":"date","nullable":true},
"text":{"type":"string"}}})";
constexpr const char* kReplacementInput = R"({"type":"object","required":["new_mentor_id","reason",
"directive_number","directive_on"],"properties":{"new_mentor_id":{"type":"integer"},"reason":{"type":"string",
"enum":["personal_application","long_absence","dismissal","transfer","disciplinary_action",
"psychological_incompatibility"]},"party":{"type":"string","enum":["mentee","mentor"],"nullable":true},
"absence_cause":{"type":"string","nullable":true},"details":{"type":"string","nullable":true},"kind":{
"type":"string","enum":["subject","consultant"]},)" METODSET_APPOINTMENT_FIELDS "}}";
constexpr const char* kCompleteInput = R"({"type":"object","properties":{"ended_on":{"type":"string",
"format":"date","nullable":true}}})";
constexpr const char* kCancelInput = R"({"type":"object","properties":{"reason":{"type":"string",
"nullable":true}}})";
constexpr const char* kCandidates =
    R"({"type":"object","required":["on","mentee","hired_on","total","items"],"properties":{"total":{"type":"integer"},
"on":{"type":"string","format":"date"},"mentee":{"$ref":"#/components/schemas/MentoringPersonRef"},"hired_on":{
"type":"string","format":"date"},"items":{"type":"array","items":{"type":"object","required":["person",
"experience","proximity","proximity_label","kind","active_mentees","proposed_mentees","requirements"],
"properties":{"person":{"$ref":"#/components/schemas/MentoringPersonRef"},"experience":{"type":"object",
"required":["years","months","days"],"properties":{"years":{"type":"integer"},"months":{"type":"integer"},"days":{
"type":"integer"}}},"proximity":{"type":"string"},"proximity_label":{"type":"string"},"kind":{"type":"string"},
"active_mentees":{"type":"integer"},"proposed_mentees":{"type":"integer"},"requirements":{"type":"array","items":{
"$ref":"#/components/schemas/MentoringRequirement"}}}}}}})";
constexpr const char* kUnit = R"({"type":"object","properties":{"region":{"type":"integer"},"municipality":{
"type":"integer"},"organisation":{"type":"integer"},"on":{"type":"string","format":"date"}}})";
constexpr const char* kProposal = R"({"type":"object","required":["on","unit","pairs","unassigned","total_cost",
"mentees_considered","mentors_considered"],"properties":{"on":{"type":"string","format":"date"},"unit":{
"type":"object","required":["kind","id"],"properties":{"kind":{"type":"string"},"id":{"type":"integer"}}},"pairs":{
"type":"array","items":{"type":"object","required":["mentee","mentor","hired_on","kind","proximity",
"proximity_label","cost"],"properties":{"mentee":{"$ref":"#/components/schemas/MentoringPersonRef"},"mentor":{
"$ref":"#/components/schemas/MentoringPersonRef"},"hired_on":{"type":"string","format":"date"},"kind":{
"type":"string"},"proximity":{"type":"string"},"proximity_label":{"type":"string"},"cost":{"type":"integer"}}}},
"unassigned":{"type":"array","items":{"type":"object","required":["mentee","reason","candidates","text"],
"properties":{"mentee":{"$ref":"#/components/schemas/MentoringPersonRef"},"reason":{"type":"string","enum":[
"no_mentor_in_reach","all_slots_taken"]},"candidates":{"type":"integer"},"text":{"type":"string"}}}},"total_cost":{
"type":"integer"},"mentees_considered":{"type":"integer"},"mentors_considered":{"type":"integer"}}})";
constexpr const char* kAcceptInput = R"({"type":"object","required":["pairs"],"properties":{"pairs":{"type":"array",
"items":{"type":"object","required":["mentee_id","mentor_id"],"properties":{"mentee_id":{"type":"integer"},
"mentor_id":{"type":"integer"},"kind":{"type":"string","enum":["subject","consultant"]},"category":{
"type":"string"}}}},)" METODSET_APPOINTMENT_FIELDS "}}";
constexpr const char* kAcceptResult = R"({"type":"object","required":["items"],"properties":{"items":{"type":"array",
"items":{"$ref":"#/components/schemas/MentorshipPairSummary"}}}})";
constexpr const char* kCoverage = R"({"type":"object","required":["on","unit","target_percent","young_specialists",
"with_mentor","share","items"],"properties":{"on":{"type":"string","format":"date"},"unit":{"type":"object",
"required":["kind","id"],"properties":{"kind":{"type":"string"},"id":{"type":"integer"}}},"target_percent":{
"type":"integer"},"young_specialists":{"type":"integer"},"with_mentor":{"type":"integer"},"share":{"type":"number",
"nullable":true},"items":{"type":"array","items":{"type":"object","required":["organisation_id",
"organisation_name","municipality_id","municipality_name","young_specialists","with_mentor","share","without_mentor"],
"properties":{"organisation_id":{"type":"integer"},"organisation_name":{"type":"string"},"municipality_id":{
"type":"integer"},"municipality_name":{"type":"string"},"young_specialists":{"type":"integer"},"with_mentor":{
"type":"integer"},"without_mentor":{"type":"integer"},"share":{"type":"number","nullable":true}}}}}})";
#undef METODSET_APPOINTMENT_FIELDS

}  // namespace

void AddRoutes(http::Router& router, MentoringService& service) {
  router.Add(Method::kGet, "/api/v1/mentoring/pairs",
             {.summary = "Пары наставничества (в своей области ответственности; наставник и подшефный — свои)",
              .tag = "mentoring",
              .response_schema = http::ListSchema("MentorshipPairSummary"),
              .query = {"municipality", "organisation", "status", "mentor", "mentee", "page", "size"}},
             [&service](Request& req) -> Response {
               PairFilter f;
               for (auto [name, to] :
                    {std::pair{"municipality", &f.municipality_id}, std::pair{"organisation", &f.organisation_id},
                     std::pair{"mentor", &f.mentor_id}, std::pair{"mentee", &f.mentee_id}}) {
                 auto id = QueryId(req, name);
                 if (!id) return http::ErrorResponse(id.error());
                 *to = *id;
               }
               if (auto status = req.QueryParam("status"); status && !status->empty()) {
                 f.status = ParsePairStatus(*status);
                 if (!f.status) {
                   return http::ErrorResponse(
                       core::ValidationError("status", "Статус: proposed, active, completed, replaced или cancelled"));
                 }
               }
               auto paging = http::ReadPaging(req);
               if (!paging) return http::ErrorResponse(paging.error());
               f.page = paging->page;
               f.size = paging->size;
               auto page = service.List(http::ActorOf(req), f);
               if (!page) return http::ErrorResponse(page.error());
               Json items = Json::array();
               for (const auto& p : page->items) items.push_back(Summary(p));
               return http::JsonResponse(http::ListEnvelope(std::move(items), page->total, *paging));
             });
  router.Add(Method::kPost, "/api/v1/mentoring/pairs",
             {.summary = "Предложить пару наставничества (с приказом — сразу закрепить)",
              .tag = "mentoring",
              .request_schema = http::RefSchema("MentorshipPairInput"),
              .response_schema = http::RefSchema("MentorshipPair"),
              .status = 201},
             [&service](Request& req) -> Response {
               return http::WithJsonObject(req, [&](const Json& body) {
                 http::FieldReader in(body);
                 auto draft = ReadDraft(in, true);
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return ReplyCard(service.Propose(http::ActorOf(req), draft), 201);
               });
             });
  router.Add(Method::kGet, "/api/v1/mentoring/pairs/{id}",
             {.summary = "Пара наставничества: срок, приказ, план, отчёты и просрочки на дату",
              .tag = "mentoring",
              .response_schema = http::RefSchema("MentorshipPair"),
              .query = {"on"}},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 auto on = ReadOn(req);
                 if (!on) return http::ErrorResponse(on.error());
                 return ReplyCard(service.Get(http::ActorOf(req), id, *on));
               });
             });
  router.Add(Method::kPost, "/api/v1/mentoring/pairs/{id}/appoint",
             {.summary = "Закрепить наставника приказом руководителя (п. 3.1)",
              .tag = "mentoring",
              .request_schema = http::RefSchema("MentorshipAppointmentInput"),
              .response_schema = http::RefSchema("MentorshipPair")},
             [&service](Request& req) -> Response {
               return WithPairBody(req, [&](std::int64_t id, http::FieldReader& in) {
                 auto appointment = ReadAppointment(in);
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return ReplyCard(service.Appoint(http::ActorOf(req), id, appointment));
               });
             });
  router.Add(Method::kPost, "/api/v1/mentoring/pairs/{id}/plan-items",
             {.summary = "Добавить пункт плана профессионального становления (п. 4.5)",
              .tag = "mentoring",
              .request_schema = http::RefSchema("MentorshipPlanItemInput"),
              .response_schema = http::RefSchema("MentorshipPair"),
              .status = 201},
             [&service](Request& req) -> Response {
               return WithPairBody(req, [&](std::int64_t id, http::FieldReader& in) {
                 auto item = ReadPlanItem(in, 0);
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return ReplyCard(service.AddPlanItem(http::ActorOf(req), id, item), 201);
               });
             });
  router.Add(Method::kPut, "/api/v1/mentoring/pairs/{id}/plan-items/{item_id}",
             {.summary = "Изменить пункт плана (отметить выполнение)",
              .tag = "mentoring",
              .request_schema = http::RefSchema("MentorshipPlanItemInput"),
              .response_schema = http::RefSchema("MentorshipPair")},
             [&service](Request& req) -> Response {
               return http::WithPathId(req, [&](std::int64_t id) {
                 return http::WithPathId(
                     req,
                     [&](std::int64_t item_id) {
                       return http::WithJsonObject(req, [&](const Json& body) {
                         http::FieldReader in(body);
                         auto item = ReadPlanItem(in, item_id);
                         if (in.error()) return http::ErrorResponse(*in.error());
                         return ReplyCard(service.UpdatePlanItem(http::ActorOf(req), id, item));
                       });
                     },
                     "item_id");
               });
             });
  router.Add(Method::kPost, "/api/v1/mentoring/pairs/{id}/reports",
             {.summary = "Сдать отчёт наставника (п. 4.4) или подшефного (п. 6.6)",
              .tag = "mentoring",
              .request_schema = http::RefSchema("MentorshipReportInput"),
              .response_schema = http::RefSchema("MentorshipPair"),
              .status = 201},
             [&service](Request& req) -> Response {
               return WithPairBody(req, [&](std::int64_t id, http::FieldReader& in) {
                 auto author = in.Str("author").value_or("");
                 auto submitted = in.Date("submitted_on");
                 auto text = in.Str("text").value_or("");
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return ReplyCard(service.SubmitReport(http::ActorOf(req), id, author, submitted, text), 201);
               });
             });
  router.Add(Method::kPost, "/api/v1/mentoring/pairs/{id}/replace",
             {.summary = "Заменить наставника приказом по основаниям п. 3.6 (новая пара продолжает срок)",
              .tag = "mentoring",
              .request_schema = http::RefSchema("MentorReplacementInput"),
              .response_schema = http::RefSchema("MentorshipPair"),
              .status = 201},
             [&service](Request& req) -> Response {
               return WithPairBody(req, [&](std::int64_t id, http::FieldReader& in) {
                 ReplacementRequest r;
                 r.replacement.new_mentor_id = in.Int("new_mentor_id").value_or(0);
                 r.replacement.reason = in.Code<ReplacementReason>(
                     "reason", ParseReplacementReason,
                     "Основание замены: personal_application, long_absence, dismissal, transfer, disciplinary_action "
                     "или psychological_incompatibility");
                 if (auto party = in.Str("party")) {
                   if (*party == "mentee") {
                     r.replacement.party = ReplacementParty::kMentee;
                   } else if (*party == "mentor") {
                     r.replacement.party = ReplacementParty::kMentor;
                   } else {
                     in.Fail("party", "Сторона: mentee (подшефный) или mentor (наставник)");
                   }
                 }
                 r.replacement.absence_cause = in.Code<AbsenceCause>(
                     "absence_cause", ParseAbsenceCause,
                     "Причина отсутствия: illness, child_care, family_member_care, long_leave, business_trip, study "
                     "или other");
                 r.replacement.details = in.Str("details").value_or("");
                 r.kind = in.Code<MentorKind>("kind", ParseMentorKind, "Вид наставника: subject или consultant");
                 r.appointment = ReadAppointment(in);
                 r.replacement.directive_number = r.appointment.directive_number.value_or("");
                 r.replacement.directive_on = r.appointment.directive_on;
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return ReplyCard(service.Replace(http::ActorOf(req), id, std::move(r)), 201);
               });
             });
  router.Add(Method::kPost, "/api/v1/mentoring/pairs/{id}/complete",
             {.summary = "Завершить наставничество",
              .tag = "mentoring",
              .request_schema = http::RefSchema("MentorshipCompleteInput"),
              .response_schema = http::RefSchema("MentorshipPair")},
             [&service](Request& req) -> Response {
               return WithPairBody(req, [&](std::int64_t id, http::FieldReader& in) {
                 auto ended = in.Date("ended_on");
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return ReplyCard(service.Complete(http::ActorOf(req), id, ended));
               });
             });
  router.Add(Method::kPost, "/api/v1/mentoring/pairs/{id}/cancel",
             {.summary = "Отменить предложение пары (до приказа)",
              .tag = "mentoring",
              .request_schema = http::RefSchema("MentorshipCancelInput"),
              .response_schema = http::RefSchema("MentorshipPair")},
             [&service](Request& req) -> Response {
               return WithPairBody(req, [&](std::int64_t id, http::FieldReader& in) {
                 auto reason = in.Str("reason");
                 if (in.error()) return http::ErrorResponse(*in.error());
                 return ReplyCard(service.Cancel(http::ActorOf(req), id, reason));
               });
             });
  router.Add(Method::kGet, "/api/v1/mentoring/candidates",
             {.summary = "Кандидаты в наставники для подшефного, ближайшие первыми, с обоснованием",
              .tag = "mentoring",
              .response_schema = http::RefSchema("MentorCandidates"),
              .query = {"mentee", "on", "limit"}},
             [&service](Request& req) -> Response {
               auto mentee = QueryId(req, "mentee");
               if (!mentee) return http::ErrorResponse(mentee.error());
               if (!*mentee) return http::ErrorResponse(core::ValidationError("mentee", "Укажите подшефного"));
               auto on = ReadOn(req);
               if (!on) return http::ErrorResponse(on.error());
               std::size_t limit = 20;
               if (auto text = req.QueryParam("limit"); text && !text->empty()) {
                 auto n = http::ParseId(*text, "limit");
                 if (!n || *n > 500) {
                   return http::ErrorResponse(core::ValidationError("limit", "Число кандидатов — от 1 до 500"));
                 }
                 limit = static_cast<std::size_t>(*n);
               }
               auto list = service.Candidates(http::ActorOf(req), **mentee, *on);
               if (!list) return http::ErrorResponse(list.error());
               const auto total = list->items.size();
               if (total > limit) list->items.resize(limit);
               Json items = Json::array();
               for (const auto& c : list->items) {
                 Json requirements = Json::array();
                 for (const auto& r : c.ranked.assessment.requirements) requirements.push_back(ToJson(r));
                 items.push_back(
                     {{"person", ToJson(c.person)},
                      {"experience",
                       {{"years", c.experience.years}, {"months", c.experience.months}, {"days", c.experience.days}}},
                      {"proximity", ProximityCode(c.ranked.proximity)},
                      {"proximity_label", Label(c.ranked.proximity)},
                      {"kind", Code(c.ranked.kind)},
                      {"active_mentees", c.active_mentees},
                      {"proposed_mentees", c.proposed_mentees},
                      {"requirements", std::move(requirements)}});
               }
               return http::JsonResponse({{"on", list->on.Iso()},
                                          {"mentee", ToJson(list->mentee)},
                                          {"hired_on", list->hired_on.Iso()},
                                          {"total", total},
                                          {"items", std::move(items)}});
             });
  router.Add(Method::kPost, "/api/v1/mentoring/proposals",
             {.summary = "Предложение наставников для всех молодых специалистов без наставника (не сохраняется)",
              .tag = "mentoring",
              .request_schema = http::RefSchema("MentoringProposalRequest"),
              .response_schema = http::RefSchema("MentoringProposal")},
             [&service](Request& req) -> Response {
               auto body = http::ParseJsonObject(req);
               if (!body) return http::ErrorResponse(body.error());
               http::FieldReader in(*body);
               auto unit = ReadUnit([&](const char* name) -> core::Result<std::optional<std::int64_t>> {
                 auto id = in.Int(name);
                 if (id && *id <= 0) in.Fail(name, "Ожидается положительный идентификатор");
                 return id;
               });
               auto on = in.Date("on");
               if (in.error()) return http::ErrorResponse(*in.error());
               if (!*unit) {
                 return http::ErrorResponse(core::ValidationError(
                     "municipality", "Укажите муниципальное образование, регион или организацию"));
               }
               auto view = service.ProposeFor(http::ActorOf(req), **unit, on);
               if (!view) return http::ErrorResponse(view.error());
               Json pairs = Json::array();
               for (const auto& p : view->proposal.pairs) {
                 pairs.push_back({{"mentee", ToJson(view->mentees[p.mentee_index])},
                                  {"mentor", ToJson(view->mentors[p.mentor_index])},
                                  {"hired_on", view->hired_on[p.mentee_index].Iso()},
                                  {"kind", Code(p.kind)},
                                  {"proximity", ProximityCode(p.proximity)},
                                  {"proximity_label", Label(p.proximity)},
                                  {"cost", p.cost}});
               }
               Json unassigned = Json::array();
               for (const auto& u : view->proposal.unassigned) {
                 unassigned.push_back({{"mentee", ToJson(view->mentees[u.mentee_index])},
                                       {"reason", u.reason == UnassignedReason::kNoMentorInReach ? "no_mentor_in_reach"
                                                                                                 : "all_slots_taken"},
                                       {"candidates", u.candidates},
                                       {"text", u.text}});
               }
               return http::JsonResponse({{"on", view->on.Iso()},
                                          {"unit", {{"kind", ScopeKindCode(view->unit.kind)}, {"id", view->unit.id}}},
                                          {"pairs", std::move(pairs)},
                                          {"unassigned", std::move(unassigned)},
                                          {"total_cost", view->proposal.total_cost},
                                          {"mentees_considered", view->proposal.mentees_considered},
                                          {"mentors_considered", view->mentors_considered}});
             });
  router.Add(Method::kPost, "/api/v1/mentoring/proposals/accept",
             {.summary = "Принять выбранные пары предложения одной транзакцией (с приказом — сразу закрепить)",
              .tag = "mentoring",
              .request_schema = http::RefSchema("MentoringAcceptInput"),
              .response_schema = http::RefSchema("MentoringAcceptResult"),
              .status = 201},
             [&service](Request& req) -> Response {
               auto body = http::ParseJsonObject(req);
               if (!body) return http::ErrorResponse(body.error());
               http::FieldReader in(*body);
               AcceptRequest request;
               request.appointment = ReadAppointment(in);
               if (in.error()) return http::ErrorResponse(*in.error());
               if (!body->contains("pairs") || !(*body)["pairs"].is_array()) {
                 return http::ErrorResponse(core::ValidationError("pairs", "Ожидается список пар"));
               }
               const auto& list = (*body)["pairs"];
               for (std::size_t i = 0; i < list.size(); ++i) {
                 const std::string at = "pairs[" + std::to_string(i) + "].";
                 if (!list[i].is_object()) {
                   return http::ErrorResponse(core::ValidationError(at.substr(0, at.size() - 1), "Ожидается объект"));
                 }
                 http::FieldReader item(list[i], at);
                 PairDraft draft;
                 auto mentee = item.Int("mentee_id");
                 auto mentor = item.Int("mentor_id");
                 if (!mentee) item.Fail("mentee_id", "Укажите подшефного");
                 if (!mentor) item.Fail("mentor_id", "Укажите наставника");
                 draft.mentee_id = mentee.value_or(0);
                 draft.mentor_id = mentor;
                 draft.kind = item.Code<MentorKind>("kind", ParseMentorKind, "Вид наставника: subject или consultant")
                                  .value_or(MentorKind::kSubject);
                 draft.category = item.Code<MenteeCategory>("category", ParseMenteeCategory, "Неизвестная категория")
                                      .value_or(MenteeCategory::kYoungSpecialist);
                 if (item.error()) return http::ErrorResponse(*item.error());
                 request.pairs.push_back(std::move(draft));
               }
               auto created = service.Accept(http::ActorOf(req), request);
               if (!created) return http::ErrorResponse(created.error());
               Json items = Json::array();
               for (const auto& p : *created) items.push_back(Summary(p));
               return http::JsonResponse({{"items", std::move(items)}}, 201);
             });
  router.Add(
      Method::kGet, "/api/v1/mentoring/coverage",
      {.summary = "Охват молодых специалистов наставничеством по организациям (цель 100 %)",
       .tag = "mentoring",
       .response_schema = http::RefSchema("MentoringCoverage"),
       .query = {"region", "municipality", "organisation", "on"}},
      [&service](Request& req) -> Response {
        auto unit = ReadUnit([&](const char* name) { return QueryId(req, name); });
        if (!unit) return http::ErrorResponse(unit.error());
        auto on = ReadOn(req);
        if (!on) return http::ErrorResponse(on.error());
        auto report = service.Coverage(http::ActorOf(req), *unit, *on);
        if (!report) return http::ErrorResponse(report.error());
        Json items = Json::array();
        for (const auto& r : report->rows) {
          items.push_back({{"organisation_id", r.organisation_id},
                           {"organisation_name", r.organisation_name},
                           {"municipality_id", r.municipality_id},
                           {"municipality_name", r.municipality_name},
                           {"young_specialists", r.young_specialists},
                           {"with_mentor", r.with_mentor},
                           {"without_mentor", r.young_specialists - r.with_mentor},
                           {"share", Share(r.with_mentor, r.young_specialists)}});
        }
        return http::JsonResponse({{"on", report->on.Iso()},
                                   {"unit", {{"kind", ScopeKindCode(report->unit.kind)}, {"id", report->unit.id}}},
                                   {"target_percent", CoverageReport::kTargetPercent},
                                   {"young_specialists", report->young_specialists},
                                   {"with_mentor", report->with_mentor},
                                   {"share", Share(report->with_mentor, report->young_specialists)},
                                   {"items", std::move(items)}});
      });
  router.AddSchema("MentoringRequirement", kRequirement);
  router.AddSchema("MentoringPersonRef", kPersonRef);
  router.AddSchema("MentorshipPairSummary", kPairSummary);
  router.AddSchema("MentorshipPair", kPair);
  router.AddSchema("MentorshipPairInput", kPairInput);
  router.AddSchema("MentorshipAppointmentInput", kAppointmentInput);
  router.AddSchema("MentorshipPlanItemInput", kPlanItemInput);
  router.AddSchema("MentorshipReportInput", kReportInput);
  router.AddSchema("MentorReplacementInput", kReplacementInput);
  router.AddSchema("MentorshipCompleteInput", kCompleteInput);
  router.AddSchema("MentorshipCancelInput", kCancelInput);
  router.AddSchema("MentorCandidates", kCandidates);
  router.AddSchema("MentoringProposalRequest", kUnit);
  router.AddSchema("MentoringProposal", kProposal);
  router.AddSchema("MentoringAcceptInput", kAcceptInput);
  router.AddSchema("MentoringAcceptResult", kAcceptResult);
  router.AddSchema("MentoringCoverage", kCoverage);
}

}  // namespace metodset::mentoring
