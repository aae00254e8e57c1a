#pragma once
// Collegial bodies (SPEC §8): kinds, member roles and the regulation profile of a body — minimum size, sessions
// per period, quorum, the majority per kind of decision, renewal, term, signatures — with the four presets of the
// seeds: `nazarovo-council` (001 §3.8), `zdvinsk-mmo` (004 §5), `amur-subject-association` (003 §App3),
// `amur-young-teachers` (003 §App4). Pure data and arithmetic; no storage.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace metodset::bodies {

/// The kinds of collegial body of SPEC §8.
enum class BodyKind {
  kSchoolUnion,            // ШМО
  kMunicipalUnion,         // ММО (004 §5)
  kRegionalUnion,          // РМО, РУМО
  kProblemGroup,           // проблемная группа
  kCreativeGroup,          // творческая группа
  kSchoolCouncil,          // методический совет ОО
  kMunicipalCouncil,       // муниципальный методический совет (001 §3.8)
  kExpertCouncil,          // экспертный совет
  kAssociationCouncil,     // совет ассоциации учителей-предметников (003 §App3 3.7)
  kAssociationAssembly,    // общее собрание членов ассоциации (003 §App3 3.9)
  kYoungTeachersCouncil,   // Совет организации молодых педагогов (003 §App4 6.5)
  kYoungTeachersAssembly,  // Собрание (003 §App4 6.1)
  kYoungTeachersBranch,    // территориальное отделение
};

enum class Level { kSchool, kMunicipal, kRegional };

std::string_view Code(BodyKind kind);
std::string_view Title(BodyKind kind);
std::optional<BodyKind> ParseBodyKind(std::string_view code);
Level LevelOf(BodyKind kind);
std::string_view Code(Level level);
const std::vector<BodyKind>& AllBodyKinds();

/// Roles of a member (SPEC §8); `curator` (004 §5.2.1) and `advisory` (совещательный голос, 003 §App4 6.7) do not
/// vote and do not count towards the quorum.
enum class MemberRole { kChair, kDeputy, kSecretary, kCurator, kMember, kAdvisory };
std::string_view Code(MemberRole role);
std::string_view Title(MemberRole role);
std::optional<MemberRole> ParseMemberRole(std::string_view code);
bool Votes(MemberRole role);

/// How many members must be present for a session to decide.
enum class QuorumRule {
  kAtLeastHalf,  // «не менее половины» (001 §3.8.10.1), «не менее 50 %» (003 §App3 3.9): 2·present ≥ members
  kMoreThanHalf,       // «более половины» (004 §5.1.5, 003 §App4 6.3): 2·present > members
  kMoreThanTwoThirds,  // «более двух третей» (003 §App4 6.9): 3·present > 2·members
};
/// How many votes «за» adopt a decision.
enum class MajorityRule {
  kSimpleOfPresent,     // простое большинство присутствующих: 2·for > present
  kSimpleOfMembers,     // простое большинство членов: 2·for > members (004 §5.1.5)
  kTwoThirdsOfMembers,  // две трети членов (003 §App4 5.8): 3·for ≥ 2·members
  kTwoThirdsOfPresent,  // не менее двух третей присутствующих (003 §App4 6.6): 3·for ≥ 2·present
};
/// What an agenda item decides; the profile names the majority of each.
enum class DecisionKind { kOrdinary, kElection, kComposition, kAdmission, kExclusion };

std::string_view Code(QuorumRule rule);
std::string_view Code(MajorityRule rule);
std::string_view Code(DecisionKind kind);
std::string_view Title(DecisionKind kind);
std::optional<DecisionKind> ParseDecisionKind(std::string_view code);

/// The least number present that makes a quorum of `members`.
int QuorumRequired(QuorumRule rule, int members);
bool IsQuorumReached(QuorumRule rule, int members, int present);
/// The least number of votes «за» that adopts a decision.
int MajorityRequired(MajorityRule rule, int members, int present);
/// «не менее половины членов», … (for messages).
std::string Describe(QuorumRule rule);
std::string Describe(MajorityRule rule);

struct Majority {
  DecisionKind decision = DecisionKind::kOrdinary;
  MajorityRule rule = MajorityRule::kSimpleOfPresent;
  std::string section;
};
struct SessionsRule {
  int count = 1;
  int period_months = 12;  // 3 quarter, 6 half-year, 12 year, 36 three years
  std::string section;
};

/// The rules of one kind of body under one regulation.
struct KindProfile {
  BodyKind kind = BodyKind::kMunicipalUnion;
  std::optional<int> min_members;
  std::string min_members_section;
  std::optional<SessionsRule> sessions;
  QuorumRule quorum = QuorumRule::kMoreThanHalf;
  std::string quorum_section;
  std::vector<Majority> majorities;  // the first is kOrdinary
  bool renewal_yearly = false;
  std::string renewal_section;
  std::optional<int> term_years;
  std::string term_section;
  std::vector<MemberRole> signatures;
  std::string signatures_section;

  /// The majority of `decision`, or of kOrdinary when the profile does not name it.
  const Majority& MajorityFor(DecisionKind decision) const;
};

/// A regulation: its code, title and the kinds of body it rules.
struct Preset {
  std::string code;
  std::string title;
  std::string source;  // the seed and section
  std::vector<KindProfile> kinds;
  const KindProfile* Find(BodyKind kind) const;
};

const std::vector<Preset>& Presets();
const Preset* FindPreset(std::string_view code);

}  // namespace metodset::bodies
