// The mentoring proposal (issue 7 item 5; SPEC §6: an optimisation over the whole region) as a Google Benchmark:
// ProposeAssignments over a synthetic region the size of the demo region, and over a national-size input solved
// region by region. Build and run: `cmake --build build --target bench_mentoring && build/bin/bench_mentoring`.
//
// Sizes. The demo region (`metodset demo`, Amur oblast) holds 7 696 persons in 302 organisations of 28
// municipalities, 275 of them young specialists on the day of writing: 275 mentees against 7 400 teachers. The
// national installation of SPEC §15 (≈1.1 million teachers, ≈40 000 organisations, ≈2 400 municipalities in 89
// regions) gives a region ≈12 400 teachers in ≈27 municipalities of ≈17 organisations; with the demo's share of
// young specialists (3.6 %) ≈450 of them are mentees.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

#include "modules/mentoring/domain/assignment_proposal.hpp"
#include "modules/mentoring/domain/synthetic_region.hpp"

namespace metodset::mentoring {
namespace {

constexpr std::size_t kDemoMentees = 275;
constexpr std::size_t kDemoMentors = 7'400;
constexpr SyntheticRegionShape kDemoShape{.municipalities = 28, .organisations_per_municipality = 11, .subjects = 12};

constexpr int kRegions = 89;
constexpr std::size_t kRegionMentees = 450;
constexpr std::size_t kRegionMentors = 12'000;
constexpr SyntheticRegionShape kRegionShape{.municipalities = 27, .organisations_per_municipality = 17, .subjects = 12};

void Report(benchmark::State& state, const AssignmentProposal& p) {
  state.counters["mentees"] = static_cast<double>(p.mentees_considered);
  state.counters["pairs"] = static_cast<double>(p.pairs.size());
  state.counters["unassigned"] = static_cast<double>(p.unassigned.size());
  state.counters["arcs"] = static_cast<double>(p.network_arcs);
}

// One proposal for the demo region as `POST /api/v1/mentoring/proposals {"region": …}` computes it.
void BM_ProposalDemoRegion(benchmark::State& state) {
  const auto profile = AmurMentoring();
  const auto region = SyntheticMentoringRegion(kDemoMentees, kDemoMentors, 20260901, kDemoShape);
  AssignmentProposal last;
  for (auto _ : state) {
    auto proposal = ProposeAssignments(profile, region.mentees, region.mentors);
    benchmark::DoNotOptimize(proposal);
    last = std::move(*proposal);
  }
  Report(state, last);
}
BENCHMARK(BM_ProposalDemoRegion)->Unit(benchmark::kMillisecond);

// Every young specialist of the demo region without a mentor at once (the first run of a new installation)
// against the same teachers: the largest single-region proposal a user of the demo can ask for, ×4.
void BM_ProposalDemoRegionFourfold(benchmark::State& state) {
  const auto profile = AmurMentoring();
  const auto region = SyntheticMentoringRegion(4 * kDemoMentees, kDemoMentors, 20260902, kDemoShape);
  AssignmentProposal last;
  for (auto _ : state) {
    auto proposal = ProposeAssignments(profile, region.mentees, region.mentors);
    benchmark::DoNotOptimize(proposal);
    last = std::move(*proposal);
  }
  Report(state, last);
}
BENCHMARK(BM_ProposalDemoRegionFourfold)->Unit(benchmark::kMillisecond);

// A national installation: 89 regions, each solved on its own (mentors never cross a region), one after another
// on one core.
void BM_ProposalNationalRegionByRegion(benchmark::State& state) {
  const auto profile = AmurMentoring();
  std::vector<SyntheticRegion> regions;
  regions.reserve(kRegions);
  for (int r = 0; r < kRegions; ++r) {
    regions.push_back(SyntheticMentoringRegion(kRegionMentees, kRegionMentors, 1000 + r, kRegionShape));
  }
  double mentees = 0;
  double pairs = 0;
  double arcs = 0;
  for (auto _ : state) {
    mentees = pairs = arcs = 0;
    for (const auto& region : regions) {
      auto proposal = ProposeAssignments(profile, region.mentees, region.mentors);
      benchmark::DoNotOptimize(proposal);
      mentees += static_cast<double>(proposal->mentees_considered);
      pairs += static_cast<double>(proposal->pairs.size());
      arcs += static_cast<double>(proposal->network_arcs);
    }
  }
  state.counters["regions"] = kRegions;
  state.counters["mentees"] = mentees;
  state.counters["pairs"] = pairs;
  state.counters["arcs"] = arcs;
}
BENCHMARK(BM_ProposalNationalRegionByRegion)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace metodset::mentoring

BENCHMARK_MAIN();
