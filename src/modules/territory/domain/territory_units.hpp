#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "platform/core/result.hpp"

namespace metodset::territory {

/// A region: the root of an installation's territory (SPEC §2).
struct Region {
  std::int64_t id = 0;
  std::string name;
  std::string code;
};

/// A municipal district, okrug or city okrug, with the kind of its methodological service
/// (003 §App1 2: a catalogue, not free text).
struct Municipality {
  std::int64_t id = 0;
  std::int64_t region_id = 0;
  std::string name;
  std::string kind;  // catalogue municipality-kinds
  std::optional<std::string> method_service_kind;  // catalogue method-service-kinds
  std::int64_t organisation_count = 0;
};

/// A methodological structure placed at one level and in one of the seven blocks of 003 §App1 3.4.
struct Structure {
  std::int64_t id = 0;
  std::int64_t region_id = 0;
  std::optional<std::int64_t> municipality_id;
  std::optional<std::int64_t> organisation_id;
  std::string name;
  std::string level;  // regional | municipal | institutional
  int block = 0;      // 1..7
  std::string kind;   // catalogue structure-kinds
};

/// Codes allowed by the catalogues.
struct UnitVocabulary {
  std::set<std::string> municipality_kinds;
  std::set<std::string> method_service_kinds;
  std::set<std::string> structure_levels;
  std::set<std::string> structure_kinds;
  std::set<std::string> structure_blocks;  // "1".."7" in the shipped catalogue (003 §App1 3.4)
};

core::Result<Municipality> ValidateMunicipality(Municipality draft, const UnitVocabulary& vocabulary);
/// Checks a structure: its level decides where it sits (003 §App1 3.4: regional — the region only,
/// municipal — a municipality, institutional — an organisation) and its block is one of the catalogue's
/// blocks of the organisational-functional model.
core::Result<Structure> ValidateStructure(Structure draft, const UnitVocabulary& vocabulary);

}  // namespace metodset::territory
