#include "modules/mentoring/domain/candidate_ranking.hpp"

#include <algorithm>

namespace metodset::mentoring {
namespace {

template <typename T>
bool Same(const std::optional<T>& a, const std::optional<T>& b) {
  return a && b && *a == *b;
}

}  // namespace

std::string_view Label(Proximity proximity) {
  switch (proximity) {
    case Proximity::kSameOrganisationSameSubject:
      return "своя организация, тот же предмет";
    case Proximity::kSameMunicipalitySameSubject:
      return "свой муниципалитет, тот же предмет";
    case Proximity::kSameOrganisationOtherSubject:
      return "своя организация, другой предмет";
    case Proximity::kSameMunicipalityOtherSubject:
      return "свой муниципалитет, другой предмет";
    case Proximity::kOtherMunicipalitySameSubject:
      return "другой муниципалитет, тот же предмет";
  }
  return {};
}

std::optional<Proximity> ProximityOf(const MentoringProfile& profile, const MenteeFacts& mentee,
                                     const MentorFacts& mentor) {
  if (mentor.person_id == mentee.person_id) return std::nullopt;
  const bool same_subject = TeachesSubjectOf(mentor, mentee);
  const bool same_organisation = Same(mentee.organisation_id, mentor.organisation_id);
  // An organisation lies in one municipality: the same organisation is the same municipality even when the facts
  // leave the municipality out.
  const bool same_municipality = same_organisation || Same(mentee.municipality_id, mentor.municipality_id);
  if (same_subject) {
    if (same_organisation) return Proximity::kSameOrganisationSameSubject;
    if (same_municipality) return Proximity::kSameMunicipalitySameSubject;
    if (profile.reach.other_municipality.value) return Proximity::kOtherMunicipalitySameSubject;
    return std::nullopt;
  }
  if (!profile.reach.other_subject.value) return std::nullopt;
  if (same_organisation) return Proximity::kSameOrganisationOtherSubject;
  if (same_municipality) return Proximity::kSameMunicipalityOtherSubject;
  return std::nullopt;
}

MentorKind KindFor(Proximity proximity) {
  switch (proximity) {
    case Proximity::kSameOrganisationSameSubject:
    case Proximity::kSameMunicipalitySameSubject:
    case Proximity::kOtherMunicipalitySameSubject:
      return MentorKind::kSubject;
    case Proximity::kSameOrganisationOtherSubject:
    case Proximity::kSameMunicipalityOtherSubject:
      return MentorKind::kConsultant;
  }
  return MentorKind::kSubject;
}

std::vector<RankedCandidate> RankMentorCandidates(const MentoringProfile& profile, const MenteeFacts& mentee,
                                                  const std::vector<MentorFacts>& mentors, CheckStage stage) {
  std::vector<RankedCandidate> ranked;
  for (std::size_t i = 0; i < mentors.size(); ++i) {
    const auto proximity = ProximityOf(profile, mentee, mentors[i]);
    if (!proximity) continue;
    const MentorKind kind = KindFor(*proximity);
    Assessment assessment = CheckMentorForMentee(profile, mentors[i], mentee, kind, stage);
    if (!assessment.Passed()) continue;
    ranked.push_back({i, mentors[i].person_id, *proximity, kind, std::move(assessment)});
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const RankedCandidate& a, const RankedCandidate& b) { return a.proximity < b.proximity; });
  return ranked;
}

}  // namespace metodset::mentoring
