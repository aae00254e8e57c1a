#include "modules/mentoring/domain/wording.hpp"

namespace metodset::mentoring::detail {

std::string CountOf(int n, std::string_view one, std::string_view few, std::string_view many) {
  const int abs = n < 0 ? -n : n;
  const int last_two = abs % 100;
  const int last = abs % 10;
  std::string_view noun = many;
  if (last_two < 11 || last_two > 14) {
    if (last == 1) {
      noun = one;
    } else if (last >= 2 && last <= 4) {
      noun = few;
    }
  }
  return std::to_string(n) + " " + std::string(noun);
}

std::string Years(int n) { return CountOf(n, "год", "года", "лет"); }
std::string Months(int n) { return CountOf(n, "месяц", "месяца", "месяцев"); }
std::string Days(int n) { return CountOf(n, "день", "дня", "дней"); }

namespace {
std::string Genitive(int n, std::string_view singular, std::string_view plural) {
  const int abs = n < 0 ? -n : n;
  return std::to_string(n) + " " + std::string(abs % 10 == 1 && abs % 100 != 11 ? singular : plural);
}
}  // namespace

std::string YearsGenitive(int n) { return Genitive(n, "года", "лет"); }
std::string MonthsGenitive(int n) { return Genitive(n, "месяца", "месяцев"); }

std::string TermGenitive(int months) { return months % 12 == 0 ? YearsGenitive(months / 12) : MonthsGenitive(months); }
std::string TermText(int months) { return months % 12 == 0 ? Years(months / 12) : Months(months); }

std::string QuotedList(const std::vector<std::string>& items) {
  if (items.empty()) return "не указаны";
  std::string text;
  for (const auto& item : items) {
    if (!text.empty()) text += ", ";
    text += "«";
    text += item;
    text += "»";
  }
  return text;
}

std::string SectionRef(const std::string& section) {
  if (section.empty()) return {};
  return " (п. " + section + " Положения)";
}

}  // namespace metodset::mentoring::detail
