#include "modules/pool/storage/profile_json.hpp"

#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

namespace metodset::pool {
namespace {

using Json = nlohmann::ordered_json;

// The first error of a reading; later reads go on harmlessly so that the code stays straight.
struct Reading {
  std::optional<core::DomainError> error;

  void Fail(const std::string& path, std::string message) {
    if (!error) error = core::ValidationError(path, std::move(message));
  }
};

std::string Path(const std::string& base, const char* key) { return base.empty() ? key : base + "." + key; }
std::string Path(const std::string& base, std::size_t index) { return base + "[" + std::to_string(index) + "]"; }

// The member `key` of an object, or nullptr (an error when required, or when null stands for a required value).
const Json* Member(Reading& r, const Json& object, const std::string& base, const char* key, bool required = true) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    if (required) r.Fail(Path(base, key), "Поле обязательно");
    return nullptr;
  }
  return &*it;
}

// Every reader, declared before the templates that call them for list items.
void Read(Reading& r, const Json* v, const std::string& path, Nominator& out);
void Read(Reading& r, const Json* v, const std::string& path, CatalogueItem& out);
void Read(Reading& r, const Json* v, const std::string& path, EvidenceRule& out);
void Read(Reading& r, const Json* v, const std::string& path, Criterion& out);

void Read(Reading& r, const Json* v, const std::string& path, std::string& out) {
  if (!v) return;
  if (!v->is_string()) return r.Fail(path, "Ожидается строка");
  out = v->get<std::string>();
}

void Read(Reading& r, const Json* v, const std::string& path, bool& out) {
  if (!v) return;
  if (!v->is_boolean()) return r.Fail(path, "Ожидается true или false");
  out = v->get<bool>();
}

void Read(Reading& r, const Json* v, const std::string& path, std::int64_t& out) {
  if (!v) return;
  if (!v->is_number_integer()) return r.Fail(path, "Ожидается целое число");
  out = v->get<std::int64_t>();
}

void Read(Reading& r, const Json* v, const std::string& path, int& out) {
  std::int64_t wide = out;
  Read(r, v, path, wide);
  if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
    return r.Fail(path, "Число вне допустимого диапазона");
  }
  out = static_cast<int>(wide);
}

void Read(Reading& r, const Json* v, const std::string& path, core::Date& out) {
  std::string text;
  Read(r, v, path, text);
  if (!v || r.error) return;
  const auto date = core::ParseIsoDate(text);
  if (!date) return r.Fail(path, "Дата в формате ГГГГ-ММ-ДД");
  out = *date;
}

template <typename T>
void Read(Reading& r, const Json* v, const std::string& path, std::optional<T>& out) {
  out.reset();
  if (!v) return;
  T value{};
  Read(r, v, path, value);
  out = std::move(value);
}

template <typename T>
void Read(Reading& r, const Json* v, const std::string& path, std::vector<T>& out) {
  out.clear();
  if (!v) return;
  if (!v->is_array()) return r.Fail(path, "Ожидается список");
  for (std::size_t i = 0; i < v->size(); ++i) {
    T value{};
    Read(r, &(*v)[i], Path(path, i), value);
    out.push_back(std::move(value));
  }
}

template <typename E, typename Parse>
void ReadCode(Reading& r, const Json* v, const std::string& path, E& out, Parse parse) {
  std::string code;
  Read(r, v, path, code);
  if (!v || r.error) return;
  const auto value = parse(code);
  if (!value) return r.Fail(path, "Неизвестное значение «" + code + "»");
  out = *value;
}

bool IsObject(Reading& r, const Json* v, const std::string& path) {
  if (!v) return false;
  if (!v->is_object()) {
    r.Fail(path, "Ожидается объект");
    return false;
  }
  return true;
}

void Read(Reading& r, const Json* v, const std::string& path, Nominator& out) {
  ReadCode(r, v, path, out, ParseNominator);
}

void Read(Reading& r, const Json* v, const std::string& path, CatalogueItem& out) {
  if (!IsObject(r, v, path)) return;
  Read(r, Member(r, *v, path, "code"), Path(path, "code"), out.code);
  Read(r, Member(r, *v, path, "title"), Path(path, "title"), out.title);
}

void Read(Reading& r, const Json* v, const std::string& path, EvidenceRule& out) {
  if (!IsObject(r, v, path)) return;
  ReadCode(r, Member(r, *v, path, "kind"), Path(path, "kind"), out.kind, ParseEvidenceKind);
  Read(r, Member(r, *v, path, "achievement_kind", false), Path(path, "achievement_kind"), out.achievement_kind);
  Read(r, Member(r, *v, path, "levels", false), Path(path, "levels"), out.levels);
  Read(r, Member(r, *v, path, "organisation_ids", false), Path(path, "organisation_ids"), out.organisation_ids);
  Read(r, Member(r, *v, path, "programme_contains", false), Path(path, "programme_contains"), out.programme_contains);
  Read(r, Member(r, *v, path, "min_hours", false), Path(path, "min_hours"), out.min_hours);
}

void Read(Reading& r, const Json* v, const std::string& path, Criterion& out) {
  if (!IsObject(r, v, path)) return;
  Read(r, Member(r, *v, path, "number"), Path(path, "number"), out.number);
  Read(r, Member(r, *v, path, "wording"), Path(path, "wording"), out.wording);
  Read(r, Member(r, *v, path, "evidence"), Path(path, "evidence"), out.evidence);
  Read(r, Member(r, *v, path, "manual_confirmation"), Path(path, "manual_confirmation"), out.manual_confirmation);
}

Json ToJson(const EvidenceRule& rule) {
  Json j;
  j["kind"] = Code(rule.kind);
  switch (rule.kind) {
    case EvidenceKind::kAchievement:
      j["achievement_kind"] = rule.achievement_kind;
      j["levels"] = rule.levels;
      break;
    case EvidenceKind::kEmployment:
      j["organisation_ids"] = rule.organisation_ids;
      break;
    case EvidenceKind::kCourse:
      j["programme_contains"] = rule.programme_contains;
      j["min_hours"] = rule.min_hours;
      break;
  }
  return j;
}

Json ToJson(const std::vector<CatalogueItem>& items) {
  Json list = Json::array();
  for (const auto& item : items) list.push_back(Json{{"code", item.code}, {"title", item.title}});
  return list;
}

Json ToJson(const std::vector<Nominator>& nominators) {
  Json list = Json::array();
  for (const auto n : nominators) list.push_back(Code(n));
  return list;
}

template <typename T>
Json OrNull(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

}  // namespace

std::string ProfileToJson(const PoolProfile& p) {
  Json j;
  j["code"] = p.code;
  j["version"] = p.version;
  j["title"] = p.title;
  j["level"] = Code(p.level);
  j["source"] = {
      {"seed", p.source.seed},
      {"title", p.source.title},
      {"approved_by", p.source.approved_by},
      {"number", p.source.number},
      {"date", p.source.date ? Json(p.source.date->Iso()) : Json(nullptr)},
      {"regulation_id", OrNull(p.source.regulation_id)},
  };
  j["eligibility_section"] = p.eligibility_section;
  j["require_current_employment"] = p.require_current_employment;
  j["accepted_categories"] = p.accepted_categories;
  j["education"] = {{"levels", p.education.levels}, {"pedagogical", p.education.pedagogical}};
  j["experience"] = {{"kind", Code(p.experience.kind)}, {"min_years", p.experience.min_years}};
  Json criteria = Json::array();
  for (const auto& c : p.criteria) {
    Json evidence = Json::array();
    for (const auto& rule : c.evidence) evidence.push_back(ToJson(rule));
    criteria.push_back(Json{{"number", c.number},
                            {"wording", c.wording},
                            {"evidence", std::move(evidence)},
                            {"manual_confirmation", c.manual_confirmation}});
  }
  j["criteria"] = std::move(criteria);
  j["min_criteria"] = p.min_criteria;
  j["nominators"] = ToJson(p.nominators);
  j["application_required"] = p.application_required;
  j["change_nominators"] = ToJson(p.change_nominators);
  j["nomination_bases"] = ToJson(p.nomination_bases);
  j["directions"] = ToJson(p.directions);
  j["directive"] = {{"issuer", p.directive.issuer}, {"agreement_with", OrNull(p.directive.agreement_with)}};
  return j.dump();
}

core::Result<PoolProfile> ProfileFromJson(std::string_view json) {
  const Json j = Json::parse(json.begin(), json.end(), nullptr, false);
  if (j.is_discarded()) {
    return core::DomainError{core::ErrorKind::kBadRequest, "bad_json", "Профиль не читается как JSON", {}};
  }
  Reading r;
  PoolProfile p;
  if (!IsObject(r, &j, "")) return *r.error;
  Read(r, Member(r, j, "", "code"), "code", p.code);
  Read(r, Member(r, j, "", "version"), "version", p.version);
  Read(r, Member(r, j, "", "title"), "title", p.title);
  ReadCode(r, Member(r, j, "", "level"), "level", p.level, ParsePoolLevel);
  if (const auto* s = Member(r, j, "", "source"); IsObject(r, s, "source")) {
    Read(r, Member(r, *s, "source", "seed", false), "source.seed", p.source.seed);
    Read(r, Member(r, *s, "source", "title"), "source.title", p.source.title);
    Read(r, Member(r, *s, "source", "approved_by", false), "source.approved_by", p.source.approved_by);
    Read(r, Member(r, *s, "source", "number", false), "source.number", p.source.number);
    Read(r, Member(r, *s, "source", "date", false), "source.date", p.source.date);
    Read(r, Member(r, *s, "source", "regulation_id", false), "source.regulation_id", p.source.regulation_id);
  }
  Read(r, Member(r, j, "", "eligibility_section", false), "eligibility_section", p.eligibility_section);
  Read(r, Member(r, j, "", "require_current_employment"), "require_current_employment", p.require_current_employment);
  Read(r, Member(r, j, "", "accepted_categories"), "accepted_categories", p.accepted_categories);
  if (const auto* e = Member(r, j, "", "education"); IsObject(r, e, "education")) {
    Read(r, Member(r, *e, "education", "levels"), "education.levels", p.education.levels);
    Read(r, Member(r, *e, "education", "pedagogical"), "education.pedagogical", p.education.pedagogical);
  }
  if (const auto* e = Member(r, j, "", "experience"); IsObject(r, e, "experience")) {
    ReadCode(r, Member(r, *e, "experience", "kind"), "experience.kind", p.experience.kind, ParseExperienceKind);
    Read(r, Member(r, *e, "experience", "min_years"), "experience.min_years", p.experience.min_years);
  }
  Read(r, Member(r, j, "", "criteria"), "criteria", p.criteria);
  Read(r, Member(r, j, "", "min_criteria"), "min_criteria", p.min_criteria);
  Read(r, Member(r, j, "", "nominators"), "nominators", p.nominators);
  Read(r, Member(r, j, "", "application_required"), "application_required", p.application_required);
  Read(r, Member(r, j, "", "change_nominators"), "change_nominators", p.change_nominators);
  Read(r, Member(r, j, "", "nomination_bases"), "nomination_bases", p.nomination_bases);
  Read(r, Member(r, j, "", "directions"), "directions", p.directions);
  if (const auto* d = Member(r, j, "", "directive"); IsObject(r, d, "directive")) {
    Read(r, Member(r, *d, "directive", "issuer"), "directive.issuer", p.directive.issuer);
    Read(r, Member(r, *d, "directive", "agreement_with", false), "directive.agreement_with",
         p.directive.agreement_with);
  }
  if (r.error) return *r.error;
  return p;
}

}  // namespace metodset::pool
