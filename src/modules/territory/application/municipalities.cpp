// Use cases of regions and municipalities: the territory tree, lists, cards, creation and editing.
#include <algorithm>

#include "modules/territory/application/access_rules.hpp"
#include "modules/territory/application/organisation_fields.hpp"
#include "modules/territory/application/territory_service.hpp"

namespace metodset::territory {

core::Result<std::vector<Region>> TerritoryService::Regions(const core::Actor& actor) {
  if (!actor.principal) return core::Unauthenticated();
  auto scope = core::ScopeFilterFor(*actor.principal, access::kReaders);
  std::vector<Region> regions;
  storage_.Read([&](TerritoryStore& store) { regions = store.Regions(scope); });
  return regions;
}

core::Result<std::vector<Municipality>> TerritoryService::Municipalities(const core::Actor& actor,
                                                                         std::optional<std::int64_t> region,
                                                                         const std::optional<std::string>& text) {
  if (!actor.principal) return core::Unauthenticated();
  auto scope = core::ScopeFilterFor(*actor.principal, access::kReaders);
  std::vector<Municipality> list;
  storage_.Read([&](TerritoryStore& store) { list = store.Municipalities(scope, region, text); });
  return list;
}

core::Result<std::vector<RegionTree>> TerritoryService::Tree(const core::Actor& actor) {
  auto regions = Regions(actor);
  if (!regions) return regions.error();
  auto municipalities = Municipalities(actor, std::nullopt, std::nullopt);
  if (!municipalities) return municipalities.error();
  std::vector<RegionTree> tree;
  for (auto& r : *regions) tree.push_back({r, {}});
  for (auto& m : *municipalities) {
    auto it = std::find_if(tree.begin(), tree.end(), [&](const RegionTree& t) { return t.region.id == m.region_id; });
    if (it != tree.end()) it->municipalities.push_back(std::move(m));
  }
  return tree;
}

core::Result<Municipality> TerritoryService::GetMunicipality(const core::Actor& actor, std::int64_t id) {
  auto visible = Municipalities(actor, std::nullopt, std::nullopt);
  if (!visible) return visible.error();
  for (auto& m : *visible) {
    if (m.id == id) return m;
  }
  return core::NotFound("Муниципальное образование не найдено");
}

core::Result<Municipality> TerritoryService::CreateMunicipality(const core::Actor& actor, Municipality draft) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<Municipality> created;
  auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](TerritoryStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto valid = ValidateMunicipality(std::move(draft), detail::UnitVocabularyOf(store));
    if (!valid) return valid.error();
    if (!store.FindRegion(valid->region_id)) return core::ValidationError("region_id", "Регион не найден");
    core::TerritoryPath region_path{valid->region_id, std::nullopt, std::nullopt, std::nullopt};
    auto grant = actor.principal->GrantFor(region_path, access::kMunicipalityManagers);
    if (!grant) return core::Forbidden("Муниципальные образования ведёт региональный оператор");
    if (store.FindMunicipalityByName(valid->region_id, valid->name)) {
      return core::Conflict("name_taken", "Муниципальное образование с таким наименованием уже есть", "name");
    }
    auto id = store.InsertMunicipality(*valid, now);
    created = store.FindMunicipality(id);
    auto e = audit::EntryFor(actor, "create", "municipality", id, access::PathOf(*created), grant);
    e.changes = detail::Diff(nullptr, &*created);
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  return *created;
}

core::Result<Municipality> TerritoryService::UpdateMunicipality(const core::Actor& actor, std::int64_t id,
                                                                Municipality draft) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<Municipality> updated;
  auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](TerritoryStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto before = store.FindMunicipality(id);
    if (!before || !actor.principal->Reaches(access::PathOf(*before), access::kReaders)) {
      return core::NotFound("Муниципальное образование не найдено");
    }
    auto grant = actor.principal->GrantFor(access::PathOf(*before), access::kMunicipalityManagers);
    if (!grant) return core::Forbidden("Муниципальные образования ведёт региональный оператор");
    draft.id = id;
    draft.region_id = before->region_id;  // a municipality does not move between regions
    auto valid = ValidateMunicipality(std::move(draft), detail::UnitVocabularyOf(store));
    if (!valid) return valid.error();
    auto same = store.FindMunicipalityByName(valid->region_id, valid->name);
    if (same && same->id != id) {
      return core::Conflict("name_taken", "Муниципальное образование с таким наименованием уже есть", "name");
    }
    auto changes = detail::Diff(&*before, &*valid);
    if (!changes.empty()) {
      store.UpdateMunicipality(*valid, now);
      auto e = audit::EntryFor(actor, "update", "municipality", id, access::PathOf(*before), grant);
      e.changes = std::move(changes);
      trail.Record(std::move(e));
    }
    updated = store.FindMunicipality(id);
    return core::Ok{};
  });
  if (!done) return done.error();
  return *updated;
}

}  // namespace metodset::territory
