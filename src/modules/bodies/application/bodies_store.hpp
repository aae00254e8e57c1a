#pragma once
// Ports of the bodies module: the tables of migrations/*/0008_bodies.sql as the use cases need them.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "modules/audit/module.hpp"
#include "modules/bodies/domain/body_rules.hpp"
#include "platform/core/principal.hpp"
#include "platform/core/result.hpp"

namespace metodset::bodies {

/// Where a body or a person sits, with the names lists show.
struct Place {
  std::int64_t region_id = 0;
  std::optional<std::int64_t> municipality_id;
  std::optional<std::int64_t> organisation_id;
  std::optional<std::string> municipality_name;
  std::optional<std::string> organisation_name;
  core::TerritoryPath Path() const { return {region_id, municipality_id, organisation_id, std::nullopt}; }
};

struct PersonInfo {
  std::int64_t id = 0;
  std::string full_name;
  core::Date birth_date;
  Place place;
};

struct MemberRecord {
  std::int64_t id = 0;
  std::int64_t body_id = 0;
  std::int64_t person_id = 0;
  std::string full_name;
  std::optional<std::string> organisation_name;
  MemberRole role = MemberRole::kMember;
  core::Date starts_on;
  std::optional<core::Date> ends_on;
  bool ActiveOn(const core::Date& on) const { return starts_on <= on && (!ends_on || *ends_on >= on); }
};

struct BodyRecord {
  std::int64_t id = 0;
  BodyKind kind = BodyKind::kMunicipalUnion;
  std::string preset;
  std::string name;
  std::optional<std::string> subject;  // a code of the catalogue `subjects`
  std::optional<std::string> subject_title;
  int year = 0;
  Place place;
  std::optional<std::int64_t> association_id;
  core::Date established_on;
  std::int64_t members_count = 0;  // active today (lists)
  std::int64_t sessions_count = 0;
  std::optional<core::Date> last_session_on;
  std::string created_at;
  std::string updated_at;
  std::vector<MemberRecord> members;  // the card only
};

struct BodyFilter {
  std::optional<BodyKind> kind;
  std::optional<std::int64_t> municipality_id;
  std::optional<std::int64_t> organisation_id;
  std::optional<int> year;
  std::optional<std::string> q;
  int page = 1;
  int size = 50;
};

struct BodyPage {
  std::vector<BodyRecord> items;
  std::int64_t total = 0;
};

struct ItemRecord {
  std::int64_t id = 0;
  std::int64_t session_id = 0;
  int number = 0;
  std::string title;
  DecisionKind decision_kind = DecisionKind::kOrdinary;
  std::optional<std::string> proposal;
  std::optional<Vote> vote;
  int present_at_vote = 0;
  int members_at_vote = 0;
  bool adopted = false;
  std::optional<std::string> decision_text;
  std::optional<std::int64_t> owner_person_id;
  std::string owner_name;
  std::optional<core::Date> due_on;
  std::optional<core::Date> done_on;
};

struct SessionRecord {
  std::int64_t id = 0;
  std::int64_t body_id = 0;
  int number = 0;
  core::Date held_on;
  std::optional<std::string> title;
  std::optional<std::string> place;
  std::optional<std::int64_t> protocol_document_id;
  std::vector<std::int64_t> present;  // member ids
  std::vector<ItemRecord> items;
  std::int64_t items_count = 0;
};

/// A body with the facts compliance needs.
struct ComplianceRow {
  BodyRecord body;
  int voting_members = 0;
  std::vector<core::Date> sessions;
  bool renewed = true;  // yearly bodies of year − 1: a body of the same kind, place and subject exists for year
};

struct AssociationRecord {
  std::int64_t id = 0;
  std::string kind;  // subject_teachers | young_teachers
  std::string preset;
  std::string name;
  std::int64_t region_id = 0;
  std::int64_t council_body_id = 0;
  std::int64_t assembly_body_id = 0;
  std::int64_t members_count = 0;
  std::int64_t branches_count = 0;
};

struct RegistryMember {
  std::int64_t id = 0;
  std::int64_t association_id = 0;
  std::int64_t person_id = 0;
  std::string full_name;
  std::optional<core::Date> birth_date;
  Place place;  // the person's
  int number = 0;
  core::Date admitted_on;
  core::Date consent_on;
  std::optional<std::int64_t> branch_id;
  std::string status = "active";
  std::optional<core::Date> ended_on;
  std::optional<std::string> end_reason;
  std::optional<std::int64_t> session_id;
};

struct RegistryFilter {
  std::optional<std::int64_t> municipality_id;
  std::optional<std::int64_t> branch_id;
  std::optional<std::string> status;
  core::ScopeFilter scope;  // the persons' places
};

struct ApplicationRecord {
  std::int64_t id = 0;
  std::int64_t association_id = 0;
  std::int64_t person_id = 0;
  std::string full_name;
  core::Date applied_on;
  core::Date consent_on;
  std::optional<std::int64_t> recommender_person_id;
  std::string recommender_name;
  std::optional<std::string> text;
  std::string status = "submitted";
  std::optional<core::Date> decided_on;
  std::optional<std::int64_t> session_id;
  std::optional<std::int64_t> member_id;
};

/// Port: the bodies tables inside one transaction or snapshot.
class BodiesStore {
 public:
  virtual ~BodiesStore() = default;
  virtual void ListBodies(const BodyFilter& filter, const core::ScopeFilter& scope,
                          std::optional<std::int64_t> own_person, const core::Date& today, BodyPage& page) = 0;
  /// The body with all its memberships; `for_update` locks its row (PostgreSQL `FOR UPDATE`).
  virtual std::optional<BodyRecord> FindBody(std::int64_t id, bool for_update = false) = 0;
  virtual std::int64_t InsertBody(const BodyRecord& body, const std::string& now) = 0;
  virtual void UpdateBody(const BodyRecord& body, const std::string& now) = 0;
  virtual std::int64_t InsertMember(const MemberRecord& member) = 0;
  virtual void UpdateMember(const MemberRecord& member) = 0;
  virtual void DeleteMember(std::int64_t id) = 0;
  /// Whether the member was marked present at any session.
  virtual bool MemberAttended(std::int64_t id) = 0;
  virtual bool SubjectKnown(const std::string& code) = 0;
  /// Whether the person chairs a municipal union on `on` (003 §App3 3.10).
  virtual bool HeadsMunicipalUnion(std::int64_t person_id, const core::Date& on) = 0;
  /// Whether a body of the same kind, preset, place and subject exists for `year` (yearly renewal).
  virtual bool HasSuccessor(const BodyRecord& body, int year) = 0;
  virtual std::optional<PersonInfo> FindPerson(std::int64_t id) = 0;
  /// The place of a municipality or organisation (for a new body): nullopt when unknown.
  virtual std::optional<Place> PlaceOf(std::optional<std::int64_t> municipality_id,
                                       std::optional<std::int64_t> organisation_id) = 0;

  virtual std::vector<SessionRecord> ListSessions(std::int64_t body_id) = 0;
  virtual std::optional<SessionRecord> FindSession(std::int64_t id) = 0;
  virtual std::int64_t InsertSession(const SessionRecord& session) = 0;
  virtual int NextSessionNumber(std::int64_t body_id, int year) = 0;
  virtual void SetAttendance(std::int64_t session_id, const std::vector<std::int64_t>& member_ids) = 0;
  virtual std::int64_t InsertItem(const ItemRecord& item) = 0;
  virtual void UpdateItem(const ItemRecord& item) = 0;
  virtual void SetProtocol(std::int64_t session_id, std::int64_t document_id) = 0;

  /// Bodies of `unit` alive in `year` (yearly bodies of `year` and `year − 1`), with their voting members on
  /// `on` and session dates.
  virtual std::vector<ComplianceRow> ComplianceRows(const core::Scope& unit, int year, const core::Date& on) = 0;

  virtual std::vector<AssociationRecord> ListAssociations(const core::Date& today) = 0;
  virtual std::optional<AssociationRecord> FindAssociation(std::int64_t id, bool for_update = false) = 0;
  virtual std::int64_t InsertAssociation(const AssociationRecord& a) = 0;
  virtual void LinkBodyToAssociation(std::int64_t body_id, std::int64_t association_id) = 0;
  virtual std::vector<BodyRecord> Branches(std::int64_t association_id, const core::Date& today) = 0;
  virtual std::vector<RegistryMember> Registry(std::int64_t association_id, const RegistryFilter& filter) = 0;
  virtual std::optional<RegistryMember> FindRegistryMember(std::int64_t id) = 0;
  virtual std::optional<RegistryMember> ActiveRegistryMember(std::int64_t association_id, std::int64_t person_id) = 0;
  virtual int NextMemberNumber(std::int64_t association_id) = 0;
  virtual std::int64_t InsertRegistryMember(const RegistryMember& m) = 0;
  virtual void UpdateRegistryMember(const RegistryMember& m) = 0;
  virtual std::vector<ApplicationRecord> Applications(std::int64_t association_id,
                                                      const std::optional<std::string>& status) = 0;
  virtual std::optional<ApplicationRecord> FindApplication(std::int64_t id) = 0;
  virtual std::int64_t InsertApplication(const ApplicationRecord& a) = 0;
  virtual void UpdateApplication(const ApplicationRecord& a) = 0;
};

/// Port: transactions over the store with the audit trail bound to the same transaction.
class BodiesStorage {
 public:
  virtual ~BodiesStorage() = default;
  virtual core::Result<void> Transact(
      const std::function<core::Result<void>(BodiesStore&, audit::AuditTrail&)>& work) = 0;
  virtual void Read(const std::function<void(BodiesStore&)>& work) = 0;
};

}  // namespace metodset::bodies
