#include "modules/pool/domain/wording.hpp"

#include <map>

namespace metodset::pool::detail {
namespace {

std::string Lookup(const std::map<std::string, std::string>& table, const std::string& code) {
  const auto it = table.find(code);
  return it == table.end() ? code : it->second;
}

}  // namespace

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

std::string FormatExperience(const people::Experience& e) {
  std::string text;
  const auto add = [&text](const std::string& part) {
    if (!text.empty()) text.push_back(' ');
    text.append(part);
  };
  if (e.years > 0 || (e.months == 0 && e.days == 0)) add(CountOf(e.years, "год", "года", "лет"));
  if (e.months > 0) add(std::to_string(e.months) + " мес.");
  if (e.days > 0) add(std::to_string(e.days) + " дн.");
  return text;
}

std::string CategoryPhrase(const std::string& code) {
  static const std::map<std::string, std::string> kPhrases{
      {"conformity", "Соответствие занимаемой должности"},
      {"first", "Первая категория"},
      {"highest", "Высшая категория"},
      {"methodist", "Категория «педагог-методист»"},
      {"mentor", "Категория «педагог-наставник»"},
  };
  const auto it = kPhrases.find(code);
  return it == kPhrases.end() ? "Категория «" + code + "»" : it->second;
}

std::string CategoryWord(const std::string& code) {
  static const std::map<std::string, std::string> kWords{
      {"conformity", "соответствие занимаемой должности"},
      {"first", "первая"},
      {"highest", "высшая"},
      {"methodist", "«педагог-методист»"},
      {"mentor", "«педагог-наставник»"},
  };
  return Lookup(kWords, code);
}

std::string EducationLevelWord(const std::string& code) {
  static const std::map<std::string, std::string> kWords{
      {"secondary_professional", "среднее профессиональное"},
      {"bachelor", "бакалавриат"},
      {"specialist", "специалитет"},
      {"master", "магистратура"},
      {"postgraduate", "подготовка кадров высшей квалификации"},
      {"retraining", "профессиональная переподготовка"},
  };
  return Lookup(kWords, code);
}

std::string AchievementKindTitle(const std::string& code) {
  static const std::map<std::string, std::string> kTitles{
      {"competence_assessment", "Успешное прохождение оценки предметных и методических компетенций"},
      {"exam_commission", "Член предметной комиссии ГИА"},
      {"community_leader", "Руководитель профессионального сообщества (ассоциации)"},
      {"methodological_head", "Руководитель методического совета, объединения, кафедры"},
      {"contest_winner", "Победитель (призёр) этапа конкурса профессионального мастерства"},
      {"expert_evaluation", "Высокий результат экспертной оценки профессиональной деятельности"},
      {"coordinating_institution", "Работник координирующей организации"},
  };
  return Lookup(kTitles, code);
}

std::string AchievementLevelWord(const std::string& code) {
  static const std::map<std::string, std::string> kWords{
      {"organisation", "школьный"},
      {"municipal", "муниципальный"},
      {"regional", "региональный"},
      {"federal", "федеральный"},
  };
  return Lookup(kWords, code);
}

std::string JoinOr(const std::vector<std::string>& words) {
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) text += i + 1 == words.size() ? " или " : ", ";
    text += words[i];
  }
  return text;
}

std::string JoinNumbers(const std::vector<int>& numbers) {
  std::string text;
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (i > 0) text += ", ";
    text += std::to_string(numbers[i]);
  }
  return text;
}

std::string SectionRef(const std::string& section) {
  if (section.empty()) return {};
  return " (п. " + section + " Положения)";
}

}  // namespace metodset::pool::detail
