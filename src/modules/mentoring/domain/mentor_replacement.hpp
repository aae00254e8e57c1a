#pragma once
// Replacement of a mentor: «Замена наставника производится приказом руководителя в случаях: …» (003 §App2 3.6).

#include <cstdint>
#include <optional>
#include <string>

#include "modules/mentoring/domain/mentoring_profile.hpp"
#include "platform/core/date.hpp"
#include "platform/core/result.hpp"

namespace metodset::mentoring {

/// The party a ground of 3.6 names: who applied (personal application) or who was transferred (transfer).
enum class ReplacementParty {
  kMentee,
  kMentor,
};

/// A request to replace the mentor of a pair, as the school's deputy director fills it in.
struct MentorReplacement {
  std::int64_t pair_id = 0;
  core::Date pair_started_on;
  std::int64_t previous_mentor_id = 0;
  std::int64_t new_mentor_id = 0;
  std::optional<ReplacementReason> reason;
  std::optional<ReplacementParty> party;      // personal application, transfer
  std::optional<AbsenceCause> absence_cause;  // long absence
  std::string details;                        // free text; required for AbsenceCause::kOther
  std::string directive_number;               // «приказом руководителя»
  std::optional<core::Date> directive_on;
};

/// Checks a replacement against 3.6: a ground is required and must be one of the profile's; the party or the cause
/// the ground names; the head's directive (number and date, not before the pair began); a different mentor.
/// Returns the replacement with its free text trimmed.
core::Result<MentorReplacement> ValidateReplacement(const MentoringProfile& profile, MentorReplacement replacement);

/// «Личное заявление подшефного», «Длительное отсутствие наставника (болезнь)», …: the ground as the directive
/// states it.
std::string ReplacementGroundText(const MentorReplacement& replacement);

}  // namespace metodset::mentoring
