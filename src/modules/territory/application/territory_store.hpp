#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "modules/audit/module.hpp"
#include "modules/territory/domain/organisation.hpp"
#include "modules/territory/domain/territory_units.hpp"
#include "platform/core/principal.hpp"
#include "platform/core/result.hpp"

namespace metodset::territory {

/// One item of a catalogue.
struct CatalogueItem {
  std::string code;
  std::string title;
};

/// Filters of the organisation registry.
struct OrganisationFilter {
  std::optional<std::int64_t> municipality_id;
  std::optional<std::string> text;  // matched against name and short name, case-insensitively
  std::optional<std::string> kind;
  std::optional<std::string> flag;
  std::string sort = "name";  // name | -name | municipality
  int page = 1;
  int size = 50;              // 0: no paging (exports)
};

/// An organisation with its municipality's name and region, as lists and cards show it.
struct OrganisationView {
  Organisation organisation;
  std::string municipality_name;
  std::int64_t region_id = 0;
};

struct OrganisationPage {
  std::vector<OrganisationView> items;
  std::int64_t total = 0;
};

/// Filters of the structure list.
struct StructureFilter {
  std::optional<std::int64_t> municipality_id;
  std::optional<std::string> level;
  std::optional<int> block;
  int page = 1;
  int size = 50;
};

struct StructurePage {
  std::vector<Structure> items;
  std::int64_t total = 0;
};

/// Port: the territory tables.
class TerritoryStore {
 public:
  virtual ~TerritoryStore() = default;
  virtual std::vector<CatalogueItem> Catalogue(const std::string& name) = 0;

  virtual std::vector<Region> Regions(const core::ScopeFilter& scope) = 0;
  virtual std::optional<Region> FindRegion(std::int64_t id) = 0;
  virtual std::vector<Region> AllRegions() = 0;

  /// Municipalities reachable by `scope` (a municipality is reachable through its region, itself, or one
  /// of its organisations), optionally of one region and matching a text.
  virtual std::vector<Municipality> Municipalities(const core::ScopeFilter& scope, std::optional<std::int64_t> region,
                                                   const std::optional<std::string>& text) = 0;
  virtual std::optional<Municipality> FindMunicipality(std::int64_t id) = 0;
  virtual std::optional<Municipality> FindMunicipalityByName(std::int64_t region_id, const std::string& name) = 0;
  virtual std::int64_t InsertMunicipality(const Municipality& m, const std::string& now) = 0;
  virtual void UpdateMunicipality(const Municipality& m, const std::string& now) = 0;

  /// Fills `page` with one page, reusing the storage of the items it already holds (the registry list keeps
  /// one page per worker thread, so its rows need no allocations once warm).
  virtual void Organisations(const OrganisationFilter& filter, const core::ScopeFilter& scope,
                             OrganisationPage& page) = 0;
  /// One page of organisations.
  OrganisationPage Organisations(const OrganisationFilter& filter, const core::ScopeFilter& scope) {
    OrganisationPage page;
    Organisations(filter, scope, page);
    return page;
  }
  virtual std::optional<OrganisationView> FindOrganisation(std::int64_t id) = 0;
  virtual std::optional<OrganisationView> FindOrganisationByInn(const std::string& inn) = 0;
  virtual std::optional<OrganisationView> FindOrganisationByName(std::int64_t municipality_id, const std::string& name) = 0;
  virtual std::int64_t InsertOrganisation(const Organisation& o, const std::string& now) = 0;
  virtual void UpdateOrganisation(const Organisation& o, const std::string& now) = 0;
  /// Deletes; a Conflict when other records still refer to the organisation.
  virtual core::Result<void> DeleteOrganisation(std::int64_t id) = 0;

  virtual StructurePage Structures(const StructureFilter& filter, const core::ScopeFilter& scope) = 0;
  virtual std::optional<Structure> FindStructure(std::int64_t id) = 0;
  virtual std::int64_t InsertStructure(const Structure& s, const std::string& now) = 0;
  virtual void UpdateStructure(const Structure& s, const std::string& now) = 0;
  virtual core::Result<void> DeleteStructure(std::int64_t id) = 0;

  /// Counts for the public page.
  virtual std::int64_t CountMunicipalities(std::int64_t region_id) = 0;
  virtual std::int64_t CountOrganisations(std::int64_t region_id) = 0;
};

/// Port: transactions over the store, with the audit trail bound to the same transaction.
class TerritoryStorage {
 public:
  virtual ~TerritoryStorage() = default;
  virtual core::Result<void> Transact(const std::function<core::Result<void>(TerritoryStore&, audit::AuditTrail&)>& work) = 0;
  virtual void Read(const std::function<void(TerritoryStore&)>& work) = 0;
};

}  // namespace metodset::territory
