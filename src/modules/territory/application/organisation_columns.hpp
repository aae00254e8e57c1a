#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "modules/territory/application/territory_store.hpp"

namespace metodset::territory::detail {

/// One column of the organisation exchange file (export, template and import share it).
struct OrganisationColumn {
  std::string_view field;  // the API field name, used to place validation errors
  std::string_view title;  // Russian header
  bool required;
  double width;
};

inline constexpr std::array<OrganisationColumn, 10> kOrganisationColumns{{
    {"municipality_id", "Муниципальное образование", true, 28},
    {"name", "Полное наименование", true, 60},
    {"short_name", "Краткое наименование", false, 30},
    {"kind", "Тип организации", true, 30},
    {"inn", "ИНН", false, 14},
    {"address", "Адрес", false, 40},
    {"head_name", "Руководитель", false, 30},
    {"email", "E-mail", false, 24},
    {"phone", "Телефон", false, 18},
    {"flags", "Признаки", false, 40},
}};

/// The place of a scope in the territory tree, read from the store.
std::optional<core::TerritoryPath> LocateScope(TerritoryStore& store, const core::Scope& scope);

}  // namespace metodset::territory::detail
