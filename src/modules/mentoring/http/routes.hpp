#pragma once

#include "modules/mentoring/application/mentoring_service.hpp"
#include "platform/http/router.hpp"

namespace metodset::mentoring {

/// Registers the mentoring endpoints (docs/api/MENTORING.md).
void AddRoutes(http::Router& router, MentoringService& service);

}  // namespace metodset::mentoring
