#pragma once

// The people module's public face for other modules: the registry of pedagogical workers, their dated
// records and the facts derived from them (SPEC §3, docs/api/PEOPLE.md) — the domain types and the
// service. Its adapters (SQL storage, HTTP routes, import) are wired by the composition root, which
// includes them directly.

#include "modules/people/application/people_service.hpp"
#include "modules/people/domain/person.hpp"
