#pragma once

#include "modules/territory/application/territory_service.hpp"
#include "platform/http/page_cache.hpp"
#include "platform/http/router.hpp"

namespace metodset::territory {

/// Registers the territory endpoints: catalogues, regions, municipalities, organisations (with XLSX
/// export and import), structures and the public summary. The organisation list's pages are kept in
/// `pages` (docs/adr/0005-page-cache.md).
void AddRoutes(http::Router& router, TerritoryService& service, http::PageCache& pages);

}  // namespace metodset::territory
