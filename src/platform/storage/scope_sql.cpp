#include "platform/storage/scope_sql.hpp"

namespace metodset::storage {

std::string Placeholders(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += i == 0 ? "?" : ", ?";
  return out;
}

std::string ScopeCondition(const core::ScopeFilter& filter, const ScopeColumns& columns, std::vector<Value>& params) {
  if (filter.all) return "(1=1)";
  std::vector<std::string> parts;
  auto add = [&](const std::string& column, const std::vector<std::int64_t>& ids) {
    if (column.empty() || ids.empty()) return;
    parts.push_back(column + " IN (" + Placeholders(ids.size()) + ")");
    for (auto id : ids) params.emplace_back(id);
  };
  add(columns.region, filter.regions);
  add(columns.municipality, filter.municipalities);
  add(columns.organisation, filter.organisations);
  add(columns.person, filter.persons);
  if (parts.empty()) return "(1=0)";
  std::string out = "(";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? " OR " : "") + parts[i];
  return out + ")";
}

}  // namespace metodset::storage
