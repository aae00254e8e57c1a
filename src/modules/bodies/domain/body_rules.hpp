#pragma once
// The rules a session, a body and an association obey under their profile: the quorum as attendance is marked,
// the outcome of a vote per kind of decision, compliance (missed sessions, minimum size, yearly renewal) and the
// young teachers' admission and branch rules (003 §App4 5.2, SPEC §9).

#include <optional>
#include <string>
#include <vector>

#include "modules/bodies/domain/body_profile.hpp"
#include "platform/core/date.hpp"
#include "platform/core/result.hpp"

namespace metodset::bodies {

/// The section in a user's words: "001 §3.8.10.1" → «п. 3.8.10.1».
std::string SectionText(const std::string& section);

/// The title of a signer of the protocol: «Председатель», «Секретарь»; «Президент» for the young teachers'
/// council and assembly (003 §App4 6.13, 6.14).
std::string SignatureTitle(MemberRole role, BodyKind kind);

/// The quorum of a session as marked.
struct QuorumState {
  bool reached = false;
  int members = 0;
  int present = 0;
  int required = 0;
  std::string text;  // «Присутствуют 5 из 10; нужно не менее половины членов (5) — п. 3.8.10.1»
};
QuorumState Quorum(const KindProfile& profile, int members, int present);

struct Vote {
  int for_votes = 0;
  int against = 0;
  int abstain = 0;
};

/// Checks a vote on a decision of `kind`: the quorum first, then the numbers, then the majority. The error codes
/// are `quorum_not_reached`, `votes_invalid`, `votes_exceed_present`, `majority_not_reached` (all validation).
core::Result<void> CheckDecision(const KindProfile& profile, DecisionKind kind, int members, int present,
                                 const Vote& vote);

/// A compliance issue of a body (SPEC §8, issue 6 item 5).
struct Issue {
  std::string code;  // missed_sessions | below_minimum | not_renewed
  std::string text;
  std::string section;
};

struct ComplianceFacts {
  int year = 0;
  core::Date on;              // periods that ended after `on` are not judged yet
  core::Date established_on;  // anchors periods of three years
  int voting_members = 0;
  std::vector<core::Date> sessions;  // dates of the body's sessions
  bool renewed = true;               // for a yearly body of year − 1: a successor for `year` exists
  bool previous_year_body = false;
};

struct Compliance {
  int sessions_held = 0;      // in `year`
  int sessions_required = 0;  // in `year` by the profile
  std::vector<Issue> issues;
};
Compliance CheckCompliance(const KindProfile& profile, const ComplianceFacts& facts);

/// 003 §App4 5.2: members are pedagogical workers «в возрасте до 35 лет»: 35 full years on the day of the
/// application refuse it (`age_limit`).
core::Result<void> CheckYoungTeacherAge(const std::optional<core::Date>& birth_date, const core::Date& applied_on);

/// Territorial branches: at least three members (`branch_too_small`), at most one per municipality
/// (`branch_exists`, a conflict).
core::Result<void> CheckBranch(int members, bool municipality_has_branch, const std::string& municipality_name);

}  // namespace metodset::bodies
