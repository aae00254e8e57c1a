#pragma once

// The mentoring module's public face for other modules (SPEC §7, 003 §App2; docs/api/MENTORING.md): the rules of
// the regulation profile (terms, mentor checks, directive deadline, reports, replacement, candidates, proposals)
// and the service of mentorship pairs. Its adapters (SQL storage, HTTP routes) are wired by the composition root,
// which includes them directly.

#include "modules/mentoring/application/mentoring_service.hpp"
#include "modules/mentoring/domain/assignment_proposal.hpp"
#include "modules/mentoring/domain/candidate_ranking.hpp"
#include "modules/mentoring/domain/mentor_eligibility.hpp"
#include "modules/mentoring/domain/mentor_replacement.hpp"
#include "modules/mentoring/domain/mentor_reports.hpp"
#include "modules/mentoring/domain/mentoring_profile.hpp"
#include "modules/mentoring/domain/mentorship_term.hpp"
