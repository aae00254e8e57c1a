#pragma once
// Ports of the mentoring module: the tables of migrations/*/0006_mentoring.sql and the people registry's records
// read in bulk, as the use cases need them.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "modules/audit/module.hpp"
#include "modules/mentoring/domain/mentoring_facts.hpp"
#include "modules/mentoring/domain/mentoring_profile.hpp"
#include "modules/people/module.hpp"
#include "platform/core/principal.hpp"
#include "platform/core/result.hpp"

namespace metodset::mentoring {

/// The life of a pair: proposed → active → completed | replaced | cancelled (a proposal may be cancelled too).
enum class PairStatus { kProposed, kActive, kCompleted, kReplaced, kCancelled };

/// "proposed", "active", … (storage and API).
std::string_view Code(PairStatus status);
/// «предложена», «действует», …
std::string_view Label(PairStatus status);
std::optional<PairStatus> ParsePairStatus(std::string_view code);

/// Where a pair or a person sits, with the names lists show.
struct Place {
  std::int64_t region_id = 0;
  std::optional<std::int64_t> municipality_id;
  std::optional<std::int64_t> organisation_id;
  std::optional<std::string> organisation_name;
  std::optional<std::string> municipality_name;
  core::TerritoryPath Path(std::optional<std::int64_t> person_id = std::nullopt) const {
    return {region_id, municipality_id, organisation_id, person_id};
  }
};

/// An item of the plan of professional formation (003 §App2 4.5).
struct PlanItem {
  std::int64_t id = 0;
  std::string title;
  core::Date due_on;
  std::optional<core::Date> done_on;
};

/// A report of the mentor (4.4) or of the mentee (6.6).
struct PairReport {
  std::int64_t id = 0;
  std::string author;  // mentor | mentee
  std::optional<core::Date> period_due_on;
  core::Date submitted_on;
  std::string text;
  std::string created_at;
};

/// A teacher of a collective mentor (3.4).
struct CollectiveMember {
  std::int64_t person_id = 0;
  std::string name;
};

/// A pair as stored (lists leave `plan` and `reports` empty).
struct PairRecord {
  std::int64_t id = 0;
  std::int64_t mentee_id = 0;
  std::string mentee_name;
  std::optional<std::int64_t> mentor_id;  // none for a collective mentor
  std::string mentor_name;                // «Коллективный наставник: …» for a collective
  std::vector<CollectiveMember> collective;
  MentorKind kind = MentorKind::kSubject;
  MenteeCategory category = MenteeCategory::kYoungSpecialist;
  std::optional<std::string> subject;
  Place place;
  PairStatus status = PairStatus::kProposed;
  core::Date hired_on;
  std::optional<core::Date> graduation_on;
  core::Date starts_on;
  core::Date ends_on;
  std::optional<CouncilRecommendation> council;
  std::optional<core::Date> mentor_consent_on;
  std::optional<core::Date> mentee_consent_on;
  std::optional<std::string> directive_number;
  std::optional<core::Date> directive_on;
  bool directive_late = false;
  std::optional<std::int64_t> replaces_id;
  std::optional<std::int64_t> replaced_by_id;
  std::optional<std::string> end_reason;
  std::optional<std::string> end_details;
  std::optional<core::Date> ended_on;
  std::vector<PlanItem> plan;
  std::vector<PairReport> reports;
  std::string created_at;
  std::string updated_at;
};

/// Filters of the pair list; they combine with AND.
struct PairFilter {
  std::optional<std::int64_t> municipality_id;
  std::optional<std::int64_t> organisation_id;
  std::optional<PairStatus> status;
  std::optional<std::int64_t> mentor_id;
  std::optional<std::int64_t> mentee_id;
  int page = 1;
  int size = 50;
};

struct PairPage {
  std::vector<PairRecord> items;
  std::int64_t total = 0;
};

/// A person of the people registry with the sections the mentoring rules read (employments, achievements) and
/// her place.
struct RegistryPerson {
  people::Person person;
  Place place;
};

/// How many pairs of each status hold a mentor, and which mentees have a pair, in a place.
struct PairLoads {
  std::map<std::int64_t, int> active_by_mentor;
  std::map<std::int64_t, int> proposed_by_mentor;
  std::set<std::int64_t> mentees_with_pair;  // an active or proposed pair
};

/// Young specialists of one organisation and how many of them have an active mentor.
struct CoverageRow {
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  std::int64_t municipality_id = 0;
  std::string municipality_name;
  std::int64_t young_specialists = 0;
  std::int64_t with_mentor = 0;
};

/// Port: the mentoring tables inside one transaction or snapshot.
class MentoringStore {
 public:
  virtual ~MentoringStore() = default;
  /// One page of pairs within `scope`, or whose mentor or mentee is `own_person`.
  virtual void List(const PairFilter& filter, const core::ScopeFilter& scope, std::optional<std::int64_t> own_person,
                    PairPage& page) = 0;
  virtual std::optional<PairRecord> Find(std::int64_t id) = 0;
  /// Find, and the pair's row stays locked until the transaction ends (PostgreSQL `FOR UPDATE`; on SQLite the
  /// write transaction is exclusive already).
  virtual std::optional<PairRecord> FindForUpdate(std::int64_t id) = 0;
  /// Locks the rows of these persons in id order until the transaction ends, so that two transactions that
  /// appoint the same mentor (or to the same mentee) run one after the other (PostgreSQL `FOR NO KEY UPDATE`;
  /// SQLite: BEGIN IMMEDIATE already serialises writers).
  virtual void LockPersons(std::vector<std::int64_t> ids) = 0;
  /// The persons with these ids that exist, with employments and achievements.
  virtual std::vector<RegistryPerson> LoadPersons(const std::vector<std::int64_t>& ids) = 0;
  /// Every person whose place lies in `unit` (a region, municipality or organisation scope).
  virtual std::vector<RegistryPerson> PersonsIn(const core::Scope& unit) = 0;
  /// Russian titles of the subject codes (catalogue `subjects`).
  virtual std::map<std::string, std::string> SubjectTitles() = 0;
  /// Pairs of `mentor_id` in `status`.
  virtual int CountMentorPairs(std::int64_t mentor_id, PairStatus status) = 0;
  /// The active subject pair of a mentee, other than `except`.
  virtual std::optional<std::int64_t> ActiveSubjectPair(std::int64_t mentee_id, std::optional<std::int64_t> except) = 0;
  /// Pairs of a mentee in `status`.
  virtual int CountMenteePairs(std::int64_t mentee_id, PairStatus status) = 0;
  /// The pair loads of the mentors and mentees who work in `unit`.
  virtual PairLoads LoadsIn(const core::Scope& unit) = 0;
  /// Coverage of young specialists (persons.young_specialist_until on or after `on`) by active pairs, per
  /// organisation of `unit`.
  virtual std::vector<CoverageRow> Coverage(const core::Scope& unit, const core::Date& on) = 0;
  /// Inserts the pair's row (and its collective's members); returns the new id.
  virtual std::int64_t Insert(const PairRecord& pair, const std::string& now) = 0;
  /// Rewrites the pair's own row (not its plan or reports).
  virtual void Update(const PairRecord& pair, const std::string& now) = 0;
  virtual std::int64_t AddPlanItem(std::int64_t pair_id, const PlanItem& item, const std::string& now) = 0;
  virtual void UpdatePlanItem(std::int64_t pair_id, const PlanItem& item) = 0;
  virtual std::int64_t AddReport(std::int64_t pair_id, const PairReport& report, std::optional<std::int64_t> user_id,
                                 const std::string& now) = 0;
};

/// Port: transactions over the store with the audit trail bound to the same transaction. A write that breaks
/// the one-active-subject-mentor index comes back as a Conflict, not an exception.
class MentoringStorage {
 public:
  virtual ~MentoringStorage() = default;
  virtual core::Result<void> Transact(
      const std::function<core::Result<void>(MentoringStore&, audit::AuditTrail&)>& work) = 0;
  virtual void Read(const std::function<void(MentoringStore&)>& work) = 0;
};

}  // namespace metodset::mentoring
