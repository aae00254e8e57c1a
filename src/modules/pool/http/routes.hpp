#pragma once

#include "modules/pool/application/eligibility_service.hpp"
#include "modules/pool/application/profile_service.hpp"
#include "platform/http/router.hpp"

namespace metodset::pool {

/// Registers the endpoints of regulation profiles and eligibility (docs/api/POOL.md).
void AddRoutes(http::Router& router, ProfileService& profiles, EligibilityService& eligibility);

}  // namespace metodset::pool
