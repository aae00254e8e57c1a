#pragma once
// Demo collegial bodies and associations (issue 6): see demo/bodies.cpp.

#include <cstdint>
#include <iosfwd>
#include <vector>

#include "platform/core/principal.hpp"

namespace metodset {
class Application;
}

namespace metodset::demo {

/// Bodies with members and sessions and both associations in the demo region (through the use cases); at the
/// national scale also a council and unions in every other municipality (bulk-written).
void WriteDemoBodies(Application& app, const core::Actor& actor, std::int64_t region_id,
                     const std::vector<std::int64_t>& municipality_ids, bool national, std::ostream& progress);

}  // namespace metodset::demo
