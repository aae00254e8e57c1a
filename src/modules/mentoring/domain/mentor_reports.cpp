#include "modules/mentoring/domain/mentor_reports.hpp"

#include <algorithm>

#include "modules/mentoring/domain/mentorship_term.hpp"
#include "modules/mentoring/domain/wording.hpp"

namespace metodset::mentoring {

std::vector<core::Date> ReportDueDates(const MentoringProfile& profile, const core::Date& starts_on,
                                       const core::Date& ends_on) {
  std::vector<core::Date> due;
  if (ends_on < starts_on) return due;
  const int per_year = std::clamp(profile.min_mentor_reports_per_year.value, 1, 12);
  // Rounding the interval down keeps "at least N a year" when N does not divide twelve.
  const int interval = 12 / per_year;
  for (int k = 1;; ++k) {
    const core::Date last_day = LastDayOfTerm(starts_on, k * interval);
    if (last_day >= ends_on) {
      due.push_back(ends_on);
      return due;
    }
    due.push_back(last_day);
  }
}

std::vector<ReportStatus> ReportStatuses(const MentoringProfile& profile, const core::Date& starts_on,
                                         const core::Date& ends_on, std::vector<core::Date> submitted_on,
                                         const core::Date& as_of) {
  std::sort(submitted_on.begin(), submitted_on.end());
  const std::string ref = detail::SectionRef(profile.min_mentor_reports_per_year.section);
  const int per_year = profile.min_mentor_reports_per_year.value;
  const std::string frequency = "; отчёт представляется не реже " + std::to_string(per_year) +
                                (per_year % 10 == 1 && per_year % 100 != 11 ? " раза" : " раз") + " в год" + ref;
  std::vector<ReportStatus> statuses;
  core::Date from = starts_on;
  for (const auto& due : ReportDueDates(profile, starts_on, ends_on)) {
    ReportStatus s{.period_from = from, .due_on = due};
    s.text = "Отчёт наставника за " + from.Russian() + "–" + due.Russian();
    const auto found = std::lower_bound(submitted_on.begin(), submitted_on.end(), from);
    if (found != submitted_on.end() && *found <= due && *found <= as_of) {
      s.state = ReportState::kSubmitted;
      s.submitted_on = *found;
      s.text += " сдан ";
      s.text += found->Russian();
    } else if (as_of > due) {
      s.state = ReportState::kMissed;
      s.text += " не сдан: срок истёк ";
      s.text += due.Russian();
      s.text += frequency;
    } else if (as_of >= from) {
      s.state = ReportState::kOpen;
      s.text += " ожидается до ";
      s.text += due.Russian();
      s.text += ref;
    } else {
      s.state = ReportState::kUpcoming;
      s.text += ": срок ";
      s.text += due.Russian();
      s.text += ref;
    }
    statuses.push_back(std::move(s));
    from = due.AddDays(1);
  }
  return statuses;
}

std::vector<ReportStatus> OverdueReports(const MentoringProfile& profile, const core::Date& starts_on,
                                         const core::Date& ends_on, std::vector<core::Date> submitted_on,
                                         const core::Date& as_of) {
  auto statuses = ReportStatuses(profile, starts_on, ends_on, std::move(submitted_on), as_of);
  std::erase_if(statuses, [](const ReportStatus& s) { return s.state != ReportState::kMissed; });
  return statuses;
}

}  // namespace metodset::mentoring
