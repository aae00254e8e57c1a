#pragma once
// Use cases of collegial bodies and associations (issue 6; docs/api/BODIES.md): bodies with members, sessions
// with attendance, votes and decisions, the protocol in the document registry, compliance per territory, and
// the associations' applications, admissions, exclusions, branches and certificates.

#include <string>
#include <vector>

#include "modules/bodies/application/bodies_store.hpp"
#include "modules/documents/module.hpp"
#include "platform/core/clock.hpp"

namespace metodset::bodies {

struct BodyDraft {
  std::optional<BodyKind> kind;
  std::string preset;
  std::string name;
  std::optional<std::int64_t> municipality_id;
  std::optional<std::int64_t> organisation_id;
  std::optional<std::string> subject;
  std::optional<int> year;
  std::optional<core::Date> established_on;
  std::optional<std::int64_t> region_id;  // regional bodies created by the command line (demo)
};

struct MemberDraft {
  std::int64_t person_id = 0;
  std::optional<MemberRole> role;
  std::optional<core::Date> starts_on;
  std::optional<core::Date> ends_on;
};

/// A body with its profile.
struct BodyCard {
  BodyRecord body;
  const KindProfile* profile = nullptr;
  std::vector<Issue> issues;  // compliance this year
};

/// A session with its body, profile and computed quorum.
struct SessionCard {
  BodyRecord body;
  const KindProfile* profile = nullptr;
  SessionRecord session;
  std::vector<MemberRecord> members;  // active on the session's date
  QuorumState quorum;
};

struct VoteInput {
  Vote vote;
  std::optional<std::string> decision;
  std::optional<std::int64_t> owner_person_id;
  std::optional<core::Date> due_on;
};

struct DecisionInput {
  std::string text;
  std::optional<std::int64_t> owner_person_id;
  std::optional<core::Date> due_on;
  std::optional<core::Date> done_on;
};

struct ComplianceItem {
  BodyRecord body;
  Compliance compliance;
};
struct ComplianceReport {
  int year = 0;
  core::Date on;
  core::Scope unit;
  std::string unit_name;
  std::int64_t bodies_total = 0;
  std::vector<ComplianceItem> items;  // bodies with issues
};

struct AssociationCard {
  AssociationRecord association;
  std::vector<BodyRecord> branches;
};

struct ApplicationDraft {
  std::optional<std::int64_t> person_id;
  std::optional<core::Date> applied_on;
  std::optional<core::Date> consent_on;
  std::optional<std::int64_t> recommender_person_id;
  std::optional<std::string> text;
};

struct AdmissionResult {
  ApplicationRecord application;
  RegistryMember member;
  SessionCard session;
};

struct BranchDraft {
  std::int64_t municipality_id = 0;
  std::optional<std::string> name;
  std::vector<std::int64_t> member_ids;  // registry member ids
  std::optional<std::int64_t> head_member_id;
};

class BodiesService {
 public:
  BodiesService(BodiesStorage& storage, documents::DocumentService& documents, const core::Clock& clock)
      : storage_(storage), documents_(documents), clock_(clock) {}

  core::Result<BodyPage> List(const core::Actor& actor, const BodyFilter& filter);
  core::Result<BodyCard> Get(const core::Actor& actor, std::int64_t id);
  core::Result<BodyCard> Create(const core::Actor& actor, const BodyDraft& draft);
  core::Result<BodyCard> Update(const core::Actor& actor, std::int64_t id, const BodyDraft& draft);
  core::Result<BodyCard> AddMember(const core::Actor& actor, std::int64_t body_id, const MemberDraft& draft);
  core::Result<BodyCard> UpdateMember(const core::Actor& actor, std::int64_t body_id, std::int64_t member_id,
                                      const MemberDraft& draft);
  core::Result<BodyCard> EndMember(const core::Actor& actor, std::int64_t body_id, std::int64_t member_id,
                                   std::optional<core::Date> on);

  core::Result<std::vector<SessionRecord>> Sessions(const core::Actor& actor, std::int64_t body_id);
  core::Result<SessionCard> CreateSession(const core::Actor& actor, std::int64_t body_id, const core::Date& held_on,
                                          std::optional<std::string> title, std::optional<std::string> place);
  core::Result<SessionCard> GetSession(const core::Actor& actor, std::int64_t id);
  core::Result<SessionCard> SetAttendance(const core::Actor& actor, std::int64_t id,
                                          const std::vector<std::int64_t>& present);
  core::Result<SessionCard> AddItem(const core::Actor& actor, std::int64_t id, const std::string& title,
                                    DecisionKind kind, std::optional<std::string> proposal);
  core::Result<SessionCard> VoteItem(const core::Actor& actor, std::int64_t id, std::int64_t item_id,
                                     const VoteInput& input);
  core::Result<SessionCard> UpdateDecision(const core::Actor& actor, std::int64_t id, std::int64_t item_id,
                                           const DecisionInput& input);
  /// The protocol as DOCX bytes (templates/docx/body_protocol.xml).
  core::Result<std::string> ProtocolDocx(const core::Actor& actor, std::int64_t id);
  /// Generates the protocol and registers it in the document registry (kind `protocol`).
  core::Result<SessionCard> RegisterProtocol(const core::Actor& actor, std::int64_t id);

  core::Result<ComplianceReport> Compliance(const core::Actor& actor, std::optional<core::Scope> unit,
                                            std::optional<int> year, std::optional<core::Date> on);

  core::Result<std::vector<AssociationRecord>> Associations(const core::Actor& actor);
  core::Result<AssociationCard> GetAssociation(const core::Actor& actor, std::int64_t id);
  core::Result<std::vector<RegistryMember>> Registry(const core::Actor& actor, std::int64_t id, RegistryFilter filter);
  core::Result<std::vector<ApplicationRecord>> Applications(const core::Actor& actor, std::int64_t id,
                                                            std::optional<std::string> status);
  core::Result<ApplicationRecord> Apply(const core::Actor& actor, std::int64_t id, const ApplicationDraft& draft);
  core::Result<AdmissionResult> Decide(const core::Actor& actor, std::int64_t id, std::int64_t application_id,
                                       std::int64_t session_id, const Vote& vote);
  core::Result<RegistryMember> Exclude(const core::Actor& actor, std::int64_t id, std::int64_t member_id,
                                       std::int64_t session_id, const Vote& vote, const std::string& reason);
  core::Result<RegistryMember> Withdraw(const core::Actor& actor, std::int64_t id, std::int64_t member_id,
                                        std::optional<core::Date> on);
  core::Result<BodyCard> CreateBranch(const core::Actor& actor, std::int64_t id, const BranchDraft& draft);
  core::Result<std::string> CertificateDocx(const core::Actor& actor, std::int64_t id, std::int64_t member_id);
  /// Creates an association with its council and assembly (the command line and the demo; regional admin).
  core::Result<AssociationRecord> CreateAssociation(const core::Actor& actor, std::int64_t region_id,
                                                    const std::string& kind, const std::string& name,
                                                    std::optional<core::Date> established_on = std::nullopt);

 private:
  core::Result<SessionCard> SessionCardOf(BodiesStore& store, std::int64_t id);
  core::Result<SessionCard> WriteSession(
      const core::Actor& actor, std::int64_t id,
      const std::function<core::Result<void>(BodiesStore&, SessionCard&, audit::AuditTrail&, const core::Grant&)>&
          work);
  core::Result<void> VoteIn(BodiesStore& store, audit::AuditTrail& trail, const core::Actor& actor, SessionCard& card,
                            ItemRecord item, const Vote& vote, const core::Grant& grant, std::int64_t& item_id);

  BodiesStorage& storage_;
  documents::DocumentService& documents_;
  const core::Clock& clock_;
};

}  // namespace metodset::bodies
