#include "modules/bodies/domain/body_rules.hpp"

#include <algorithm>

namespace metodset::bodies {

std::string SectionText(const std::string& section) {
  auto at = section.find("§");
  if (at == std::string::npos) return section;
  std::string rest = section.substr(at + std::string("§").size());
  if (rest.rfind("App", 0) == 0) {
    // "App4 6.9" → «п. 6.9 приложения 4»
    auto space = rest.find(' ');
    std::string app = rest.substr(3, space == std::string::npos ? std::string::npos : space - 3);
    std::string point = space == std::string::npos ? "" : rest.substr(space + 1);
    return point.empty() ? "приложение " + app : "п. " + point + " приложения " + app;
  }
  return "п. " + rest;
}

std::string SignatureTitle(MemberRole role, BodyKind kind) {
  const bool young = kind == BodyKind::kYoungTeachersCouncil || kind == BodyKind::kYoungTeachersAssembly;
  switch (role) {
    case MemberRole::kChair:
      return young ? "Президент" : "Председатель";
    case MemberRole::kSecretary:
      return "Секретарь";
    default:
      return std::string(Title(role));
  }
}

QuorumState Quorum(const KindProfile& profile, int members, int present) {
  QuorumState q;
  q.members = members;
  q.present = present;
  q.required = QuorumRequired(profile.quorum, members);
  q.reached = IsQuorumReached(profile.quorum, members, present);
  q.text = "Присутствуют " + std::to_string(present) + " из " + std::to_string(members) + "; нужно " +
           Describe(profile.quorum) + " (" + std::to_string(q.required) + ") — " + SectionText(profile.quorum_section) +
           (q.reached ? ". Кворум есть" : ". Кворума нет");
  return q;
}

core::Result<void> CheckDecision(const KindProfile& profile, DecisionKind kind, int members, int present,
                                 const Vote& vote) {
  if (!IsQuorumReached(profile.quorum, members, present)) {
    return core::ValidationError(
        "present",
        "Решение не может быть принято: нет кворума — присутствуют " + std::to_string(present) + " из " +
            std::to_string(members) + " членов, нужно " + Describe(profile.quorum) + " (" +
            std::to_string(QuorumRequired(profile.quorum, members)) + ") (" + SectionText(profile.quorum_section) + ")",
        "quorum_not_reached");
  }
  if (vote.for_votes < 0 || vote.against < 0 || vote.abstain < 0) {
    return core::ValidationError("for", "Число голосов не может быть отрицательным", "votes_invalid");
  }
  if (vote.for_votes + vote.against + vote.abstain > present) {
    return core::ValidationError("for",
                                 "Голосов «за», «против» и «воздержались» (" +
                                     std::to_string(vote.for_votes + vote.against + vote.abstain) +
                                     ") больше, чем присутствующих членов (" + std::to_string(present) + ")",
                                 "votes_exceed_present");
  }
  const auto& majority = profile.MajorityFor(kind);
  const int required = MajorityRequired(majority.rule, members, present);
  if (vote.for_votes < required) {
    std::string base =
        majority.rule == MajorityRule::kSimpleOfMembers || majority.rule == MajorityRule::kTwoThirdsOfMembers
            ? std::to_string(members) + " членов"
            : std::to_string(present) + " присутствующих";
    return core::ValidationError("for",
                                 "Решение не принято: «за» " + std::to_string(vote.for_votes) + " из " + base +
                                     ", нужно " + Describe(majority.rule) + " (" + std::to_string(required) + ") (" +
                                     SectionText(majority.section) + ")",
                                 "majority_not_reached");
  }
  return core::Ok{};
}

namespace {
core::Date Jan1(int year) { return core::Date{year, 1, 1}; }

std::string PeriodWord(int months) {
  switch (months) {
    case 3:
      return "квартал";
    case 6:
      return "полугодие";
    case 12:
      return "год";
    default:
      return std::to_string(months / 12) + " года";
  }
}
}  // namespace

Compliance CheckCompliance(const KindProfile& profile, const ComplianceFacts& facts) {
  Compliance c;
  const core::Date year_from = Jan1(facts.year);
  const core::Date year_to = Jan1(facts.year + 1);  // exclusive
  for (const auto& d : facts.sessions) {
    if (d >= year_from && d < year_to) ++c.sessions_held;
  }
  if (profile.sessions) {
    const auto& rule = *profile.sessions;
    // Periods start on 1 January of the year; periods longer than a year start in the year of establishment.
    core::Date start = year_from;
    if (rule.period_months > 12) {
      start = Jan1(facts.established_on.year);
      while (start.AddMonths(rule.period_months) <= year_from) start = start.AddMonths(rule.period_months);
    }
    int missed_periods = 0;
    std::string first_missed;
    for (core::Date from = start; from < year_to; from = from.AddMonths(rule.period_months)) {
      core::Date to = from.AddMonths(rule.period_months);
      if (rule.period_months <= 12 || to <= year_to) c.sessions_required += rule.count;
      if (to > facts.on.AddDays(1) || to <= facts.established_on) continue;  // not over yet, or before the body
      int held = static_cast<int>(std::count_if(facts.sessions.begin(), facts.sessions.end(),
                                                [&](const core::Date& d) { return d >= from && d < to; }));
      if (held < rule.count) {
        ++missed_periods;
        if (first_missed.empty()) {
          first_missed = from.Russian() + "–" + to.AddDays(-1).Russian() + ": " + std::to_string(held) + " из " +
                         std::to_string(rule.count);
        }
      }
    }
    if (missed_periods > 0) {
      c.issues.push_back({"missed_sessions",
                          "Не проведены обязательные заседания (не реже " + std::to_string(rule.count) + " за " +
                              PeriodWord(rule.period_months) + ", " + SectionText(rule.section) +
                              "): периодов с недостачей — " + std::to_string(missed_periods) + ", первый " +
                              first_missed,
                          rule.section});
    }
  }
  if (profile.min_members && facts.voting_members < *profile.min_members) {
    c.issues.push_back({"below_minimum",
                        "В составе " + std::to_string(facts.voting_members) +
                            " членов с правом голоса, нужно не менее " + std::to_string(*profile.min_members) + " (" +
                            SectionText(profile.min_members_section) + ")",
                        profile.min_members_section});
  }
  if (profile.renewal_yearly && facts.previous_year_body && !facts.renewed) {
    c.issues.push_back({"not_renewed",
                        "Объединение не создано на " + std::to_string(facts.year) + " год (создаётся ежегодно, " +
                            SectionText(profile.renewal_section) + ")",
                        profile.renewal_section});
  }
  return c;
}

core::Result<void> CheckYoungTeacherAge(const std::optional<core::Date>& birth_date, const core::Date& applied_on) {
  if (!birth_date) {
    return core::ValidationError("person_id",
                                 "В реестре не указана дата рождения заявителя: возраст до 35 лет "
                                 "(п. 5.2 приложения 4) проверить нельзя",
                                 "birth_date_unknown");
  }
  const int age = core::FullYearsBetween(*birth_date, applied_on);
  if (age >= 35) {
    return core::ValidationError("person_id",
                                 "Принимаются педагоги в возрасте до 35 лет (п. 5.2 приложения 4): на дату заявления " +
                                     applied_on.Russian() + " заявителю " + std::to_string(age) + " лет",
                                 "age_limit");
  }
  return core::Ok{};
}

core::Result<void> CheckBranch(int members, bool municipality_has_branch, const std::string& municipality_name) {
  if (municipality_has_branch) {
    return core::Conflict("branch_exists",
                          "В муниципалитете «" + municipality_name +
                              "» уже есть территориальное отделение ассоциации; допускается не более одного",
                          "municipality_id");
  }
  if (members < 3) {
    return core::ValidationError(
        "member_ids",
        "В территориальном отделении должно быть не менее трёх членов ассоциации, указано " + std::to_string(members),
        "branch_too_small");
  }
  return core::Ok{};
}

}  // namespace metodset::bodies
