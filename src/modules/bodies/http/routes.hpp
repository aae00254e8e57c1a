#pragma once

#include "modules/bodies/application/bodies_service.hpp"
#include "platform/http/router.hpp"

namespace metodset::bodies {

/// Registers the bodies and associations endpoints (docs/api/BODIES.md).
void AddRoutes(http::Router& router, BodiesService& service, const core::Clock& clock);

}  // namespace metodset::bodies
