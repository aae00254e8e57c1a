#pragma once
// A reproducible random region of mentees and mentors for the proposal's tests and bench/mentoring_bench.cpp.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "modules/mentoring/domain/mentoring_facts.hpp"

namespace metodset::mentoring {

/// The shape of a synthetic region.
struct SyntheticRegionShape {
  int municipalities = 28;  // Amur region: 28 municipal districts and okrugs
  int organisations_per_municipality = 15;
  int subjects = 12;
};

/// Mentees and mentors of a synthetic region.
struct SyntheticRegion {
  std::vector<MenteeFacts> mentees;  // young specialists without a mentor, one or two subjects
  std::vector<MentorFacts> mentors;  // teachers with 3–30 years, 0–2 mentees, one or two subjects
};

/// `mentees` mentees and `mentors` candidate mentors spread over the shape's municipalities and organisations,
/// the same for the same seed on every platform (a SplitMix64 generator, no std:: distributions). About one
/// mentor in eight falls short of five years, so that eligibility is exercised too.
SyntheticRegion SyntheticMentoringRegion(std::size_t mentees, std::size_t mentors, std::uint64_t seed,
                                         const SyntheticRegionShape& shape = {});

}  // namespace metodset::mentoring
