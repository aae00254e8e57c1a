#include "modules/mentoring/domain/mentor_eligibility.hpp"

#include <algorithm>

#include "modules/mentoring/domain/wording.hpp"

namespace metodset::mentoring {
namespace {

using detail::SectionRef;

Requirement ExperienceRequirement(const MentoringProfile& profile, const MentorFacts& mentor) {
  const auto& rule = profile.mentor_min_experience_years;
  Requirement r{.code = "mentor_experience", .section = rule.section};
  r.met = mentor.pedagogical_experience >= ServiceLength{rule.value, 0, 0};
  r.text = "Стаж педагогической деятельности на " + mentor.on.Russian() + " — " +
           ServiceLengthText(mentor.pedagogical_experience) + (r.met ? "" : ", меньше требуемого") +
           "; требуется не менее " + detail::YearsGenitive(rule.value) + SectionRef(rule.section);
  return r;
}

Requirement RecommendationRequirement(const MentoringProfile& profile,
                                      const std::optional<CouncilRecommendation>& recommendation, CheckStage stage) {
  const auto& rule = profile.council_recommendation_required;
  Requirement r{.code = "council_recommendation", .section = rule.section};
  if (recommendation) {
    r.met = true;
    r.text = "Рекомендация методического совета: протокол № " + recommendation->protocol_number + " от " +
             recommendation->date.Russian() + SectionRef(rule.section);
  } else if (stage == CheckStage::kProposal) {
    // The proposal is what the council is asked to consider: its recommendation comes after it.
    r.blocking = false;
    r.text = "Рекомендации методического совета ещё нет: кандидатура выносится на заседание совета" +
             SectionRef(rule.section);
  } else {
    r.blocking = rule.value;
    r.text =
        "Нет рекомендации методического совета: наставника выбирают на заседании совета" + SectionRef(rule.section);
  }
  return r;
}

Requirement SlotRequirement(const MentoringProfile& profile, int active_mentees) {
  const auto& rule = profile.max_mentees_per_mentor;
  Requirement r{.code = "free_slot", .section = rule.section};
  r.met = FreeSlots(profile, active_mentees) > 0;
  r.text = "Подшефных сейчас: " + std::to_string(active_mentees) + " из " + std::to_string(rule.value) +
           " допустимых одновременно" + (r.met ? "" : " — свободного места нет") + SectionRef(rule.section);
  return r;
}

}  // namespace

int FreeSlots(const MentoringProfile& profile, int active_mentees) {
  return std::max(0, profile.max_mentees_per_mentor.value - active_mentees);
}

bool MentorHasFreeSlot(const MentoringProfile& profile, const MentorFacts& mentor) {
  return FreeSlots(profile, mentor.active_mentees) > 0;
}

Assessment CheckMentor(const MentoringProfile& profile, const MentorFacts& mentor, CheckStage stage) {
  Assessment a;
  a.requirements.push_back(ExperienceRequirement(profile, mentor));
  a.requirements.push_back(RecommendationRequirement(profile, mentor.council_recommendation, stage));
  a.requirements.push_back(SlotRequirement(profile, mentor.active_mentees));
  return a;
}

Assessment CheckMentorForMentee(const MentoringProfile& profile, const MentorFacts& mentor, const MenteeFacts& mentee,
                                MentorKind kind, CheckStage stage) {
  Assessment a = CheckMentor(profile, mentor, stage);
  if (mentor.person_id == mentee.person_id) {
    a.requirements.push_back({.code = "not_self", .met = false, .text = "Наставник и подшефный — одно и то же лицо"});
  }
  if (kind == MentorKind::kSubject) {
    // 2.2: «опытный педагог того же предметного направления, что и молодой учитель».
    Requirement r{.code = "same_subject", .section = "2.2", .met = TeachesSubjectOf(mentor, mentee)};
    r.text = "Предметы наставника: " + detail::QuotedList(mentor.subjects) +
             "; предметы подшефного: " + detail::QuotedList(mentee.subjects) +
             (r.met ? "" : " — наставник-предметник должен быть того же предметного направления") + SectionRef("2.2");
    a.requirements.push_back(std::move(r));
  } else if (kind == MentorKind::kConsultant) {
    // 2.2 describes the consultant («профессионально успешный (победитель ПНПО, различных конкурсов …)») rather
    // than setting a condition: shown as advice.
    Requirement r{.code = "consultant_success", .section = "2.2", .met = mentor.contest_winner, .blocking = false};
    r.text =
        mentor.contest_winner
            ? "Победитель конкурса профессионального мастерства — профессионально успешный педагог" + SectionRef("2.2")
            : "Побед в конкурсах профессионального мастерства не отмечено; наставник-консультант — "
              "профессионально успешный педагог" +
                  SectionRef("2.2");
    a.requirements.push_back(std::move(r));
  }
  return a;
}

Assessment CheckCollectiveMentor(const MentoringProfile& profile, const CollectiveMentorFacts& collective,
                                 CheckStage stage) {
  Assessment a;
  const auto& size = profile.collective_min_members;
  Requirement members{.code = "collective_members", .section = size.section};
  members.met = static_cast<int>(collective.members.size()) >= size.value;
  members.text = "Педагогов в коллективном наставнике: " + std::to_string(collective.members.size()) +
                 "; требуется не менее " + std::to_string(size.value) + SectionRef(size.section);
  a.requirements.push_back(std::move(members));

  const auto& rule = profile.collective_member_min_school_experience_years;
  for (const auto& m : collective.members) {
    Requirement r{.code = "collective_member_experience", .section = rule.section};
    r.met = m.service_in_school >= ServiceLength{rule.value, 0, 0};
    r.text = m.name + ": стаж работы в школе на " + collective.on.Russian() + " — " +
             ServiceLengthText(m.service_in_school) + (r.met ? "" : ", меньше требуемого") + "; требуется не менее " +
             detail::YearsGenitive(rule.value) + SectionRef(rule.section);
    a.requirements.push_back(std::move(r));
  }
  a.requirements.push_back(RecommendationRequirement(profile, collective.council_recommendation, stage));
  a.requirements.push_back(SlotRequirement(profile, collective.active_mentees));
  return a;
}

}  // namespace metodset::mentoring
