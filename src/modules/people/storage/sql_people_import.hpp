#pragma once

#include "modules/people/application/people_import_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/storage/database.hpp"

namespace metodset::people {

/// The SQL side of the staff-list import: bulk reads by one query per table, bulk inserts.
class SqlPeopleImportStorage final : public PeopleImportStorage {
 public:
  SqlPeopleImportStorage(storage::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}
  core::Result<void> Transact(
      const std::function<core::Result<void>(PeopleImportStore&, audit::AuditTrail&)>& work) override;

 private:
  storage::Database& db_;
  const core::Clock& clock_;
};

}  // namespace metodset::people
