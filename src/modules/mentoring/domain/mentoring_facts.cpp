#include "modules/mentoring/domain/mentoring_facts.hpp"

#include <algorithm>

#include "modules/mentoring/domain/wording.hpp"

namespace metodset::mentoring {

std::string ServiceLengthText(const ServiceLength& length) {
  std::string text;
  const auto add = [&](const std::string& part) {
    if (!text.empty()) text += ' ';
    text += part;
  };
  if (length.years) add(detail::Years(length.years));
  if (length.months) add(detail::Months(length.months));
  if (length.days || text.empty()) add(detail::Days(length.days));
  return text;
}

bool TeachesSubjectOf(const MentorFacts& mentor, const MenteeFacts& mentee) {
  return std::any_of(mentee.subjects.begin(), mentee.subjects.end(), [&](const std::string& s) {
    return std::find(mentor.subjects.begin(), mentor.subjects.end(), s) != mentor.subjects.end();
  });
}

}  // namespace metodset::mentoring
