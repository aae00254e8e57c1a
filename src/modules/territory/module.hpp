#pragma once

// The territory module: regions, municipalities, organisations, structures, catalogues; the locator
// other modules use to place scopes in the tree.

#include "modules/territory/application/territory_service.hpp"
#include "modules/territory/http/routes.hpp"
#include "modules/territory/storage/sql_territory_storage.hpp"
