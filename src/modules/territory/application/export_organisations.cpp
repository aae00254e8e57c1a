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

}  // namespace

core::Result<office::Sheet> TerritoryService::ExportOrganisations(const core::Actor& actor, OrganisationFilter filter) {
  if (!actor.principal) return core::Unauthenticated();
  filter.page = 1;
  filter.size = 0;
  auto page = Organisations(actor, filter);
  if (!page) return page.error();
  office::Sheet sheet = EmptySheet("Организации");
  auto done = storage_.Transact([&](TerritoryStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto kinds = Titles(store, "organisation-kinds");
    auto flags = Titles(store, "organisation-flags");
    for (const auto& v : page->items) {
      const auto& o = v.organisation;
      std::string flag_titles;
      for (const auto& f : o.flags) flag_titles += (flag_titles.empty() ? "" : "; ") + (flags.contains(f) ? flags[f] : f);
      auto text = [](const std::optional<std::string>& s) -> office::Cell {
        return s ? office::Cell(*s) : office::Cell(std::monostate{});
      };
      sheet.rows.push_back({v.municipality_name, o.name, o.short_name, kinds.contains(o.kind) ? kinds[o.kind] : o.kind,
                            text(o.inn), text(o.address), text(o.head_name), text(o.email), text(o.phone),
                            flag_titles.empty() ? office::Cell(std::monostate{}) : office::Cell(flag_titles)});
    }
    // SPEC §14: every export is in the audit log, placed where the caller's grant is.
    core::TerritoryPath path;
    std::optional<core::Grant> used;
    for (const auto& g : actor.principal->grants) {
      if (auto located = detail::LocateScope(store, g.scope)) {
        path = *located;
        used = g;
        break;
      }
    }
    auto e = audit::EntryFor(actor, "export", "organisation", std::nullopt, path, used);
    e.detail = "Экспорт реестра организаций в XLSX: " + std::to_string(page->items.size()) + " строк";
    trail.Record(std::move(e));
    return core::Ok{};
  });
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
