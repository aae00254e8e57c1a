#pragma once

#include <cstdint>
#include <string>

#include "modules/people/application/people_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/storage/database.hpp"

namespace metodset::people {

/// PeopleStorage over the platform database (SQLite and PostgreSQL alike).
class SqlPeopleStorage final : public PeopleStorage {
 public:
  SqlPeopleStorage(storage::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}
  core::Result<void> Transact(const std::function<core::Result<void>(PeopleStore&, audit::AuditTrail&)>& work) override;
  void Read(const std::function<void(PeopleStore&)>& work) override;

 private:
  storage::Database& db_;
  const core::Clock& clock_;
};

/// `persons.sort_key`: the Russian sort key of «Фамилия Имя Отчество».
std::string SortKeyOf(const Person& p);
/// `persons.search_text`: lower-case ФИО, e-mail and phone.
std::string SearchTextOf(const Person& p);
/// Inserts a person's row with its summary and place, then every section; returns the new id (bulk writers
/// — the importer, the demo — call it inside their own transaction).
std::int64_t InsertPerson(storage::Connection& conn, const Person& p, const Summary& s, const PersonPlace& place,
                          const std::string& now);
/// Rewrites the person's row (summary, place, `updated_at`) and replaces every section.
void UpdatePerson(storage::Connection& conn, const Person& p, const Summary& s, const PersonPlace& place,
                  const std::string& now);
/// Inserts the sections of person `person_id` (items with a non-zero id keep it).
void InsertSections(storage::Connection& conn, std::int64_t person_id, const Person& p);

}  // namespace metodset::people
