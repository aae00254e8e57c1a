#include "modules/bodies/domain/body_profile.hpp"

namespace metodset::bodies {

namespace {
struct KindInfo {
  BodyKind kind;
  const char* code;
  const char* title;
  Level level;
};
constexpr KindInfo kKinds[] = {
    {BodyKind::kSchoolUnion, "school_union", "Школьное методическое объединение", Level::kSchool},
    {BodyKind::kMunicipalUnion, "municipal_union", "Муниципальное методическое объединение", Level::kMunicipal},
    {BodyKind::kRegionalUnion, "regional_union", "Региональное методическое объединение", Level::kRegional},
    {BodyKind::kProblemGroup, "problem_group", "Проблемная группа", Level::kMunicipal},
    {BodyKind::kCreativeGroup, "creative_group", "Творческая группа", Level::kMunicipal},
    {BodyKind::kSchoolCouncil, "school_council", "Методический совет образовательной организации", Level::kSchool},
    {BodyKind::kMunicipalCouncil, "municipal_council", "Муниципальный методический совет", Level::kMunicipal},
    {BodyKind::kExpertCouncil, "expert_council", "Экспертный совет", Level::kRegional},
    {BodyKind::kAssociationCouncil, "association_council", "Совет ассоциации учителей-предметников", Level::kRegional},
    {BodyKind::kAssociationAssembly, "association_assembly", "Общее собрание членов ассоциации", Level::kRegional},
    {BodyKind::kYoungTeachersCouncil, "young_teachers_council", "Совет ассоциации молодых педагогов", Level::kRegional},
    {BodyKind::kYoungTeachersAssembly, "young_teachers_assembly", "Собрание ассоциации молодых педагогов",
     Level::kRegional},
    {BodyKind::kYoungTeachersBranch, "young_teachers_branch", "Территориальное отделение ассоциации молодых педагогов",
     Level::kMunicipal},
};
const KindInfo& Info(BodyKind kind) {
  for (const auto& k : kKinds) {
    if (k.kind == kind) return k;
  }
  return kKinds[0];
}
}  // namespace

std::string_view Code(BodyKind kind) { return Info(kind).code; }
std::string_view Title(BodyKind kind) { return Info(kind).title; }
Level LevelOf(BodyKind kind) { return Info(kind).level; }
std::optional<BodyKind> ParseBodyKind(std::string_view code) {
  for (const auto& k : kKinds) {
    if (k.code == code) return k.kind;
  }
  return std::nullopt;
}
const std::vector<BodyKind>& AllBodyKinds() {
  static const std::vector<BodyKind> all = [] {
    std::vector<BodyKind> v;
    for (const auto& k : kKinds) v.push_back(k.kind);
    return v;
  }();
  return all;
}
std::string_view Code(Level level) {
  switch (level) {
    case Level::kSchool:
      return "school";
    case Level::kMunicipal:
      return "municipal";
    case Level::kRegional:
      return "regional";
  }
  return {};
}

std::string_view Code(MemberRole role) {
  switch (role) {
    case MemberRole::kChair:
      return "chair";
    case MemberRole::kDeputy:
      return "deputy";
    case MemberRole::kSecretary:
      return "secretary";
    case MemberRole::kCurator:
      return "curator";
    case MemberRole::kMember:
      return "member";
    case MemberRole::kAdvisory:
      return "advisory";
  }
  return {};
}
std::string_view Title(MemberRole role) {
  switch (role) {
    case MemberRole::kChair:
      return "Председатель (руководитель)";
    case MemberRole::kDeputy:
      return "Заместитель";
    case MemberRole::kSecretary:
      return "Секретарь";
    case MemberRole::kCurator:
      return "Куратор";
    case MemberRole::kMember:
      return "Член";
    case MemberRole::kAdvisory:
      return "Член с совещательным голосом";
  }
  return {};
}
std::optional<MemberRole> ParseMemberRole(std::string_view code) {
  for (auto r : {MemberRole::kChair, MemberRole::kDeputy, MemberRole::kSecretary, MemberRole::kCurator,
                 MemberRole::kMember, MemberRole::kAdvisory}) {
    if (Code(r) == code) return r;
  }
  return std::nullopt;
}
bool Votes(MemberRole role) { return role != MemberRole::kCurator && role != MemberRole::kAdvisory; }

std::string_view Code(QuorumRule rule) {
  switch (rule) {
    case QuorumRule::kAtLeastHalf:
      return "at_least_half";
    case QuorumRule::kMoreThanHalf:
      return "more_than_half";
    case QuorumRule::kMoreThanTwoThirds:
      return "more_than_two_thirds";
  }
  return {};
}
std::string_view Code(MajorityRule rule) {
  switch (rule) {
    case MajorityRule::kSimpleOfPresent:
      return "simple_of_present";
    case MajorityRule::kSimpleOfMembers:
      return "simple_of_members";
    case MajorityRule::kTwoThirdsOfMembers:
      return "two_thirds_of_members";
    case MajorityRule::kTwoThirdsOfPresent:
      return "two_thirds_of_present";
  }
  return {};
}
std::string_view Code(DecisionKind kind) {
  switch (kind) {
    case DecisionKind::kOrdinary:
      return "ordinary";
    case DecisionKind::kElection:
      return "election";
    case DecisionKind::kComposition:
      return "composition";
    case DecisionKind::kAdmission:
      return "admission";
    case DecisionKind::kExclusion:
      return "exclusion";
  }
  return {};
}
std::string_view Title(DecisionKind kind) {
  switch (kind) {
    case DecisionKind::kOrdinary:
      return "Обычное решение";
    case DecisionKind::kElection:
      return "Выборы (руководитель, председатель, президент)";
    case DecisionKind::kComposition:
      return "Состав совета, изменения положения";
    case DecisionKind::kAdmission:
      return "Приём в члены";
    case DecisionKind::kExclusion:
      return "Исключение из членов";
  }
  return {};
}
std::optional<DecisionKind> ParseDecisionKind(std::string_view code) {
  for (auto k : {DecisionKind::kOrdinary, DecisionKind::kElection, DecisionKind::kComposition, DecisionKind::kAdmission,
                 DecisionKind::kExclusion}) {
    if (Code(k) == code) return k;
  }
  return std::nullopt;
}

int QuorumRequired(QuorumRule rule, int members) {
  switch (rule) {
    case QuorumRule::kAtLeastHalf:
      return (members + 1) / 2;  // 2·p ≥ m
    case QuorumRule::kMoreThanHalf:
      return members / 2 + 1;  // 2·p > m
    case QuorumRule::kMoreThanTwoThirds:
      return (2 * members) / 3 + 1;  // 3·p > 2·m
  }
  return members;
}
bool IsQuorumReached(QuorumRule rule, int members, int present) {
  if (members <= 0) return false;
  return present >= QuorumRequired(rule, members);
}
int MajorityRequired(MajorityRule rule, int members, int present) {
  switch (rule) {
    case MajorityRule::kSimpleOfPresent:
      return present / 2 + 1;
    case MajorityRule::kSimpleOfMembers:
      return members / 2 + 1;
    case MajorityRule::kTwoThirdsOfMembers:
      return (2 * members + 2) / 3;  // 3·f ≥ 2·m
    case MajorityRule::kTwoThirdsOfPresent:
      return (2 * present + 2) / 3;
  }
  return present;
}
std::string Describe(QuorumRule rule) {
  switch (rule) {
    case QuorumRule::kAtLeastHalf:
      return "не менее половины членов";
    case QuorumRule::kMoreThanHalf:
      return "более половины членов";
    case QuorumRule::kMoreThanTwoThirds:
      return "более двух третей членов";
  }
  return {};
}
std::string Describe(MajorityRule rule) {
  switch (rule) {
    case MajorityRule::kSimpleOfPresent:
      return "простое большинство голосов присутствующих";
    case MajorityRule::kSimpleOfMembers:
      return "простое большинство голосов членов";
    case MajorityRule::kTwoThirdsOfMembers:
      return "две трети голосов членов";
    case MajorityRule::kTwoThirdsOfPresent:
      return "не менее двух третей голосов присутствующих";
  }
  return {};
}

const Majority& KindProfile::MajorityFor(DecisionKind decision) const {
  for (const auto& m : majorities) {
    if (m.decision == decision) return m;
  }
  return majorities.front();
}

const KindProfile* Preset::Find(BodyKind kind) const {
  for (const auto& k : kinds) {
    if (k.kind == kind) return &k;
  }
  return nullptr;
}

namespace {

KindProfile NazarovoCouncil() {
  KindProfile p;
  p.kind = BodyKind::kMunicipalCouncil;
  p.min_members = 10;
  p.min_members_section = "001 §3.8.5";  // «не менее 10 человек»
  // «не реже трёх раз в год»
  p.sessions = SessionsRule{3, 12, "001 §3.8.10.1"};
  // «правомочными, если на них присутствуют не менее половины членов»
  p.quorum = QuorumRule::kAtLeastHalf;
  p.quorum_section = "001 §3.8.10.1";
  // «простым большинством голосов присутствующих на заседании членов»
  p.majorities = {{DecisionKind::kOrdinary, MajorityRule::kSimpleOfPresent, "001 §3.8.10.2"}};
  // «подписывается председателем и секретарём»
  p.signatures = {MemberRole::kChair, MemberRole::kSecretary};
  p.signatures_section = "001 §3.8.10.1";
  return p;
}

KindProfile ZdvinskUnion(BodyKind kind) {
  KindProfile p;
  p.kind = kind;
  // «не реже 1 раза в квартал и являются правомочными при участии более половины членов ММО. Решение
  // принимаются простым большинством голосов членов ММО»
  p.sessions = SessionsRule{1, 3, "004 §5.1.5"};
  p.quorum = QuorumRule::kMoreThanHalf;
  p.quorum_section = "004 §5.1.5";
  p.majorities = {{DecisionKind::kOrdinary, MajorityRule::kSimpleOfMembers, "004 §5.1.5"},
                  // «Руководитель и его заместитель избираются ежегодно членами ММО»
                  {DecisionKind::kElection, MajorityRule::kSimpleOfMembers, "004 §5.2.2"}};
  p.renewal_yearly = true;  // «ММО создаются ежегодно»
  p.renewal_section = "004 §5.1.1";
  p.term_years = 1;
  p.term_section = "004 §5.2.2";
  p.signatures = {MemberRole::kChair, MemberRole::kSecretary};
  p.signatures_section = "004 §5.1.3";
  return p;
}

KindProfile SubjectCouncil() {
  KindProfile p;
  p.kind = BodyKind::kAssociationCouncil;
  // The regulation names no quorum of the council; «большинство голосов членов Совета, участвующих в его
  // заседании» is counted from those present, and at least half must take part.
  p.quorum = QuorumRule::kAtLeastHalf;
  p.quorum_section = "003 §App3 3.4";
  p.majorities = {{DecisionKind::kOrdinary, MajorityRule::kSimpleOfPresent, "003 §App3 3.4"},
                  {DecisionKind::kAdmission, MajorityRule::kSimpleOfPresent, "003 §App3 3.4"},
                  {DecisionKind::kExclusion, MajorityRule::kSimpleOfPresent, "003 §App3 4.3"}};
  p.signatures = {MemberRole::kChair, MemberRole::kSecretary};
  p.signatures_section = "003 §App3 5.4";
  return p;
}

KindProfile SubjectAssembly() {
  KindProfile p;
  p.kind = BodyKind::kAssociationAssembly;
  // «не реже одного раза в три года … считается состоявшимся, если … не менее 50% членов»
  p.sessions = SessionsRule{1, 36, "003 §App3 3.9"};
  p.quorum = QuorumRule::kAtLeastHalf;
  p.quorum_section = "003 §App3 3.9";
  p.majorities = {{DecisionKind::kOrdinary, MajorityRule::kSimpleOfPresent, "003 §App3 3.9"},
                  // «простым голосованием при большинстве голосов членов Ассоциации»
                  {DecisionKind::kElection, MajorityRule::kSimpleOfMembers, "003 §App3 3.8"}};
  p.term_years = 1;
  p.term_section = "003 §App3 3.8";
  p.signatures = {MemberRole::kChair, MemberRole::kSecretary};
  p.signatures_section = "003 §App3 5.4";
  return p;
}

KindProfile YoungCouncil() {
  KindProfile p;
  p.kind = BodyKind::kYoungTeachersCouncil;
  p.sessions = SessionsRule{1, 6, "003 §App4 6.8"};  // «не реже одного раза в полугодие»
  // «правомочен …, если на его заседании присутствует более двух третей его членов. Решения … простым
  // большинством голосов присутствующих»
  p.quorum = QuorumRule::kMoreThanTwoThirds;
  p.quorum_section = "003 §App4 6.9";
  p.majorities = {{DecisionKind::kOrdinary, MajorityRule::kSimpleOfPresent, "003 §App4 6.9"},
                  {DecisionKind::kAdmission, MajorityRule::kSimpleOfPresent, "003 §App4 5.3"},
                  // «Вопрос об исключении считается решённым, если за него проголосовало две трети членов Совета»
                  {DecisionKind::kExclusion, MajorityRule::kTwoThirdsOfMembers, "003 §App4 5.8"},
                  {DecisionKind::kElection, MajorityRule::kSimpleOfPresent, "003 §App4 6.12"}};
  p.term_years = 3;  // «Совет избирается Собранием на три года»
  p.term_section = "003 §App4 6.6";
  p.signatures = {MemberRole::kChair, MemberRole::kSecretary};  // «подписывается Президентом … и Секретарём»
  p.signatures_section = "003 §App4 6.13";
  return p;
}

KindProfile YoungAssembly() {
  KindProfile p;
  p.kind = BodyKind::kYoungTeachersAssembly;
  p.sessions = SessionsRule{1, 12, "003 §App4 6.1"};  // «не реже одного раза в год»
  p.quorum = QuorumRule::kMoreThanHalf;  // «правомочно, если … более половины членов»
  p.quorum_section = "003 §App4 6.3";
  p.majorities = {{DecisionKind::kOrdinary, MajorityRule::kSimpleOfPresent, "003 §App4 6.3"},
                  // «не менее чем двумя третями голосов от числа присутствующих на Собрании членов»
                  {DecisionKind::kComposition, MajorityRule::kTwoThirdsOfPresent, "003 §App4 6.6"},
                  {DecisionKind::kElection, MajorityRule::kTwoThirdsOfPresent, "003 §App4 6.6"}};
  p.signatures = {MemberRole::kChair, MemberRole::kSecretary};
  p.signatures_section = "003 §App4 6.14";
  return p;
}

KindProfile YoungBranch() {
  KindProfile p;
  p.kind = BodyKind::kYoungTeachersBranch;
  p.min_members = 3;  // territorial branches of at least three members (SPEC §9)
  p.min_members_section = "003 §App4 (SPEC §9)";
  // The charter sets no quorum for a branch; the assembly's rule applies.
  p.quorum = QuorumRule::kMoreThanHalf;
  p.quorum_section = "003 §App4 6.3";
  p.majorities = {{DecisionKind::kOrdinary, MajorityRule::kSimpleOfPresent, "003 §App4 6.3"}};
  p.signatures = {MemberRole::kChair, MemberRole::kSecretary};
  p.signatures_section = "003 §App4 6.13";
  return p;
}

}  // namespace

const std::vector<Preset>& Presets() {
  static const std::vector<Preset> presets = [] {
    std::vector<Preset> v;
    v.push_back(
        {"nazarovo-council", "Муниципальный методический совет (Назаровский район)", "001 §3.8", {NazarovoCouncil()}});
    Preset mmo{"zdvinsk-mmo", "Муниципальные методические объединения (Здвинский район)", "004 §5", {}};
    for (auto k : {BodyKind::kMunicipalUnion, BodyKind::kSchoolUnion, BodyKind::kRegionalUnion, BodyKind::kProblemGroup,
                   BodyKind::kCreativeGroup}) {
      mmo.kinds.push_back(ZdvinskUnion(k));
    }
    v.push_back(std::move(mmo));
    v.push_back({"amur-subject-association",
                 "Региональная ассоциация учителей-предметников (Амурская область)",
                 "003 §App3",
                 {SubjectCouncil(), SubjectAssembly()}});
    v.push_back({"amur-young-teachers",
                 "Ассоциация молодых педагогов Амурской области",
                 "003 §App4",
                 {YoungCouncil(), YoungAssembly(), YoungBranch()}});
    return v;
  }();
  return presets;
}

const Preset* FindPreset(std::string_view code) {
  for (const auto& p : Presets()) {
    if (p.code == code) return &p;
  }
  return nullptr;
}

}  // namespace metodset::bodies
