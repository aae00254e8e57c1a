#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/pool/application/pool_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/territory_locator.hpp"

namespace metodset::pool {

/// A request to copy a preset into a profile of a territory.
struct PresetCopy {
  std::string preset;  // a name PresetNames() lists: `tomsk-rma-2022`, `aleksandrovsky-mma`
  std::optional<std::int64_t> region_id;
  std::optional<std::int64_t> municipality_id;
  std::optional<std::string> code;  // another code than the preset's, for a second profile from one preset
};

/// Regulation profiles of methodist pools stored per territory and versioned (SPEC §4, docs/api/POOL.md): a
/// saved edit never changes a stored version, it adds the next one; every write is audited.
class ProfileService {
 public:
  ProfileService(PoolStorage& storage, core::TerritoryLocator& locator, const core::Clock& clock)
      : storage_(storage), locator_(locator), clock_(clock) {}

  /// Copies a preset into version 1 of a profile of the region or municipality; the pool level follows it.
  core::Result<ProfileVersion> CreateFromPreset(const core::Actor& actor, const PresetCopy& request);
  /// The latest versions of the profiles the caller sees.
  core::Result<ProfilePage> List(const core::Actor& actor, const ProfileFilter& filter);
  /// One version (any, not only the latest).
  core::Result<ProfileVersion> Get(const core::Actor& actor, std::int64_t id);
  /// Every version of the profile that version `id` belongs to, newest first.
  core::Result<std::vector<ProfileVersionSummary>> Versions(const core::Actor& actor, std::int64_t id);
  /// Saves `draft` as the next version of the profile whose latest version is `id`; 409 when `id` is no longer
  /// the latest. A draft equal to the stored profile saves nothing and answers the stored version.
  core::Result<ProfileVersion> Update(const core::Actor& actor, std::int64_t id, PoolProfile draft);

 private:
  PoolStorage& storage_;
  core::TerritoryLocator& locator_;
  const core::Clock& clock_;
};

}  // namespace metodset::pool
