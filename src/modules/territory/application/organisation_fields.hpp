#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "modules/audit/module.hpp"
#include "modules/territory/application/territory_store.hpp"

namespace metodset::territory::detail {

/// The audited fields of an organisation as text, in a fixed order.
std::vector<std::pair<std::string, std::optional<std::string>>> FieldsOf(const Organisation& o);
/// Field-by-field differences between two versions (either may be absent: creation, deletion).
std::vector<audit::FieldChange> Diff(const Organisation* before, const Organisation* after);
/// The same for municipalities and structures.
std::vector<audit::FieldChange> Diff(const Municipality* before, const Municipality* after);
std::vector<audit::FieldChange> Diff(const Structure* before, const Structure* after);

/// Catalogue codes as sets, for validation.
std::set<std::string> Codes(TerritoryStore& store, const std::string& catalogue);
OrganisationVocabulary OrganisationVocabularyOf(TerritoryStore& store);
UnitVocabulary UnitVocabularyOf(TerritoryStore& store);

}  // namespace metodset::territory::detail
