#include "modules/monitoring/domain/catalog.hpp"

#include <set>

namespace metodset::monitoring {

int Criterion::MaxScore() const {
  int sum = 0;
  for (const auto& i : indicators) sum += i.points;
  return sum;
}

int Catalog::MaxScore() const {
  int sum = 0;
  for (const auto& c : criteria) sum += c.MaxScore();
  return sum;
}

int Catalog::IndicatorCount() const {
  int n = 0;
  for (const auto& c : criteria) n += static_cast<int>(c.indicators.size());
  return n;
}

const Indicator* Catalog::Find(std::string_view number) const {
  for (const auto& c : criteria)
    for (const auto& i : c.indicators)
      if (i.number == number) return &i;
  return nullptr;
}

const Criterion* Catalog::CriterionOf(std::string_view number) const {
  for (const auto& c : criteria)
    for (const auto& i : c.indicators)
      if (i.number == number) return &c;
  return nullptr;
}

std::optional<Catalog> Preset(std::string_view code) {
  if (code == "amur-2020") return Amur2020Catalog();
  return std::nullopt;
}

core::Result<void> ValidateCatalog(const Catalog& catalog) {
  if (catalog.title.empty() || catalog.title.size() > 500)
    return core::ValidationError("title", "Укажите название каталога (не длиннее 500 символов)");
  if (catalog.criteria.empty())
    return core::ValidationError("criteria", "В каталоге должен быть хотя бы один критерий");
  std::set<std::string> numbers;
  for (std::size_t c = 0; c < catalog.criteria.size(); ++c) {
    const auto& cr = catalog.criteria[c];
    std::string at = "criteria[" + std::to_string(c) + "]";
    if (cr.number != static_cast<int>(c) + 1)
      return core::ValidationError(at + ".number", "Критерии нумеруются по порядку: 1, 2, 3, …");
    if (cr.title.empty()) return core::ValidationError(at + ".title", "Укажите название критерия");
    if (cr.indicators.empty())
      return core::ValidationError(at + ".indicators", "У критерия должен быть хотя бы один показатель");
    for (std::size_t i = 0; i < cr.indicators.size(); ++i) {
      const auto& ind = cr.indicators[i];
      std::string f = at + ".indicators[" + std::to_string(i) + "]";
      if (ind.number != std::to_string(cr.number) + "." + std::to_string(i + 1))
        return core::ValidationError(f + ".number", "Показатели нумеруются «критерий.номер» по порядку: " +
                                                        std::to_string(cr.number) + "." + std::to_string(i + 1));
      if (!numbers.insert(ind.number).second)
        return core::ValidationError(f + ".number", "Номер показателя повторяется");
      if (ind.title.empty() || ind.title.size() > 2000)
        return core::ValidationError(f + ".title", "Укажите формулировку показателя (не длиннее 2000 символов)");
      if (ind.area.size() > 4000) return core::ValidationError(f + ".area", "Слишком длинное описание показателя");
      if (ind.points < 1 || ind.points > 10)
        return core::ValidationError(f + ".points", "Баллы показателя — целое число от 1 до 10");
    }
  }
  return core::Ok{};
}

}  // namespace metodset::monitoring
