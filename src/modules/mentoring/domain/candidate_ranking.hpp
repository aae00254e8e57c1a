#pragma once
// Candidate mentors for one mentee, nearest first: eligible only, then by how close the mentor is in subject and
// place (SPEC §6: "assignment of supporters respects subject, territory and each supporter's capacity").

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "modules/mentoring/domain/mentor_eligibility.hpp"
#include "modules/mentoring/domain/mentoring_facts.hpp"
#include "modules/mentoring/domain/mentoring_profile.hpp"
#include "modules/mentoring/domain/requirement.hpp"

namespace metodset::mentoring {

/// How close a mentor is to the mentee, nearest first. The same subject comes before the same place: the subject
/// mentor of 2.2 prepares lessons with the mentee, a mentor of another subject can only be a consultant.
enum class Proximity {
  kSameOrganisationSameSubject,
  kSameMunicipalitySameSubject,
  kSameOrganisationOtherSubject,
  kSameMunicipalityOtherSubject,
  kOtherMunicipalitySameSubject,
};
inline constexpr std::size_t kProximityCount = 5;

/// «своя организация, тот же предмет», …
std::string_view Label(Proximity proximity);

/// How close `mentor` is to `mentee`, or nullopt when out of the profile's reach (another subject where the reach
/// forbids it, another municipality where it forbids it, no common place at all, or the mentee herself).
std::optional<Proximity> ProximityOf(const MentoringProfile& profile, const MenteeFacts& mentee,
                                     const MentorFacts& mentor);

/// The kind of mentor a proximity makes: subject for the same subject, consultant otherwise (2.2).
MentorKind KindFor(Proximity proximity);

/// One eligible candidate with the reasons.
struct RankedCandidate {
  std::size_t mentor_index = 0;  // into the mentors given
  std::int64_t person_id = 0;
  Proximity proximity = Proximity::kSameOrganisationSameSubject;
  MentorKind kind = MentorKind::kSubject;
  Assessment assessment;  // CheckMentorForMentee for `kind`, every blocking requirement met
};

/// The eligible mentors in reach of `mentee`, nearest first; candidates equally near keep the order they were
/// given in (the caller's, e.g. by ФИО), so the ranking is stable.
std::vector<RankedCandidate> RankMentorCandidates(const MentoringProfile& profile, const MenteeFacts& mentee,
                                                  const std::vector<MentorFacts>& mentors,
                                                  CheckStage stage = CheckStage::kProposal);

}  // namespace metodset::mentoring
