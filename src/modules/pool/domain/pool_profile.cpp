#include "modules/pool/domain/pool_profile.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "platform/core/text.hpp"

namespace metodset::pool {
namespace {

constexpr std::size_t kMaxTitle = 1000;

template <typename E>
struct CodeOf {
  E value;
  std::string_view code;
};

constexpr std::array<CodeOf<PoolLevel>, 3> kLevels{{
    {PoolLevel::kRegional, "regional"},
    {PoolLevel::kMunicipal, "municipal"},
    {PoolLevel::kSchool, "school"},
}};
constexpr std::array<CodeOf<Nominator>, 3> kNominators{{
    {Nominator::kOrganisation, "organisation"},
    {Nominator::kMunicipality, "municipality"},
    {Nominator::kSupportCentre, "support_centre"},
}};
constexpr std::array<CodeOf<ExperienceKind>, 3> kExperienceKinds{{
    {ExperienceKind::kSpecialty, "specialty"},
    {ExperienceKind::kPedagogical, "pedagogical"},
    {ExperienceKind::kTotal, "total"},
}};
constexpr std::array<CodeOf<EvidenceKind>, 3> kEvidenceKinds{{
    {EvidenceKind::kAchievement, "achievement"},
    {EvidenceKind::kEmployment, "employment"},
    {EvidenceKind::kCourse, "course"},
}};

template <typename E, std::size_t N>
std::string_view CodeIn(const std::array<CodeOf<E>, N>& table, E value) {
  for (const auto& item : table) {
    if (item.value == value) return item.code;
  }
  return {};
}

template <typename E, std::size_t N>
std::optional<E> ParseIn(const std::array<CodeOf<E>, N>& table, std::string_view code) {
  for (const auto& item : table) {
    if (item.code == code) return item.value;
  }
  return std::nullopt;
}

std::string At(const std::string& section, std::size_t index) { return section + "[" + std::to_string(index) + "]"; }

std::optional<core::DomainError> CheckText(const std::string& field, std::string& value, const char* missing) {
  value = core::NormaliseSpaces(value);
  if (value.empty()) return core::ValidationError(field, missing);
  if (core::Utf8Length(value) > kMaxTitle) return core::ValidationError(field, "Значение длиннее 1000 символов");
  return std::nullopt;
}

// Whether the item at `i` repeats an earlier one: the error names the repetition, not the original.
template <typename T>
bool RepeatsEarlier(const std::vector<T>& list, std::size_t i) {
  const auto end = list.begin() + static_cast<std::ptrdiff_t>(i);
  return std::find(list.begin(), end, list[i]) != end;
}

bool IsCode(const std::string& code) {
  return !code.empty() && code.size() <= 64 && std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::optional<core::DomainError> CheckNominators(const std::string& field, const std::vector<Nominator>& list) {
  if (list.empty()) return core::ValidationError(field, "Укажите, кто вносит представление");
  std::set<Nominator> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!seen.insert(list[i]).second) return core::ValidationError(At(field, i), "Значение повторяется");
  }
  return std::nullopt;
}

std::optional<core::DomainError> CheckCatalogue(const std::string& field, std::vector<CatalogueItem>& items,
                                                const char* missing) {
  if (items.empty()) return core::ValidationError(field, missing);
  std::set<std::string> codes;
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto& item = items[i];
    if (!IsCode(item.code)) {
      return core::ValidationError(At(field, i) + ".code", "Код: строчные латинские буквы, цифры и «_»");
    }
    if (!codes.insert(item.code).second) {
      return core::ValidationError(At(field, i) + ".code", "Код «" + item.code + "» повторяется");
    }
    if (auto e = CheckText(At(field, i) + ".title", item.title, "Укажите формулировку")) return e;
  }
  return std::nullopt;
}

std::optional<core::DomainError> CheckEvidence(const std::string& field, EvidenceRule& rule,
                                               const people::PersonCatalogues& catalogues) {
  switch (rule.kind) {
    case EvidenceKind::kAchievement: {
      if (!catalogues.achievement_kinds.contains(rule.achievement_kind)) {
        return core::ValidationError(field + ".achievement_kind", "Неизвестный вид достижения");
      }
      for (std::size_t i = 0; i < rule.levels.size(); ++i) {
        const auto& level = rule.levels[i];
        if (!catalogues.achievement_levels.contains(level)) {
          return core::ValidationError(At(field + ".levels", i), "Неизвестный уровень достижения: " + level);
        }
        if (RepeatsEarlier(rule.levels, i)) {
          return core::ValidationError(At(field + ".levels", i), "Уровень «" + level + "» указан дважды");
        }
      }
      if (!rule.organisation_ids.empty() || !rule.programme_contains.empty() || rule.min_hours != 0) {
        return core::ValidationError(field + ".kind", "Для достижения указываются только вид и уровни");
      }
      break;
    }
    case EvidenceKind::kEmployment: {
      if (rule.organisation_ids.empty()) {
        return core::ValidationError(field + ".organisation_ids", "Укажите хотя бы одну организацию");
      }
      for (std::size_t i = 0; i < rule.organisation_ids.size(); ++i) {
        const auto id = rule.organisation_ids[i];
        if (id <= 0)
          return core::ValidationError(At(field + ".organisation_ids", i), "Неверный идентификатор организации");
        if (RepeatsEarlier(rule.organisation_ids, i)) {
          return core::ValidationError(At(field + ".organisation_ids", i), "Организация указана дважды");
        }
      }
      if (!rule.achievement_kind.empty() || !rule.levels.empty() || !rule.programme_contains.empty() ||
          rule.min_hours != 0) {
        return core::ValidationError(field + ".kind", "Для места работы указываются только организации");
      }
      break;
    }
    case EvidenceKind::kCourse: {
      rule.programme_contains = core::NormaliseSpaces(rule.programme_contains);
      if (rule.min_hours < 0) {
        return core::ValidationError(field + ".min_hours", "Число часов не может быть отрицательным");
      }
      if (rule.programme_contains.empty() && rule.min_hours == 0) {
        return core::ValidationError(field + ".programme_contains",
                                     "Укажите программу курсов или минимальное число часов");
      }
      if (!rule.achievement_kind.empty() || !rule.levels.empty() || !rule.organisation_ids.empty()) {
        return core::ValidationError(field + ".kind", "Для курсов указываются только программа и часы");
      }
      break;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string_view Code(PoolLevel level) { return CodeIn(kLevels, level); }
std::string_view Code(Nominator nominator) { return CodeIn(kNominators, nominator); }
std::string_view Code(ExperienceKind kind) { return CodeIn(kExperienceKinds, kind); }
std::string_view Code(EvidenceKind kind) { return CodeIn(kEvidenceKinds, kind); }
std::optional<PoolLevel> ParsePoolLevel(std::string_view code) { return ParseIn(kLevels, code); }
std::optional<Nominator> ParseNominator(std::string_view code) { return ParseIn(kNominators, code); }
std::optional<ExperienceKind> ParseExperienceKind(std::string_view code) { return ParseIn(kExperienceKinds, code); }
std::optional<EvidenceKind> ParseEvidenceKind(std::string_view code) { return ParseIn(kEvidenceKinds, code); }

std::string_view Label(Nominator nominator) {
  switch (nominator) {
    case Nominator::kOrganisation:
      return "образовательная организация";
    case Nominator::kMunicipality:
      return "орган местного самоуправления, осуществляющий управление в сфере образования";
    case Nominator::kSupportCentre:
      return "ЦНППМ";
  }
  return {};
}

std::string_view Label(ExperienceKind kind) {
  switch (kind) {
    case ExperienceKind::kSpecialty:
      return "стаж работы по специальности";
    case ExperienceKind::kPedagogical:
      return "педагогический стаж";
    case ExperienceKind::kTotal:
      return "общий стаж работы";
  }
  return {};
}

const Criterion* FindCriterion(const PoolProfile& profile, int number) {
  for (const auto& c : profile.criteria) {
    if (c.number == number) return &c;
  }
  return nullptr;
}

core::Result<PoolProfile> ValidateProfile(PoolProfile p, const people::PersonCatalogues& catalogues) {
  if (!IsCode(p.code)) return core::ValidationError("code", "Код профиля: строчные латинские буквы, цифры и «_»");
  if (p.version < 1) return core::ValidationError("version", "Версия профиля — целое число не меньше 1");
  if (auto e = CheckText("title", p.title, "Укажите название актива")) return *e;

  if (auto e = CheckText("source.title", p.source.title, "Укажите название документа")) return *e;
  p.source.seed = core::NormaliseSpaces(p.source.seed);
  p.source.approved_by = core::NormaliseSpaces(p.source.approved_by);
  p.source.number = core::NormaliseSpaces(p.source.number);
  if (p.source.regulation_id && *p.source.regulation_id <= 0) {
    return core::ValidationError("source.regulation_id", "Неверный идентификатор документа");
  }
  p.eligibility_section = core::NormaliseSpaces(p.eligibility_section);

  if (p.accepted_categories.empty()) {
    return core::ValidationError("accepted_categories", "Укажите хотя бы одну квалификационную категорию");
  }
  for (std::size_t i = 0; i < p.accepted_categories.size(); ++i) {
    const auto& c = p.accepted_categories[i];
    if (c == "none" || !catalogues.categories.contains(c)) {
      return core::ValidationError(At("accepted_categories", i), "Неизвестная квалификационная категория: " + c);
    }
    if (RepeatsEarlier(p.accepted_categories, i)) {
      return core::ValidationError(At("accepted_categories", i), "Категория «" + c + "» указана дважды");
    }
  }

  if (p.education.levels.empty()) {
    return core::ValidationError("education.levels", "Укажите хотя бы один уровень образования");
  }
  for (std::size_t i = 0; i < p.education.levels.size(); ++i) {
    if (!catalogues.education_levels.contains(p.education.levels[i])) {
      return core::ValidationError(At("education.levels", i),
                                   "Неизвестный уровень образования: " + p.education.levels[i]);
    }
    if (RepeatsEarlier(p.education.levels, i)) {
      return core::ValidationError(At("education.levels", i), "Уровень «" + p.education.levels[i] + "» указан дважды");
    }
  }

  if (p.experience.min_years < 0) {
    return core::ValidationError("experience.min_years", "Минимальный стаж не может быть отрицательным");
  }
  if (p.experience.min_years > 50) {
    return core::ValidationError("experience.min_years", "Минимальный стаж больше 50 лет");
  }

  if (p.criteria.empty()) return core::ValidationError("criteria", "Укажите хотя бы один критерий");
  std::set<int> numbers;
  for (std::size_t i = 0; i < p.criteria.size(); ++i) {
    auto& c = p.criteria[i];
    const std::string at = At("criteria", i);
    if (c.number < 1) return core::ValidationError(at + ".number", "Номер критерия — целое число не меньше 1");
    if (!numbers.insert(c.number).second) {
      return core::ValidationError(at + ".number", "Критерий № " + std::to_string(c.number) + " указан дважды");
    }
    if (auto e = CheckText(at + ".wording", c.wording, "Укажите формулировку критерия")) return *e;
    // A criterion with nothing that could prove it would be a dead line of the list.
    if (c.evidence.empty() && !c.manual_confirmation) {
      return core::ValidationError(at + ".evidence",
                                   "Укажите, какие записи реестра подтверждают критерий, или разрешите "
                                   "подтверждение вручную");
    }
    for (std::size_t j = 0; j < c.evidence.size(); ++j) {
      if (auto e = CheckEvidence(At(at + ".evidence", j), c.evidence[j], catalogues)) return *e;
    }
  }
  if (p.min_criteria < 1) {
    return core::ValidationError("min_criteria", "Кандидат должен отвечать хотя бы одному критерию");
  }
  if (p.min_criteria > static_cast<int>(p.criteria.size())) {
    return core::ValidationError("min_criteria", "Требуется больше критериев, чем их в списке");
  }

  if (auto e = CheckNominators("nominators", p.nominators)) return *e;
  if (auto e = CheckNominators("change_nominators", p.change_nominators)) return *e;
  if (auto e = CheckCatalogue("nomination_bases", p.nomination_bases, "Укажите хотя бы одно основание представления")) {
    return *e;
  }
  if (auto e = CheckCatalogue("directions", p.directions, "Укажите хотя бы одно направление деятельности")) {
    return *e;
  }

  if (auto e = CheckText("directive.issuer", p.directive.issuer, "Укажите, чьим приказом утверждается состав")) {
    return *e;
  }
  if (p.directive.agreement_with) {
    if (auto e = CheckText("directive.agreement_with", *p.directive.agreement_with,
                           "Укажите, с кем согласуется приказ, или снимите требование согласования")) {
      return *e;
    }
  }
  return p;
}

}  // namespace metodset::pool
