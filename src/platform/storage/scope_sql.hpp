#pragma once

#include <string>
#include <vector>

#include "platform/core/principal.hpp"
#include "platform/storage/value.hpp"

namespace metodset::storage {

/// The columns of a table that place a row in the territory tree (empty: the table has no such column).
struct ScopeColumns {
  std::string region;
  std::string municipality;
  std::string organisation;
  std::string person;
};

/// A SQL condition (in parentheses) that keeps only rows `filter` reaches, appending its parameters to
/// `params`. `(1=1)` for an unrestricted filter, `(1=0)` for an empty one.
std::string ScopeCondition(const core::ScopeFilter& filter, const ScopeColumns& columns, std::vector<Value>& params);

/// `?, ?, ?` for n placeholders (n ≥ 1).
std::string Placeholders(std::size_t n);

}  // namespace metodset::storage
