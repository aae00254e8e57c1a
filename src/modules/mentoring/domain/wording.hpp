#pragma once
// Russian wording shared by the texts of the checks: numbers with the right noun form, section references.

#include <string>
#include <string_view>
#include <vector>

namespace metodset::mentoring::detail {

/// «1 год», «2 года», «5 лет»: the noun form for a count (one / few / many).
std::string CountOf(int n, std::string_view one, std::string_view few, std::string_view many);
std::string Years(int n);
std::string Months(int n);
std::string Days(int n);
/// The genitive after «не менее»: «1 года», «2 лет», «21 года».
std::string YearsGenitive(int n);
std::string MonthsGenitive(int n);
/// A term in months in the genitive: «1 года», «18 месяцев».
std::string TermGenitive(int months);
/// A term in months in the accusative: «3 года», «18 месяцев».
std::string TermText(int months);
/// «математика», «физика» — or «не указаны» for none.
std::string QuotedList(const std::vector<std::string>& items);
/// «(п. 3.3 Положения)», or empty when the value is not from the regulation.
std::string SectionRef(const std::string& section);

}  // namespace metodset::mentoring::detail
