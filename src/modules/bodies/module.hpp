#pragma once

// The bodies module's public face for other modules (SPEC §8, §9; docs/api/BODIES.md): the regulation profiles
// of collegial bodies with their quorum and majority rules, and the service of bodies, sessions and associations.
// Its adapters (SQL storage, HTTP routes) are wired by the composition root, which includes them directly.

#include "modules/bodies/application/bodies_service.hpp"
#include "modules/bodies/domain/body_profile.hpp"
#include "modules/bodies/domain/body_rules.hpp"
