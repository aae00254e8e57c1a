#include "modules/mentoring/application/pair_rules.hpp"

#include <algorithm>

#include "modules/mentoring/application/access_rules.hpp"
#include "platform/core/text.hpp"

namespace metodset::mentoring::rules {
namespace {

std::string Ref(const std::string& section) { return section.empty() ? "" : " (п. " + section + " Положения)"; }

bool IsParty(const core::Principal& principal, const PairRecord& pair) {
  if (!principal.person_id) return false;
  const auto me = *principal.person_id;
  return pair.mentee_id == me || pair.mentor_id == me ||
         std::any_of(pair.collective.begin(), pair.collective.end(),
                     [&](const CollectiveMember& m) { return m.person_id == me; });
}

}  // namespace

core::DomainError PairNotFound() { return core::NotFound("Пара наставничества не найдена"); }

core::DomainError NotKeeper() {
  return core::Forbidden(
      "Наставничество ведут администрация организации, муниципальная методическая служба и региональный оператор");
}

bool Reads(const core::Principal& principal, const PairRecord& pair) {
  return principal.Reaches(pair.place.Path(), access::kKeepers) || IsParty(principal, pair);
}

core::Result<core::Grant> WriteGrant(const core::Principal& principal, const PairRecord& pair) {
  if (auto grant = principal.GrantFor(pair.place.Path(), access::kKeepers)) return *grant;
  if (IsParty(principal, pair)) {
    return core::Forbidden(
        "Пару наставничества ведут администрация организации, муниципальная методическая служба или региональный "
        "оператор");
  }
  return PairNotFound();
}

std::optional<core::DomainError> Refusal(const Assessment& assessment, const std::string& mentor_name,
                                         const std::string& field) {
  std::string failed;
  const Requirement* slot = nullptr;
  for (const auto& r : assessment.requirements) {
    if (r.met || !r.blocking) continue;
    if (r.code == "free_slot") {
      slot = &r;
    } else {
      failed += (failed.empty() ? "" : "; ") + r.text;
    }
  }
  if (!failed.empty()) {
    return core::ValidationError(field, "Нельзя назначить наставника (" + mentor_name + "): " + failed,
                                 "mentor_requirements");
  }
  if (slot) {
    return core::Conflict("mentor_limit",
                          "Нельзя назначить наставника (" + mentor_name +
                              "): наставник может иметь одновременно не "
                              "более двух подшефных. " +
                              slot->text,
                          field);
  }
  return std::nullopt;
}

core::Result<void> CheckPapers(const MentoringProfile& profile, const Appointment& a, const core::Date& hired_on,
                               bool replacement, const std::string& at) {
  const std::string ref = Ref(profile.directive_due_days.section);
  if (!a.directive_number || core::NormaliseSpaces(*a.directive_number).empty()) {
    return core::ValidationError(at + "directive_number",
                                 "Наставничество закрепляется приказом руководителя: укажите номер приказа" + ref,
                                 "directive_required");
  }
  if (!a.directive_on) {
    return core::ValidationError(at + "directive_on",
                                 "Наставничество закрепляется приказом руководителя: укажите дату приказа" + ref,
                                 "directive_required");
  }
  // 3.1: «при обоюдном согласии наставника и молодого специалиста».
  if (!a.mentor_consent_on) {
    return core::ValidationError(at + "mentor_consent_on",
                                 "Нет согласия наставника: наставник назначается при обоюдном согласии наставника и "
                                 "молодого специалиста" +
                                     ref,
                                 "consent_required");
  }
  if (!a.mentee_consent_on) {
    return core::ValidationError(at + "mentee_consent_on",
                                 "Нет согласия подшефного: наставник назначается при обоюдном согласии наставника и "
                                 "молодого специалиста" +
                                     ref,
                                 "consent_required");
  }
  if (*a.mentor_consent_on > *a.directive_on || *a.mentee_consent_on > *a.directive_on) {
    return core::ValidationError(
        at + (*a.mentor_consent_on > *a.directive_on ? "mentor_consent_on" : "mentee_consent_on"),
        "Согласие дано позже приказа " + a.directive_on->Russian() + ": приказ издаётся при согласии сторон" + ref,
        "consent_after_directive");
  }
  if (a.council && a.council->date > *a.directive_on) {
    return core::ValidationError(at + "council_date",
                                 "Рекомендация методического совета датирована позже приказа " +
                                     a.directive_on->Russian() + Ref(profile.council_recommendation_required.section),
                                 "council_after_directive");
  }
  if (!replacement && *a.directive_on < hired_on) {
    return core::ValidationError(at + "directive_on", CheckDirectiveDate(profile, hired_on, *a.directive_on).text,
                                 "directive_before_hiring");
  }
  return core::Ok{};
}

core::DomainError SubjectMentorTaken(std::int64_t existing, const std::string& field) {
  return core::Conflict("subject_mentor_exists",
                        "У подшефного уже есть действующий наставник-предметник (пара № " + std::to_string(existing) +
                            "); сменить наставника можно заменой по основаниям п. 3.6 Положения",
                        field);
}

}  // namespace metodset::mentoring::rules
