#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/people/module.hpp"
#include "modules/pool/application/pool_store.hpp"
#include "modules/pool/domain/eligibility.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/territory_locator.hpp"

namespace metodset::pool {

/// One person checked against a profile: her card's place and the verdict with its reasons.
struct PersonEligibility {
  ProfileVersionSummary profile;  // the version the check used
  people::PersonRecord person;
  Eligibility eligibility;
};

/// A person of a screening: who and where, and how she stands.
struct ScreenedPerson {
  std::int64_t id = 0;
  std::string full_name;
  std::optional<std::int64_t> organisation_id;
  std::optional<std::string> organisation_name;
  std::optional<std::int64_t> municipality_id;
  std::optional<std::string> municipality_name;
  Outcome outcome = Outcome::kIneligible;
  std::string first_failed;  // code of the first failed requirement; empty when eligible
  std::vector<int> criteria_met;
  std::vector<int> criteria_awaiting;  // may be confirmed by a document of the nomination
};

/// What to screen and which page of persons to return.
struct ScreeningRequest {
  std::optional<std::int64_t> municipality_id;
  std::optional<std::int64_t> organisation_id;
  std::optional<core::Date> on;    // today when absent
  std::optional<Outcome> outcome;  // the persons listed: eligible and needs_confirmation unless narrowed
  int page = 1;
  int size = 50;
};

/// The counts of a screening and one page of its persons, sorted by ФИО in Russian order.
struct ScreeningResult {
  ProfileVersionSummary profile;
  core::Date on;
  Screening counts;
  std::vector<ScreenedPerson> persons;
  std::int64_t persons_total = 0;
};

/// Eligibility of persons of the people registry for a methodist pool under a stored profile (SPEC §5; 000 and
/// 002 §3.2): a person, every person of the caller's scope, or a candidate list. Persons are read under the
/// people registry's own rules (PeopleService): whom the caller cannot read does not exist here either.
class EligibilityService {
 public:
  EligibilityService(PoolStorage& storage, people::PeopleService& people, core::TerritoryLocator& locator,
                     const core::Clock& clock)
      : storage_(storage), people_(people), locator_(locator), clock_(clock) {}

  /// One person against profile version `profile_id` as of `on` (today when absent).
  core::Result<PersonEligibility> Check(const core::Actor& actor, std::int64_t profile_id, std::int64_t person_id,
                                        std::optional<core::Date> on);
  /// Every person of the caller's scope working in the profile's territory, narrowed by the request's filters.
  core::Result<ScreeningResult> Screen(const core::Actor& actor, std::int64_t profile_id,
                                       const ScreeningRequest& request);
  /// The persons of a candidate list (each must be one the caller may read); every outcome is listed.
  core::Result<ScreeningResult> ScreenCandidates(const core::Actor& actor, std::int64_t profile_id,
                                                 const std::vector<std::int64_t>& person_ids,
                                                 const ScreeningRequest& request);

 private:
  core::Result<ProfileVersion> ReadableProfile(const core::Actor& actor, std::int64_t id);
  PoolStorage& storage_;
  people::PeopleService& people_;
  core::TerritoryLocator& locator_;
  const core::Clock& clock_;
};

}  // namespace metodset::pool
