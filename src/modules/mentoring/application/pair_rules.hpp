#pragma once
// Checks shared by the mentoring use cases: who reads and writes a pair, and how a failed rule is answered.

#include <cstdint>
#include <optional>
#include <string>

#include "modules/mentoring/application/mentoring_service.hpp"

namespace metodset::mentoring::rules {

core::DomainError PairNotFound();
/// 403 for a caller without a role that keeps pairs anywhere.
core::DomainError NotKeeper();
/// The caller keeps the pair's place, or is its mentee, mentor or a teacher of its collective.
bool Reads(const core::Principal& principal, const PairRecord& pair);
/// The grant that lets the caller change the pair: 404 when she cannot even read it (ADR 0003), 403 when she reads
/// it as a party of the pair.
core::Result<core::Grant> WriteGrant(const core::Principal& principal, const PairRecord& pair);
/// The answer to a failed assessment, or nullopt when every blocking requirement is met: the limit of 3.5 is a
/// conflict with the mentor's other pairs (409 `mentor_limit`), any other requirement an error of the mentor
/// chosen (422 `mentor_requirements`); both name the requirements with their sections.
std::optional<core::DomainError> Refusal(const Assessment& assessment, const std::string& mentor_name,
                                         const std::string& field);
/// The papers of an appointment (3.1): the directive's number and date, not before the hiring, and the consent of
/// both parties given by the directive's date. `at` prefixes the fields named (`pairs[2].`).
core::Result<void> CheckPapers(const MentoringProfile& profile, const Appointment& appointment,
                               const core::Date& hired_on, bool replacement, const std::string& at);
/// 409 `subject_mentor_exists`: the mentee already has an active subject mentor in pair `existing`.
core::DomainError SubjectMentorTaken(std::int64_t existing, const std::string& field);

}  // namespace metodset::mentoring::rules
