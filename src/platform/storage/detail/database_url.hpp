#pragma once

#include <string>

#include "platform/storage/database.hpp"

namespace metodset::storage::detail {

/// A database URL taken apart: the backend and what its driver needs to connect.
struct DatabaseUrl {
  Backend backend = Backend::kSqlite;
  /// SQLite: the file path as given (relative to the working directory) or `:memory:`.
  std::string sqlite_path;
  /// PostgreSQL: the URL itself, which libpq accepts as a connection string.
  std::string postgres_conninfo;
};

/// Parses `sqlite://path`, `sqlite:///abs/path`, `sqlite::memory:`, `postgresql://…` and `postgres://…`;
/// throws StorageError naming the problem otherwise.
DatabaseUrl ParseDatabaseUrl(const std::string& url);

}  // namespace metodset::storage::detail
