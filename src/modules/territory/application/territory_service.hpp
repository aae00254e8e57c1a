#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/territory/application/territory_store.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/territory_locator.hpp"
#include "platform/office/table_reader.hpp"
#include "platform/office/xlsx_writer.hpp"

namespace metodset::territory {

/// A region with its municipalities, as the territory tree shows it.
struct RegionTree {
  Region region;
  std::vector<Municipality> municipalities;
};

/// One problem of an import file, placed by row and column as the spreadsheet shows them.
struct ImportIssue {
  int row = 0;              // 1-based spreadsheet row (the header is row 1)
  std::string column;       // spreadsheet letter, empty when the problem is the whole row
  std::string column_title; // header text of that column
  std::string message;      // Russian
};

/// What an import does (or would do) to one row.
struct ImportRowPlan {
  int row = 0;
  std::string action;  // create | update
  std::string name;
};

/// The outcome of an organisation import: a preview, a commit, or the reasons why nothing was saved.
struct ImportReport {
  bool committed = false;
  int created = 0;
  int updated = 0;
  std::vector<ImportRowPlan> rows;
  std::vector<ImportIssue> errors;
};

/// Public figures of the installation.
struct PublicSummary {
  Region region;
  std::int64_t municipalities = 0;
  std::int64_t organisations = 0;
};

/// The territory use cases (SPEC §2): regions, municipalities, organisations, methodological structures
/// and catalogues. Every read is filtered by the caller's scope; every write checks it and is audited.
class TerritoryService {
 public:
  TerritoryService(TerritoryStorage& storage, const core::Clock& clock) : storage_(storage), clock_(clock) {}

  core::Result<std::vector<CatalogueItem>> Catalogue(const core::Actor& actor, const std::string& name);

  core::Result<std::vector<Region>> Regions(const core::Actor& actor);
  core::Result<std::vector<RegionTree>> Tree(const core::Actor& actor);
  core::Result<std::vector<Municipality>> Municipalities(const core::Actor& actor, std::optional<std::int64_t> region,
                                                         const std::optional<std::string>& text);
  core::Result<Municipality> GetMunicipality(const core::Actor& actor, std::int64_t id);
  core::Result<Municipality> CreateMunicipality(const core::Actor& actor, Municipality draft);
  core::Result<Municipality> UpdateMunicipality(const core::Actor& actor, std::int64_t id, Municipality draft);

  core::Result<OrganisationPage> Organisations(const core::Actor& actor, const OrganisationFilter& filter);
  /// Like Organisations, filling `page` and reusing the storage of the items it holds.
  core::Result<void> Organisations(const core::Actor& actor, const OrganisationFilter& filter, OrganisationPage& page);
  core::Result<OrganisationView> GetOrganisation(const core::Actor& actor, std::int64_t id);
  core::Result<OrganisationView> CreateOrganisation(const core::Actor& actor, Organisation draft);
  core::Result<OrganisationView> UpdateOrganisation(const core::Actor& actor, std::int64_t id, Organisation draft);
  core::Result<void> DeleteOrganisation(const core::Actor& actor, std::int64_t id);
  /// The filtered registry as a worksheet; the export is audited (SPEC §14).
  core::Result<office::Sheet> ExportOrganisations(const core::Actor& actor, OrganisationFilter filter);
  /// The municipalities the caller sees, as a worksheet (audited export).
  core::Result<office::Sheet> ExportMunicipalities(const core::Actor& actor, std::optional<std::int64_t> region,
                                                   const std::optional<std::string>& text);
  /// The filtered structures, as a worksheet (audited export).
  core::Result<office::Sheet> ExportStructures(const core::Actor& actor, StructureFilter filter);
  /// The import template: the column titles and one example row.
  office::Sheet ImportTemplate() const;
  /// Checks every row of `table` and, when `commit` is set and nothing is wrong, saves all rows in one
  /// transaction; a single bad cell saves nothing (SPEC §15).
  core::Result<ImportReport> ImportOrganisations(const core::Actor& actor, const office::Table& table, bool commit);

  core::Result<StructurePage> Structures(const core::Actor& actor, const StructureFilter& filter);
  core::Result<Structure> GetStructure(const core::Actor& actor, std::int64_t id);
  core::Result<Structure> CreateStructure(const core::Actor& actor, Structure draft);
  core::Result<Structure> UpdateStructure(const core::Actor& actor, std::int64_t id, Structure draft);
  core::Result<void> DeleteStructure(const core::Actor& actor, std::int64_t id);

  /// Figures for the public home page (no login).
  PublicSummary Summary();

 private:
  friend class TerritoryServiceAccess;
  TerritoryStorage& storage_;
  const core::Clock& clock_;
};

/// The territory locator other modules use (identity places login events, the UI shows scope titles).
class StoredTerritoryLocator final : public core::TerritoryLocator {
 public:
  explicit StoredTerritoryLocator(TerritoryStorage& storage) : storage_(storage) {}
  std::optional<core::TerritoryPath> Locate(const core::Scope& scope) override;
  std::optional<std::int64_t> SoleRegion() override;
  std::string Title(const core::Scope& scope) override;

 private:
  TerritoryStorage& storage_;
};

}  // namespace metodset::territory
