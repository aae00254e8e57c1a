#pragma once

#include "modules/mentoring/application/mentoring_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/storage/database.hpp"

namespace metodset::mentoring {

/// MentoringStorage over the platform database (SQLite and PostgreSQL alike). The rules that must hold when two
/// coordinators act at once are kept inside the write transaction: PostgreSQL locks the persons' rows
/// (`FOR NO KEY UPDATE`, in id order) before counting a mentor's pairs; SQLite's writers are serialised by
/// BEGIN IMMEDIATE; on both a partial unique index allows one active subject mentor per mentee.
class SqlMentoringStorage final : public MentoringStorage {
 public:
  SqlMentoringStorage(storage::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}
  core::Result<void> Transact(
      const std::function<core::Result<void>(MentoringStore&, audit::AuditTrail&)>& work) override;
  void Read(const std::function<void(MentoringStore&)>& work) override;

 private:
  storage::Database& db_;
  const core::Clock& clock_;
};

}  // namespace metodset::mentoring
