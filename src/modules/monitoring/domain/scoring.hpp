#pragma once
// Scores, ranking and deficits of a monitoring campaign (003 §App6 7: each confirmed indicator is worth one
// point — or its additional points —, points are summed per criterion and in total, deficits are formed).

#include <cstdint>
#include <string>
#include <vector>

#include "modules/monitoring/domain/catalog.hpp"

namespace metodset::monitoring {

/// What a form says about one indicator, in the catalogue's order.
struct AnswerFact {
  bool met = false;       // the coordinator answered «met»
  bool accepted = false;  // the reviewer accepted the answer
};

/// The scores of one form.
struct FormScore {
  std::vector<int> by_criterion;  // in the catalogue's order
  int total = 0;                  // points of indicators met and accepted
  int claimed = 0;                // points of indicators answered met, reviewed or not
  /// Indices (catalogue order) of the indicators that score zero; additional indicators are not deficits.
  std::vector<int> deficits;
  /// The points each indicator scored (catalogue order).
  std::vector<int> points;
};

/// Catalogue order: criterion by criterion, indicator by indicator. `facts` has one entry per indicator
/// (IndicatorCount); a missing tail counts as unanswered.
FormScore ScoreForm(const Catalog& catalog, const std::vector<AnswerFact>& facts);

/// One entry to rank.
struct RankEntry {
  std::int64_t key = 0;  // the caller's id (a form)
  int total = 0;
  std::string name;  // tie order: by name, Russian collation of the caller's choosing (byte order here)
};
struct Ranked {
  std::int64_t key = 0;
  int rank = 0;
  std::size_t index = 0;  // position in the input
};
/// Competition ranking (1, 2, 2, 4): by total descending; equal totals share the rank and the next rank skips
/// the tied places; within a tie the entries are listed by name.
std::vector<Ranked> RankByTotal(const std::vector<RankEntry>& entries);

/// A recommendation's text for a deficit when the library has none: the indicator's wording turned into an
/// instruction (003 §App6 8: «адресные рекомендации»).
std::string DefaultRecommendation(const Indicator& indicator);

}  // namespace metodset::monitoring
