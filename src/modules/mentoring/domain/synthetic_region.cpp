#include "modules/mentoring/domain/synthetic_region.hpp"

#include <string>

namespace metodset::mentoring {
namespace {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // In [0, n); the modulo bias is irrelevant for test data.
  int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint64_t>(n)); }

 private:
  std::uint64_t state_;
};

struct Place {
  std::int64_t organisation_id;
  std::int64_t municipality_id;
};

Place RandomPlace(SplitMix64& rng, const SyntheticRegionShape& shape) {
  const int municipality = rng.Below(shape.municipalities);
  const int organisation = rng.Below(shape.organisations_per_municipality);
  return {1000 + municipality * shape.organisations_per_municipality + organisation, 1 + municipality};
}

std::vector<std::string> RandomSubjects(SplitMix64& rng, const SyntheticRegionShape& shape) {
  std::vector<std::string> subjects{"subject-" + std::to_string(rng.Below(shape.subjects))};
  if (rng.Below(4) == 0) {
    auto second = "subject-" + std::to_string(rng.Below(shape.subjects));
    if (second != subjects.front()) subjects.push_back(std::move(second));
  }
  return subjects;
}

}  // namespace

SyntheticRegion SyntheticMentoringRegion(std::size_t mentees, std::size_t mentors, std::uint64_t seed,
                                         const SyntheticRegionShape& shape) {
  SplitMix64 rng(seed);
  SyntheticRegion region;
  const core::Date on{2024, 9, 1};
  region.mentees.reserve(mentees);
  for (std::size_t i = 0; i < mentees; ++i) {
    const Place place = RandomPlace(rng, shape);
    MenteeFacts m;
    m.person_id = static_cast<std::int64_t>(1'000'000 + i);
    m.name = "Подшефный " + std::to_string(i + 1);
    m.category = MenteeCategory::kYoungSpecialist;
    m.hired_on = on.AddDays(-rng.Below(60));
    m.organisation_id = place.organisation_id;
    m.municipality_id = place.municipality_id;
    m.subjects = RandomSubjects(rng, shape);
    region.mentees.push_back(std::move(m));
  }
  region.mentors.reserve(mentors);
  for (std::size_t i = 0; i < mentors; ++i) {
    const Place place = RandomPlace(rng, shape);
    MentorFacts m;
    m.person_id = static_cast<std::int64_t>(1 + i);
    m.name = "Наставник " + std::to_string(i + 1);
    m.on = on;
    m.pedagogical_experience = {rng.Below(8) == 0 ? 3 + rng.Below(2) : 5 + rng.Below(26), rng.Below(12), rng.Below(30)};
    m.active_mentees = rng.Below(3);
    m.organisation_id = place.organisation_id;
    m.municipality_id = place.municipality_id;
    m.subjects = RandomSubjects(rng, shape);
    m.contest_winner = rng.Below(5) == 0;
    region.mentors.push_back(std::move(m));
  }
  return region;
}

}  // namespace metodset::mentoring
