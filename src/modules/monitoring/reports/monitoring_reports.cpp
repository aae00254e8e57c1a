#include "modules/monitoring/reports/monitoring_reports.hpp"

#include <cmath>
#include <cstdio>

#include "platform/office/docx_writer.hpp"
#include "platform/office/xlsx_writer.hpp"

namespace metodset::monitoring {
namespace {

std::string OneDecimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  for (auto& c : s)
    if (c == '.') c = ',';
  return s;
}

double Percent(double part, double whole) { return whole > 0 ? std::round(1000.0 * part / whole) / 10.0 : 0; }

std::string StatusLabel(FormStatus s) {
  switch (s) {
    case FormStatus::kNotStarted:
      return "не начата";
    case FormStatus::kDraft:
      return "заполняется";
    case FormStatus::kSubmitted:
      return "на проверке";
    case FormStatus::kReturned:
      return "возвращена на доработку";
    case FormStatus::kAccepted:
      return "принята";
  }
  return "";
}

std::string RecommendationStatus(const std::string& s) {
  if (s == "in_progress") return "выполняется";
  if (s == "done") return "выполнена";
  return "новая";
}

std::vector<const Indicator*> Flat(const Catalog& catalog) {
  std::vector<const Indicator*> out;
  for (const auto& c : catalog.criteria)
    for (const auto& i : c.indicators) out.push_back(&i);
  return out;
}

}  // namespace

std::string ScoreTableXlsx(const ResultsView& results) {
  const auto& catalog = *results.catalog;
  int max = catalog.MaxScore();
  office::Sheet totals;
  totals.name = "Итоги";
  totals.header = {"Место", "Муниципальное образование"};
  for (const auto& c : catalog.criteria)
    totals.header.push_back("Критерий " + std::to_string(c.number) + " (из " + std::to_string(c.MaxScore()) + ")");
  totals.header.push_back("Итого (из " + std::to_string(max) + ")");
  totals.header.push_back("% от максимума");
  totals.header.push_back("Состояние формы");
  for (const auto& r : results.rows) {
    std::vector<office::Cell> row = {static_cast<long long>(r.rank), r.form.municipality_name};
    for (int s : r.score.by_criterion) row.emplace_back(static_cast<long long>(s));
    row.emplace_back(static_cast<long long>(r.score.total));
    row.emplace_back(Percent(r.score.total, max));
    row.emplace_back(StatusLabel(r.status));
    totals.rows.push_back(std::move(row));
  }
  auto flat = Flat(catalog);
  office::Sheet indicators;
  indicators.name = "Показатели";
  indicators.header = {"Муниципальное образование"};
  for (const auto* i : flat) indicators.header.push_back(i->number);
  // Deficit indices per row give the zeros; everything else scored its points.
  std::vector<int> zero_count(flat.size(), 0);
  for (const auto& r : results.rows) {
    std::vector<office::Cell> row = {r.form.municipality_name};
    for (std::size_t k = 0; k < flat.size(); ++k) {
      int points = k < r.score.points.size() ? r.score.points[k] : 0;
      if (points == 0 && !flat[k]->additional) ++zero_count[k];
      row.emplace_back(static_cast<long long>(points));
    }
    indicators.rows.push_back(std::move(row));
  }
  office::Sheet deficits;
  deficits.name = "Дефициты";
  deficits.header = {
      "Показатель", "Критерий", "Показатель (раздел)", "Формулировка", "Муниципальных образований с нулевой оценкой",
      "%"};
  for (std::size_t k = 0; k < flat.size(); ++k) {
    if (flat[k]->additional) continue;
    const auto* c = catalog.CriterionOf(flat[k]->number);
    deficits.rows.push_back({flat[k]->number, c ? c->title : "", flat[k]->area, flat[k]->title,
                             static_cast<long long>(zero_count[k]),
                             Percent(zero_count[k], static_cast<double>(results.rows.size()))});
  }
  return office::WriteXlsx({totals, indicators, deficits});
}

core::Result<std::string> RegionReportDocx(const ResultsView& results, const core::Date& today) {
  const auto& catalog = *results.catalog;
  const auto& c = results.campaign.campaign;
  int max = catalog.MaxScore();
  office::DocxData data;
  data.fields = {{"region", results.region_name},
                 {"year", std::to_string(c.year)},
                 {"catalog", catalog.code + ", версия " + std::to_string(catalog.version)},
                 {"window", c.opens_on.Russian() + " — " + c.closes_on.Russian()},
                 {"status", c.closed() ? "закрыт, результаты зафиксированы" : "идёт сбор и проверка сведений"},
                 {"municipalities", std::to_string(results.of)},
                 {"submitted", std::to_string(results.campaign.forms_submitted)},
                 {"accepted", std::to_string(results.campaign.forms_accepted)},
                 {"max_score", std::to_string(max)},
                 {"average", OneDecimal(results.average)},
                 {"median", OneDecimal(results.median)},
                 {"max", std::to_string(results.max)},
                 {"min", std::to_string(results.min)},
                 {"generated_on", today.Russian()}};
  auto& ranking = data.tables["ranking"];
  for (const auto& r : results.rows)
    ranking.push_back({{"rank", std::to_string(r.rank)},
                       {"municipality", r.form.municipality_name},
                       {"total", std::to_string(r.score.total)},
                       {"percent", OneDecimal(Percent(r.score.total, max))}});
  auto& criteria = data.tables["criteria"];
  std::vector<double> sums(catalog.criteria.size(), 0);
  for (const auto& r : results.rows)
    for (std::size_t k = 0; k < sums.size() && k < r.score.by_criterion.size(); ++k) sums[k] += r.score.by_criterion[k];
  std::size_t weakest = 0;
  double weakest_share = 101;
  for (std::size_t k = 0; k < catalog.criteria.size(); ++k) {
    const auto& cr = catalog.criteria[k];
    double avg = results.rows.empty() ? 0 : sums[k] / static_cast<double>(results.rows.size());
    double share = Percent(avg, cr.MaxScore());
    if (share < weakest_share) {
      weakest_share = share;
      weakest = k;
    }
    criteria.push_back({{"number", std::to_string(cr.number)},
                        {"title", cr.title},
                        {"max", std::to_string(cr.MaxScore())},
                        {"average", OneDecimal(avg)},
                        {"percent", OneDecimal(share)}});
  }
  auto flat = Flat(catalog);
  std::vector<int> zeros(flat.size(), 0);
  for (const auto& r : results.rows)
    for (int k : r.score.deficits) ++zeros[k];
  std::vector<std::size_t> order;
  for (std::size_t k = 0; k < flat.size(); ++k)
    if (zeros[k] > 0) order.push_back(k);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return zeros[a] > zeros[b]; });
  auto& deficits = data.tables["deficits"];
  for (auto k : order)
    deficits.push_back({{"number", flat[k]->number},
                        {"title", flat[k]->title},
                        {"count", std::to_string(zeros[k])},
                        {"percent", OneDecimal(Percent(zeros[k], static_cast<double>(results.rows.size())))}});
  std::string conclusion;
  if (results.rows.empty()) {
    conclusion = "В мониторинге нет муниципальных образований.";
  } else {
    conclusion = "Средний результат по региону — " + OneDecimal(results.average) + " из " + std::to_string(max) +
                 " баллов (" + OneDecimal(Percent(results.average, max)) + " %). Наименее развито направление «" +
                 catalog.criteria[weakest].title + "» (" + OneDecimal(weakest_share) + " % от максимума).";
    if (!order.empty())
      conclusion +=
          " Самый распространённый дефицит — показатель " + flat[order.front()]->number + " «" +
          flat[order.front()]->title + "» (" + std::to_string(zeros[order.front()]) +
          " муниципальных образований). Муниципальным образованиям направлены адресные рекомендации по каждому "
          "дефициту.";
  }
  data.fields["conclusion"] = conclusion;
  return office::RenderDocx("monitoring_region_report", data);
}

core::Result<std::string> MunicipalityReportDocx(const MonitoringService::MunicipalityReport& report,
                                                 const std::string& region_name, const core::Date& today) {
  const auto& form = report.form;
  const auto& catalog = *form.catalog;
  office::DocxData data;
  data.fields = {{"municipality", form.summary.form.municipality_name},
                 {"region", region_name},
                 {"year", std::to_string(form.campaign.year)},
                 {"total", std::to_string(form.score.total)},
                 {"max_score", std::to_string(catalog.MaxScore())},
                 {"rank", std::to_string(report.rank)},
                 {"of", std::to_string(report.of)},
                 {"status", StatusLabel(form.summary.status)},
                 {"generated_on", today.Russian()}};
  auto& criteria = data.tables["criteria"];
  for (std::size_t k = 0; k < catalog.criteria.size(); ++k)
    criteria.push_back({{"number", std::to_string(catalog.criteria[k].number)},
                        {"title", catalog.criteria[k].title},
                        {"score", std::to_string(form.score.by_criterion[k])},
                        {"max", std::to_string(catalog.criteria[k].MaxScore())}});
  auto flat = Flat(catalog);
  auto& deficits = data.tables["deficits"];
  for (int k : form.score.deficits) deficits.push_back({{"number", flat[k]->number}, {"title", flat[k]->title}});
  auto& recs = data.tables["recommendations"];
  for (const auto& r : report.recommendations)
    recs.push_back({{"number", r.indicator_number}, {"text", r.text}, {"status", RecommendationStatus(r.status)}});
  return office::RenderDocx("monitoring_municipality_report", data);
}

}  // namespace metodset::monitoring
