#pragma once
// Demo monitoring of municipal methodological services (issue 5): see demo/monitoring.cpp.

#include <cstdint>
#include <iosfwd>

namespace metodset {
class Application;
}

namespace metodset::demo {

/// In the region `region_id`: a closed campaign of the previous year and an open one of the current year, forms
/// filled, reviewed and (last year) scored; at the national scale also a closed national campaign of the previous
/// year over every municipality of the country. Bulk-written in one transaction with one audit entry.
void WriteMonitoring(Application& app, std::int64_t region_id, bool national, std::uint64_t seed,
                     std::ostream& progress);

}  // namespace metodset::demo
