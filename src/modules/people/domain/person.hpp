#pragma once
// The person of the people registry and the facts derived from her dated records (SPEC §3; 000 §3.2,
// 002 §3.2, 003 §App2 3.3, 003 §App4 5.2; docs/api/PEOPLE.md). Pure domain: no storage, no HTTP.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/core/date.hpp"
#include "platform/core/result.hpp"

namespace metodset::people {

struct Employment {
  std::int64_t id = 0;
  std::optional<std::int64_t> organisation_id;  // an organisation of the registry, or none for work elsewhere
  std::string organisation_name;                // the registry's name, or the name of the place elsewhere
  std::string position;                         // code of the `positions` catalogue
  std::vector<std::string> subjects;            // codes of the `subjects` catalogue, sorted, unique
  bool is_main = true;
  bool pedagogical = true;
  core::Date started_on;
  std::optional<core::Date> ended_on;  // inclusive; none while it goes on
};

struct Education {
  std::int64_t id = 0;
  std::string level;  // `education-levels`
  bool pedagogical = true;
  std::string institution;
  std::optional<std::string> speciality;
  std::optional<int> graduated_year;
};

struct CategoryAward {
  std::int64_t id = 0;
  std::string category;  // `qualification-categories`
  core::Date awarded_on;
  std::optional<std::string> directive;  // «приказ № … от …»
};

struct Course {
  std::int64_t id = 0;
  std::string programme;
  std::optional<std::string> provider;
  int hours = 0;
  core::Date started_on;
  core::Date ended_on;
};

struct Achievement {
  std::int64_t id = 0;
  std::string kind;                  // `achievement-kinds`
  std::optional<std::string> level;  // `achievement-levels`
  std::string title;
  core::Date achieved_on;
  std::optional<core::Date> valid_until;
  std::optional<std::int64_t> document_id;
};

struct Consent {
  std::int64_t id = 0;
  std::string purpose;  // `consent-purposes`
  std::string form;     // `consent-forms`
  core::Date given_on;
  std::optional<core::Date> withdrawn_on;
  std::optional<std::int64_t> document_id;
};

/// A person with every section of her card.
struct Person {
  std::int64_t id = 0;
  std::string last_name;
  std::string first_name;
  std::optional<std::string> middle_name;
  core::Date birth_date;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::vector<Employment> employments;
  std::vector<Education> educations;
  std::vector<CategoryAward> categories;
  std::vector<Course> courses;
  std::vector<Achievement> achievements;
  std::vector<Consent> consents;
};

/// «Фамилия Имя Отчество».
std::string FullName(const Person& p);

/// A length of service as the traditional sum: full years, months and days (30 days = 1 month).
struct Experience {
  int years = 0;
  int months = 0;
  int days = 0;
  auto operator<=>(const Experience&) const = default;
};

struct SpecialtyExperience {
  std::string subject;
  Experience experience;
};

struct CategoryInForce {
  std::string code = "none";  // "none" when no award or the last one lapsed
  std::optional<core::Date> awarded_on;
  std::optional<core::Date> valid_until;
  std::optional<core::Date> lapsed_on;  // valid_until + 1 day, when that is on or before the date
};

/// Everything derived from the dated records as of one date (docs/api/PEOPLE.md, "Derived facts").
struct DerivedFacts {
  core::Date on;
  int age = 0;
  Experience total;
  Experience pedagogical;
  std::vector<SpecialtyExperience> specialty;  // one per subject ever taught, by subject code
  CategoryInForce category;
  bool young_specialist = false;
  bool young_teacher = false;
  bool attestation_due = false;
  bool pd_due = false;
  std::optional<core::Date> last_course_on;
};

/// The last day a category awarded on `awarded_on` is in force: five years less one day.
core::Date CategoryValidUntil(const core::Date& awarded_on);
/// Service up to and including `through` (periods starting later are ignored; overlaps counted once).
Experience ExperienceThrough(const std::vector<Employment>& employments, const core::Date& through,
                             bool pedagogical_only, const std::string* subject = nullptr);
/// The derived facts as of `on`; `attestation_months` is the horizon of "attestation due".
DerivedFacts Derive(const Person& p, const core::Date& on, int attestation_months = 6);

/// The denormalised columns of `persons` (migrations/*/0003_people.sql), recomputed on every write so that
/// lists filter and sort in one index scan. `today` is the date of the write.
struct Summary {
  std::optional<std::int64_t> organisation_id;  // the current main employment's (else the latest in the registry)
  std::optional<std::string> position;
  std::vector<std::string> subjects;  // of the current employments, sorted, unique
  std::optional<std::string> category;  // the latest award (in force or not)
  std::optional<core::Date> category_until;
  std::optional<core::Date> last_course_on;
  std::optional<core::Date> young_specialist_until;  // last day of the first three years, if it goes on
};
Summary Summarise(const Person& p, const core::Date& today);

/// Age in full years on `on`; a person born on 29 February turns a year older on 28 February of a common
/// year (ГК РФ ст. 192).
int AgeOn(const core::Date& birth_date, const core::Date& on);
/// The statuses of the derived facts, as the API lists them: young_specialist, young_teacher,
/// attestation_due, pd_due.
std::vector<std::string> StatusCodes(const DerivedFacts& facts);

/// The codes the card may use, one set per catalogue of migrations/*/0003_people.sql.
struct PersonCatalogues {
  std::set<std::string> positions;
  std::set<std::string> subjects;
  std::set<std::string> education_levels;
  std::set<std::string> categories;
  std::set<std::string> achievement_kinds;
  std::set<std::string> achievement_levels;
  std::set<std::string> consent_purposes;
  std::set<std::string> consent_forms;
};

/// Normalises (spaces, lower-case e-mail, sorted unique subjects) and checks a card as of `today`; the
/// error names the field as the API does (`employments[2].started_on`).
core::Result<Person> ValidatePerson(Person p, const core::Date& today, const PersonCatalogues& catalogues);

}  // namespace metodset::people
