#pragma once
// A candidate as a nomination list states her (issue 4, `metodset pool screen`): the facts are declared in
// the list, not read from the registry, and checked against a profile's rules of eligibility (000 §3.2,
// 002 §3.2) with the reasons of the verdict in Russian.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/pool/domain/pool_profile.hpp"
#include "platform/core/date.hpp"

namespace metodset::pool {

/// The education a list may state: «высшее педагогическое», «высшее», «среднее профессиональное
/// педагогическое», «среднее профессиональное».
struct DeclaredEducation {
  bool higher = false;  // высшее; otherwise среднее профессиональное
  bool pedagogical = false;
  bool operator==(const DeclaredEducation&) const = default;
};

/// One row of a candidate list.
struct DeclaredCandidate {
  std::string full_name;  // ФИО
  core::Date birth_date;
  std::string workplace;  // Место работы
  std::string position;
  std::string subject;
  std::string category;  // `qualification-categories` code: none, conformity, first, highest
  DeclaredEducation education;
  double specialty_years = 0;  // Стаж по специальности, лет
  std::vector<int> criteria;   // numbers of the profile's list, each once, ascending
};

/// The verdict on a declared candidate: eligible when every requirement of the profile holds and at least
/// `min_criteria` of the declared criteria are in its list. `reasons` names each requirement checked — the
/// failed ones first — in Russian with the section of the regulation.
struct DeclaredVerdict {
  bool eligible = false;
  std::vector<std::string> reasons;
};

DeclaredVerdict CheckDeclared(const PoolProfile& profile, const DeclaredCandidate& candidate);

/// A list's text as it is compared: lower case, single spaces, ё as е («Высшее  ПЕДАГОГИЧЕСКОЕ» is
/// «высшее педагогическое»).
std::string FoldedListText(std::string_view text);

/// The values a list may use for the category and the education (any case, spaces, ё or е); nullopt otherwise.
std::optional<std::string> ParseDeclaredCategory(std::string_view text);
std::optional<DeclaredEducation> ParseDeclaredEducation(std::string_view text);

/// A preset by the name the command line and the API use: `tomsk-rma-2022` (002) or `aleksandrovsky-mma` (000).
std::optional<PoolProfile> PresetNamed(std::string_view name);
/// The names PresetNamed knows, in order.
std::vector<std::string> PresetNames();

}  // namespace metodset::pool
