#include "modules/monitoring/domain/scoring.hpp"

#include <algorithm>

namespace metodset::monitoring {

FormScore ScoreForm(const Catalog& catalog, const std::vector<AnswerFact>& facts) {
  FormScore score;
  score.by_criterion.reserve(catalog.criteria.size());
  score.points.reserve(facts.size());
  int index = 0;
  for (const auto& criterion : catalog.criteria) {
    int sum = 0;
    for (const auto& indicator : criterion.indicators) {
      AnswerFact fact = index < static_cast<int>(facts.size()) ? facts[index] : AnswerFact{};
      if (fact.met) score.claimed += indicator.points;
      score.points.push_back(fact.met && fact.accepted ? indicator.points : 0);
      if (fact.met && fact.accepted) {
        sum += indicator.points;
      } else if (!indicator.additional) {
        score.deficits.push_back(index);
      }
      ++index;
    }
    score.by_criterion.push_back(sum);
    score.total += sum;
  }
  return score;
}

std::vector<Ranked> RankByTotal(const std::vector<RankEntry>& entries) {
  std::vector<std::size_t> order(entries.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (entries[a].total != entries[b].total) return entries[a].total > entries[b].total;
    if (entries[a].name != entries[b].name) return entries[a].name < entries[b].name;
    return entries[a].key < entries[b].key;
  });
  std::vector<Ranked> out;
  out.reserve(order.size());
  for (std::size_t pos = 0; pos < order.size(); ++pos) {
    const auto& e = entries[order[pos]];
    int rank = static_cast<int>(pos) + 1;
    if (pos > 0 && entries[order[pos - 1]].total == e.total) rank = out.back().rank;
    out.push_back({e.key, rank, order[pos]});
  }
  return out;
}

std::string DefaultRecommendation(const Indicator& indicator) {
  return "Показатель " + indicator.number + " «" + indicator.area +
         "» не подтверждён. Рекомендуется обеспечить: " + indicator.title +
         " — и разместить подтверждающие материалы к следующему мониторингу (003 §App6 8).";
}

}  // namespace metodset::monitoring
