#pragma once

// The composition root: wires storage, modules and the HTTP router together. main.cpp only parses the
// command line and calls into this.

#include <filesystem>
#include <memory>
#include <string>

#include "modules/audit/module.hpp"
#include "modules/audit/storage/sql_audit_trail.hpp"
#include "modules/bodies/module.hpp"
#include "modules/bodies/storage/sql_bodies_storage.hpp"
#include "modules/documents/module.hpp"
#include "modules/identity/module.hpp"
#include "modules/mentoring/module.hpp"
#include "modules/mentoring/storage/sql_mentoring_storage.hpp"
#include "modules/monitoring/module.hpp"
#include "modules/monitoring/storage/sql_monitoring_storage.hpp"
#include "modules/people/http/routes.hpp"
#include "modules/people/module.hpp"
#include "modules/people/storage/sql_people_storage.hpp"
#include "modules/people/storage/sql_people_import.hpp"
#include "modules/pool/module.hpp"
#include "modules/pool/storage/sql_pool_storage.hpp"
#include "modules/territory/module.hpp"
#include "platform/core/clock.hpp"
#include "platform/http/page_cache.hpp"
#include "platform/http/router.hpp"
#include "platform/http/server.hpp"
#include "platform/jobs/job_runner.hpp"
#include "platform/security/password_hasher.hpp"
#include "platform/storage/database.hpp"

namespace metodset {

/// Settings of one process.
struct AppConfig {
  std::string db_url = "sqlite://var/metodset.db";
  std::filesystem::path files_root = "var/files";
  std::size_t pool_size = 8;
  bool secure_cookie = false;
  /// Keep hot list pages for reuse (docs/adr/0005-page-cache.md); off to measure the lists without it.
  bool page_cache = true;
};

/// Every long-lived object of the process, built in dependency order.
class Application {
 public:
  explicit Application(const AppConfig& config);
  ~Application();

  storage::Database& db() { return *db_; }
  const core::Clock& clock() const { return clock_; }
  identity::IdentityService& identity() { return *identity_service_; }
  territory::TerritoryService& territory() { return *territory_service_; }
  documents::DocumentService& documents() { return *document_service_; }
  people::PeopleService& people() { return *people_service_; }
  /// The staff-list import's storage (the command line runs the import use case on it).
  people::PeopleImportStorage& people_import() { return *people_import_storage_; }
  pool::PoolStorage& pool_storage() { return *pool_storage_; }
  monitoring::MonitoringService& monitoring() { return *monitoring_service_; }
  monitoring::MonitoringStorage& monitoring_storage() { return *monitoring_storage_; }
  bodies::BodiesService& bodies() { return *bodies_service_; }
  /// The router with every module's routes, /healthz and the OpenAPI document.
  const http::Router& router() const { return router_; }
  std::vector<http::Middleware> Middleware();
  /// The OpenAPI document of every route.
  const std::string& openapi() const { return openapi_; }

 private:
  AppConfig config_;
  core::SystemClock clock_;
  security::PasswordHasher hasher_;
  std::unique_ptr<storage::Database> db_;
  std::unique_ptr<territory::SqlTerritoryStorage> territory_storage_;
  std::unique_ptr<territory::StoredTerritoryLocator> locator_;
  std::unique_ptr<territory::TerritoryService> territory_service_;
  std::unique_ptr<identity::SqlIdentityStorage> identity_storage_;
  std::unique_ptr<identity::IdentityService> identity_service_;
  std::unique_ptr<audit::SqlAuditReader> audit_reader_;
  std::unique_ptr<documents::SqlDocumentStorage> document_storage_;
  std::unique_ptr<documents::LocalFileStore> file_store_;
  std::unique_ptr<documents::DocumentService> document_service_;
  std::unique_ptr<people::SqlPeopleStorage> people_storage_;
  std::unique_ptr<people::PeopleService> people_service_;
  std::unique_ptr<people::SqlPeopleImportStorage> people_import_storage_;
  std::unique_ptr<pool::SqlPoolStorage> pool_storage_;
  std::unique_ptr<pool::ProfileService> pool_profiles_;
  std::unique_ptr<pool::EligibilityService> pool_eligibility_;
  std::unique_ptr<mentoring::SqlMentoringStorage> mentoring_storage_;
  std::unique_ptr<mentoring::MentoringService> mentoring_service_;
  std::unique_ptr<monitoring::SqlMonitoringStorage> monitoring_storage_;
  monitoring::EvidenceRegistry monitoring_sources_;
  std::unique_ptr<monitoring::MonitoringService> monitoring_service_;
  std::unique_ptr<bodies::SqlBodiesStorage> bodies_storage_;
  std::unique_ptr<bodies::BodiesService> bodies_service_;
  // After every storage it uses: destroyed first, it waits for the running jobs.
  std::unique_ptr<jobs::JobRunner> job_runner_;
  std::unique_ptr<http::PageCache> page_cache_;
  identity::CookieOptions cookie_;
  http::Router router_;
  std::string openapi_;
};

/// Creates the parent directory of a `sqlite://` database file.
void PrepareDatabaseLocation(const std::string& url);

/// The demo region (Amur oblast, 12 municipalities, about 300 organisations) and one user per role.
/// Returns false (and changes nothing) when the database already holds a region.
bool CreateDemoRegion(Application& app, std::ostream& log);

/// Printed by `make run` and `metodset demo`.
void PrintDemoLogins(std::ostream& out);

}  // namespace metodset
