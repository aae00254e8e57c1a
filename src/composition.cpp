#include "composition.hpp"

#include <spdlog/spdlog.h>

#include "modules/audit/http/routes.hpp"
#include "modules/audit/storage/sql_audit_trail.hpp"
#include "modules/bodies/http/routes.hpp"
#include "modules/mentoring/http/routes.hpp"
#include "modules/monitoring/http/routes.hpp"
#include "modules/people/http/import_routes.hpp"
#include "modules/pool/http/routes.hpp"
#include "modules/pool/http/screen_routes.hpp"
#include "platform/http/json_body.hpp"
#include "platform/jobs/job_routes.hpp"
#include "platform/storage/migration_runner.hpp"

namespace metodset {

void PrepareDatabaseLocation(const std::string& url) {
  const std::string prefix = "sqlite://";
  if (url.rfind(prefix, 0) != 0) return;
  std::filesystem::path path = url.substr(prefix.size());
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
}

Application::Application(const AppConfig& config) : config_(config) {
  PrepareDatabaseLocation(config.db_url);
  storage::DatabaseOptions options;
  options.pool_size = config.pool_size;
  db_ = storage::Database::Open(config.db_url, options);
  auto applied = storage::ApplyMigrations(*db_);
  if (!applied.empty()) spdlog::info("applied {} migration(s)", applied.size());

  territory_storage_ = std::make_unique<territory::SqlTerritoryStorage>(*db_, clock_);
  locator_ = std::make_unique<territory::StoredTerritoryLocator>(*territory_storage_);
  territory_service_ = std::make_unique<territory::TerritoryService>(*territory_storage_, clock_);
  identity_storage_ = std::make_unique<identity::SqlIdentityStorage>(*db_, clock_);
  identity_service_ = std::make_unique<identity::IdentityService>(*identity_storage_, hasher_, clock_, *locator_);
  audit_reader_ = std::make_unique<audit::SqlAuditReader>(*db_);
  document_storage_ = std::make_unique<documents::SqlDocumentStorage>(*db_, clock_);
  file_store_ = std::make_unique<documents::LocalFileStore>(config.files_root);
  document_service_ = std::make_unique<documents::DocumentService>(*document_storage_, *file_store_, *locator_, clock_);
  people_storage_ = std::make_unique<people::SqlPeopleStorage>(*db_, clock_);
  people_service_ = std::make_unique<people::PeopleService>(*people_storage_, *locator_, clock_);
  people_import_storage_ = std::make_unique<people::SqlPeopleImportStorage>(*db_, clock_);
  pool_storage_ = std::make_unique<pool::SqlPoolStorage>(*db_, clock_);
  pool_profiles_ = std::make_unique<pool::ProfileService>(*pool_storage_, *locator_, clock_);
  pool_eligibility_ = std::make_unique<pool::EligibilityService>(*pool_storage_, *people_service_, *locator_, clock_);
  mentoring_storage_ = std::make_unique<mentoring::SqlMentoringStorage>(*db_, clock_);
  mentoring_service_ = std::make_unique<mentoring::MentoringService>(*mentoring_storage_, *locator_, clock_);
  monitoring_storage_ = std::make_unique<monitoring::SqlMonitoringStorage>(*db_, clock_);
  // Pre-fill sources of the monitoring form (issue 5 item 3); later modules register theirs here.
  monitoring_sources_.Register(monitoring::MakeDocumentEvidenceSource(*db_));
  monitoring_sources_.Register(monitoring::MakeMentoringEvidenceSource(*db_));
  monitoring_sources_.Register(monitoring::MakeBodiesEvidenceSource(*db_));
  monitoring_service_ = std::make_unique<monitoring::MonitoringService>(*monitoring_storage_, *document_service_,
                                                                        monitoring_sources_, clock_);
  bodies_storage_ = std::make_unique<bodies::SqlBodiesStorage>(*db_, clock_);
  bodies_service_ = std::make_unique<bodies::BodiesService>(*bodies_storage_, *document_service_, clock_);
  job_runner_ = std::make_unique<jobs::JobRunner>(clock_);

  cookie_.secure = config.secure_cookie;
  http::PageCacheOptions page_options;
  if (!config.page_cache) page_options.ttl = std::chrono::milliseconds(0);
  page_cache_ = std::make_unique<http::PageCache>([db = db_.get()] { return db->Generation(); }, page_options);
  // /healthz answers from memory: a load balancer may call it thousands of times a second.
  router_.Add(http::Method::kGet, "/healthz",
              {.summary = "Проверка работоспособности (без обращения к базе данных)",
               .tag = "platform",
               .access = http::Access::kPublic},
              [](http::Request&) { return http::JsonText(R"({"status":"ok"})"); });
  router_.Add(http::Method::kGet, "/api/v1/openapi.json",
              {.summary = "Описание API в формате OpenAPI 3", .tag = "platform", .access = http::Access::kPublic},
              [this](http::Request&) { return http::JsonText(openapi_); });
  identity::AddRoutes(router_, *identity_service_, cookie_);
  territory::AddRoutes(router_, *territory_service_, *page_cache_);
  audit::AddRoutes(
      router_, *audit_reader_,
      [this](const std::function<core::Result<void>(audit::AuditTrail&)>& work) {
        return db_->InTransactionResult([&](storage::Connection& conn) {
          auto trail = audit::MakeSqlAuditTrail(conn, clock_);
          return work(*trail);
        });
      },
      *locator_);
  documents::AddRoutes(router_, *document_service_);
  people::AddRoutes(router_, *people_service_, *page_cache_);
  people::AddImportRoutes(router_, *people_import_storage_, clock_, *job_runner_);
  pool::AddScreenRoutes(router_);
  pool::AddRoutes(router_, *pool_profiles_, *pool_eligibility_);
  mentoring::AddRoutes(router_, *mentoring_service_);
  monitoring::AddRoutes(router_, *monitoring_service_, clock_);
  bodies::AddRoutes(router_, *bodies_service_, clock_);
  jobs::AddRoutes(router_, *job_runner_);
  openapi_ = http::BuildOpenApi(router_, "Методсеть API", "1.0.0");
}

Application::~Application() = default;

std::vector<http::Middleware> Application::Middleware() {
  return {identity::MakeAuthMiddleware(*identity_service_, cookie_)};
}

}  // namespace metodset
