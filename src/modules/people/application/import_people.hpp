#pragma once
// Import of staff lists (issue 3 item 4, docs/api/PEOPLE.md "Import"): all or nothing, persons matched by
// ФИО + date of birth, employments by organisation + position.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/people/application/people_import_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/office/table_reader.hpp"
#include "platform/office/xlsx_writer.hpp"

namespace metodset::people {

/// One problem of the file: the row (1 = header), column letter and title, a Russian message.
struct ImportRowError {
  int row = 0;
  std::string column;
  std::string column_title;
  std::string message;
};

/// What happens (or happened) to one row.
struct ImportRowAction {
  int row = 0;
  std::string action;  // create, update, unchanged
  std::string name;    // ФИО
};

/// The ImportReport of docs/api/PEOPLE.md.
struct PeopleImportReport {
  bool committed = false;
  int created = 0;
  int updated = 0;
  int unchanged = 0;
  std::vector<ImportRowAction> rows;
  std::vector<ImportRowError> errors;
};

/// The report as the JSON the API returns.
std::string ImportReportJson(const PeopleImportReport& report);

/// The import template: the columns, and a second sheet listing the values of the catalogues.
std::vector<office::Sheet> PeopleImportTemplate(PeopleImportStorage& storage);

/// Whether the actor may import staff lists at all (rows outside her scope are checked row by row later).
core::Result<void> MayImportPeople(const core::Actor& actor);

/// Checks every row of `table` and, with `commit`, writes all of it in one transaction (nothing on any
/// error). `progress(done, total)` is called as rows are checked. The actor is a user with a scope or the
/// system (command line): an organisation outside the user's scope is an error of its row.
core::Result<PeopleImportReport> ImportPeople(PeopleImportStorage& storage, const core::Clock& clock,
                                              const core::Actor& actor, const office::Table& table, bool commit,
                                              const std::function<void(std::int64_t, std::int64_t)>& progress = {});

}  // namespace metodset::people
