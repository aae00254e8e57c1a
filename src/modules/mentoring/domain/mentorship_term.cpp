#include "modules/mentoring/domain/mentorship_term.hpp"

#include "modules/mentoring/domain/wording.hpp"

namespace metodset::mentoring {
using detail::SectionRef;
using detail::TermGenitive;
using detail::TermText;

core::Date LastDayOfTerm(const core::Date& starts_on, int months) {
  const core::Date same_date = starts_on.AddMonths(months);
  // AddMonths clamps to the month's last day; then the term ends on that last day, not the day before.
  if (same_date.day != starts_on.day) return same_date;
  return same_date.AddDays(-1);
}

core::Result<MentorshipPeriod> MentorshipTerm(const MentoringProfile& profile, MenteeCategory category,
                                              const core::Date& hired_on,
                                              const std::optional<core::Date>& graduation_on) {
  const TermRule* rule = FindTermRule(profile, category);
  if (!rule) {
    return core::ValidationError(
        "category", "В профиле не задан срок наставничества для категории «" + std::string(Label(category)) + "»",
        "mentoring_term_unknown");
  }
  MentorshipPeriod period;
  period.starts_on = hired_on.AddMonths(rule->start_delay_months);
  std::string how = std::string(Label(category)) + ": ";
  how += rule->start_delay_months > 0 ? "через " + detail::Months(rule->start_delay_months) + " после начала работы"
                                      : "с начала работы";
  if (rule->months) {
    period.ends_on = LastDayOfTerm(period.starts_on, *rule->months);
    how += " на " + TermText(*rule->months);
  } else {
    if (!graduation_on) {
      return core::ValidationError("graduation_on",
                                   "Укажите дату окончания вуза: наставничество работающего "
                                   "студента длится до окончания вуза" +
                                       SectionRef(rule->section),
                                   "graduation_date_required");
    }
    if (*graduation_on < period.starts_on) {
      return core::ValidationError("graduation_on",
                                   "Дата окончания вуза " + graduation_on->Russian() +
                                       " раньше начала наставничества " + period.starts_on.Russian(),
                                   "graduation_before_start");
    }
    period.ends_on = *graduation_on;
    how += " до окончания вуза " + graduation_on->Russian();
  }
  how += SectionRef(rule->section);

  const auto& floor = profile.min_term_months;
  const core::Date floor_end = LastDayOfTerm(period.starts_on, floor.value);
  if (period.ends_on < floor_end) {
    period.ends_on = floor_end;
    period.floor_applied = true;
    how += "; окончание перенесено на " + floor_end.Russian() + ": срок наставничества не менее " +
           TermGenitive(floor.value) + SectionRef(floor.section);
  }
  period.explanation = std::move(how);
  return period;
}

Requirement CheckDirectiveTerm(const MentoringProfile& profile, const core::Date& starts_on,
                               const core::Date& ends_on) {
  const auto& floor = profile.min_term_months;
  Requirement r{.code = "term_minimum", .section = floor.section};
  r.met = ends_on >= LastDayOfTerm(starts_on, floor.value);
  r.text = "Срок наставничества по приказу: с " + starts_on.Russian() + " по " + ends_on.Russian() +
           (r.met ? "" : " — короче минимального") + "; требуется не менее " + TermGenitive(floor.value) +
           SectionRef(floor.section);
  return r;
}

// 3.1: «Приказ о закреплении наставника издается не позднее двух недель с даты приема на работу». A term counted
// from a date begins the next day and a term in weeks ends on the same weekday of its last week (ГК РФ ст. 191,
// 192 п. 3): hired on Monday 02.09, the directive is due by Monday 16.09 — day 14 on time, day 15 late. The
// moving of a deadline that falls on a day off (ГК РФ ст. 193) is not applied: the system has no production
// calendar yet.
core::Date DirectiveDeadline(const MentoringProfile& profile, const core::Date& hired_on) {
  return hired_on.AddDays(profile.directive_due_days.value);
}

bool IsDirectiveLate(const MentoringProfile& profile, const core::Date& hired_on, const core::Date& directive_on) {
  return directive_on > DirectiveDeadline(profile, hired_on);
}

Requirement CheckDirectiveDate(const MentoringProfile& profile, const core::Date& hired_on,
                               const core::Date& directive_on) {
  const auto& rule = profile.directive_due_days;
  const core::Date deadline = DirectiveDeadline(profile, hired_on);
  Requirement r{.code = "directive_deadline", .section = rule.section};
  const std::string facts = "Приказ о закреплении наставника от " + directive_on.Russian() + ", приём на работу " +
                            hired_on.Russian() + ", крайний срок " + deadline.Russian();
  if (directive_on < hired_on) {
    r.text = facts + " — приказ издан раньше приёма подшефного на работу" + SectionRef(rule.section);
  } else if (directive_on > deadline) {
    const long late = directive_on.DaysSinceEpoch() - deadline.DaysSinceEpoch();
    r.text = facts + " — опоздание на " + detail::Days(static_cast<int>(late)) + SectionRef(rule.section);
  } else {
    r.met = true;
    r.text = facts + SectionRef(rule.section);
  }
  return r;
}

}  // namespace metodset::mentoring
