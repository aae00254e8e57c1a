// The monitoring results of the national demo campaign read from a real database (issue 5 figures): what
// GET /api/v1/monitoring/campaigns/{id}/results and report.docx do before answering — read the ~145 000
// answers of ~2 400 forms, score each form, rank them — and the region report built from them. Needs a database
// made by `metodset demo --scale national`:
// `cmake --build build --target bench_monitoring_db && MON_BENCH_DB=sqlite:///path/nat.db
// build/bin/bench_monitoring_db`.

#include <benchmark/benchmark.h>

#include <cstdlib>

#include "composition.hpp"
#include "modules/monitoring/reports/monitoring_reports.hpp"

namespace {

metodset::Application& App() {
  static metodset::Application* app = [] {
    const char* url = std::getenv("MON_BENCH_DB");
    metodset::AppConfig config;
    config.db_url = url ? url : "sqlite://var/national.db";
    config.pool_size = 2;
    return new metodset::Application(config);
  }();
  return *app;
}

// The campaign with the most forms (the national one).
std::int64_t LargestCampaign() {
  std::int64_t id = 0;
  App().db().InSnapshot([&](metodset::storage::Connection& conn) {
    auto rows =
        conn.Query("SELECT campaign_id FROM monitoring_forms GROUP BY campaign_id ORDER BY COUNT(*) DESC LIMIT 1");
    if (!rows.empty()) id = rows.rows[0].Int(0);
  });
  return id;
}

void BM_ReadScoreRankNationalCampaign(benchmark::State& state) {
  auto id = LargestCampaign();
  for (auto _ : state) {
    metodset::monitoring::ResultsView v;
    App().monitoring_storage().Read([&](metodset::monitoring::MonitoringStore& store) {
      v = App().monitoring().ResultsOf(store, *store.FindCampaign(id));
    });
    state.counters["municipalities"] = v.of;
  }
}
BENCHMARK(BM_ReadScoreRankNationalCampaign)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

void BM_RegionReportFromDatabase(benchmark::State& state) {
  auto id = LargestCampaign();
  for (auto _ : state) {
    metodset::monitoring::ResultsView v;
    App().monitoring_storage().Read([&](metodset::monitoring::MonitoringStore& store) {
      v = App().monitoring().ResultsOf(store, *store.FindCampaign(id));
    });
    auto docx = metodset::monitoring::RegionReportDocx(v, App().clock().Today());
    benchmark::DoNotOptimize(docx.ok());
  }
}
BENCHMARK(BM_RegionReportFromDatabase)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

}  // namespace

BENCHMARK_MAIN();
