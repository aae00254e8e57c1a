#pragma once
// `metodset demo`: the demonstration data at two scales (region: Amur oblast through the use cases plus
// ~7 000 persons; national: ~89 regions, ~40 000 organisations, ~1.1 million persons, bulk-loaded).

#include <array>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "platform/core/date.hpp"
#include "platform/storage/database.hpp"

namespace metodset {
class Application;
}

namespace metodset::demo {

constexpr std::uint64_t kDefaultSeed = 20260901;

struct Options {
  std::string scale = "region";  // region | national
  std::uint64_t seed = kDefaultSeed;
};

/// Creates the demo at the chosen scale; false when the database already holds a region. Results go to
/// `out`, progress (in Russian) to `progress`.
bool Create(Application& app, const Options& options, std::ostream& out, std::ostream& progress);

/// A place of work the people generator staffs.
enum class OrgKind : std::uint8_t { kSchool, kKindergarten, kAdditional, kMethodCentre, kInstitute };

struct OrgSlot {
  std::int64_t id = 0;
  std::int64_t municipality_id = 0;
  std::int64_t region_id = 0;
  std::string name;  // short name, as an employment's organisation_name
  OrgKind kind = OrgKind::kSchool;
  bool rural = false;
  int staff = 0;             // persons to generate here
  bool showcase = false;     // the first persons are the fixed demo profiles (teacher user, young specialist…)
};

struct PeopleStats {
  std::int64_t persons = 0;
  std::int64_t rows = 0;  // section rows
  std::int64_t teacher_person_id = 0;  // the showcase teacher (the demo user `teacher`), 0 if none
};

/// Generates the staff of `orgs` and writes persons with all sections through Connection::BulkInsert in
/// the caller's transaction; person ids start at `first_id`. Deterministic for a seed.
PeopleStats WritePeople(storage::Connection& conn, const std::vector<OrgSlot>& orgs, const core::Date& today,
                        const std::string& now, std::uint64_t seed, std::int64_t first_id, std::ostream& progress);

}  // namespace metodset::demo

namespace metodset::demo {

struct NationalStats {
  std::int64_t regions = 0;  // besides the Amur oblast
  std::int64_t municipalities = 0;
  std::int64_t organisations = 0;
};

/// The other regions of the country with municipalities and organisations, bulk-inserted in the caller's
/// transaction; their organisations with staff sizes are appended to `orgs`.
NationalStats WriteNationalTerritory(storage::Connection& conn, const std::string& now, std::uint64_t seed,
                                     std::vector<OrgSlot>& orgs);

/// Settings for a bulk load, restored when it ends: on SQLite `synchronous = OFF`, a large page cache and
/// (for the national scale) foreign keys off; secondary indexes of the people tables dropped before the load
/// and recreated after it from the definitions the database holds (so exactly as the migrations made them);
/// on PostgreSQL also their foreign keys, added back (and so validated) after the load.
class BulkLoad {
 public:
  BulkLoad(storage::Connection& conn, bool national);
  ~BulkLoad();
  BulkLoad(const BulkLoad&) = delete;
  BulkLoad& operator=(const BulkLoad&) = delete;
  void DropIndexes();
  void RecreateIndexes();
  /// PostgreSQL: moves the identity sequences past the ids written explicitly.
  void FixSequences();

 private:
  storage::Connection& conn_;
  bool national_;
  std::int64_t synchronous_ = 1;
  std::int64_t cache_size_ = -2000;
  std::int64_t foreign_keys_ = 1;
  std::int64_t temp_store_ = 0;
  std::string journal_mode_ = "wal";
  std::vector<std::pair<std::string, std::string>> indexes_;  // name, definition
  std::vector<std::array<std::string, 3>> foreign_keys_list_;   // PostgreSQL: table, name, definition
};

}  // namespace metodset::demo
