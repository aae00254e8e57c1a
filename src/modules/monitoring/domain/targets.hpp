#pragma once
// Programme targets: the expected results of the passport of the programme of development and support of
// school methodological unions (003 §App7 «Ожидаемые результаты реализации программы») — the measurable side
// of the effectiveness indicators of the regional model (003 §App1 4). Each target is a share of
// municipalities (or of young teachers) with its value; the actual value is computed per year from the
// campaign's accepted indicators or from the system's data.

#include <optional>
#include <string>
#include <vector>

#include "modules/monitoring/domain/catalog.hpp"
#include "modules/monitoring/domain/scoring.hpp"

namespace metodset::monitoring {

enum class TargetSource { kCampaign, kMentoring };

struct ProgrammeTarget {
  std::string code;
  std::string title;    // the passport's wording
  double target = 100;  // per cent
  TargetSource source = TargetSource::kCampaign;
  /// A municipality counts when any of these indicators is met and accepted.
  std::vector<std::string> indicators;
};

/// The targets of 003 §App7 (passport, «Ожидаемые результаты»), in the passport's order.
const std::vector<ProgrammeTarget>& AmurProgrammeTargets();

struct TargetValue {
  std::optional<double> actual;  // per cent, one decimal; null without data
  long long numerator = 0;
  long long denominator = 0;
  std::optional<bool> met;
};

/// The share of forms (municipalities) in which any of the target's indicators is met and accepted.
/// `facts[f]` are the facts of form f in the catalogue's order.
TargetValue CampaignTargetValue(const ProgrammeTarget& target, const Catalog& catalog,
                                const std::vector<std::vector<AnswerFact>>& facts);
/// A share from counts (young teachers with a mentor of all young teachers).
TargetValue ShareValue(const ProgrammeTarget& target, long long numerator, long long denominator);

}  // namespace metodset::monitoring
