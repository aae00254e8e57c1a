#pragma once
// Screening of a candidate list without touching the database (issue 4 contract, `metodset pool screen`):
// a file with the header `ФИО; Дата рождения; Место работы; Должность; Предмет; Квалификационная категория;
// Образование; Стаж по специальности, лет; Критерии`, every data row checked against a profile (000 §3.2,
// 002 §3.2). One bad row never stops the others.

#include <optional>
#include <string>
#include <vector>

#include "modules/pool/domain/declared_candidate.hpp"
#include "platform/core/principal.hpp"
#include "platform/core/result.hpp"
#include "platform/office/table_reader.hpp"

namespace metodset::pool {

/// The verdict on one data row (`row` counts data rows from 1, blank lines skipped), or why it was not read.
struct ScreenedRow {
  int row = 0;
  std::string fio;
  std::optional<DeclaredVerdict> verdict;  // none: `error` says why the row could not be read
  std::string error;
};

/// Who may screen a list: those who nominate candidates (SPEC §1: regional admin, municipal coordinator,
/// organisation admin). The list is checked in memory and never stored.
core::Result<void> MayScreenCandidateLists(const core::Actor& actor);

/// The columns of a candidate list, in order.
const std::vector<std::string>& CandidateListColumns();

/// Checks the header (the nine columns in order; more columns after them are ignored) and then every row.
/// An error only when the file itself cannot be used (field "file", a Russian message).
core::Result<std::vector<ScreenedRow>> ScreenCandidateList(const PoolProfile& profile, const office::Table& table,
                                                           const core::Date& today);

/// The rows as JSON (an array of `{"row","fio","eligible","reasons"}` or `{"row","error"}`, one a line) or as
/// CSV (`Строка;ФИО;Соответствует;Причины`, reasons joined by « | »; an unread row has «ошибка» and its reason).
std::string ScreenedRowsJson(const std::vector<ScreenedRow>& rows);
std::string ScreenedRowsCsv(const std::vector<ScreenedRow>& rows);

}  // namespace metodset::pool
