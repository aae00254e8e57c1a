#pragma once
// The review of a monitoring form indicator by indicator (003 §App6 8: the municipality fills the table, the
// regional institute processes it): draft → submitted → accepted | returned → (corrected) submitted …
// A returned indicator reopens alone; a closed campaign changes no more.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/date.hpp"
#include "platform/core/result.hpp"

namespace metodset::monitoring {

enum class AnswerState { kEmpty, kDraft, kSubmitted, kAccepted, kReturned };
std::string_view Code(AnswerState state);
std::optional<AnswerState> ParseAnswerState(std::string_view code);

/// The form as a whole, derived from its indicators.
enum class FormStatus { kNotStarted, kDraft, kSubmitted, kReturned, kAccepted };
std::string_view Code(FormStatus status);
/// not_started: nothing saved; returned: some indicator is back with the coordinator; draft: something saved and
/// not sent; submitted: everything saved is sent and some of it waits for review; accepted: everything saved is
/// accepted (indicators never answered stay empty and score zero).
FormStatus DeriveFormStatus(const std::vector<AnswerState>& states);
struct FormCounts {
  int draft = 0, submitted = 0, accepted = 0, returned = 0;
};
FormStatus DeriveFormStatus(const FormCounts& counts);

/// The coordinator may change an indicator that is empty, a draft or returned; a submitted or accepted one is
/// locked (409 `answer_locked`).
core::Result<void> CheckEditable(AnswerState state, std::string_view number);
/// The state after the coordinator saves: empty/draft → draft; returned stays returned (now corrected).
AnswerState AfterEdit(AnswerState state);
/// Whether a submit sends this indicator (drafts and returned ones; never-answered ones stay empty).
bool SentOnSubmit(AnswerState state);
/// The reviewer accepts or returns only an indicator waiting for review (409 `not_submitted`).
core::Result<void> CheckReviewable(AnswerState state, std::string_view number);
/// A return needs a message to the coordinator (422 `message`).
core::Result<std::string> CheckReturnMessage(std::string message);

/// The campaign's window: by default June of the campaign's year (003 §App6 8: «один раз в год, в июне»).
struct Window {
  core::Date opens_on;
  core::Date closes_on;
};
Window DefaultWindow(int year);
/// Year 2000..2100, the window inside a sensible range and opens_on ≤ closes_on (fields named).
core::Result<void> CheckWindow(int year, const Window& window);

}  // namespace metodset::monitoring
