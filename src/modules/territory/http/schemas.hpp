#pragma once

namespace metodset::territory::schemas {

inline constexpr const char* kCatalogueItem = R"({"type":"object","required":["code","title"],"properties":{
"code":{"type":"string"},"title":{"type":"string"}}})";
inline constexpr const char* kCatalogue = R"({"type":"object","required":["items"],"properties":{"items":{
"type":"array","items":{"$ref":"#/components/schemas/CatalogueItem"}}}})";
inline constexpr const char* kRegion = R"({"type":"object","required":["id","name","code"],"properties":{
"id":{"type":"integer"},"name":{"type":"string"},"code":{"type":"string"}}})";
inline constexpr const char* kMunicipality = R"({"type":"object","required":["id","region_id","name","kind",
"organisation_count"],"properties":{"id":{"type":"integer"},"region_id":{"type":"integer"},"name":{"type":"string"},
"kind":{"type":"string"},"method_service_kind":{"type":"string","nullable":true},
"organisation_count":{"type":"integer"}}})";
inline constexpr const char* kMunicipalityInput = R"({"type":"object","required":["name","kind"],"properties":{
"region_id":{"type":"integer"},"name":{"type":"string"},"kind":{"type":"string"},
"method_service_kind":{"type":"string","nullable":true}}})";
inline constexpr const char* kTree = R"({"type":"object","required":["regions"],"properties":{"regions":{
"type":"array","items":{"type":"object","required":["id","name","municipalities"],"properties":{
"id":{"type":"integer"},"name":{"type":"string"},"municipalities":{"type":"array","items":{
"$ref":"#/components/schemas/Municipality"}}}}}}})";
inline constexpr const char* kOrganisation = R"({"type":"object","required":["id","municipality_id",
"municipality_name","name","short_name","kind","flags","created_at","updated_at"],"properties":{
"id":{"type":"integer"},"municipality_id":{"type":"integer"},"municipality_name":{"type":"string"},
"name":{"type":"string"},"short_name":{"type":"string"},"kind":{"type":"string"},
"inn":{"type":"string","nullable":true},"address":{"type":"string","nullable":true},
"head_name":{"type":"string","nullable":true},"email":{"type":"string","nullable":true},
"phone":{"type":"string","nullable":true},"flags":{"type":"array","items":{"type":"string"}},
"created_at":{"type":"string"},"updated_at":{"type":"string"}}})";
inline constexpr const char* kOrganisationInput = R"({"type":"object","required":["municipality_id","name","kind"],
"properties":{"municipality_id":{"type":"integer"},"name":{"type":"string"},"short_name":{"type":"string",
"nullable":true},"kind":{"type":"string"},"inn":{"type":"string","nullable":true},"address":{"type":"string",
"nullable":true},"head_name":{"type":"string","nullable":true},"email":{"type":"string","nullable":true},
"phone":{"type":"string","nullable":true},"flags":{"type":"array","items":{"type":"string"}}}})";
inline constexpr const char* kImportReport = R"({"type":"object","required":["committed","created","updated","rows",
"errors"],"properties":{"committed":{"type":"boolean"},"created":{"type":"integer"},"updated":{"type":"integer"},
"rows":{"type":"array","items":{"type":"object","required":["row","action","name"],"properties":{
"row":{"type":"integer"},"action":{"type":"string","enum":["create","update"]},"name":{"type":"string"}}}},
"errors":{"type":"array","items":{"type":"object","required":["row","column","column_title","message"],
"properties":{"row":{"type":"integer"},"column":{"type":"string"},"column_title":{"type":"string"},
"message":{"type":"string"}}}}}})";
inline constexpr const char* kStructure = R"({"type":"object","required":["id","region_id","name","level","block",
"kind"],"properties":{"id":{"type":"integer"},"region_id":{"type":"integer"},"municipality_id":{"type":"integer",
"nullable":true},"organisation_id":{"type":"integer","nullable":true},"name":{"type":"string"},
"level":{"type":"string","enum":["regional","municipal","institutional"]},"block":{"type":"integer","minimum":1,
"maximum":7},"kind":{"type":"string"}}})";
inline constexpr const char* kStructureInput = R"({"type":"object","required":["name","level","block","kind"],
"properties":{"region_id":{"type":"integer"},"municipality_id":{"type":"integer","nullable":true},
"organisation_id":{"type":"integer","nullable":true},"name":{"type":"string"},"level":{"type":"string"},
"block":{"type":"integer"},"kind":{"type":"string"}}})";
inline constexpr const char* kPublicSummary = R"({"type":"object","required":["region","municipalities",
"organisations"],"properties":{"region":{"type":"object","nullable":true,"properties":{"id":{"type":"integer"},
"name":{"type":"string"}}},"municipalities":{"type":"integer"},"organisations":{"type":"integer"}}})";

}  // namespace metodset::territory::schemas
