#include "modules/pool/domain/declared_candidate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "modules/pool/domain/profile_presets.hpp"
#include "modules/pool/domain/wording.hpp"
#include "platform/core/text.hpp"

namespace metodset::pool {
namespace {

using detail::CategoryWord;
using detail::JoinNumbers;
using detail::JoinOr;
using detail::SectionRef;

// `education-levels` codes of higher education (migrations/*/0003_people.sql).
bool IsHigherLevel(const std::string& code) {
  return code == "bachelor" || code == "specialist" || code == "master" || code == "postgraduate";
}

/// «4», «4,5»: years as a Russian reader writes them.
std::string YearsText(double years) {
  char text[32];
  if (std::abs(years - std::round(years)) < 1e-9) {
    std::snprintf(text, sizeof text, "%.0f", years);
  } else {
    std::snprintf(text, sizeof text, "%.2f", years);
    std::string s = text;
    while (!s.empty() && s.back() == '0') s.pop_back();
    std::replace(s.begin(), s.end(), '.', ',');
    return s;
  }
  return text;
}

/// «лет» / «год» / «года» after a number of years (a fraction takes «года»: «4,5 года»).
std::string YearsWord(double years) {
  if (std::abs(years - std::round(years)) >= 1e-9) return "года";
  const auto n = static_cast<long long>(std::llround(years));
  const auto last_two = n % 100;
  const auto last = n % 10;
  if (last_two >= 11 && last_two <= 14) return "лет";
  if (last == 1) return "год";
  if (last >= 2 && last <= 4) return "года";
  return "лет";
}

/// «не менее 5 лет», «не менее 1 года», «не менее 3 лет»: the genitive after «не менее».
std::string AtLeastYears(int n) {
  const bool one = n % 10 == 1 && n % 100 != 11;
  return "не менее " + std::to_string(n) + (one ? " года" : " лет");
}

/// What the profile accepts among the categories a list may state, in the order of their rank.
std::vector<std::string> AcceptedListCategories(const PoolProfile& p) {
  std::vector<std::string> words;
  for (const char* code : {"conformity", "first", "highest"}) {
    if (std::find(p.accepted_categories.begin(), p.accepted_categories.end(), code) != p.accepted_categories.end()) {
      words.push_back(CategoryWord(code));
    }
  }
  return words;
}

std::string EducationWords(bool higher, bool pedagogical) {
  std::string text = higher ? "высшее" : "среднее профессиональное";
  if (pedagogical) text += " педагогическое";
  return text;
}

bool EducationAccepted(const EducationRequirement& rule, const DeclaredEducation& e) {
  if (rule.pedagogical && !e.pedagogical) return false;
  return std::any_of(rule.levels.begin(), rule.levels.end(), [&](const std::string& level) {
    return e.higher ? IsHigherLevel(level) : level == "secondary_professional";
  });
}

/// The education the profile asks for, as a list would state it: «высшее педагогическое».
std::string RequiredEducation(const EducationRequirement& rule) {
  const bool higher = std::any_of(rule.levels.begin(), rule.levels.end(), IsHigherLevel);
  const bool secondary =
      std::find(rule.levels.begin(), rule.levels.end(), "secondary_professional") != rule.levels.end();
  if (higher && secondary)
    return std::string("высшее или среднее профессиональное") + (rule.pedagogical ? " педагогическое" : "");
  return EducationWords(higher || !secondary, rule.pedagogical);
}

}  // namespace

DeclaredVerdict CheckDeclared(const PoolProfile& profile, const DeclaredCandidate& c) {
  const std::string ref = SectionRef(profile.eligibility_section);
  std::vector<std::string> failed;
  std::vector<std::string> met;

  if (profile.require_current_employment) {
    if (core::NormaliseSpaces(c.workplace).empty()) {
      failed.push_back("Не указано место работы: в состав входят работники образовательных организаций" + ref);
    } else {
      met.push_back("Работник образовательной организации: " + core::NormaliseSpaces(c.workplace));
    }
  }

  const auto accepted = AcceptedListCategories(profile);
  const bool category_ok = std::find(profile.accepted_categories.begin(), profile.accepted_categories.end(),
                                     c.category) != profile.accepted_categories.end();
  if (category_ok) {
    met.push_back("Квалификационная категория: " + CategoryWord(c.category));
  } else {
    failed.push_back(
        "Квалификационная категория: " + (c.category == "none" ? std::string("нет") : CategoryWord(c.category)) +
        " — требуется " + JoinOr(accepted) + ref);
  }

  const std::string education = EducationWords(c.education.higher, c.education.pedagogical);
  if (EducationAccepted(profile.education, c.education)) {
    met.push_back("Образование: " + education);
  } else {
    failed.push_back("Образование: " + education + " — требуется " + RequiredEducation(profile.education) + ref);
  }

  const int min_years = profile.experience.min_years;
  const std::string years = YearsText(c.specialty_years) + " " + YearsWord(c.specialty_years);
  // «не менее 5 лет»: exactly five is enough; the list states years, possibly with a fraction.
  if (c.specialty_years + 1e-9 >= min_years) {
    met.push_back("Стаж работы по специальности: " + years + " (требуется " + AtLeastYears(min_years) + ")");
  } else {
    failed.push_back("Стаж работы по специальности: " + years + " — требуется " + AtLeastYears(min_years) + ref);
  }

  std::vector<int> listed;
  for (const auto& k : profile.criteria) listed.push_back(k.number);
  std::vector<int> known;
  for (int n : c.criteria) {
    if (std::find(listed.begin(), listed.end(), n) != listed.end()) known.push_back(n);
  }
  const std::string range = listed.empty() ? std::string()
                            : listed.size() == 1
                                ? "№ " + std::to_string(listed.front())
                                : "№ " + std::to_string(listed.front()) + "–" + std::to_string(listed.back());
  if (static_cast<int>(known.size()) >= profile.min_criteria) {
    met.push_back((known.size() == 1 ? "Соответствует требованию № " : "Соответствует требованиям № ") +
                  JoinNumbers(known) + " перечня" + ref);
  } else if (known.empty()) {
    failed.push_back("Не указано ни одного из требований " + range + " перечня" + ref +
                     (profile.min_criteria > 1 ? "; нужно не менее " + std::to_string(profile.min_criteria) : ""));
  } else {
    failed.push_back("Указаны требования № " + JoinNumbers(known) + " перечня — нужно не менее " +
                     std::to_string(profile.min_criteria) + ref);
  }

  DeclaredVerdict verdict;
  verdict.eligible = failed.empty();
  verdict.reasons = std::move(failed);
  verdict.reasons.insert(verdict.reasons.end(), met.begin(), met.end());
  return verdict;
}

std::string FoldedListText(std::string_view text) {
  std::string s = core::LowerUtf8(core::NormaliseSpaces(text));
  for (std::size_t at = s.find("ё"); at != std::string::npos; at = s.find("ё", at)) s.replace(at, 2, "е");
  return s;
}

std::optional<std::string> ParseDeclaredCategory(std::string_view text) {
  const auto s = FoldedListText(text);
  if (s == "высшая") return "highest";
  if (s == "первая") return "first";
  if (s == "соответствие занимаемой должности") return "conformity";
  if (s == "без категории") return "none";
  return std::nullopt;
}

std::optional<DeclaredEducation> ParseDeclaredEducation(std::string_view text) {
  const auto s = FoldedListText(text);
  if (s == "высшее педагогическое") return DeclaredEducation{true, true};
  if (s == "высшее") return DeclaredEducation{true, false};
  if (s == "среднее профессиональное педагогическое") return DeclaredEducation{false, true};
  if (s == "среднее профессиональное") return DeclaredEducation{false, false};
  return std::nullopt;
}

std::optional<PoolProfile> PresetNamed(std::string_view name) {
  const auto s = FoldedListText(name);
  if (s == "tomsk-rma-2022") return TomskRma2022();
  if (s == "aleksandrovsky-mma") return AleksandrovskyMma();
  return std::nullopt;
}

std::vector<std::string> PresetNames() { return {"tomsk-rma-2022", "aleksandrovsky-mma"}; }

}  // namespace metodset::pool
