#pragma once

#include "modules/monitoring/application/monitoring_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/storage/database.hpp"

namespace metodset::monitoring {

/// MonitoringStorage over the platform database (SQLite and PostgreSQL alike); tables of
/// migrations/*/0007_monitoring.sql.
class SqlMonitoringStorage final : public MonitoringStorage {
 public:
  SqlMonitoringStorage(storage::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}
  core::Result<void> Transact(
      const std::function<core::Result<void>(MonitoringStore&, audit::AuditTrail&)>& work) override;
  void Read(const std::function<void(MonitoringStore&)>& work) override;

 private:
  storage::Database& db_;
  const core::Clock& clock_;
};

/// Pre-fill from the document registry: documents of the municipality (or of its organisations) registered
/// in the campaign's year or the year before, whose kind and title match an indicator (a plan of РМО
/// sessions, a mentoring programme, a monitoring of deficits, an analytic note on ОГЭ…).
std::unique_ptr<EvidenceSource> MakeDocumentEvidenceSource(storage::Database& db);
/// Pre-fill from mentoring (issue 7): active mentorship pairs in the municipality support «Обеспечение
/// наставничества» (2.6).
std::unique_ptr<EvidenceSource> MakeMentoringEvidenceSource(storage::Database& db);
/// Pre-fill from collegial bodies (issue 6): municipal unions that met in the campaign's year support «план-график
/// заседаний РМО» (3.2); active members of the young teachers' association working in the municipality support 2.5.
std::unique_ptr<EvidenceSource> MakeBodiesEvidenceSource(storage::Database& db);

}  // namespace metodset::monitoring
