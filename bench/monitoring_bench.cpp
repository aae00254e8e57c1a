// The monitoring of municipal methodological services (issue 5) at national size as a Google Benchmark: scoring
// and ranking a campaign of 2 400 municipalities on the 60 indicators of `amur-2020`, and building the region's
// analytic report (DOCX) and the full score table (XLSX) from those results. Build and run:
// `cmake --build build --target bench_monitoring && build/bin/bench_monitoring`.
//
// The answers are random but fixed (seeded): each municipality has a strength p in [0.25, 0.85] and each
// indicator is met and accepted with probability p, as in the national demo (src/demo/monitoring.cpp).
// End to end through the API on the national demo database see docs/PERFORMANCE.md.

#include <benchmark/benchmark.h>

#include <memory>
#include <random>
#include <vector>

#include "modules/monitoring/domain/scoring.hpp"
#include "modules/monitoring/reports/monitoring_reports.hpp"

namespace metodset::monitoring {
namespace {

constexpr int kMunicipalities = 2'400;

std::shared_ptr<const Catalog> Preset() {
  auto c = Amur2020Catalog();
  std::int64_t id = 0;
  for (auto& cr : c.criteria)
    for (auto& i : cr.indicators) i.id = ++id;
  return std::make_shared<const Catalog>(std::move(c));
}

std::vector<std::vector<AnswerFact>> NationalFacts(const Catalog& catalog) {
  std::mt19937_64 rng(20260901);
  std::uniform_real_distribution<double> unit(0, 1);
  std::vector<std::vector<AnswerFact>> facts(kMunicipalities);
  for (auto& form : facts) {
    double p = 0.25 + 0.6 * unit(rng);
    form.reserve(catalog.IndicatorCount());
    for (int k = 0; k < catalog.IndicatorCount(); ++k) {
      bool met = unit(rng) < p;
      form.push_back({met, true});
    }
  }
  return facts;
}

// What GET /campaigns/{id}/results does after reading the answers: a score per form, then the ranking.
ResultsView ScoreAndRank(const std::shared_ptr<const Catalog>& catalog,
                         const std::vector<std::vector<AnswerFact>>& facts) {
  ResultsView v;
  v.catalog = catalog;
  v.region_name = "Все регионы (национальный мониторинг)";
  v.campaign.campaign.year = 2025;
  v.campaign.campaign.status = "closed";
  std::vector<FormScore> scores;
  std::vector<RankEntry> entries;
  scores.reserve(facts.size());
  entries.reserve(facts.size());
  for (std::size_t k = 0; k < facts.size(); ++k) {
    scores.push_back(ScoreForm(*catalog, facts[k]));
    entries.push_back({static_cast<std::int64_t>(k + 1), scores.back().total, "муниципалитет " + std::to_string(k)});
  }
  long long sum = 0;
  for (const auto& r : RankByTotal(entries)) {
    ResultRow row;
    row.form.id = r.key;
    row.form.municipality_name = entries[r.index].name;
    row.rank = r.rank;
    row.score = std::move(scores[r.index]);
    row.status = FormStatus::kAccepted;
    sum += row.score.total;
    v.rows.push_back(std::move(row));
  }
  v.of = static_cast<int>(v.rows.size());
  v.average = static_cast<double>(sum) / v.of;
  v.max = v.rows.front().score.total;
  v.min = v.rows.back().score.total;
  return v;
}

void BM_ScoreAndRankNational(benchmark::State& state) {
  auto catalog = Preset();
  auto facts = NationalFacts(*catalog);
  for (auto _ : state) {
    auto v = ScoreAndRank(catalog, facts);
    benchmark::DoNotOptimize(v.rows.data());
    state.counters["municipalities"] = static_cast<double>(v.rows.size());
    state.counters["top"] = v.max;
  }
}
BENCHMARK(BM_ScoreAndRankNational)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

void BM_RegionReportDocxNational(benchmark::State& state) {
  auto catalog = Preset();
  auto v = ScoreAndRank(catalog, NationalFacts(*catalog));
  for (auto _ : state) {
    auto docx = RegionReportDocx(v, core::Date{2026, 11, 24});
    if (!docx) state.SkipWithError(docx.error().message.c_str());
    state.counters["bytes"] = docx ? static_cast<double>(docx->size()) : 0;
  }
}
BENCHMARK(BM_RegionReportDocxNational)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

void BM_ScoreTableXlsxNational(benchmark::State& state) {
  auto catalog = Preset();
  auto v = ScoreAndRank(catalog, NationalFacts(*catalog));
  for (auto _ : state) {
    auto xlsx = ScoreTableXlsx(v);
    state.counters["bytes"] = static_cast<double>(xlsx.size());
  }
}
BENCHMARK(BM_ScoreTableXlsxNational)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

}  // namespace
}  // namespace metodset::monitoring

BENCHMARK_MAIN();
