#pragma once
// Screening a candidate list in the browser (issue 4; the same check as `metodset pool screen`): the file is
// read and checked in memory, never stored.

#include "platform/http/router.hpp"

namespace metodset::pool {

void AddScreenRoutes(http::Router& router);

}  // namespace metodset::pool
