#pragma once

#include "modules/monitoring/application/monitoring_service.hpp"
#include "platform/core/clock.hpp"
#include "platform/http/router.hpp"

namespace metodset::monitoring {

/// Registers the monitoring endpoints (docs/api/MONITORING.md).
void AddRoutes(http::Router& router, MonitoringService& service, const core::Clock& clock);

/// The catalogue as the command line prints it (issue 5 contract): `{"criteria":[{"number":1,"title":"…",
/// "indicators":[{"number":"1.1","title":"…","points":1,…}]}]}`.
std::string CatalogContractJson(const Catalog& catalog);

}  // namespace metodset::monitoring
