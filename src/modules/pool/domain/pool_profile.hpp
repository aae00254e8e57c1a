#pragma once
// The regulation profile of a methodist pool (SPEC §4, §5): who may be a member, on whose nomination, by
// whose directive and for which directions of activity — every rule as versioned data with the document it
// comes from (000 and 002 §2.1, §3.1–3.3). Pure domain: no storage, no HTTP, no JSON.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/people/module.hpp"
#include "platform/core/date.hpp"
#include "platform/core/result.hpp"

namespace metodset::pool {

/// Level of the pool (SPEC §0: regional / municipal / school asset).
enum class PoolLevel { kRegional, kMunicipal, kSchool };

/// Who may submit a nomination (представление) of candidates (000 §3.1, 002 §3.1).
enum class Nominator {
  kOrganisation,  // образовательная организация
  kMunicipality,  // орган местного самоуправления, осуществляющий управление в сфере образования
  kSupportCentre,  // ЦНППМ
};

/// Which length of service the experience requirement counts (people::ExperienceThrough).
enum class ExperienceKind {
  kSpecialty,  // стаж работы по специальности: one subject taught, or one position without subjects
  kPedagogical,  // педагогический стаж
  kTotal,        // общий стаж работы
};

/// What kind of record of the people registry proves a criterion.
enum class EvidenceKind {
  kAchievement,  // a dated achievement of a kind (and level) of the `achievement-kinds` catalogue
  kEmployment,   // current work at one of the listed organisations
  kCourse,       // a completed professional development course
};

/// One kind of registry record that proves a criterion; the fields that do not belong to `kind` stay empty.
struct EvidenceRule {
  EvidenceKind kind = EvidenceKind::kAchievement;
  std::string achievement_kind;                // kAchievement: code of `achievement-kinds`
  std::vector<std::string> levels;             // kAchievement: accepted `achievement-levels`; empty: any or none
  std::vector<std::int64_t> organisation_ids;  // kEmployment: organisations of the registry
  std::string programme_contains;              // kCourse: a part of the programme's name, any case; empty: any
  int min_hours = 0;                           // kCourse: at least this many hours
  bool operator==(const EvidenceRule&) const = default;
};

/// One numbered criterion of the eligibility list, worded as the regulation words it.
struct Criterion {
  int number = 0;
  std::string wording;                 // quoted from the regulation
  std::vector<EvidenceRule> evidence;  // any one record of any rule proves the criterion
  // The registry may hold no record of it: a reviewer may confirm it from a document of the nomination.
  bool manual_confirmation = false;
  bool operator==(const Criterion&) const = default;
};

/// An item of a catalogue the regulation lists (directions of activity, bases of nomination).
struct CatalogueItem {
  std::string code;
  std::string title;  // quoted from the regulation
  bool operator==(const CatalogueItem&) const = default;
};

/// The document a profile comes from.
struct RegulationSource {
  std::string seed;   // "002": the file prefix in /work/shared/seeds; empty for a region's own document
  std::string title;  // «Положение о региональном методическом активе Томской области»
  std::string approved_by;  // «Распоряжение Департамента общего образования Томской области»; may be empty
  std::string number;       // «1788-р»; empty when the document has none
  std::optional<core::Date> date;
  std::optional<std::int64_t> regulation_id;  // the record of the document registry (kind `regulation`)
  bool operator==(const RegulationSource&) const = default;
};

struct EducationRequirement {
  std::vector<std::string> levels;  // `education-levels` codes that count
  bool pedagogical = true;          // the education must be pedagogical
  bool operator==(const EducationRequirement&) const = default;
};

struct ExperienceRequirement {
  ExperienceKind kind = ExperienceKind::kSpecialty;
  int min_years = 0;
  bool operator==(const ExperienceRequirement&) const = default;
};

/// How the composition is approved and changed (000 §3.1, §3.3; 002 §3.1, §3.3).
struct DirectiveRule {
  std::string issuer;                         // «ТОИПКРО»: whose order approves the composition
  std::optional<std::string> agreement_with;  // «по согласованию с …»; none when not required
  bool operator==(const DirectiveRule&) const = default;
};

/// The rules of one methodist pool as data; an administrator copies a preset and edits it (SPEC §4).
struct PoolProfile {
  std::string code;  // "tomsk_rma": the same code across versions
  int version = 1;
  std::string title;  // «Региональный методический актив Томской области»
  PoolLevel level = PoolLevel::kRegional;
  RegulationSource source;
  std::string eligibility_section;  // "3.2": cited in the texts of the checks
  bool require_current_employment = true;  // «из работников образовательных организаций»
  std::vector<std::string> accepted_categories;  // `qualification-categories` codes in force on the date
  EducationRequirement education;
  ExperienceRequirement experience;
  std::vector<Criterion> criteria;
  int min_criteria = 1;                         // «одному или нескольким требованиям»
  std::vector<Nominator> nominators;            // §3.1: who nominates candidates for the composition
  bool application_required = true;             // §3.1: the candidate's own application (заявление)
  std::vector<Nominator> change_nominators;     // §3.3: who nominates a change of the composition
  std::vector<CatalogueItem> nomination_bases;  // §3.3: what a nomination is based on
  std::vector<CatalogueItem> directions;        // §2.1: directions of activity
  DirectiveRule directive;
  bool operator==(const PoolProfile&) const = default;
};

/// The criterion with this number, or nullptr.
const Criterion* FindCriterion(const PoolProfile& profile, int number);

/// Normalises spaces and checks that an edited profile is usable, against the people registry's catalogues;
/// the error names the field as the JSON form does (`experience.min_years`, `criteria[2].number`).
core::Result<PoolProfile> ValidateProfile(PoolProfile profile, const people::PersonCatalogues& catalogues);

/// Stable codes for storage and the API.
std::string_view Code(PoolLevel level);
std::string_view Code(Nominator nominator);
std::string_view Code(ExperienceKind kind);
std::string_view Code(EvidenceKind kind);
/// The value of a code; nullopt for anything else.
std::optional<PoolLevel> ParsePoolLevel(std::string_view code);
std::optional<Nominator> ParseNominator(std::string_view code);
std::optional<ExperienceKind> ParseExperienceKind(std::string_view code);
std::optional<EvidenceKind> ParseEvidenceKind(std::string_view code);

/// Russian labels: «ЦНППМ», «стаж работы по специальности», …
std::string_view Label(Nominator nominator);
std::string_view Label(ExperienceKind kind);

}  // namespace metodset::pool
