#pragma once
// The mentor's reports: «Представлять отчет о работе наставника (не реже 2-х раз в год)» (003 §App2 4.4).
//
// The pair's period is cut into consecutive report periods of 12 / N months from its first day (N — the
// profile's reports a year, 6 months for Amur); the last one ends with the pair. A report is due on the last day
// of its period, so any twelve months of the pair hold at least N due dates. A report submitted inside a period
// (first to last day) is that period's report; a period whose last day has passed without one is missed — a late
// report falls into the next period and counts there, as "at least twice a year" is a frequency.

#include <optional>
#include <string>
#include <vector>

#include "modules/mentoring/domain/mentoring_profile.hpp"
#include "platform/core/date.hpp"

namespace metodset::mentoring {

/// The state of one report period as of a date.
enum class ReportState {
  kUpcoming,   // the period has not begun
  kOpen,       // the period goes on and no report yet
  kSubmitted,  // a report was submitted inside the period
  kMissed,     // the period is over without a report: overdue
};

/// One report period of a pair and its report.
struct ReportStatus {
  core::Date period_from;
  core::Date due_on;  // the period's last day
  ReportState state = ReportState::kUpcoming;
  std::optional<core::Date> submitted_on;
  std::string text;  // Russian, e.g. «Отчёт наставника за 01.09.2024–28.02.2025 не сдан: срок истёк 28.02.2025 …»
};

/// The due dates of the mentor's reports for a pair from `starts_on` to `ends_on` inclusive (4.4); empty when the
/// period is empty.
std::vector<core::Date> ReportDueDates(const MentoringProfile& profile, const core::Date& starts_on,
                                       const core::Date& ends_on);

/// Every report period with its state as of `as_of`; `submitted_on` are the dates of the mentor's reports (any
/// order; those after `as_of` are not yet known and ignored).
std::vector<ReportStatus> ReportStatuses(const MentoringProfile& profile, const core::Date& starts_on,
                                         const core::Date& ends_on, std::vector<core::Date> submitted_on,
                                         const core::Date& as_of);

/// The periods missed as of `as_of` (ReportState::kMissed), oldest first.
std::vector<ReportStatus> OverdueReports(const MentoringProfile& profile, const core::Date& starts_on,
                                         const core::Date& ends_on, std::vector<core::Date> submitted_on,
                                         const core::Date& as_of);

}  // namespace metodset::mentoring
