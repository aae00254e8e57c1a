#pragma once
// Who may be a mentor (003 §App2 2.2, 3.1, 3.3–3.5), each requirement explained with its evidence.

#include "modules/mentoring/domain/mentoring_facts.hpp"
#include "modules/mentoring/domain/mentoring_profile.hpp"
#include "modules/mentoring/domain/requirement.hpp"

namespace metodset::mentoring {

/// When a check is made: a proposal goes to the methodological council, so its recommendation cannot block it;
/// the appointment by order needs it (3.1, 3.3).
enum class CheckStage {
  kProposal,
  kAppointment,
};

/// Mentee places still free: the profile's maximum less the active mentees, never negative (3.5).
int FreeSlots(const MentoringProfile& profile, int active_mentees);
/// The mentor may take one more mentee (3.5).
bool MentorHasFreeSlot(const MentoringProfile& profile, const MentorFacts& mentor);

/// The mentor's own requirements: pedagogical experience of at least five years as of `mentor.on` (3.3; four
/// years eleven months is refused), the council's recommendation (3.1, 3.3), a free slot (3.5).
Assessment CheckMentor(const MentoringProfile& profile, const MentorFacts& mentor,
                       CheckStage stage = CheckStage::kAppointment);

/// CheckMentor and the requirements of the pair's kind: a subject mentor teaches a subject of the mentee (2.2);
/// a consultant's professional success is advice only (2.2); not the mentee herself.
Assessment CheckMentorForMentee(const MentoringProfile& profile, const MentorFacts& mentor, const MenteeFacts& mentee,
                                MentorKind kind, CheckStage stage = CheckStage::kAppointment);

/// A collective mentor: enough members, each with at least five years of work in the school (3.4), the council's
/// recommendation, and the limit of mentees of 3.5 for the collective as a whole.
Assessment CheckCollectiveMentor(const MentoringProfile& profile, const CollectiveMentorFacts& collective,
                                 CheckStage stage = CheckStage::kAppointment);

}  // namespace metodset::mentoring
