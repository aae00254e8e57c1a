#include "modules/territory/application/organisation_fields.hpp"

namespace metodset::territory::detail {
namespace {

using Fields = std::vector<std::pair<std::string, std::optional<std::string>>>;

std::vector<audit::FieldChange> DiffFields(const Fields* before, const Fields* after) {
  audit::ChangeSet changes;
  const Fields& shape = before ? *before : *after;
  for (std::size_t i = 0; i < shape.size(); ++i) {
    changes.Compare(shape[i].first, before ? (*before)[i].second : std::nullopt,
                    after ? (*after)[i].second : std::nullopt);
  }
  return changes.Take();
}

template <typename T>
std::vector<audit::FieldChange> DiffOf(const T* before, const T* after, Fields (*fields)(const T&)) {
  std::optional<Fields> b, a;
  if (before) b = fields(*before);
  if (after) a = fields(*after);
  if (!b && !a) return {};
  return DiffFields(b ? &*b : nullptr, a ? &*a : nullptr);
}

std::optional<std::string> IdText(const std::optional<std::int64_t>& id) {
  return id ? std::optional(std::to_string(*id)) : std::nullopt;
}

Fields MunicipalityFields(const Municipality& m) {
  return {{"name", m.name},
          {"kind", m.kind},
          {"method_service_kind", m.method_service_kind},
          {"region_id", std::to_string(m.region_id)}};
}

Fields StructureFields(const Structure& s) {
  return {{"name", s.name},
          {"level", s.level},
          {"block", std::to_string(s.block)},
          {"kind", s.kind},
          {"municipality_id", IdText(s.municipality_id)},
          {"organisation_id", IdText(s.organisation_id)}};
}

}  // namespace

Fields FieldsOf(const Organisation& o) {
  std::string flags;
  for (const auto& f : o.flags) flags += (flags.empty() ? "" : ",") + f;
  return {{"municipality_id", std::to_string(o.municipality_id)},
          {"name", o.name},
          {"short_name", o.short_name},
          {"kind", o.kind},
          {"inn", o.inn},
          {"address", o.address},
          {"head_name", o.head_name},
          {"email", o.email},
          {"phone", o.phone},
          {"flags", flags.empty() ? std::nullopt : std::optional(flags)}};
}

std::vector<audit::FieldChange> Diff(const Organisation* before, const Organisation* after) {
  return DiffOf<Organisation>(before, after, &FieldsOf);
}
std::vector<audit::FieldChange> Diff(const Municipality* before, const Municipality* after) {
  return DiffOf<Municipality>(before, after, &MunicipalityFields);
}
std::vector<audit::FieldChange> Diff(const Structure* before, const Structure* after) {
  return DiffOf<Structure>(before, after, &StructureFields);
}

std::set<std::string> Codes(TerritoryStore& store, const std::string& catalogue) {
  std::set<std::string> codes;
  for (const auto& item : store.Catalogue(catalogue)) codes.insert(item.code);
  return codes;
}

OrganisationVocabulary OrganisationVocabularyOf(TerritoryStore& store) {
  return {Codes(store, "organisation-kinds"), Codes(store, "organisation-flags")};
}

UnitVocabulary UnitVocabularyOf(TerritoryStore& store) {
  return {Codes(store, "municipality-kinds"), Codes(store, "method-service-kinds"), Codes(store, "structure-levels"),
          Codes(store, "structure-kinds"), Codes(store, "structure-blocks")};
}

}  // namespace metodset::territory::detail
