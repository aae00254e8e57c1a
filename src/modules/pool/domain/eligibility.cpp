#include "modules/pool/domain/eligibility.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "modules/pool/domain/wording.hpp"
#include "platform/core/text.hpp"

namespace metodset::pool {
namespace {

using detail::CountOf;
using detail::JoinNumbers;
using detail::JoinOr;

bool IsCurrent(const people::Employment& e, const core::Date& on) {
  return e.started_on <= on && (!e.ended_on || *e.ended_on >= on);
}

template <typename T>
bool Contains(const std::vector<T>& list, const T& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string TitleOf(const std::map<std::string, std::string>& titles, const std::string& code) {
  const auto it = titles.find(code);
  return it == titles.end() ? code : it->second;
}

// «МОАУ СОШ № 1, учитель (с 01.09.2015)».
std::string Describe(const people::Employment& e, const CatalogueTitles& titles) {
  return e.organisation_name + ", " + TitleOf(titles.positions, e.position) + " (с " + e.started_on.Russian() + ")";
}

RequirementCheck CheckEmployment(const PoolProfile& profile, const people::Person& p, const core::Date& on,
                                 const CatalogueTitles& titles) {
  RequirementCheck check{std::string(kEmploymentRequirement), profile.eligibility_section, false, {}};
  std::vector<std::string> places;
  for (const auto& e : p.employments) {
    if (IsCurrent(e, on)) places.push_back(Describe(e, titles));
  }
  check.met = !places.empty();
  if (check.met) {
    check.text = "Работает на " + on.Russian() + ": ";
    for (std::size_t i = 0; i < places.size(); ++i) check.text += (i > 0 ? "; " : "") + places[i];
  } else {
    check.text = "На " + on.Russian() +
                 " в реестре нет действующего места работы — состав формируется из работников образовательных "
                 "организаций" +
                 detail::SectionRef(profile.eligibility_section);
  }
  return check;
}

std::string AcceptedCategories(const PoolProfile& profile) {
  std::vector<std::string> words;
  for (const auto& c : profile.accepted_categories) words.push_back(detail::CategoryWord(c));
  return JoinOr(words);
}

// The award that people::Derive took as the latest on or before the date (the first of that day, as Derive).
const people::CategoryAward* AwardOn(const people::Person& p, const core::Date& awarded_on) {
  for (const auto& c : p.categories) {
    if (c.category != "none" && c.awarded_on == awarded_on) return &c;
  }
  return nullptr;
}

RequirementCheck CheckCategory(const PoolProfile& profile, const people::Person& p, const people::DerivedFacts& f) {
  RequirementCheck check{std::string(kCategoryRequirement), profile.eligibility_section, false, {}};
  const std::string required = "требуется действующая категория: " + AcceptedCategories(profile) +
                               detail::SectionRef(profile.eligibility_section);
  const people::CategoryAward* award = f.category.awarded_on ? AwardOn(p, *f.category.awarded_on) : nullptr;
  if (!award) {
    check.text = "Квалификационная категория в реестре не указана — " + required;
    return check;
  }
  // The people domain's validity: five years less one day from the award (people::CategoryValidUntil).
  check.text = detail::CategoryPhrase(award->category) + " с " + award->awarded_on.Russian() + " по " +
               f.category.valid_until->Russian();
  if (award->directive) check.text += ", " + *award->directive;
  if (f.category.lapsed_on) {
    check.text += ": срок действия истёк, на " + f.on.Russian() + " категории нет — " + required;
    return check;
  }
  check.met = Contains(profile.accepted_categories, f.category.code);
  if (!check.met) check.text += " — " + required;
  return check;
}

bool AllHigher(const std::vector<std::string>& levels) {
  static const std::set<std::string> kHigher{"bachelor", "specialist", "master", "postgraduate"};
  return std::all_of(levels.begin(), levels.end(), [](const std::string& l) { return kHigher.contains(l); });
}

// «ТГПУ, специалитет, «Учитель математики», 2008».
std::string Describe(const people::Education& e) {
  std::string text = e.institution + ", " + detail::EducationLevelWord(e.level);
  if (e.speciality) text += ", «" + *e.speciality + "»";
  if (e.graduated_year) text += ", " + std::to_string(*e.graduated_year);
  return text;
}

RequirementCheck CheckEducation(const PoolProfile& profile, const people::Person& p) {
  RequirementCheck check{std::string(kEducationRequirement), profile.eligibility_section, false, {}};
  const auto& rule = profile.education;
  std::vector<std::string> level_words;
  for (const auto& l : rule.levels) level_words.push_back(detail::EducationLevelWord(l));
  const bool higher = AllHigher(rule.levels);
  const std::string pedagogical = rule.pedagogical ? " педагогическое" : "";
  const std::string required = "требуется " +
                               (higher ? "высшее" + pedagogical + " образование"
                                       : "образование" + pedagogical + " уровня: " + JoinOr(level_words)) +
                               detail::SectionRef(profile.eligibility_section);

  const people::Education* fits = nullptr;
  const people::Education* not_pedagogical = nullptr;
  for (const auto& e : p.educations) {
    if (!Contains(rule.levels, e.level)) continue;
    if (e.pedagogical || !rule.pedagogical) {
      if (!fits) fits = &e;
    } else if (!not_pedagogical) {
      not_pedagogical = &e;
    }
  }
  if (fits) {
    check.met = true;
    const std::string kind = fits->pedagogical ? " педагогическое" : "";
    check.text = (higher ? "Высшее" + kind + " образование: " : "Образование" + kind + ": ") + Describe(*fits);
  } else if (not_pedagogical) {
    check.text = "Образование не педагогическое: " + Describe(*not_pedagogical) + " — " + required;
  } else if (!p.educations.empty()) {
    check.text = "Образование: " + Describe(p.educations.front()) + " — " + required;
  } else {
    check.text = std::string("В реестре нет сведений ") +
                 (higher ? "о высшем образовании" : "об образовании нужного уровня") + " — " + required;
  }
  return check;
}

struct Specialty {
  std::string label;  // «математика», «педагог-психолог»; empty for pedagogical or total service
  people::Experience experience;
};

// 000 and 002 §3.2 «стаж работы по специальности»: the regulation names no specialty, so the longest one counts —
// a subject taught, or a pedagogical position held without subjects (psychologist, educator, director) — and
// the text names it for the reviewer.
Specialty LongestSpecialty(const people::Person& p, const people::DerivedFacts& f, const core::Date& on,
                           const CatalogueTitles& titles) {
  Specialty best;
  for (const auto& s : f.specialty) {
    if (best.label.empty() || s.experience > best.experience)
      best = {TitleOf(titles.subjects, s.subject), s.experience};
  }
  std::set<std::string> positions;
  for (const auto& e : p.employments) {
    if (e.pedagogical && e.subjects.empty() && e.started_on <= on) positions.insert(e.position);
  }
  for (const auto& position : positions) {
    std::vector<people::Employment> held;
    for (const auto& e : p.employments) {
      if (e.position == position && e.subjects.empty()) held.push_back(e);
    }
    const auto experience = people::ExperienceThrough(held, on, true);
    if (best.label.empty() || experience > best.experience) best = {TitleOf(titles.positions, position), experience};
  }
  return best;
}

std::string CapitalisedLabel(ExperienceKind kind) {
  switch (kind) {
    case ExperienceKind::kSpecialty:
      return "Стаж работы по специальности";
    case ExperienceKind::kPedagogical:
      return "Педагогический стаж";
    case ExperienceKind::kTotal:
      return "Общий стаж работы";
  }
  return {};
}

RequirementCheck CheckExperience(const PoolProfile& profile, const people::Person& p, const people::DerivedFacts& f,
                                 const CatalogueTitles& titles) {
  RequirementCheck check{std::string(kExperienceRequirement), profile.eligibility_section, false, {}};
  Specialty service;
  switch (profile.experience.kind) {
    case ExperienceKind::kSpecialty:
      service = LongestSpecialty(p, f, f.on, titles);
      break;
    case ExperienceKind::kPedagogical:
      service.experience = f.pedagogical;
      break;
    case ExperienceKind::kTotal:
      service.experience = f.total;
      break;
  }
  check.met = service.experience >= people::Experience{profile.experience.min_years, 0, 0};
  check.text = CapitalisedLabel(profile.experience.kind) + (service.label.empty() ? "" : " (" + service.label + ")") +
               " на " + f.on.Russian() + ": " + detail::FormatExperience(service.experience) +
               " — требуется не менее " + CountOf(profile.experience.min_years, "года", "лет", "лет") +
               detail::SectionRef(profile.eligibility_section);
  return check;
}

// «Победитель регионального этапа конкурса «Учитель года» (уровень: региональный, 15.04.2023)».
std::string Describe(const people::Achievement& a) {
  std::string text = a.title + " (";
  if (a.level) text += "уровень: " + detail::AchievementLevelWord(*a.level) + ", ";
  text += a.achieved_on.Russian();
  if (a.valid_until) text += ", действует по " + a.valid_until->Russian();
  return text + ")";
}

std::vector<std::string> LevelWords(const std::vector<std::string>& levels) {
  std::vector<std::string> words;
  words.reserve(levels.size());
  for (const auto& l : levels) words.push_back(detail::AchievementLevelWord(l));
  return words;
}

// What the registry would need to hold, «запись вида «Член предметной комиссии ГИА» (уровень: региональный)».
std::string Needed(const Criterion& criterion) {
  std::vector<std::string> needs;
  for (const auto& rule : criterion.evidence) {
    switch (rule.kind) {
      case EvidenceKind::kAchievement: {
        std::string need = "запись вида «" + detail::AchievementKindTitle(rule.achievement_kind) + "»";
        if (!rule.levels.empty()) need += " (уровень: " + JoinOr(LevelWords(rule.levels)) + ")";
        needs.push_back(need);
        break;
      }
      case EvidenceKind::kEmployment:
        needs.emplace_back("действующее место работы в одной из указанных в профиле организаций");
        break;
      case EvidenceKind::kCourse: {
        std::string need = "курсы повышения квалификации";
        if (!rule.programme_contains.empty()) need += " по программе со словами «" + rule.programme_contains + "»";
        if (rule.min_hours > 0) need += " не менее " + std::to_string(rule.min_hours) + " ч.";
        needs.push_back(need);
        break;
      }
    }
  }
  if (needs.empty()) return "записи реестра этот критерий не подтверждают";
  return "нужна " + JoinOr(needs);
}

void CollectEvidence(const EvidenceRule& rule, const people::Person& p, const core::Date& on,
                     const CatalogueTitles& titles, std::vector<std::string>& proven,
                     std::vector<std::string>& refused) {
  switch (rule.kind) {
    case EvidenceKind::kAchievement:
      for (const auto& a : p.achievements) {
        if (a.kind != rule.achievement_kind || a.achieved_on > on) continue;
        if (a.valid_until && *a.valid_until < on) {
          refused.push_back(Describe(a) + " — срок действия истёк");
        } else if (!rule.levels.empty() && !a.level) {
          refused.push_back(Describe(a) + " — уровень не указан, требуется: " + JoinOr(LevelWords(rule.levels)));
        } else if (!rule.levels.empty() && !Contains(rule.levels, *a.level)) {
          refused.push_back(Describe(a) + " — требуется уровень: " + JoinOr(LevelWords(rule.levels)));
        } else {
          proven.push_back(Describe(a));
        }
      }
      break;
    case EvidenceKind::kEmployment:
      for (const auto& e : p.employments) {
        if (IsCurrent(e, on) && e.organisation_id && Contains(rule.organisation_ids, *e.organisation_id)) {
          proven.push_back("Работает: " + Describe(e, titles));
        }
      }
      break;
    case EvidenceKind::kCourse: {
      const std::string needle = core::LowerUtf8(rule.programme_contains);
      for (const auto& c : p.courses) {
        if (c.ended_on > on || core::LowerUtf8(c.programme).find(needle) == std::string::npos) continue;
        const std::string text = "Курсы «" + c.programme + "», " + std::to_string(c.hours) + " ч., " +
                                 c.started_on.Russian() + "–" + c.ended_on.Russian();
        if (c.hours < rule.min_hours) {
          refused.push_back(text + " — требуется не менее " + std::to_string(rule.min_hours) + " ч.");
        } else {
          proven.push_back(text);
        }
      }
      break;
    }
  }
}

CriterionCheck CheckCriterion(const Criterion& criterion, const people::Person& p, const core::Date& on,
                              const std::vector<CriterionConfirmation>& confirmations, const CatalogueTitles& titles) {
  CriterionCheck check{criterion.number, criterion.wording, CriterionStatus::kNotMet, {}, {}};
  std::vector<std::string> proven;
  std::vector<std::string> refused;
  for (const auto& rule : criterion.evidence) CollectEvidence(rule, p, on, titles, proven, refused);
  std::vector<std::string> documents;
  for (const auto& c : confirmations) {
    if (c.criterion != criterion.number) continue;
    auto document = core::NormaliseSpaces(c.document);
    if (!document.empty()) documents.push_back(std::move(document));
  }

  if (!proven.empty()) {
    check.status = CriterionStatus::kProven;
    check.evidence = std::move(proven);
    check.text = "Подтверждён записями реестра";
  } else if (criterion.manual_confirmation && !documents.empty()) {
    check.status = CriterionStatus::kConfirmed;
    for (const auto& d : documents) check.evidence.push_back("Подтверждён документом: " + d);
    check.text = "Подтверждён документом представления";
  } else if (criterion.manual_confirmation) {
    check.status = CriterionStatus::kAwaitingConfirmation;
    check.evidence = std::move(refused);
    check.text =
        "В реестре нет подтверждения (" + Needed(criterion) + "); может быть подтверждён документом представления";
  } else {
    check.evidence = std::move(refused);
    for (const auto& d : documents) {
      check.evidence.push_back("Документ «" + d + "» не учтён: профиль требует для этого критерия записи реестра");
    }
    check.text = "В реестре нет подтверждения (" + Needed(criterion) + ")";
  }
  return check;
}

std::string HowMany(int n) { return n == 1 ? "хотя бы один" : "не менее " + std::to_string(n); }

RequirementCheck CheckCriteria(const PoolProfile& profile, const std::vector<CriterionCheck>& checks) {
  RequirementCheck check{std::string(kCriteriaRequirement), profile.eligibility_section, false, {}};
  std::vector<int> met;
  std::vector<int> awaiting;
  for (const auto& c : checks) {
    if (c.status == CriterionStatus::kProven || c.status == CriterionStatus::kConfirmed) met.push_back(c.number);
    if (c.status == CriterionStatus::kAwaitingConfirmation) awaiting.push_back(c.number);
  }
  check.met = static_cast<int>(met.size()) >= profile.min_criteria;
  const std::string of_all = " из " + std::to_string(checks.size());
  if (met.empty()) {
    check.text = "Не подтверждён ни один критерий" + of_all;
  } else if (met.size() == 1) {
    check.text = "Подтверждён критерий " + JoinNumbers(met) + of_all;
  } else {
    check.text = "Подтверждены критерии " + JoinNumbers(met) + of_all;
  }
  check.text += " — требуется " + HowMany(profile.min_criteria) + detail::SectionRef(profile.eligibility_section);
  if (!check.met && !awaiting.empty()) {
    check.text += std::string("; документом представления ") +
                  (awaiting.size() == 1 ? "может быть подтверждён критерий " : "могут быть подтверждены критерии ") +
                  JoinNumbers(awaiting);
  }
  return check;
}

}  // namespace

const RequirementCheck* Eligibility::Find(std::string_view code) const {
  for (const auto& r : requirements) {
    if (r.code == code) return &r;
  }
  return nullptr;
}

const RequirementCheck* Eligibility::FirstFailed() const {
  for (const auto& r : requirements) {
    if (!r.met) return &r;
  }
  return nullptr;
}

const CriterionCheck* Eligibility::FindCriterion(int number) const {
  for (const auto& c : criteria) {
    if (c.number == number) return &c;
  }
  return nullptr;
}

Eligibility CheckEligibility(const PoolProfile& profile, const people::Person& person, const core::Date& on,
                             const std::vector<CriterionConfirmation>& confirmations, const CatalogueTitles& titles) {
  Eligibility result;
  result.profile_code = profile.code;
  result.profile_version = profile.version;
  result.on = on;
  result.criteria_required = profile.min_criteria;
  const people::DerivedFacts facts = people::Derive(person, on);

  if (profile.require_current_employment) result.requirements.push_back(CheckEmployment(profile, person, on, titles));
  result.requirements.push_back(CheckCategory(profile, person, facts));
  result.requirements.push_back(CheckEducation(profile, person));
  result.requirements.push_back(CheckExperience(profile, person, facts, titles));
  const bool formal_met = std::all_of(result.requirements.begin(), result.requirements.end(),
                                      [](const RequirementCheck& r) { return r.met; });

  int awaiting = 0;
  for (const auto& c : profile.criteria) {
    result.criteria.push_back(CheckCriterion(c, person, on, confirmations, titles));
    const auto status = result.criteria.back().status;
    if (status == CriterionStatus::kProven || status == CriterionStatus::kConfirmed) ++result.criteria_met;
    if (status == CriterionStatus::kAwaitingConfirmation) ++awaiting;
  }
  result.requirements.push_back(CheckCriteria(profile, result.criteria));

  result.outcome = Outcome::kIneligible;
  if (formal_met && result.criteria_met >= profile.min_criteria) {
    result.outcome = Outcome::kEligible;
  } else if (formal_met && result.criteria_met + awaiting >= profile.min_criteria) {
    result.outcome = Outcome::kNeedsConfirmation;
  }
  return result;
}

Screening ScreenAll(const PoolProfile& profile, const std::vector<people::Person>& persons, const core::Date& on) {
  Screening s;
  for (const auto& person : persons) {
    const auto e = CheckEligibility(profile, person, on);
    ++s.total;
    switch (e.outcome) {
      case Outcome::kEligible:
        ++s.eligible;
        break;
      case Outcome::kNeedsConfirmation:
        ++s.needs_confirmation;
        break;
      case Outcome::kIneligible:
        ++s.ineligible;
        break;
    }
    if (const auto* failed = e.FirstFailed()) ++s.first_failed[failed->code];
  }
  return s;
}

std::string_view Code(Outcome outcome) {
  switch (outcome) {
    case Outcome::kEligible:
      return "eligible";
    case Outcome::kNeedsConfirmation:
      return "needs_confirmation";
    case Outcome::kIneligible:
      return "ineligible";
  }
  return {};
}

std::string_view Code(CriterionStatus status) {
  switch (status) {
    case CriterionStatus::kProven:
      return "proven";
    case CriterionStatus::kConfirmed:
      return "confirmed";
    case CriterionStatus::kAwaitingConfirmation:
      return "awaiting_confirmation";
    case CriterionStatus::kNotMet:
      return "not_met";
  }
  return {};
}

}  // namespace metodset::pool
