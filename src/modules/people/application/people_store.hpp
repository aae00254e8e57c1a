#pragma once
// Ports of the people registry: the tables of migrations/*/0003_people.sql as the use cases need them.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "modules/audit/module.hpp"
#include "modules/people/domain/person.hpp"
#include "platform/core/principal.hpp"
#include "platform/core/result.hpp"

namespace metodset::people {

/// Filters of the people registry (docs/api/PEOPLE.md); they combine with AND.
struct PersonFilter {
  std::optional<std::int64_t> municipality_id;
  std::optional<std::int64_t> organisation_id;
  std::optional<std::string> text;  // ФИО, e-mail or phone, case-insensitively
  std::optional<std::string> subject;
  std::optional<std::string> position;
  std::optional<std::string> category;  // the category in force today ("none": none in force)
  std::optional<std::string> status;    // young_specialist | young_teacher | attestation_due | pd_due
  int attestation_months = 6;
  std::string sort = "name";  // name | -name
  int page = 1;
  int size = 50;  // 0: no paging (exports)
};

/// Where a person sits in the territory, with the names lists show.
struct PersonPlace {
  std::int64_t region_id = 0;
  std::optional<std::int64_t> municipality_id;
  std::optional<std::int64_t> organisation_id;
  std::optional<std::string> organisation_name;
  std::optional<std::string> municipality_name;
  core::TerritoryPath Path(std::optional<std::int64_t> person_id) const {
    return {region_id, municipality_id, organisation_id, person_id};
  }
};

/// One row of the registry list: the person's own columns and her summary.
struct PersonListItem {
  std::int64_t id = 0;
  std::string last_name;
  std::string first_name;
  std::optional<std::string> middle_name;
  core::Date birth_date;
  PersonPlace place;
  Summary summary;
};

struct PersonPage {
  std::vector<PersonListItem> items;
  std::int64_t total = 0;
};

/// A whole card as stored.
struct PersonRecord {
  Person person;
  PersonPlace place;
  std::string created_at;
  std::string updated_at;
};

/// Port: the people tables inside one transaction or snapshot.
class PeopleStore {
 public:
  virtual ~PeopleStore() = default;
  /// The codes of the people catalogues.
  virtual PersonCatalogues Catalogues() = 0;
  /// One page of persons within `scope`; statuses are evaluated as of `today`.
  virtual void List(const PersonFilter& filter, const core::ScopeFilter& scope, const core::Date& today,
                    PersonPage& page) = 0;
  virtual std::optional<PersonRecord> Find(std::int64_t id) = 0;
  /// Persons with the same ФИО and birth date (case-insensitively), in any scope.
  virtual std::vector<PersonListItem> FindSame(const Person& p) = 0;
  /// The place of an organisation of the registry with its name, or none when there is no such organisation.
  virtual std::optional<PersonPlace> PlaceOfOrganisation(std::int64_t organisation_id) = 0;
  virtual std::int64_t Insert(const Person& p, const Summary& s, const PersonPlace& place, const std::string& now) = 0;
  /// Rewrites the person's row and every section (items keep their ids when they have one).
  virtual void Update(const Person& p, const Summary& s, const PersonPlace& place, const std::string& now) = 0;
  virtual void Delete(std::int64_t id) = 0;
};

/// Port: transactions over the store with the audit trail bound to the same transaction.
class PeopleStorage {
 public:
  virtual ~PeopleStorage() = default;
  virtual core::Result<void> Transact(const std::function<core::Result<void>(PeopleStore&, audit::AuditTrail&)>& work) = 0;
  virtual void Read(const std::function<void(PeopleStore&)>& work) = 0;
};

}  // namespace metodset::people
