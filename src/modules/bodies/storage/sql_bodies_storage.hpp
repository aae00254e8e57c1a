#pragma once

#include "modules/bodies/application/bodies_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/storage/database.hpp"

namespace metodset::bodies {

/// BodiesStorage over the platform database (SQLite and PostgreSQL alike). Writes to one body lock its row
/// (PostgreSQL `FOR UPDATE`; SQLite's writers are serialised by BEGIN IMMEDIATE); a partial unique index allows
/// one territorial branch per municipality and another one active membership per person and association.
class SqlBodiesStorage final : public BodiesStorage {
 public:
  SqlBodiesStorage(storage::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}
  core::Result<void> Transact(const std::function<core::Result<void>(BodiesStore&, audit::AuditTrail&)>& work) override;
  void Read(const std::function<void(BodiesStore&)>& work) override;

 private:
  storage::Database& db_;
  const core::Clock& clock_;
};

}  // namespace metodset::bodies
