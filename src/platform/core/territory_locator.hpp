#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "platform/core/principal.hpp"

namespace metodset::core {

/// Port implemented by the territory module: places a scope in the territory tree, for modules that must
/// not read territory tables themselves (identity puts login events in their region; the UI shows titles).
class TerritoryLocator {
 public:
  virtual ~TerritoryLocator() = default;
  /// The path of the unit a scope names (region, municipality or organisation); nullopt if it is unknown.
  virtual std::optional<TerritoryPath> Locate(const Scope& scope) = 0;
  /// The only region of the installation, if there is exactly one (events without a place belong to it).
  virtual std::optional<std::int64_t> SoleRegion() = 0;
  /// A Russian title of the scope: «Амурская область», «г. Благовещенск», «МОАУ СОШ № 1», «вся система».
  virtual std::string Title(const Scope& scope) = 0;
};

}  // namespace metodset::core
