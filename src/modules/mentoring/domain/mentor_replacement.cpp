#include "modules/mentoring/domain/mentor_replacement.hpp"

#include <algorithm>

#include "modules/mentoring/domain/wording.hpp"
#include "platform/core/text.hpp"

namespace metodset::mentoring {
namespace {

core::DomainError Refused(std::string field, std::string message, std::string code) {
  return core::ValidationError(std::move(field), std::move(message), std::move(code));
}

bool NamesParty(ReplacementReason reason) {
  return reason == ReplacementReason::kPersonalApplication || reason == ReplacementReason::kTransfer;
}

}  // namespace

core::Result<MentorReplacement> ValidateReplacement(const MentoringProfile& profile, MentorReplacement r) {
  const std::string ref = detail::SectionRef(profile.replacement_reasons.section);
  r.details = core::NormaliseSpaces(r.details);
  r.directive_number = core::NormaliseSpaces(r.directive_number);
  if (!r.reason) {
    return Refused("reason", "Укажите основание замены наставника из перечня" + ref, "replacement_reason_required");
  }
  const auto& allowed = profile.replacement_reasons.value;
  if (std::find(allowed.begin(), allowed.end(), *r.reason) == allowed.end()) {
    return Refused("reason",
                   "Основание «" + std::string(Label(*r.reason)) + "» не предусмотрено перечнем оснований замены" + ref,
                   "replacement_reason_not_allowed");
  }
  if (NamesParty(*r.reason) && !r.party) {
    return Refused("party",
                   *r.reason == ReplacementReason::kTransfer
                       ? "Укажите, кто переведён на другую работу: подшефный или наставник" + ref
                       : "Укажите, чьё это заявление: подшефного или наставника" + ref,
                   "replacement_party_required");
  }
  if (*r.reason == ReplacementReason::kLongAbsence) {
    if (!r.absence_cause) {
      return Refused("absence_cause", "Укажите причину длительного отсутствия наставника" + ref,
                     "absence_cause_required");
    }
    if (*r.absence_cause == AbsenceCause::kOther && r.details.empty()) {
      return Refused("details", "Опишите иную причину длительного отсутствия наставника" + ref,
                     "absence_details_required");
    }
  }
  if (r.directive_number.empty() || !r.directive_on) {
    return Refused(r.directive_number.empty() ? "directive_number" : "directive_on",
                   "Замена наставника производится приказом руководителя: укажите номер и дату приказа" + ref,
                   "replacement_directive_required");
  }
  if (*r.directive_on < r.pair_started_on) {
    return Refused("directive_on",
                   "Дата приказа о замене " + r.directive_on->Russian() + " раньше начала наставничества " +
                       r.pair_started_on.Russian(),
                   "replacement_before_pair");
  }
  if (r.new_mentor_id == 0) {
    return Refused("new_mentor_id", "Укажите нового наставника", "new_mentor_required");
  }
  if (r.new_mentor_id == r.previous_mentor_id) {
    return Refused("new_mentor_id", "Новый наставник совпадает с заменяемым", "same_mentor");
  }
  return r;
}

std::string ReplacementGroundText(const MentorReplacement& r) {
  if (!r.reason) return {};
  switch (*r.reason) {
    case ReplacementReason::kPersonalApplication:
      if (r.party)
        return r.party == ReplacementParty::kMentee ? "Личное заявление подшефного" : "Личное заявление наставника";
      break;
    case ReplacementReason::kTransfer:
      if (r.party) {
        return r.party == ReplacementParty::kMentee ? "Перевод подшефного на другую работу"
                                                    : "Перевод наставника на другую работу";
      }
      break;
    case ReplacementReason::kLongAbsence:
      if (r.absence_cause) {
        std::string cause = core::LowerUtf8(Label(*r.absence_cause));
        if (*r.absence_cause == AbsenceCause::kOther && !r.details.empty()) cause = r.details;
        return std::string(Label(*r.reason)) + " (" + cause + ")";
      }
      break;
    default:
      break;
  }
  return std::string(Label(*r.reason));
}

}  // namespace metodset::mentoring
