#pragma once

#include <string>
#include <vector>

#include "platform/storage/database.hpp"

namespace metodset::storage {

/// One migration file: `NNNN_name.sql`.
struct Migration {
  int number = 0;
  std::string name;
  std::string sql;
};

/// The migrations of `migrations/sqlite` or `migrations/postgres`, embedded into the binary at build
/// time (so the binary needs no files beside it), sorted by number.
const std::vector<Migration>& EmbeddedMigrations(Backend backend);

/// Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction, under a
/// lock so that two servers starting together do not both apply them. Returns the numbers applied.
std::vector<int> ApplyMigrations(Database& db);

/// The tables and their columns (lower-case names, sorted), for the test that compares both sets.
std::vector<std::pair<std::string, std::vector<std::string>>> DescribeSchema(Connection& conn);

}  // namespace metodset::storage
