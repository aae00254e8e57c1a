#pragma once
// The catalogue of the monitoring of municipal methodological services (003 §App6, SPEC §11): criteria, their
// indicators, one point each and the additional points where the table grants them. Versioned data: a new
// version is a new catalogue; campaigns keep the version they were opened with.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/core/result.hpp"

namespace metodset::monitoring {

/// One scored line of the table: the «Оценка» cell (or one part of it when the cell grants several points).
struct Indicator {
  std::string number;  // "1.1", "3.12", "5.2"
  std::string area;    // the «Показатели» column
  std::string title;   // the «Оценка» wording without the points
  int points = 1;
  bool additional = false;  // granted «дополнительно» (003 §App6 criterion 5): not a deficit when absent
  std::int64_t id = 0;      // stored id (0 for the preset in memory)
};

struct Criterion {
  int number = 0;
  std::string title;
  std::vector<Indicator> indicators;
  int MaxScore() const;
};

struct Catalog {
  std::int64_t id = 0;
  std::string code;  // "amur-2020"
  int version = 1;
  std::string title;
  std::optional<std::int64_t> region_id;    // null: a preset every region reads
  std::optional<std::int64_t> based_on_id;  // the version it was made from
  std::vector<Criterion> criteria;
  std::string created_at;

  int MaxScore() const;
  int IndicatorCount() const;
  const Indicator* Find(std::string_view number) const;
  const Criterion* CriterionOf(std::string_view number) const;
};

/// The preset `amur-2020`: exactly the table of 003 §App6 (7 criteria, 60 indicators, 61 points with the
/// additional 2 points of 5.2).
Catalog Amur2020Catalog();
/// The preset of that code, if any.
std::optional<Catalog> Preset(std::string_view code);

/// Checks a catalogue before it is stored as a new version: criteria numbered 1..n, indicator numbers
/// "criterion.k" unique, wording present, points 1..10. The first problem names its field
/// (`criteria[2].indicators[0].title`).
core::Result<void> ValidateCatalog(const Catalog& catalog);

}  // namespace metodset::monitoring
