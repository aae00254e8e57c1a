#pragma once
// The files of the monitoring (003 §App6 8; SPEC §13): the full score table (XLSX), the region's analytic
// report and a municipality's report with its recommendations (DOCX, templates/docx/monitoring_*.xml).

#include <string>

#include "modules/monitoring/application/monitoring_service.hpp"

namespace metodset::monitoring {

/// Sheets «Итоги» (rank, municipality, criteria 1..n, total, % of max, status), «Показатели» (every indicator
/// by municipality: its points or 0) and «Дефициты».
std::string ScoreTableXlsx(const ResultsView& results);
/// The region's analytic report.
core::Result<std::string> RegionReportDocx(const ResultsView& results, const core::Date& today);
/// A municipality's own report.
core::Result<std::string> MunicipalityReportDocx(const MonitoringService::MunicipalityReport& report,
                                                 const std::string& region_name, const core::Date& today);

}  // namespace metodset::monitoring
