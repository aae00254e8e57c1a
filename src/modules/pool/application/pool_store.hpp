#pragma once
// Ports of the pool module: the stored versions of regulation profiles (migrations/*/0005_pool_profiles.sql) and
// the people registry's records read in bulk for eligibility screening.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "modules/audit/module.hpp"
#include "modules/people/module.hpp"
#include "modules/pool/domain/eligibility.hpp"
#include "modules/pool/domain/pool_profile.hpp"
#include "platform/core/principal.hpp"
#include "platform/core/result.hpp"

namespace metodset::pool {

/// The territory that owns a profile: a region, or one municipality of it.
struct ProfileTerritory {
  std::int64_t region_id = 0;
  std::optional<std::int64_t> municipality_id;
  core::TerritoryPath Path() const { return {region_id, municipality_id, std::nullopt, std::nullopt}; }
  /// The pool level a profile of this territory has: municipal with a municipality, else regional.
  PoolLevel Level() const { return municipality_id ? PoolLevel::kMunicipal : PoolLevel::kRegional; }
  bool operator==(const ProfileTerritory&) const = default;
};

/// The columns of one stored version, without the profile itself (lists).
struct ProfileVersionSummary {
  std::int64_t id = 0;
  std::string code;
  int version = 0;
  PoolLevel level = PoolLevel::kRegional;
  ProfileTerritory territory;
  std::string title;
  std::string source_title;
  std::string source_number;
  std::optional<core::Date> source_date;
  std::optional<std::string> preset;  // the preset the first version was copied from
  std::optional<std::int64_t> created_by;
  std::string created_at;
  int latest_version = 0;  // the latest version of the same territory and code
  bool Latest() const { return version == latest_version; }
};

/// One stored version with its profile.
struct ProfileVersion {
  ProfileVersionSummary summary;
  PoolProfile profile;
};

/// Which profiles a caller may read: those of the listed regions and municipalities, and the regional ones of
/// the regions where she works below the region level.
struct ProfileVisibility {
  bool all = false;
  std::vector<std::int64_t> regions;            // every profile of these regions
  std::vector<std::int64_t> municipalities;     // the profiles of these municipalities
  std::vector<std::int64_t> regional_profiles;  // the region-level profiles of these regions
  bool Empty() const { return !all && regions.empty() && municipalities.empty() && regional_profiles.empty(); }
};

/// Filters of the profile list; they combine with AND.
struct ProfileFilter {
  std::optional<std::int64_t> municipality_id;
  std::optional<PoolLevel> level;
  int page = 1;
  int size = 50;
};

struct ProfilePage {
  std::vector<ProfileVersionSummary> items;
  std::int64_t total = 0;
};

/// A version to store; the store sets `id` and `created_at`.
struct NewProfileVersion {
  ProfileTerritory territory;
  PoolProfile profile;
  std::optional<std::string> preset;
  std::optional<std::int64_t> created_by;
  std::string created_at;
};

/// Port: the profile versions and the registry records, inside one transaction or snapshot.
class PoolStore {
 public:
  virtual ~PoolStore() = default;
  /// The codes of the people registry's catalogues (ValidateProfile checks a profile against them).
  virtual people::PersonCatalogues Catalogues() = 0;
  /// Russian titles of subjects and positions (catalogue_items) for the texts of the checks.
  virtual CatalogueTitles Titles() = 0;
  virtual std::optional<ProfileVersion> Find(std::int64_t id) = 0;
  /// The latest version number of (territory, code); 0 when there is none.
  virtual int LatestVersion(const ProfileTerritory& territory, const std::string& code) = 0;
  /// The latest version of every profile the caller sees, ordered by level, territory and title.
  virtual ProfilePage List(const ProfileFilter& filter, const ProfileVisibility& visibility) = 0;
  /// Every version of (territory, code), newest first.
  virtual std::vector<ProfileVersionSummary> Versions(const ProfileTerritory& territory, const std::string& code) = 0;
  /// Stores a new version and returns its id; nullopt when that version number of (territory, code) is taken
  /// (someone saved meanwhile).
  virtual std::optional<std::int64_t> Insert(const NewProfileVersion& version) = 0;
  /// Appends to each person (by id) the records of the sections eligibility reads — employments, educations,
  /// categories, achievements, and courses when `courses` — in bulk: one query per table, whatever the number of
  /// persons. Records come in no particular order within a section.
  virtual void LoadSections(std::vector<people::Person>& persons, bool courses) = 0;
};

/// Port: transactions over the store with the audit trail bound to the same transaction.
class PoolStorage {
 public:
  virtual ~PoolStorage() = default;
  virtual core::Result<void> Transact(
      const std::function<core::Result<void>(PoolStore&, audit::AuditTrail&)>& work) = 0;
  virtual void Read(const std::function<void(PoolStore&)>& work) = 0;
};

}  // namespace metodset::pool
