#include "modules/territory/domain/territory_units.hpp"

#include "platform/core/text.hpp"

namespace metodset::territory {

core::Result<Municipality> ValidateMunicipality(Municipality d, const UnitVocabulary& v) {
  d.name = core::NormaliseSpaces(d.name);
  if (d.name.empty()) return core::ValidationError("name", "Укажите наименование муниципального образования");
  if (core::Utf8Length(d.name) > 300) return core::ValidationError("name", "Наименование длиннее 300 символов");
  if (d.region_id <= 0) return core::ValidationError("region_id", "Укажите регион");
  if (!v.municipality_kinds.contains(d.kind)) {
    return core::ValidationError("kind", "Укажите вид муниципального образования из справочника");
  }
  if (d.method_service_kind && d.method_service_kind->empty()) d.method_service_kind.reset();
  if (d.method_service_kind && !v.method_service_kinds.contains(*d.method_service_kind)) {
    return core::ValidationError("method_service_kind", "Укажите форму методической службы из справочника");
  }
  return d;
}

core::Result<Structure> ValidateStructure(Structure d, const UnitVocabulary& v) {
  d.name = core::NormaliseSpaces(d.name);
  if (d.name.empty()) return core::ValidationError("name", "Укажите наименование структуры");
  if (core::Utf8Length(d.name) > 500) return core::ValidationError("name", "Наименование длиннее 500 символов");
  if (!v.structure_levels.contains(d.level)) return core::ValidationError("level", "Укажите уровень структуры");
  if (!v.structure_blocks.contains(std::to_string(d.block))) {
    return core::ValidationError("block", "Укажите блок организационно-функциональной модели из справочника");
  }
  if (!v.structure_kinds.contains(d.kind)) return core::ValidationError("kind", "Укажите вид структуры из справочника");
  if (d.level == "regional") {
    d.municipality_id.reset();
    d.organisation_id.reset();
  } else if (d.level == "municipal") {
    if (!d.municipality_id) {
      return core::ValidationError("municipality_id", "Структура муниципального уровня относится к муниципалитету");
    }
    d.organisation_id.reset();
  } else if (!d.organisation_id) {
    return core::ValidationError("organisation_id", "Структура институционального уровня относится к организации");
  }
  return d;
}

}  // namespace metodset::territory
