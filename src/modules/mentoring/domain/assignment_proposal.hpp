#pragma once
// A proposal of mentors for every mentee without one, computed over the whole region at once as a minimum-cost
// flow (SPEC §6: "computed as an optimisation over the whole region, not first-come-first-served"):
//   source → mentor (capacity: free slots, 3.5) → mentee (only where eligible and in reach; cost by proximity)
//   → sink (capacity 1),
// plus a source → sink bypass dearer than any rerouting, so the flow first assigns as many mentees as possible
// and then, among those assignments, is the cheapest. The proposal goes to the methodological council (3.3).
//
// The mentor → mentee arcs are not built one by one: where consultants of other subjects are in reach, every
// mentee would get an arc from every mentor of her municipality (20 000 mentees, 15 000 mentors: 6 million arcs).
// Mentors feed shared places instead — (organisation, subject), (municipality, subject), (organisation, any),
// (municipality, any), (region, subject) — and each place feeds its mentees at its proximity's cost, so the network
// grows linearly. Because costs never decrease with distance (checked), a pair's cheapest route is through the
// place of its ProximityOf, and the optimum equals that of the pair-by-pair network; the pairs are read back from
// the flow through each place and priced by ProximityOf (assignment_proposal_test checks against exhaustive search).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "modules/mentoring/domain/candidate_ranking.hpp"
#include "modules/mentoring/domain/mentoring_facts.hpp"
#include "modules/mentoring/domain/mentoring_profile.hpp"
#include "platform/core/result.hpp"

namespace metodset::mentoring {

/// The cost of a pair by proximity (index: Proximity). The installation's choice, not the regulation's: the same
/// subject in the same organisation is cheapest, then the same subject in the municipality, then other subjects.
/// A nearer proximity may not cost more than a farther one (the ranking and the proposal then agree).
struct AssignmentCosts {
  std::array<std::int64_t, kProximityCount> by_proximity{1, 3, 6, 10, 15};
  std::int64_t Of(Proximity proximity) const { return by_proximity[static_cast<std::size_t>(proximity)]; }
};

/// The largest cost a proximity may have (keeps the flow's sums inside 64 bits).
inline constexpr std::int64_t kMaxAssignmentCost = 1'000'000;
/// The most mentees one proposal handles (with kMaxAssignmentCost, the same bound).
inline constexpr std::size_t kMaxProposalMentees = 1'000'000;

/// A proposed pair.
struct ProposedPair {
  std::size_t mentee_index = 0;  // into the mentees given
  std::size_t mentor_index = 0;  // into the mentors given
  std::int64_t mentee_id = 0;
  std::int64_t mentor_id = 0;
  Proximity proximity = Proximity::kSameOrganisationSameSubject;
  MentorKind kind = MentorKind::kSubject;
  std::int64_t cost = 0;
};

/// Why a mentee got no mentor.
enum class UnassignedReason {
  kNoMentorInReach,  // no eligible mentor within the profile's reach at all
  kAllSlotsTaken,    // eligible mentors exist, but they already have the maximum or the proposal filled them
};

/// A mentee the proposal could not serve, with the reason in Russian.
struct UnassignedMentee {
  std::size_t mentee_index = 0;
  std::int64_t mentee_id = 0;
  UnassignedReason reason = UnassignedReason::kNoMentorInReach;
  int candidates = 0;  // eligible mentors in reach, free or not
  std::string text;
};

/// The proposal: pairs ordered by mentee index, then the mentees left without a mentor.
struct AssignmentProposal {
  std::vector<ProposedPair> pairs;
  std::vector<UnassignedMentee> unassigned;
  std::int64_t total_cost = 0;
  std::size_t mentees_considered = 0;  // those without a mentor
  std::size_t network_arcs = 0;        // arcs of the flow network, for the benchmark
};

/// Proposes a mentor for every mentee without one (`has_mentor` false): the most mentees possible, at the least
/// total cost among such proposals; each mentor gets no more than her free slots (3.5); pairs only where the mentor
/// passes CheckMentor at the proposal stage and ProximityOf is in reach; a person who needs a mentor herself is not
/// proposed as one. Errors only for costs outside [0, kMaxAssignmentCost], costs that fall with distance, or more
/// than kMaxProposalMentees mentees.
core::Result<AssignmentProposal> ProposeAssignments(const MentoringProfile& profile,
                                                    const std::vector<MenteeFacts>& mentees,
                                                    const std::vector<MentorFacts>& mentors,
                                                    const AssignmentCosts& costs = {});

}  // namespace metodset::mentoring
