#pragma once

#include <vector>

#include "platform/storage/migration_runner.hpp"

namespace metodset::storage::detail {

/// The migration files of one backend as embedded at build time, in file-name order (generated source).
std::vector<Migration> EmbeddedMigrationFiles(Backend backend);

}  // namespace metodset::storage::detail
