// Use cases of the organisation registry: list, card, create, update, delete.
#include "modules/territory/application/access_rules.hpp"
#include "modules/territory/application/organisation_fields.hpp"
#include "modules/territory/application/territory_service.hpp"

namespace metodset::territory {
namespace {

core::DomainError OutsideScope() { return core::Forbidden("Организация вне вашей области ответственности"); }

audit::AuditEntry Entry(const core::Actor& actor, const char* action, const OrganisationView& v,
                        const std::optional<core::Grant>& grant, std::vector<audit::FieldChange> changes) {
  auto e = audit::EntryFor(actor, action, "organisation", v.organisation.id, access::PathOf(v), grant);
  e.changes = std::move(changes);
  return e;
}

}  // namespace

core::Result<OrganisationPage> TerritoryService::Organisations(const core::Actor& actor,
                                                               const OrganisationFilter& filter) {
  OrganisationPage page;
  auto done = Organisations(actor, filter, page);
  if (!done) return done.error();
  return page;
}

core::Result<void> TerritoryService::Organisations(const core::Actor& actor, const OrganisationFilter& filter,
                                                   OrganisationPage& page) {
  if (!actor.principal) return core::Unauthenticated();
  if (filter.sort != "name" && filter.sort != "-name" && filter.sort != "municipality") {
    return core::ValidationError("sort", "Сортировка возможна по name, -name или municipality");
  }
  auto scope = core::ScopeFilterFor(*actor.principal, access::kReaders);
  storage_.Read([&](TerritoryStore& store) { store.Organisations(filter, scope, page); });
  return core::Ok{};
}

core::Result<OrganisationView> TerritoryService::GetOrganisation(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<OrganisationView> view;
  storage_.Read([&](TerritoryStore& store) { view = store.FindOrganisation(id); });
  // Outside the caller's scope an organisation does not exist for her: 404, not 403, so ids tell nothing.
  if (!view || !actor.principal->Reaches(access::PathOf(*view), access::kReaders)) {
    return core::NotFound("Организация не найдена");
  }
  return *view;
}

core::Result<OrganisationView> TerritoryService::CreateOrganisation(const core::Actor& actor, Organisation draft) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<OrganisationView> created;
  auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](TerritoryStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto valid = ValidateOrganisation(std::move(draft), detail::OrganisationVocabularyOf(store));
    if (!valid) return valid.error();
    auto municipality = store.FindMunicipality(valid->municipality_id);
    if (!municipality) return core::ValidationError("municipality_id", "Муниципальное образование не найдено");
    auto grant = actor.principal->GrantFor(access::PathOf(*municipality), access::kOrganisationManagers);
    if (!grant) return core::Forbidden("Добавлять организации можно только на своей территории");
    if (valid->inn && store.FindOrganisationByInn(*valid->inn)) {
      return core::Conflict("inn_taken", "Организация с таким ИНН уже есть в реестре", "inn");
    }
    if (store.FindOrganisationByName(valid->municipality_id, valid->name)) {
      return core::Conflict("name_taken", "В этом муниципалитете уже есть организация с таким наименованием", "name");
    }
    auto id = store.InsertOrganisation(*valid, now);
    created = store.FindOrganisation(id);
    trail.Record(Entry(actor, "create", *created, grant, detail::Diff(nullptr, &created->organisation)));
    return core::Ok{};
  });
  if (!done) return done.error();
  return *created;
}

core::Result<OrganisationView> TerritoryService::UpdateOrganisation(const core::Actor& actor, std::int64_t id,
                                                                    Organisation draft) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<OrganisationView> updated;
  auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](TerritoryStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto before = store.FindOrganisation(id);
    if (!before || !actor.principal->Reaches(access::PathOf(*before), access::kReaders)) {
      return core::NotFound("Организация не найдена");
    }
    auto grant = actor.principal->GrantFor(access::PathOf(*before), access::kOrganisationEditors);
    if (!grant) return OutsideScope();
    draft.id = id;
    auto valid = ValidateOrganisation(std::move(draft), detail::OrganisationVocabularyOf(store));
    if (!valid) return valid.error();
    if (valid->municipality_id != before->organisation.municipality_id) {
      // Moving to another municipality needs the right over both places.
      auto target = store.FindMunicipality(valid->municipality_id);
      if (!target) return core::ValidationError("municipality_id", "Муниципальное образование не найдено");
      if (!actor.principal->Reaches(access::PathOf(*before), access::kOrganisationManagers) ||
          !actor.principal->Reaches(access::PathOf(*target), access::kOrganisationManagers)) {
        return core::Forbidden("Перевести организацию в другой муниципалитет может только тот, кто ведёт оба");
      }
    }
    if (valid->inn) {
      auto same = store.FindOrganisationByInn(*valid->inn);
      if (same && same->organisation.id != id) {
        return core::Conflict("inn_taken", "Организация с таким ИНН уже есть в реестре", "inn");
      }
    }
    auto same_name = store.FindOrganisationByName(valid->municipality_id, valid->name);
    if (same_name && same_name->organisation.id != id) {
      return core::Conflict("name_taken", "В этом муниципалитете уже есть организация с таким наименованием", "name");
    }
    auto changes = detail::Diff(&before->organisation, &*valid);
    if (!changes.empty()) {
      store.UpdateOrganisation(*valid, now);
    }
    updated = store.FindOrganisation(id);
    if (!changes.empty()) trail.Record(Entry(actor, "update", *updated, grant, std::move(changes)));
    return core::Ok{};
  });
  if (!done) return done.error();
  return *updated;
}

core::Result<void> TerritoryService::DeleteOrganisation(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  return storage_.Transact([&](TerritoryStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto before = store.FindOrganisation(id);
    if (!before || !actor.principal->Reaches(access::PathOf(*before), access::kReaders)) {
      return core::NotFound("Организация не найдена");
    }
    auto grant = actor.principal->GrantFor(access::PathOf(*before), access::kOrganisationManagers);
    if (!grant) return OutsideScope();
    auto deleted = store.DeleteOrganisation(id);
    if (!deleted) return deleted.error();
    trail.Record(Entry(actor, "delete", *before, grant, detail::Diff(&before->organisation, nullptr)));
    return core::Ok{};
  });
}

}  // namespace metodset::territory
