#pragma once
// What the mentoring rules need to know of a person of the people registry as of a date, derived by the people
// module's own rules (people::Derive, people::Summarise) so that no rule of experience is written twice.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/mentoring/application/mentoring_store.hpp"
#include "modules/mentoring/domain/mentoring_facts.hpp"

namespace metodset::mentoring {

/// The hiring date of 3.1: the start of the person's current pedagogical employment in `organisation_id` on `on`
/// (the main one first; else the latest one there); none when she has no employment there.
std::optional<core::Date> HiredOn(const people::Person& person, std::optional<std::int64_t> organisation_id,
                                  const core::Date& on);

/// The codes of the subjects the person teaches on `on` (current employments), sorted.
std::vector<std::string> SubjectCodesOf(const people::Person& person, const core::Date& on);

/// Subject codes as the Russian titles of the catalogue (the texts of the checks name them); unknown codes stay.
std::vector<std::string> SubjectTitles(const std::vector<std::string>& codes,
                                       const std::map<std::string, std::string>& titles);

/// The person teaches (has a current pedagogical employment) on `on`.
bool TeachesOn(const people::Person& person, const core::Date& on);

/// A candidate mentor as of `on`: pedagogical experience by people::Derive, subjects, contest wins (2.2), place.
MentorFacts MentorFactsOf(const RegistryPerson& person, const people::DerivedFacts& derived, int active_mentees,
                          const std::optional<CouncilRecommendation>& council,
                          const std::map<std::string, std::string>& titles);

/// A mentee hired on `hired_on`.
MenteeFacts MenteeFactsOf(const RegistryPerson& person, MenteeCategory category, const core::Date& hired_on,
                          const std::optional<core::Date>& graduation_on, const core::Date& on, bool has_mentor,
                          const std::map<std::string, std::string>& titles);

/// people::Experience as the domain's ServiceLength.
ServiceLength LengthOf(const people::Experience& experience);

}  // namespace metodset::mentoring
