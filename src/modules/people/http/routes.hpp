#pragma once

#include "modules/people/application/people_service.hpp"
#include "platform/http/router.hpp"

namespace metodset::people {

/// Registers the people registry endpoints (docs/api/PEOPLE.md) except the import ones.
void AddRoutes(http::Router& router, PeopleService& service);

}  // namespace metodset::people
