#pragma once
// Whether a person may join a methodist pool under its profile, and why (SPEC §5: "the system checks
// eligibility against the profile and explains each requirement met or failed with the evidence it used";
// 000 §3.2, 002 §3.2). Pure domain: the facts come from the people registry's card as of one date.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "modules/people/module.hpp"
#include "modules/pool/domain/pool_profile.hpp"
#include "platform/core/date.hpp"

namespace metodset::pool {

/// Codes of the requirements, in the order of the regulation's sentence.
inline constexpr std::string_view kEmploymentRequirement = "employment";
inline constexpr std::string_view kCategoryRequirement = "category";
inline constexpr std::string_view kEducationRequirement = "education";
inline constexpr std::string_view kExperienceRequirement = "experience";
inline constexpr std::string_view kCriteriaRequirement = "criteria";

/// The verdict of a check.
enum class Outcome {
  kEligible,           // every requirement met and enough criteria proven or confirmed
  kNeedsConfirmation,  // as eligible, if the nomination's documents confirm criteria the registry cannot prove
  kIneligible,
};

/// How a criterion stands.
enum class CriterionStatus {
  kProven,                // records of the registry prove it
  kConfirmed,             // a reviewer confirmed it from a document of the nomination
  kAwaitingConfirmation,  // no record, but the profile lets a document of the nomination confirm it
  kNotMet,
};

/// One requirement checked: met or not, and the Russian text naming the evidence used.
struct RequirementCheck {
  std::string code;     // kCategoryRequirement, …
  std::string section;  // of the profile's regulation, "3.2"
  bool met = false;
  std::string text;  // «Высшая категория с 12.03.2021 (действует по 11.03.2026), приказ № 123 от 12.03.2021»
};

/// One numbered criterion checked.
struct CriterionCheck {
  int number = 0;
  std::string wording;
  CriterionStatus status = CriterionStatus::kNotMet;
  // Proven or confirmed: each record or document that proves it. Otherwise: the records of the right kind that
  // were refused, each with the reason.
  std::vector<std::string> evidence;
  std::string text;  // the status in Russian, «в реестре нет записи вида …»
};

/// A reviewer's confirmation of a criterion from a document of the nomination.
struct CriterionConfirmation {
  int criterion = 0;
  std::string document;  // «представление ЦНППМ ТОИПКРО от 01.03.2024 № 12»
};

/// Russian titles of the open catalogues used in the texts (catalogue_items); a missing code is shown as is.
struct CatalogueTitles {
  std::map<std::string, std::string> subjects;
  std::map<std::string, std::string> positions;
};

/// The verdict with its reasons: every requirement and every criterion of the profile, in its order.
struct Eligibility {
  std::string profile_code;
  int profile_version = 0;
  core::Date on;
  Outcome outcome = Outcome::kIneligible;
  std::vector<RequirementCheck> requirements;  // the last one is kCriteriaRequirement
  std::vector<CriterionCheck> criteria;
  int criteria_met = 0;  // proven or confirmed
  int criteria_required = 0;

  bool Eligible() const { return outcome == Outcome::kEligible; }
  /// The requirement with this code, or nullptr when the profile does not check it.
  const RequirementCheck* Find(std::string_view code) const;
  /// The first requirement that failed, or nullptr.
  const RequirementCheck* FirstFailed() const;
  /// The check of the criterion with this number, or nullptr.
  const CriterionCheck* FindCriterion(int number) const;
};

/// Checks a person against a profile as of `on` (a category must be in force on that day, service counts
/// through it). Confirmations count only for criteria whose profile allows a manual confirmation.
Eligibility CheckEligibility(const PoolProfile& profile, const people::Person& person, const core::Date& on,
                             const std::vector<CriterionConfirmation>& confirmations = {},
                             const CatalogueTitles& titles = {});

/// The outcome of screening the persons of a territory against a profile.
struct Screening {
  int total = 0;
  int eligible = 0;
  int needs_confirmation = 0;
  int ineligible = 0;
  // Requirement code → persons whose first failed requirement it is (needs_confirmation counts under
  // kCriteriaRequirement).
  std::map<std::string, int> first_failed;
};

/// Checks every person as of `on` without confirmations and counts the outcomes.
Screening ScreenAll(const PoolProfile& profile, const std::vector<people::Person>& persons, const core::Date& on);

/// Stable codes for storage and the API: "eligible", "needs_confirmation", "ineligible"; "proven", …
std::string_view Code(Outcome outcome);
std::string_view Code(CriterionStatus status);

}  // namespace metodset::pool
