#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/mentoring/application/mentoring_store.hpp"
#include "modules/mentoring/domain/assignment_proposal.hpp"
#include "modules/mentoring/domain/candidate_ranking.hpp"
#include "modules/mentoring/domain/mentor_replacement.hpp"
#include "modules/mentoring/domain/mentor_reports.hpp"
#include "modules/mentoring/domain/mentorship_term.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/territory_locator.hpp"

namespace metodset::mentoring {

/// What the head's directive appointing a mentor rests on (003 §App2 3.1): the council's recommendation, both
/// parties' consent, and the directive itself. Fields left out of an appointment are taken from the pair.
struct Appointment {
  std::optional<CouncilRecommendation> council;
  std::optional<core::Date> mentor_consent_on;
  std::optional<core::Date> mentee_consent_on;
  std::optional<std::string> directive_number;
  std::optional<core::Date> directive_on;
  bool HasDirective() const { return directive_number.has_value() || directive_on.has_value(); }
};

/// A pair to create: a proposal, or (with a directive) an appointment at once.
struct PairDraft {
  std::int64_t mentee_id = 0;
  std::optional<std::int64_t> mentor_id;
  std::vector<std::int64_t> collective;  // the teachers of a collective mentor (kind collective)
  MentorKind kind = MentorKind::kSubject;
  MenteeCategory category = MenteeCategory::kYoungSpecialist;
  std::optional<std::string> subject;  // a subject code; for a subject mentor, a common subject by default
  std::optional<core::Date> hired_on;  // the mentee's hiring date; from her employment by default
  std::optional<core::Date> graduation_on;
  Appointment appointment;
};

/// A pair with what the rules make of it as of a date.
struct PairCard {
  PairRecord record;
  core::Date on;
  std::string term_explanation;
  core::Date directive_deadline;
  std::optional<Requirement> directive_check;  // when a directive is recorded (not for a replacement)
  std::vector<ReportStatus> report_statuses;   // of the mentor's reports, once the pair was appointed
  bool reports_overdue = false;
  bool plan_overdue = false;
  std::map<std::string, std::string> subject_titles;
};

/// A replacement of the mentor (3.6) and the new pair's appointment.
struct ReplacementRequest {
  MentorReplacement replacement;   // pair and previous mentor are filled in by the service
  std::optional<MentorKind> kind;  // the new pair's kind; the old one's by default
  Appointment appointment;         // the council and consents for the new mentor (the directive is the replacement's)
};

/// A person as lists show her.
struct PersonRef {
  std::int64_t id = 0;
  std::string name;
  Place place;
  std::vector<std::string> subjects;  // titles
};

/// One ranked candidate with what she is.
struct CandidateView {
  RankedCandidate ranked;
  PersonRef person;
  ServiceLength experience;
  int active_mentees = 0;
  int proposed_mentees = 0;
};

/// The candidates for one mentee, nearest first.
struct CandidateList {
  core::Date on;
  PersonRef mentee;
  core::Date hired_on;
  std::vector<CandidateView> items;
};

/// A proposal over a territory, not saved (SPEC §6; 003 §App2 3.3: it goes to the methodological council).
struct ProposalView {
  core::Date on;
  core::Scope unit;
  AssignmentProposal proposal;
  std::vector<PersonRef> mentees;    // indexed like proposal pairs' mentee_index
  std::vector<PersonRef> mentors;    // indexed like mentor_index
  std::vector<core::Date> hired_on;  // per mentee
  std::size_t mentors_considered = 0;
};

/// Pairs chosen from a proposal, created together in one transaction.
struct AcceptRequest {
  std::vector<PairDraft> pairs;
  Appointment appointment;  // for every pair; with a directive they are appointed at once
};

/// Coverage of young specialists by mentors in a territory (SPEC §7; target 100 %, 003 §App7).
struct CoverageReport {
  core::Date on;
  core::Scope unit;
  std::vector<CoverageRow> rows;
  std::int64_t young_specialists = 0;
  std::int64_t with_mentor = 0;
  static constexpr int kTargetPercent = 100;
};

/// The mentoring use cases (SPEC §7, docs/api/MENTORING.md): pairs scoped like the people registry, their
/// proposal, appointment by directive, plan, reports, replacement and completion (each write one transaction,
/// audited), candidates, region-wide proposals and coverage. The rules are the domain's, under the Amur profile.
class MentoringService {
 public:
  MentoringService(MentoringStorage& storage, core::TerritoryLocator& locator, const core::Clock& clock,
                   MentoringProfile profile = AmurMentoring())
      : storage_(storage), locator_(locator), clock_(clock), profile_(std::move(profile)) {}

  const MentoringProfile& profile() const { return profile_; }
  core::Date Today() const { return clock_.Today(); }

  core::Result<PairPage> List(const core::Actor& actor, const PairFilter& filter);
  core::Result<PairCard> Get(const core::Actor& actor, std::int64_t id, std::optional<core::Date> on);
  /// Proposes a pair; with a directive in the draft the pair is appointed at once.
  core::Result<PairCard> Propose(const core::Actor& actor, const PairDraft& draft);
  /// Appoints a proposed pair by the head's directive (3.1): active, with the late flag of the directive.
  core::Result<PairCard> Appoint(const core::Actor& actor, std::int64_t id, const Appointment& appointment);
  core::Result<PairCard> AddPlanItem(const core::Actor& actor, std::int64_t id, PlanItem item);
  core::Result<PairCard> UpdatePlanItem(const core::Actor& actor, std::int64_t id, PlanItem item);
  /// A report of the mentor or the mentee (`author`), by a keeper or by the author herself.
  core::Result<PairCard> SubmitReport(const core::Actor& actor, std::int64_t id, const std::string& author,
                                      std::optional<core::Date> submitted_on, std::string text);
  /// Replaces the mentor of an active pair (3.6): the pair ends as replaced, a new active pair continues the term.
  core::Result<PairCard> Replace(const core::Actor& actor, std::int64_t id, ReplacementRequest request);
  core::Result<PairCard> Complete(const core::Actor& actor, std::int64_t id, std::optional<core::Date> ended_on);
  /// Withdraws a proposal (a pair not yet appointed).
  core::Result<PairCard> Cancel(const core::Actor& actor, std::int64_t id, std::optional<std::string> reason);

  core::Result<CandidateList> Candidates(const core::Actor& actor, std::int64_t mentee_id,
                                         std::optional<core::Date> on);
  /// The optimal proposal for every young specialist of `unit` without a mentor (nothing saved).
  core::Result<ProposalView> ProposeFor(const core::Actor& actor, const core::Scope& unit,
                                        std::optional<core::Date> on);
  /// Creates the chosen pairs in one transaction, every rule checked again (all or nothing).
  core::Result<std::vector<PairRecord>> Accept(const core::Actor& actor, const AcceptRequest& request);
  /// Coverage per organisation of `unit` (the caller's own territory when absent).
  core::Result<CoverageReport> Coverage(const core::Actor& actor, std::optional<core::Scope> unit,
                                        std::optional<core::Date> on);

 private:
  core::Result<std::int64_t> CreatePair(MentoringStore& store, audit::AuditTrail& trail, const core::Actor& actor,
                                        const PairDraft& draft, const std::string& at, const core::Date& today,
                                        const std::string& now);
  core::Result<PairCard> Card(std::int64_t id, const core::Date& on);
  PairCard CardOf(PairRecord record, const core::Date& on, std::map<std::string, std::string> titles) const;
  core::Result<void> ReachUnit(const core::Actor& actor, const core::Scope& unit);

  MentoringStorage& storage_;
  core::TerritoryLocator& locator_;
  const core::Clock& clock_;
  MentoringProfile profile_;
};

}  // namespace metodset::mentoring
