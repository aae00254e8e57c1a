#pragma once

// The pool module's public face for other modules: regulation profiles of methodist pools (SPEC §4, §5;
// docs/api/POOL.md), stored per territory and versioned, and the eligibility of the people registry's persons
// under them — the domain types and the services. Its adapters (SQL storage, HTTP routes) are wired by the
// composition root, which includes them directly.

#include "modules/pool/application/eligibility_service.hpp"
#include "modules/pool/application/profile_service.hpp"
#include "modules/pool/domain/eligibility.hpp"
#include "modules/pool/domain/pool_profile.hpp"
#include "modules/pool/domain/profile_presets.hpp"
