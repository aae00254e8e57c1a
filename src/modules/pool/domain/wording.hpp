#pragma once
// Russian wording of the eligibility texts: counts with the right noun form, lengths of service, labels of the
// people registry's fixed catalogues (titles of migrations/*/0003_people.sql), lists joined with «или».

#include <string>
#include <string_view>
#include <vector>

#include "modules/people/module.hpp"

namespace metodset::pool::detail {

/// «1 год», «2 года», «5 лет»: the noun form for a count (one / few / many).
std::string CountOf(int n, std::string_view one, std::string_view few, std::string_view many);
/// «4 года 11 мес. 30 дн.»; «0 лет» for none.
std::string FormatExperience(const people::Experience& e);
/// «Высшая категория», «Соответствие занимаемой должности», «Категория «педагог-методист»».
std::string CategoryPhrase(const std::string& code);
/// «высшая», «первая», «педагог-методист»: the word after «требуется».
std::string CategoryWord(const std::string& code);
/// «бакалавриат», «специалитет», …
std::string EducationLevelWord(const std::string& code);
/// The catalogue title of an achievement kind, «Член предметной комиссии ГИА».
std::string AchievementKindTitle(const std::string& code);
/// «региональный», «школьный», …
std::string AchievementLevelWord(const std::string& code);
/// «a», «a или b», «a, b или c».
std::string JoinOr(const std::vector<std::string>& words);
/// «1, 2, 5».
std::string JoinNumbers(const std::vector<int>& numbers);
/// « (п. 3.2 Положения)», or empty when the profile gives no section.
std::string SectionRef(const std::string& section);

}  // namespace metodset::pool::detail
