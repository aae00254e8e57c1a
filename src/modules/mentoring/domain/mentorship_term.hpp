#pragma once
// The term of mentoring (003 §App2 3.1, 3.2) and the deadline of the directive that appoints the mentor (3.1).

#include <optional>
#include <string>

#include "modules/mentoring/domain/mentoring_profile.hpp"
#include "modules/mentoring/domain/requirement.hpp"
#include "platform/core/date.hpp"
#include "platform/core/result.hpp"

namespace metodset::mentoring {

/// The dates of a pair's mentoring, both inclusive, and how they were found.
struct MentorshipPeriod {
  core::Date starts_on;
  core::Date ends_on;          // the last day of mentoring
  bool floor_applied = false;  // the category's term was shorter than the minimum (3.1) and was extended
  std::string explanation;     // Russian: the rule applied, with its section
};

/// The last day of a term of `months` starting on `starts_on`: the day before the same date `months` later; when
/// that month has no such date (a term from 29 February), its last day (ГК РФ ст. 192 п. 3).
core::Date LastDayOfTerm(const core::Date& starts_on, int months);

/// The mentoring term of a category for a mentee hired on `hired_on` (3.2), never under the minimum (3.1).
/// Working students need `graduation_on`, and it may not precede the start; other categories ignore it.
core::Result<MentorshipPeriod> MentorshipTerm(const MentoringProfile& profile, MenteeCategory category,
                                              const core::Date& hired_on,
                                              const std::optional<core::Date>& graduation_on = std::nullopt);

/// The term written in a directive is at least the minimum (3.1: «не менее одного года»).
Requirement CheckDirectiveTerm(const MentoringProfile& profile, const core::Date& starts_on, const core::Date& ends_on);

/// The last day the directive appointing the mentor may be issued: two weeks after the hiring date (3.1).
core::Date DirectiveDeadline(const MentoringProfile& profile, const core::Date& hired_on);
/// The directive came after the deadline (a directive on the deadline itself is on time).
bool IsDirectiveLate(const MentoringProfile& profile, const core::Date& hired_on, const core::Date& directive_on);
/// The directive's date against the deadline, explained; a directive before the hiring date is refused too.
Requirement CheckDirectiveDate(const MentoringProfile& profile, const core::Date& hired_on,
                               const core::Date& directive_on);

}  // namespace metodset::mentoring
