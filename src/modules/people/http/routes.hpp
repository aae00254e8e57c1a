#pragma once

#include "modules/people/application/people_service.hpp"
#include "platform/http/page_cache.hpp"
#include "platform/http/router.hpp"

namespace metodset::people {

/// Registers the people registry endpoints (docs/api/PEOPLE.md) except the import ones; the list's pages
/// are kept in `pages` (docs/adr/0005-page-cache.md).
void AddRoutes(http::Router& router, PeopleService& service, http::PageCache& pages);

}  // namespace metodset::people
