#pragma once

#include "modules/territory/application/territory_service.hpp"
#include "platform/http/router.hpp"

namespace metodset::territory {

/// Registers the territory endpoints: catalogues, regions, municipalities, organisations (with XLSX
/// export and import), structures and the public summary.
void AddRoutes(http::Router& router, TerritoryService& service);

}  // namespace metodset::territory
