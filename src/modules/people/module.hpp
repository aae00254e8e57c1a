#pragma once

// The people module: the registry of pedagogical workers, their dated records and the facts derived
// from them (SPEC §3, docs/api/PEOPLE.md).

#include "modules/people/application/people_service.hpp"
#include "modules/people/http/routes.hpp"
#include "modules/people/storage/sql_people_storage.hpp"
