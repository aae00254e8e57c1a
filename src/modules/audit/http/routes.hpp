#pragma once

#include "modules/audit/application/audit_query.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/territory_locator.hpp"
#include <functional>

#include "modules/audit/application/audit_trail.hpp"
#include "platform/http/router.hpp"

namespace metodset::audit {

/// Runs work that writes audit entries in a transaction of its own (the export records itself).
using AuditWriter = std::function<core::Result<void>(const std::function<core::Result<void>(AuditTrail&)>&)>;

/// Registers `GET /api/v1/audit` and its XLSX export.
void AddRoutes(http::Router& router, AuditReader& reader, AuditWriter writer, core::TerritoryLocator& locator);

}  // namespace metodset::audit
