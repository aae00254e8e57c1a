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
/// A migration file must not contain BEGIN/COMMIT (the runner owns the transaction); on SQLite a PRAGMA
/// that cannot change inside a transaction (foreign_keys) has no effect there.
std::vector<int> ApplyMigrations(Database& db);

/// Applies `migrations` (any order; numbers must be unique) the same way; for tests and tools.
std::vector<int> ApplyMigrations(Database& db, const std::vector<Migration>& migrations);

/// The tables and their columns (lower-case names, sorted), for the test that compares both sets.
std::vector<std::pair<std::string, std::vector<std::string>>> DescribeSchema(Connection& conn);

}  // namespace metodset::storage
