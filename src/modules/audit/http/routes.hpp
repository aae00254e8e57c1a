#pragma once

#include "modules/audit/application/audit_query.hpp"
#include "platform/http/router.hpp"

namespace metodset::audit {

/// Registers `GET /api/v1/audit`.
void AddRoutes(http::Router& router, AuditReader& reader);

}  // namespace metodset::audit
