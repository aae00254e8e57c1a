#include "modules/monitoring/domain/review.hpp"

namespace metodset::monitoring {

std::string_view Code(AnswerState state) {
  switch (state) {
    case AnswerState::kEmpty:
      return "empty";
    case AnswerState::kDraft:
      return "draft";
    case AnswerState::kSubmitted:
      return "submitted";
    case AnswerState::kAccepted:
      return "accepted";
    case AnswerState::kReturned:
      return "returned";
  }
  return "empty";
}

std::optional<AnswerState> ParseAnswerState(std::string_view code) {
  for (auto s : {AnswerState::kEmpty, AnswerState::kDraft, AnswerState::kSubmitted, AnswerState::kAccepted,
                 AnswerState::kReturned})
    if (Code(s) == code) return s;
  return std::nullopt;
}

std::string_view Code(FormStatus status) {
  switch (status) {
    case FormStatus::kNotStarted:
      return "not_started";
    case FormStatus::kDraft:
      return "draft";
    case FormStatus::kSubmitted:
      return "submitted";
    case FormStatus::kReturned:
      return "returned";
    case FormStatus::kAccepted:
      return "accepted";
  }
  return "not_started";
}

FormStatus DeriveFormStatus(const std::vector<AnswerState>& states) {
  FormCounts c;
  for (auto s : states) {
    if (s == AnswerState::kDraft) ++c.draft;
    if (s == AnswerState::kSubmitted) ++c.submitted;
    if (s == AnswerState::kAccepted) ++c.accepted;
    if (s == AnswerState::kReturned) ++c.returned;
  }
  return DeriveFormStatus(c);
}

FormStatus DeriveFormStatus(const FormCounts& c) {
  if (c.draft + c.submitted + c.accepted + c.returned == 0) return FormStatus::kNotStarted;
  if (c.returned > 0) return FormStatus::kReturned;
  if (c.draft > 0) return FormStatus::kDraft;
  if (c.submitted > 0) return FormStatus::kSubmitted;
  return FormStatus::kAccepted;
}

core::Result<void> CheckEditable(AnswerState state, std::string_view number) {
  if (state == AnswerState::kSubmitted || state == AnswerState::kAccepted)
    return core::Conflict("answer_locked",
                          "Показатель " + std::string(number) +
                              (state == AnswerState::kAccepted ? " уже принят" : " отправлен на проверку") +
                              ": изменить можно только возвращённый показатель",
                          "value");
  return core::Ok{};
}

AnswerState AfterEdit(AnswerState state) {
  return state == AnswerState::kReturned ? AnswerState::kReturned : AnswerState::kDraft;
}

bool SentOnSubmit(AnswerState state) { return state == AnswerState::kDraft || state == AnswerState::kReturned; }

core::Result<void> CheckReviewable(AnswerState state, std::string_view number) {
  if (state != AnswerState::kSubmitted)
    return core::Conflict("not_submitted", "Показатель " + std::string(number) +
                                               " не ожидает проверки (он не отправлен или уже проверен)");
  return core::Ok{};
}

core::Result<std::string> CheckReturnMessage(std::string message) {
  auto first = message.find_first_not_of(" \t\r\n");
  if (first == std::string::npos)
    return core::ValidationError("message", "Укажите, что нужно исправить: сообщение для координатора обязательно");
  if (message.size() > 2000) return core::ValidationError("message", "Сообщение не длиннее 2000 символов");
  return message;
}

Window DefaultWindow(int year) { return {core::Date{year, 6, 1}, core::Date{year, 6, 30}}; }

core::Result<void> CheckWindow(int year, const Window& window) {
  if (year < 2000 || year > 2100) return core::ValidationError("year", "Год мониторинга — от 2000 до 2100");
  if (window.opens_on.year < 2000 || window.opens_on.year > 2101)
    return core::ValidationError("opens_on", "Укажите дату начала сбора сведений");
  if (window.closes_on < window.opens_on)
    return core::ValidationError("closes_on", "Срок окончания сбора не может быть раньше начала");
  if (window.closes_on.DaysSinceEpoch() - window.opens_on.DaysSinceEpoch() > 731)
    return core::ValidationError("closes_on", "Сбор сведений длится не больше двух лет");
  return core::Ok{};
}

}  // namespace metodset::monitoring
