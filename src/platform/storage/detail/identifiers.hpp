#pragma once

#include <string>
#include <string_view>

namespace metodset::storage::detail {

/// Returns `name` when it is a plain (optionally schema-qualified) SQL identifier; throws StorageError
/// otherwise, so that table and column names spliced into SQL cannot carry an injection.
std::string CheckedIdentifier(std::string_view name);

}  // namespace metodset::storage::detail
