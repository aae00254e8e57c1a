#pragma once
// Ports of the staff-list import: what it reads in bulk before planning and how it writes the plan at once.

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "modules/audit/module.hpp"
#include "modules/people/domain/person.hpp"
#include "platform/core/principal.hpp"
#include "platform/core/result.hpp"

namespace metodset::people {

/// An organisation a staff row may name by its ИНН.
struct ImportOrganisation {
  std::int64_t id = 0;
  std::string name;
  core::TerritoryPath path;  // region, municipality, organisation
};

/// One person as the import writes her: the whole card after the merge, sections with id 0 are new.
struct PersonWrite {
  Person person;  // id 0: a new person
  Summary summary;
  core::TerritoryPath path;  // region and municipality of the summary's organisation
  std::vector<std::int64_t> changed_employments;  // ids of existing employments whose fields changed
  bool contacts_changed = false;
};

/// Reads and writes of one import, inside one transaction.
class PeopleImportStore {
 public:
  virtual ~PeopleImportStore() = default;
  /// (code, title) pairs of a catalogue of migrations/*/0003_people.sql.
  virtual std::vector<std::pair<std::string, std::string>> CatalogueItems(const std::string& catalogue) = 0;
  /// Every organisation with an ИНН, by ИНН.
  virtual std::unordered_map<std::string, ImportOrganisation> OrganisationsByInn() = 0;
  /// A person of the registry as the import matches her: id, ФИО and birth date, and her place.
  struct PersonKey {
    Person person;  // only id, ФИО and birth date filled
    core::TerritoryPath place;
  };
  /// Every person of the registry (one query): the match is by ФИО and birth date wherever she works, and a
  /// match outside the caller's scope is refused by the planner rather than taken for a new person.
  virtual std::vector<PersonKey> PersonKeys() = 0;
  /// The full cards (employments, educations, categories, courses) of the given persons.
  virtual std::vector<Person> LoadCards(const std::vector<std::int64_t>& ids) = 0;
  /// Inserts new persons and sections in bulk, updates changed ones; `now` is the timestamp of the write.
  virtual void Write(std::vector<PersonWrite>& writes, const std::string& now) = 0;
};

/// Opens the one transaction of an import; a Result error rolls it back.
class PeopleImportStorage {
 public:
  virtual ~PeopleImportStorage() = default;
  virtual core::Result<void> Transact(
      const std::function<core::Result<void>(PeopleImportStore&, audit::AuditTrail&)>& work) = 0;
};

}  // namespace metodset::people
