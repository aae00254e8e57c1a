// Use cases of methodological structures (003 §App1 3.4): the units of the seven blocks at three levels.
#include "modules/territory/application/access_rules.hpp"
#include "modules/territory/application/organisation_fields.hpp"
#include "modules/territory/application/territory_service.hpp"

namespace metodset::territory {
namespace {

/// Fills the structure's place from its organisation or municipality and checks that both exist.
core::Result<Structure> Place(TerritoryStore& store, Structure s) {
  if (s.organisation_id) {
    auto org = store.FindOrganisation(*s.organisation_id);
    if (!org) return core::ValidationError("organisation_id", "Организация не найдена");
    s.municipality_id = org->organisation.municipality_id;
    s.region_id = org->region_id;
  } else if (s.municipality_id) {
    auto m = store.FindMunicipality(*s.municipality_id);
    if (!m) return core::ValidationError("municipality_id", "Муниципальное образование не найдено");
    s.region_id = m->region_id;
  } else {
    if (s.region_id <= 0) {
      // A single-region installation needs no region in the request.
      auto regions = store.AllRegions();
      if (regions.size() == 1) s.region_id = regions.front().id;
    }
    if (!store.FindRegion(s.region_id)) return core::ValidationError("region_id", "Регион не найден");
  }
  return s;
}

core::DomainError NotYours() {
  return core::Forbidden("Структуры этого уровня ведёт другой участник: региональные — региональный оператор, "
                         "муниципальные — муниципальный координатор, школьные — администратор организации");
}

}  // namespace

core::Result<StructurePage> TerritoryService::Structures(const core::Actor& actor, const StructureFilter& filter) {
  if (!actor.principal) return core::Unauthenticated();
  auto scope = core::ScopeFilterFor(*actor.principal, access::kReaders);
  StructurePage page;
  storage_.Read([&](TerritoryStore& store) { page = store.Structures(filter, scope); });
  return page;
}

core::Result<Structure> TerritoryService::GetStructure(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<Structure> s;
  storage_.Read([&](TerritoryStore& store) { s = store.FindStructure(id); });
  if (!s || !actor.principal->Reaches(access::PathOf(*s), access::kReaders)) return core::NotFound("Структура не найдена");
  return *s;
}

core::Result<Structure> TerritoryService::CreateStructure(const core::Actor& actor, Structure draft) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<Structure> created;
  auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](TerritoryStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto valid = ValidateStructure(std::move(draft), detail::UnitVocabularyOf(store));
    if (!valid) return valid.error();
    auto placed = Place(store, std::move(*valid));
    if (!placed) return placed.error();
    // The level's own keeper: a municipal scope does not reach a regional structure (its path has no
    // municipality), an organisation scope only its own institutional ones.
    auto grant = actor.principal->GrantFor(access::PathOf(*placed), access::kStructureManagers);
    if (!grant) return NotYours();
    auto id = store.InsertStructure(*placed, now);
    created = store.FindStructure(id);
    auto e = audit::EntryFor(actor, "create", "structure", id, access::PathOf(*created), grant);
    e.changes = detail::Diff(nullptr, &*created);
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  return *created;
}

core::Result<Structure> TerritoryService::UpdateStructure(const core::Actor& actor, std::int64_t id, Structure draft) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<Structure> updated;
  auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](TerritoryStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto before = store.FindStructure(id);
    if (!before || !actor.principal->Reaches(access::PathOf(*before), access::kReaders)) {
      return core::NotFound("Структура не найдена");
    }
    auto grant = actor.principal->GrantFor(access::PathOf(*before), access::kStructureManagers);
    if (!grant) return NotYours();
    draft.id = id;
    draft.region_id = before->region_id;
    auto valid = ValidateStructure(std::move(draft), detail::UnitVocabularyOf(store));
    if (!valid) return valid.error();
    auto placed = Place(store, std::move(*valid));
    if (!placed) return placed.error();
    if (!actor.principal->Reaches(access::PathOf(*placed), access::kStructureManagers)) return NotYours();
    auto changes = detail::Diff(&*before, &*placed);
    if (!changes.empty()) {
      store.UpdateStructure(*placed, now);
      auto e = audit::EntryFor(actor, "update", "structure", id, access::PathOf(*placed), grant);
      e.changes = std::move(changes);
      trail.Record(std::move(e));
    }
    updated = store.FindStructure(id);
    return core::Ok{};
  });
  if (!done) return done.error();
  return *updated;
}

core::Result<void> TerritoryService::DeleteStructure(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  return storage_.Transact([&](TerritoryStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto before = store.FindStructure(id);
    if (!before || !actor.principal->Reaches(access::PathOf(*before), access::kReaders)) {
      return core::NotFound("Структура не найдена");
    }
    auto grant = actor.principal->GrantFor(access::PathOf(*before), access::kStructureManagers);
    if (!grant) return NotYours();
    auto deleted = store.DeleteStructure(id);
    if (!deleted) return deleted.error();
    auto e = audit::EntryFor(actor, "delete", "structure", id, access::PathOf(*before), grant);
    e.changes = detail::Diff(&*before, nullptr);
    trail.Record(std::move(e));
    return core::Ok{};
  });
}

}  // namespace metodset::territory
