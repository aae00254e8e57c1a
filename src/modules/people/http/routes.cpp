#include "modules/people/http/routes.hpp"

#include "platform/http/json_body.hpp"
#include "platform/http/json_writer.hpp"
#include "platform/http/request_context.hpp"
#include "platform/office/xlsx_writer.hpp"

namespace metodset::people {
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

Json ToJson(const Experience& e) { return {{"years", e.years}, {"months", e.months}, {"days", e.days}}; }

/// `YYYY-MM-DD` into a buffer of 10 characters (no allocation per row).
std::string_view IsoInto(const core::Date& d, char (&buf)[11]) {
  auto put = [&](int value, int at, int digits) {
    for (int i = digits - 1; i >= 0; --i, value /= 10) buf[at + i] = static_cast<char>('0' + value % 10);
  };
  put(d.year, 0, 4);
  buf[4] = '-';
  put(d.month, 5, 2);
  buf[7] = '-';
  put(d.day, 8, 2);
  return {buf, 10};
}

// A row of the registry (PersonSummary), streamed: on a national registry this is the hottest answer.
void Write(http::JsonWriter& w, const PersonListItem& item, const core::Date& today, int attestation_months) {
  thread_local std::string full_name;  // FullName's form, built without a Person copy
  full_name.assign(item.last_name).append(" ").append(item.first_name);
  if (item.middle_name && !item.middle_name->empty()) full_name.append(" ").append(*item.middle_name);
  char birth[11];
  char until[11];
  w.BeginObject()
      .Key("id")
      .Int(item.id)
      .Key("full_name")
      .String(full_name)
      .Key("last_name")
      .String(item.last_name)
      .Key("first_name")
      .String(item.first_name)
      .Key("middle_name")
      .String(item.middle_name)
      .Key("birth_date")
      .String(IsoInto(item.birth_date, birth))
      .Key("organisation_id")
      .Int(item.place.organisation_id)
      .Key("organisation_name")
      .String(item.place.organisation_name)
      .Key("municipality_id")
      .Int(item.place.municipality_id)
      .Key("municipality_name")
      .String(item.place.municipality_name)
      .Key("position")
      .String(item.summary.position)
      .Key("subjects")
      .Strings(item.summary.subjects)
      .Key("category")
      .String(PeopleService::CategoryInForceOf(item, today))
      .Key("category_until");
  if (item.summary.category_until) {
    w.String(IsoInto(*item.summary.category_until, until));
  } else {
    w.Null();
  }
  w.Key("statuses").BeginArray();
  for (auto code : PeopleService::StatusesOf(item, today, attestation_months)) w.String(code);
  w.EndArray().EndObject();
}

Json ToJson(const PersonCard& card) {
  const auto& p = card.record.person;
  const auto& place = card.record.place;
  Json employments = Json::array();
  for (const auto& e : p.employments) {
    employments.push_back({{"id", e.id},
                           {"organisation_id", Nullable(e.organisation_id)},
                           {"organisation_name", e.organisation_name},
                           {"position", e.position},
                           {"subjects", e.subjects},
                           {"is_main", e.is_main},
                           {"pedagogical", e.pedagogical},
                           {"started_on", e.started_on.Iso()},
                           {"ended_on", Nullable(e.ended_on)}});
  }
  Json educations = Json::array();
  for (const auto& e : p.educations) {
    educations.push_back({{"id", e.id},
                          {"level", e.level},
                          {"pedagogical", e.pedagogical},
                          {"institution", e.institution},
                          {"speciality", Nullable(e.speciality)},
                          {"graduated_year", Nullable(e.graduated_year)}});
  }
  Json categories = Json::array();
  for (const auto& c : p.categories) {
    categories.push_back({{"id", c.id},
                          {"category", c.category},
                          {"awarded_on", c.awarded_on.Iso()},
                          {"valid_until", CategoryValidUntil(c.awarded_on).Iso()},
                          {"directive", Nullable(c.directive)}});
  }
  Json courses = Json::array();
  for (const auto& c : p.courses) {
    courses.push_back({{"id", c.id},
                       {"programme", c.programme},
                       {"provider", Nullable(c.provider)},
                       {"hours", c.hours},
                       {"started_on", c.started_on.Iso()},
                       {"ended_on", c.ended_on.Iso()}});
  }
  Json achievements = Json::array();
  for (const auto& a : p.achievements) {
    achievements.push_back({{"id", a.id},
                            {"kind", a.kind},
                            {"level", Nullable(a.level)},
                            {"title", a.title},
                            {"achieved_on", a.achieved_on.Iso()},
                            {"valid_until", Nullable(a.valid_until)},
                            {"document_id", Nullable(a.document_id)}});
  }
  Json consents = Json::array();
  for (const auto& c : p.consents) {
    consents.push_back({{"id", c.id},
                        {"purpose", c.purpose},
                        {"form", c.form},
                        {"given_on", c.given_on.Iso()},
                        {"withdrawn_on", Nullable(c.withdrawn_on)},
                        {"document_id", Nullable(c.document_id)}});
  }
  const auto& d = card.derived;
  Json specialty = Json::array();
  for (const auto& s : d.specialty) {
    specialty.push_back({{"subject", s.subject},
                         {"years", s.experience.years},
                         {"months", s.experience.months},
                         {"days", s.experience.days}});
  }
  Json derived = {
      {"on", d.on.Iso()},
      {"age", d.age},
      {"experience",
       {{"total", ToJson(d.total)}, {"pedagogical", ToJson(d.pedagogical)}, {"specialty", std::move(specialty)}}},
      {"category",
       {{"code", d.category.code},
        {"awarded_on", Nullable(d.category.awarded_on)},
        {"valid_until", Nullable(d.category.valid_until)},
        {"lapsed_on", Nullable(d.category.lapsed_on)}}},
      {"young_specialist", d.young_specialist},
      {"young_teacher", d.young_teacher},
      {"attestation_due", d.attestation_due},
      {"pd_due", d.pd_due},
      {"last_course_on", Nullable(d.last_course_on)}};
  return {{"id", p.id},
          {"full_name", FullName(p)},
          {"last_name", p.last_name},
          {"first_name", p.first_name},
          {"middle_name", Nullable(p.middle_name)},
          {"birth_date", p.birth_date.Iso()},
          {"email", Nullable(p.email)},
          {"phone", Nullable(p.phone)},
          {"region_id", place.region_id},
          {"municipality_id", Nullable(place.municipality_id)},
          {"organisation_id", Nullable(place.organisation_id)},
          {"organisation_name", Nullable(place.organisation_name)},
          {"municipality_name", Nullable(place.municipality_name)},
          {"employments", std::move(employments)},
          {"educations", std::move(educations)},
          {"categories", std::move(categories)},
          {"courses", std::move(courses)},
          {"achievements", std::move(achievements)},
          {"consents", std::move(consents)},
          {"derived", std::move(derived)},
          {"created_at", card.record.created_at},
          {"updated_at", card.record.updated_at}};
}

Response Reply(const core::Result<PersonCard>& card, int status = 200) {
  if (!card) return http::ErrorResponse(card.error());
  return http::JsonResponse(ToJson(*card), status);
}

// Reading a PersonInput: each problem names its field as the API does (`employments[2].started_on`).
class InputReader {
 public:
  explicit InputReader(const Json& body) : body_(body) {}

  core::Result<Person> Read() {
    Person p;
    p.last_name = Str(body_, "last_name");
    p.first_name = Str(body_, "first_name");
    p.middle_name = OptStr(body_, "middle_name");
    p.birth_date = ReqDate(body_, "birth_date");
    p.email = OptStr(body_, "email");
    p.phone = OptStr(body_, "phone");
    for (const auto& [item, at] : Items("employments")) {
      Employment e;
      e.id = Int(item, at, "id").value_or(0);
      e.organisation_id = Int(item, at, "organisation_id");
      e.organisation_name = OptStr(item, "organisation_name", at).value_or("");
      e.position = Str(item, "position", at);
      if (item.contains("subjects") && item["subjects"].is_array()) {
        for (const auto& s : item["subjects"]) {
          if (s.is_string())
            e.subjects.push_back(s.get<std::string>());
          else
            Fail(at + "subjects", "Коды предметов — строки");
        }
      }
      e.is_main = Bool(item, at, "is_main", true);
      e.pedagogical = Bool(item, at, "pedagogical", true);
      e.started_on = ReqDate(item, "started_on", at);
      e.ended_on = OptDate(item, "ended_on", at);
      p.employments.push_back(std::move(e));
    }
    for (const auto& [item, at] : Items("educations")) {
      Education e;
      e.id = Int(item, at, "id").value_or(0);
      e.level = Str(item, "level", at);
      e.pedagogical = Bool(item, at, "pedagogical", true);
      e.institution = Str(item, "institution", at);
      e.speciality = OptStr(item, "speciality", at);
      if (auto y = Int(item, at, "graduated_year")) e.graduated_year = static_cast<int>(*y);
      p.educations.push_back(std::move(e));
    }
    for (const auto& [item, at] : Items("categories")) {
      p.categories.push_back({Int(item, at, "id").value_or(0), Str(item, "category", at),
                              ReqDate(item, "awarded_on", at), OptStr(item, "directive", at)});
    }
    for (const auto& [item, at] : Items("courses")) {
      p.courses.push_back({Int(item, at, "id").value_or(0), Str(item, "programme", at), OptStr(item, "provider", at),
                           static_cast<int>(Int(item, at, "hours").value_or(0)), ReqDate(item, "started_on", at),
                           ReqDate(item, "ended_on", at)});
    }
    for (const auto& [item, at] : Items("achievements")) {
      p.achievements.push_back({Int(item, at, "id").value_or(0), Str(item, "kind", at), OptStr(item, "level", at),
                                Str(item, "title", at), ReqDate(item, "achieved_on", at),
                                OptDate(item, "valid_until", at), Int(item, at, "document_id")});
    }
    for (const auto& [item, at] : Items("consents")) {
      p.consents.push_back({Int(item, at, "id").value_or(0), Str(item, "purpose", at), Str(item, "form", at),
                            ReqDate(item, "given_on", at), OptDate(item, "withdrawn_on", at),
                            Int(item, at, "document_id")});
    }
    if (error_) return *error_;
    return p;
  }

 private:
  void Fail(std::string field, std::string message) {
    if (!error_) error_ = core::ValidationError(std::move(field), std::move(message));
  }
  std::vector<std::pair<Json, std::string>> Items(const char* section) {
    std::vector<std::pair<Json, std::string>> out;
    if (!body_.contains(section) || body_[section].is_null()) return out;
    if (!body_[section].is_array()) {
      Fail(section, "Ожидается список");
      return out;
    }
    for (std::size_t i = 0; i < body_[section].size(); ++i) {
      const auto& item = body_[section][i];
      const std::string at = std::string(section) + "[" + std::to_string(i) + "].";
      if (!item.is_object()) {
        Fail(at.substr(0, at.size() - 1), "Ожидается объект");
        continue;
      }
      out.emplace_back(item, at);
    }
    return out;
  }
  std::string Str(const Json& o, const char* field, const std::string& at = "") {
    if (!o.contains(field) || o[field].is_null()) return {};
    if (!o[field].is_string()) {
      Fail(at + field, "Ожидается строка");
      return {};
    }
    return o[field].get<std::string>();
  }
  std::optional<std::string> OptStr(const Json& o, const char* field, const std::string& at = "") {
    if (!o.contains(field) || o[field].is_null()) return std::nullopt;
    return Str(o, field, at);
  }
  std::optional<std::int64_t> Int(const Json& o, const std::string& at, const char* field) {
    if (!o.contains(field) || o[field].is_null()) return std::nullopt;
    if (!o[field].is_number_integer()) {
      Fail(at + field, "Ожидается целое число");
      return std::nullopt;
    }
    return o[field].get<std::int64_t>();
  }
  bool Bool(const Json& o, const std::string& at, const char* field, bool fallback) {
    if (!o.contains(field) || o[field].is_null()) return fallback;
    if (!o[field].is_boolean()) {
      Fail(at + field, "Ожидается true или false");
      return fallback;
    }
    return o[field].get<bool>();
  }
  std::optional<core::Date> OptDate(const Json& o, const char* field, const std::string& at = "") {
    auto text = OptStr(o, field, at);
    if (!text || text->empty()) return std::nullopt;
    auto d = core::ParseIsoDate(*text);
    if (!d) Fail(at + field, "Дата в формате ГГГГ-ММ-ДД");
    return d;
  }
  core::Date ReqDate(const Json& o, const char* field, const std::string& at = "") {
    auto d = OptDate(o, field, at);
    if (!d && !(o.contains(field) && o[field].is_string() && !o[field].get<std::string>().empty())) {
      Fail(at + field, "Укажите дату");
    }
    return d.value_or(core::Date{});
  }

  const Json& body_;
  std::optional<core::DomainError> error_;
};

core::Result<std::optional<std::int64_t>> QueryId(const Request& req, const char* name) {
  auto text = req.QueryParam(name);
  if (!text || text->empty()) return std::optional<std::int64_t>();
  auto id = http::ParseId(*text, name);
  if (!id) return id.error();
  return std::optional<std::int64_t>(*id);
}

core::Result<PersonFilter> ReadFilter(const Request& req, bool paged) {
  PersonFilter f;
  auto municipality = QueryId(req, "municipality");
  if (!municipality) return municipality.error();
  f.municipality_id = *municipality;
  auto organisation = QueryId(req, "organisation");
  if (!organisation) return organisation.error();
  f.organisation_id = *organisation;
  auto opt = [&](const char* name) -> std::optional<std::string> {
    auto v = req.QueryParam(name);
    if (!v || v->empty()) return std::nullopt;
    return std::string(*v);
  };
  f.text = opt("q");
  f.subject = opt("subject");
  f.position = opt("position");
  f.category = opt("category");
  f.status = opt("status");
  f.sort = opt("sort").value_or("name");
  if (auto months = opt("attestation_months")) {
    try {
      f.attestation_months = std::stoi(*months);
    } catch (const std::exception&) {
      return core::ValidationError("attestation_months", "Горизонт аттестации — целое число месяцев");
    }
  }
  if (paged) {
    auto paging = http::ReadPaging(req);
    if (!paging) return paging.error();
    f.page = paging->page;
    f.size = paging->size;
  }
  return f;
}

core::Result<std::optional<core::Date>> ReadOn(const Request& req) {
  auto text = req.QueryParam("on");
  if (!text || text->empty()) return std::optional<core::Date>();
  auto d = core::ParseIsoDate(*text);
  if (!d) return core::ValidationError("on", "Дата в формате ГГГГ-ММ-ДД");
  return std::optional<core::Date>(*d);
}

constexpr const char* kPersonSummary = R"({"type":"object","required":["id","full_name","last_name","first_name",
"birth_date","subjects","category","statuses"],"properties":{"id":{"type":"integer"},"full_name":{"type":"string"},
"last_name":{"type":"string"},"first_name":{"type":"string"},"middle_name":{"type":"string","nullable":true},
"birth_date":{"type":"string","format":"date"},"organisation_id":{"type":"integer","nullable":true},
"organisation_name":{"type":"string","nullable":true},"municipality_id":{"type":"integer","nullable":true},
"municipality_name":{"type":"string","nullable":true},"position":{"type":"string","nullable":true},
"subjects":{"type":"array","items":{"type":"string"}},"category":{"type":"string"},
"category_until":{"type":"string","format":"date","nullable":true},"statuses":{"type":"array","items":{
"type":"string","enum":["young_specialist","young_teacher","attestation_due","pd_due"]}}}})";
constexpr const char* kExperience = R"({"type":"object","required":["years","months","days"],"properties":{
"years":{"type":"integer"},"months":{"type":"integer"},"days":{"type":"integer"}}})";
// The card's sections as ToJson(PersonCard) writes them (every field present, null where shown nullable)…
constexpr const char* kEmployment = R"({"type":"object","required":["id","organisation_id","organisation_name",
"position","subjects","is_main","pedagogical","started_on","ended_on"],"properties":{"id":{"type":"integer"},
"organisation_id":{"type":"integer","nullable":true},"organisation_name":{"type":"string"},"position":{
"type":"string"},"subjects":{"type":"array","items":{"type":"string"}},"is_main":{"type":"boolean"},
"pedagogical":{"type":"boolean"},"started_on":{"type":"string","format":"date"},"ended_on":{"type":"string",
"format":"date","nullable":true}}})";
constexpr const char* kEducation = R"({"type":"object","required":["id","level","pedagogical","institution",
"speciality","graduated_year"],"properties":{"id":{"type":"integer"},"level":{"type":"string"},"pedagogical":{
"type":"boolean"},"institution":{"type":"string"},"speciality":{"type":"string","nullable":true},
"graduated_year":{"type":"integer","nullable":true}}})";
constexpr const char* kCategoryAward = R"({"type":"object","required":["id","category","awarded_on","valid_until",
"directive"],"properties":{"id":{"type":"integer"},"category":{"type":"string"},"awarded_on":{"type":"string",
"format":"date"},"valid_until":{"type":"string","format":"date"},"directive":{"type":"string","nullable":true}}})";
constexpr const char* kCourse = R"({"type":"object","required":["id","programme","provider","hours","started_on",
"ended_on"],"properties":{"id":{"type":"integer"},"programme":{"type":"string"},"provider":{"type":"string",
"nullable":true},"hours":{"type":"integer"},"started_on":{"type":"string","format":"date"},"ended_on":{
"type":"string","format":"date"}}})";
constexpr const char* kAchievement = R"({"type":"object","required":["id","kind","level","title","achieved_on",
"valid_until","document_id"],"properties":{"id":{"type":"integer"},"kind":{"type":"string"},"level":{
"type":"string","nullable":true},"title":{"type":"string"},"achieved_on":{"type":"string","format":"date"},
"valid_until":{"type":"string","format":"date","nullable":true},"document_id":{"type":"integer",
"nullable":true}}})";
constexpr const char* kConsent = R"({"type":"object","required":["id","purpose","form","given_on","withdrawn_on",
"document_id"],"properties":{"id":{"type":"integer"},"purpose":{"type":"string"},"form":{"type":"string"},
"given_on":{"type":"string","format":"date"},"withdrawn_on":{"type":"string","format":"date","nullable":true},
"document_id":{"type":"integer","nullable":true}}})";
constexpr const char* kSpecialtyExperience = R"({"type":"object","required":["subject","years","months","days"],
"properties":{"subject":{"type":"string"},"years":{"type":"integer"},"months":{"type":"integer"},"days":{
"type":"integer"}}})";
constexpr const char* kCategoryInForce = R"({"type":"object","required":["code","awarded_on","valid_until",
"lapsed_on"],"properties":{"code":{"type":"string"},"awarded_on":{"type":"string","format":"date",
"nullable":true},"valid_until":{"type":"string","format":"date","nullable":true},"lapsed_on":{"type":"string",
"format":"date","nullable":true}}})";
// …and as ReadPersonInput reads them: `id` optional (an edited card sends its items' ids back), `valid_until` of
// a category computed, booleans default to true, a null or absent optional field is none.
constexpr const char* kEmploymentInput = R"({"type":"object","required":["position","started_on"],"properties":{
"id":{"type":"integer","nullable":true},"organisation_id":{"type":"integer","nullable":true},
"organisation_name":{"type":"string","nullable":true},"position":{"type":"string"},"subjects":{"type":"array",
"items":{"type":"string"}},"is_main":{"type":"boolean"},"pedagogical":{"type":"boolean"},"started_on":{
"type":"string","format":"date"},"ended_on":{"type":"string","format":"date","nullable":true}}})";
constexpr const char* kEducationInput = R"({"type":"object","required":["level","institution"],"properties":{
"id":{"type":"integer","nullable":true},"level":{"type":"string"},"pedagogical":{"type":"boolean"},
"institution":{"type":"string"},"speciality":{"type":"string","nullable":true},"graduated_year":{
"type":"integer","nullable":true}}})";
constexpr const char* kCategoryAwardInput = R"({"type":"object","required":["category","awarded_on"],
"properties":{"id":{"type":"integer","nullable":true},"category":{"type":"string"},"awarded_on":{
"type":"string","format":"date"},"directive":{"type":"string","nullable":true}}})";
constexpr const char* kCourseInput = R"({"type":"object","required":["programme","hours","started_on",
"ended_on"],"properties":{"id":{"type":"integer","nullable":true},"programme":{"type":"string"},"provider":{
"type":"string","nullable":true},"hours":{"type":"integer"},"started_on":{"type":"string","format":"date"},
"ended_on":{"type":"string","format":"date"}}})";
constexpr const char* kAchievementInput = R"({"type":"object","required":["kind","title","achieved_on"],
"properties":{"id":{"type":"integer","nullable":true},"kind":{"type":"string"},"level":{"type":"string",
"nullable":true},"title":{"type":"string"},"achieved_on":{"type":"string","format":"date"},"valid_until":{
"type":"string","format":"date","nullable":true},"document_id":{"type":"integer","nullable":true}}})";
constexpr const char* kConsentInput = R"({"type":"object","required":["purpose","form","given_on"],"properties":{
"id":{"type":"integer","nullable":true},"purpose":{"type":"string"},"form":{"type":"string"},"given_on":{
"type":"string","format":"date"},"withdrawn_on":{"type":"string","format":"date","nullable":true},
"document_id":{"type":"integer","nullable":true}}})";
constexpr const char* kPerson = R"({"type":"object","required":["id","last_name","first_name","birth_date",
"region_id","employments","educations","categories","courses","achievements","consents","derived","created_at",
"updated_at"],"properties":{"id":{"type":"integer"},"full_name":{"type":"string"},"last_name":{"type":"string"},
"first_name":{"type":"string"},"middle_name":{"type":"string","nullable":true},"birth_date":{"type":"string",
"format":"date"},"email":{"type":"string","nullable":true},"phone":{"type":"string","nullable":true},
"region_id":{"type":"integer"},"municipality_id":{"type":"integer","nullable":true},"organisation_id":{
"type":"integer","nullable":true},"organisation_name":{"type":"string","nullable":true},"municipality_name":{
"type":"string","nullable":true},"employments":{"type":"array","items":{"$ref":"#/components/schemas/Employment"}},
"educations":{"type":"array","items":{"$ref":"#/components/schemas/Education"}},"categories":{"type":"array",
"items":{"$ref":"#/components/schemas/CategoryAward"}},"courses":{"type":"array","items":{
"$ref":"#/components/schemas/Course"}},"achievements":{"type":"array","items":{
"$ref":"#/components/schemas/Achievement"}},"consents":{"type":"array","items":{
"$ref":"#/components/schemas/Consent"}},"derived":{"type":"object","required":["on","age","experience",
"category","young_specialist","young_teacher","attestation_due","pd_due"],"properties":{"on":{"type":"string",
"format":"date"},"age":{"type":"integer"},"experience":{"type":"object","required":["total","pedagogical",
"specialty"],"properties":{"total":{"$ref":"#/components/schemas/Experience"},"pedagogical":{
"$ref":"#/components/schemas/Experience"},"specialty":{"type":"array","items":{
"$ref":"#/components/schemas/SpecialtyExperience"}}}},"category":{"$ref":"#/components/schemas/CategoryInForce"},
"young_specialist":{"type":"boolean"},"young_teacher":{"type":"boolean"},"attestation_due":{"type":"boolean"},
"pd_due":{"type":"boolean"},"last_course_on":{"type":"string","format":"date","nullable":true}}},"created_at":{
"type":"string"},"updated_at":{"type":"string"}}})";
constexpr const char* kPersonInput = R"({"type":"object","required":["last_name","first_name","birth_date"],
"properties":{"last_name":{"type":"string"},"first_name":{"type":"string"},"middle_name":{"type":"string",
"nullable":true},"birth_date":{"type":"string","format":"date"},"email":{"type":"string","nullable":true},
"phone":{"type":"string","nullable":true},"allow_duplicate":{"type":"boolean"},"employments":{"type":"array",
"items":{"$ref":"#/components/schemas/EmploymentInput"}},"educations":{"type":"array","items":{
"$ref":"#/components/schemas/EducationInput"}},"categories":{"type":"array","items":{
"$ref":"#/components/schemas/CategoryAwardInput"}},"courses":{"type":"array","items":{
"$ref":"#/components/schemas/CourseInput"}},"achievements":{"type":"array","items":{
"$ref":"#/components/schemas/AchievementInput"}},"consents":{"type":"array","items":{
"$ref":"#/components/schemas/ConsentInput"}}}})";
constexpr const char* kDuplicates = R"({"type":"object","required":["items","outside_scope"],"properties":{
"items":{"type":"array","items":{"$ref":"#/components/schemas/PersonSummary"}},"outside_scope":{
"type":"boolean"}}})";
constexpr const char* kContactsInput = R"({"type":"object","properties":{"email":{"type":"string","nullable":true},
"phone":{"type":"string","nullable":true}}})";

core::Result<Person> ReadPersonInput(const Request& req, bool* allow_duplicate) {
  auto body = http::ParseJsonObject(req);
  if (!body) return body.error();
  if (allow_duplicate) {
    auto allow = http::OptionalBool(*body, "allow_duplicate", "Подтверждение дубликата", false);
    if (!allow) return allow.error();
    *allow_duplicate = *allow;
  }
  return InputReader(*body).Read();
}

}  // namespace

void AddRoutes(http::Router& router, PeopleService& service, http::PageCache& pages) {
  const std::vector<std::string> filters = {
      "municipality", "organisation", "q", "subject", "position", "category", "status", "attestation_months", "sort"};
  auto paged = filters;
  paged.insert(paged.end(), {"page", "size"});
  router.Add(Method::kGet, "/api/v1/people",
             {.summary = "Реестр педагогов (фильтры сочетаются)",
              .tag = "people",
              .response_schema = http::ListSchema("PersonSummary"),
              .query = paged},
             [&service, &pages](Request& req) -> Response {
               return pages.Serve(req, [&]() -> Response {
                 auto filter = ReadFilter(req, true);
                 if (!filter) return http::ErrorResponse(filter.error());
                 // One page per worker thread, refilled in place: its rows' strings are reused, not reallocated.
                 thread_local PersonPage page_of_thread;
                 auto* page = &page_of_thread;
                 auto done = service.List(http::ActorOf(req), *filter, *page);
                 if (!done) return http::ErrorResponse(done.error());
                 // Written directly, not through a JSON tree: on a national registry this is the hottest
                 // endpoint (docs/PERFORMANCE-people.md).
                 const auto today = service.Today();
                 http::JsonWriter w(1024 + page->items.size() * 512);
                 w.BeginObject().Key("items").BeginArray();
                 for (const auto& item : page->items) Write(w, item, today, filter->attestation_months);
                 w.EndArray()
                     .Key("total")
                     .Int(page->total)
                     .Key("page")
                     .Int(filter->page)
                     .Key("size")
                     .Int(filter->size)
                     .EndObject();
                 return http::JsonText(w.Take());
               });
             });
  router.Add(Method::kGet, "/api/v1/people/export.xlsx",
             {.summary = "Выгрузка реестра педагогов в Excel",
              .tag = "people",
              .response_type = http::kXlsxType,
              .query = filters},
             [&service](Request& req) -> Response {
               auto filter = ReadFilter(req, false);
               if (!filter) return http::ErrorResponse(filter.error());
               auto sheet = service.Export(http::ActorOf(req), *filter);
               if (!sheet) return http::ErrorResponse(sheet.error());
               return http::Download(office::WriteXlsx({*sheet}), http::kXlsxType, "Педагоги.xlsx");
             });
  router.Add(Method::kGet, "/api/v1/people/duplicates",
             {.summary = "Поиск дубликатов по ФИО и дате рождения",
              .tag = "people",
              .response_schema = http::RefSchema("PersonDuplicates"),
              .query = {"last_name", "first_name", "middle_name", "birth_date"}},
             [&service](Request& req) -> Response {
               Person key;
               key.last_name = std::string(req.QueryParam("last_name").value_or(""));
               key.first_name = std::string(req.QueryParam("first_name").value_or(""));
               auto middle = req.QueryParam("middle_name");
               if (middle && !middle->empty()) key.middle_name = std::string(*middle);
               auto birth = core::ParseIsoDate(req.QueryParam("birth_date").value_or(""));
               if (key.last_name.empty()) {
                 return http::ErrorResponse(core::ValidationError("last_name", "Укажите фамилию"));
               }
               if (!birth) return http::ErrorResponse(core::ValidationError("birth_date", "Дата в формате ГГГГ-ММ-ДД"));
               key.birth_date = *birth;
               auto found = service.FindDuplicates(http::ActorOf(req), key);
               if (!found) return http::ErrorResponse(found.error());
               const auto today = service.Today();
               http::JsonWriter w(256 + found->items.size() * 512);
               w.BeginObject().Key("items").BeginArray();
               for (const auto& item : found->items) Write(w, item, today, 6);
               w.EndArray().Key("outside_scope").Bool(found->outside_scope).EndObject();
               return http::JsonText(w.Take());
             });
  router.Add(Method::kGet, "/api/v1/people/me",
             {.summary = "Моя карточка работника (педагог)",
              .tag = "people",
              .response_schema = http::RefSchema("Person"),
              .query = {"on"}},
             [&service](Request& req) -> Response {
               auto on = ReadOn(req);
               if (!on) return http::ErrorResponse(on.error());
               return Reply(service.Me(http::ActorOf(req), *on));
             });
  router.Add(Method::kPut, "/api/v1/people/me/contacts",
             {.summary = "Изменить свои e-mail и телефон",
              .tag = "people",
              .request_schema = kContactsInput,
              .response_schema = http::RefSchema("Person")},
             [&service](Request& req) -> Response {
               auto body = http::ParseJsonObject(req);
               if (!body) return http::ErrorResponse(body.error());
               auto email = http::OptionalString(*body, "email", "E-mail");
               if (!email) return http::ErrorResponse(email.error());
               auto phone = http::OptionalString(*body, "phone", "Телефон");
               if (!phone) return http::ErrorResponse(phone.error());
               return Reply(service.UpdateMyContacts(http::ActorOf(req), *email, *phone));
             });
  router.Add(Method::kPost, "/api/v1/people/me/consents/{id}/withdraw",
             {.summary = "Отозвать своё согласие (запись сохраняется с датой отзыва)",
              .tag = "people",
              .response_schema = http::RefSchema("Person")},
             [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               return Reply(service.WithdrawMyConsent(http::ActorOf(req), *id));
             });
  router.Add(Method::kGet, "/api/v1/people/{id}",
             {.summary = "Карточка работника с производными сведениями на дату",
              .tag = "people",
              .response_schema = http::RefSchema("Person"),
              .query = {"on"}},
             [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto on = ReadOn(req);
               if (!on) return http::ErrorResponse(on.error());
               return Reply(service.Get(http::ActorOf(req), *id, *on));
             });
  router.Add(Method::kPost, "/api/v1/people",
             {.summary = "Добавить работника",
              .tag = "people",
              .request_schema = kPersonInput,
              .response_schema = http::RefSchema("Person"),
              .status = 201},
             [&service](Request& req) -> Response {
               bool allow_duplicate = false;
               auto draft = ReadPersonInput(req, &allow_duplicate);
               if (!draft) return http::ErrorResponse(draft.error());
               return Reply(service.Create(http::ActorOf(req), std::move(*draft), allow_duplicate), 201);
             });
  router.Add(Method::kPut, "/api/v1/people/{id}",
             {.summary = "Изменить карточку работника целиком (одна транзакция)",
              .tag = "people",
              .request_schema = kPersonInput,
              .response_schema = http::RefSchema("Person")},
             [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto draft = ReadPersonInput(req, nullptr);
               if (!draft) return http::ErrorResponse(draft.error());
               return Reply(service.Update(http::ActorOf(req), *id, std::move(*draft)));
             });
  router.Add(Method::kDelete, "/api/v1/people/{id}", {.summary = "Удалить работника", .tag = "people"},
             [&service](Request& req) -> Response {
               auto id = http::PathId(req);
               if (!id) return http::ErrorResponse(id.error());
               auto done = service.Delete(http::ActorOf(req), *id);
               if (!done) return http::ErrorResponse(done.error());
               return http::NoContent();
             });
  router.AddSchema("PersonSummary", kPersonSummary);
  router.AddSchema("Experience", kExperience);
  router.AddSchema("Person", kPerson);
  router.AddSchema("PersonInput", kPersonInput);
  router.AddSchema("Employment", kEmployment);
  router.AddSchema("Education", kEducation);
  router.AddSchema("CategoryAward", kCategoryAward);
  router.AddSchema("Course", kCourse);
  router.AddSchema("Achievement", kAchievement);
  router.AddSchema("Consent", kConsent);
  router.AddSchema("SpecialtyExperience", kSpecialtyExperience);
  router.AddSchema("CategoryInForce", kCategoryInForce);
  router.AddSchema("EmploymentInput", kEmploymentInput);
  router.AddSchema("EducationInput", kEducationInput);
  router.AddSchema("CategoryAwardInput", kCategoryAwardInput);
  router.AddSchema("CourseInput", kCourseInput);
  router.AddSchema("AchievementInput", kAchievementInput);
  router.AddSchema("ConsentInput", kConsentInput);
  router.AddSchema("PersonDuplicates", kDuplicates);
}

}  // namespace metodset::people
