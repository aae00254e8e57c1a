// Use cases that export territory lists to XLSX (each export audited, SPEC §14) and the import template.
#include <map>

#include "modules/territory/application/access_rules.hpp"
#include "modules/territory/application/organisation_columns.hpp"
#include "modules/territory/application/organisation_fields.hpp"
#include "modules/territory/application/territory_service.hpp"

namespace metodset::territory {
namespace {

std::map<std::string, std::string> Titles(TerritoryStore& store, const std::string& catalogue) {
  std::map<std::string, std::string> titles;
  for (const auto& item : store.Catalogue(catalogue)) titles[item.code] = item.title;
  return titles;
}

office::Sheet EmptySheet(std::string name) {
  office::Sheet sheet;
  sheet.name = std::move(name);
  for (const auto& c : detail::kOrganisationColumns) {
    sheet.header.emplace_back(c.title);
    sheet.widths.push_back(c.width);
  }
  return sheet;
}

/// Records an export in the place of the caller's first grant that has one (SPEC §14).
core::Result<void> AuditExport(TerritoryStorage& storage, const core::Actor& actor, const char* object_type,
                               std::string description) {
  return storage.Transact([&](TerritoryStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    core::TerritoryPath path;
    std::optional<core::Grant> used;
    for (const auto& g : actor.principal->grants) {
      if (auto located = detail::LocateScope(store, g.scope)) {
        path = *located;
        used = g;
        break;
      }
    }
    if (!used) {
      auto regions = store.AllRegions();
      if (regions.size() == 1) path.region_id = regions.front().id;
    }
    auto e = audit::EntryFor(actor, "export", object_type, std::nullopt, path, used);
    e.detail = std::move(description);
    trail.Record(std::move(e));
    return core::Ok{};
  });
}

}  // namespace

core::Result<office::Sheet> TerritoryService::ExportOrganisations(const core::Actor& actor, OrganisationFilter filter) {
  if (!actor.principal) return core::Unauthenticated();
  filter.page = 1;
  filter.size = 0;
  auto page = Organisations(actor, filter);
  if (!page) return page.error();
  office::Sheet sheet = EmptySheet("Организации");
  std::map<std::string, std::string> kinds, flags;
  storage_.Read([&](TerritoryStore& store) {
    kinds = Titles(store, "organisation-kinds");
    flags = Titles(store, "organisation-flags");
  });
  auto text = [](const std::optional<std::string>& s) -> office::Cell {
    return s ? office::Cell(*s) : office::Cell(std::monostate{});
  };
  for (const auto& v : page->items) {
    const auto& o = v.organisation;
    std::string flag_titles;
    for (const auto& f : o.flags) flag_titles += (flag_titles.empty() ? "" : "; ") + (flags.contains(f) ? flags[f] : f);
    sheet.rows.push_back({v.municipality_name, o.name, o.short_name, kinds.contains(o.kind) ? kinds[o.kind] : o.kind,
                          text(o.inn), text(o.address), text(o.head_name), text(o.email), text(o.phone),
                          flag_titles.empty() ? office::Cell(std::monostate{}) : office::Cell(flag_titles)});
  }
  auto done = AuditExport(storage_, actor, "organisation",
                          "Экспорт реестра организаций в XLSX: " + std::to_string(page->items.size()) + " строк");
  if (!done) return done.error();
  return sheet;
}

core::Result<office::Sheet> TerritoryService::ExportMunicipalities(const core::Actor& actor,
                                                                   std::optional<std::int64_t> region,
                                                                   const std::optional<std::string>& text) {
  auto list = Municipalities(actor, region, text);
  if (!list) return list.error();
  office::Sheet sheet;
  sheet.name = "Муниципальные образования";
  sheet.header = {"Наименование", "Вид", "Форма методической службы", "Организаций"};
  sheet.widths = {40, 24, 50, 14};
  std::map<std::string, std::string> kinds, services;
  storage_.Read([&](TerritoryStore& store) {
    kinds = Titles(store, "municipality-kinds");
    services = Titles(store, "method-service-kinds");
  });
  for (const auto& m : *list) {
    sheet.rows.push_back({m.name, kinds.contains(m.kind) ? kinds[m.kind] : m.kind,
                          m.method_service_kind ? office::Cell(services.contains(*m.method_service_kind)
                                                                   ? services[*m.method_service_kind]
                                                                   : *m.method_service_kind)
                                                : office::Cell(std::monostate{}),
                          static_cast<long long>(m.organisation_count)});
  }
  auto done = AuditExport(storage_, actor, "municipality",
                          "Выгрузка муниципальных образований в XLSX: " + std::to_string(list->size()) + " строк");
  if (!done) return done.error();
  return sheet;
}

core::Result<office::Sheet> TerritoryService::ExportStructures(const core::Actor& actor, StructureFilter filter) {
  constexpr int kMaxExport = 20000;
  filter.page = 1;
  filter.size = kMaxExport;
  auto page = Structures(actor, filter);
  if (!page) return page.error();
  office::Sheet sheet;
  sheet.name = "Методические структуры";
  sheet.header = {"Наименование", "Уровень", "Блок модели", "Вид", "Муниципальное образование", "Организация (№)"};
  sheet.widths = {50, 18, 50, 36, 30, 14};
  std::map<std::string, std::string> levels, blocks, kinds, municipalities;
  storage_.Read([&](TerritoryStore& store) {
    levels = Titles(store, "structure-levels");
    blocks = Titles(store, "structure-blocks");
    kinds = Titles(store, "structure-kinds");
    core::ScopeFilter everything;
    everything.all = true;
    for (const auto& m : store.Municipalities(everything, std::nullopt, std::nullopt)) {
      municipalities[std::to_string(m.id)] = m.name;
    }
  });
  for (const auto& s : page->items) {
    auto block = std::to_string(s.block);
    auto municipality = s.municipality_id ? std::to_string(*s.municipality_id) : std::string();
    sheet.rows.push_back(
        {s.name, levels.contains(s.level) ? levels[s.level] : s.level,
         block + ". " + (blocks.contains(block) ? blocks[block] : std::string()),
         kinds.contains(s.kind) ? kinds[s.kind] : s.kind,
         municipalities.contains(municipality) ? office::Cell(municipalities[municipality]) : office::Cell(std::monostate{}),
         s.organisation_id ? office::Cell(static_cast<long long>(*s.organisation_id)) : office::Cell(std::monostate{})});
  }
  auto done = AuditExport(storage_, actor, "structure",
                          "Выгрузка методических структур в XLSX: " + std::to_string(page->items.size()) + " строк");
  if (!done) return done.error();
  return sheet;
}

office::Sheet TerritoryService::ImportTemplate() const {
  office::Sheet sheet = EmptySheet("Организации");
  sheet.rows.push_back({std::string("г. Благовещенск"),
                        std::string("Муниципальное автономное общеобразовательное учреждение «Школа № 1 города Благовещенска»"),
                        std::string("МАОУ «Школа № 1»"), std::string("Общеобразовательная организация"),
                        std::string("2801010903"), std::string("675000, г. Благовещенск, ул. Ленина, д. 1"),
                        std::string("Иванова Мария Петровна"), std::string("school1@example.ru"),
                        std::string("+7 (4162) 00-00-00"), std::string("Сельская; Малокомплектная")});
  return sheet;
}

}  // namespace metodset::territory
