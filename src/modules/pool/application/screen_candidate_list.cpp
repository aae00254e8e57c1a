#include "modules/pool/application/screen_candidate_list.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "platform/core/text.hpp"

namespace metodset::pool {
namespace {

/// A header title as it is compared: as a list value, and without a space before a comma.
std::string Folded(std::string_view text) {
  std::string s = FoldedListText(text);
  for (std::size_t at = s.find(" ,"); at != std::string::npos; at = s.find(" ,")) s.erase(at, 1);
  return s;
}

bool IsBlank(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return core::NormaliseSpaces(c).empty(); });
}

/// «5», «4,5», «4.5», «10 »: non-negative years; nullopt for anything else.
std::optional<double> ParseYears(const std::string& text) {
  std::string s = core::NormaliseSpaces(text);
  std::replace(s.begin(), s.end(), ',', '.');
  if (s.empty() || s.size() > 12) return std::nullopt;
  int dots = 0;
  for (char ch : s) {
    if (ch == '.') {
      ++dots;
    } else if (ch < '0' || ch > '9') {
      return std::nullopt;
    }
  }
  if (dots > 1 || s.front() == '.' || s.back() == '.') return std::nullopt;
  return std::stod(s);
}

/// «2, 5», «2;5», «» → {2, 5}, {}; the text of the first token that is not a number otherwise.
struct CriteriaCell {
  std::vector<int> numbers;
  std::string bad;
};
CriteriaCell ParseCriteria(const std::string& text) {
  CriteriaCell out;
  std::string token;
  auto flush = [&] {
    auto t = core::NormaliseSpaces(token);
    token.clear();
    if (t.empty() || !out.bad.empty()) return;
    if (t.size() > 3 || !std::all_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
      out.bad = t;
      return;
    }
    out.numbers.push_back(std::stoi(t));
  };
  for (char ch : text) {
    if (ch == ',' || ch == ';') {
      flush();
    } else {
      token += ch;
    }
  }
  flush();
  std::sort(out.numbers.begin(), out.numbers.end());
  out.numbers.erase(std::unique(out.numbers.begin(), out.numbers.end()), out.numbers.end());
  return out;
}

std::string ListedRange(const PoolProfile& profile) {
  if (profile.criteria.empty()) return "перечень пуст";
  std::string text = "№ " + std::to_string(profile.criteria.front().number);
  if (profile.criteria.size() > 1) text += "–" + std::to_string(profile.criteria.back().number);
  return text;
}

/// One data row: the candidate, or the reason it cannot be read.
ScreenedRow ReadRow(const PoolProfile& profile, const std::vector<std::string>& cells, int number,
                    const core::Date& today) {
  ScreenedRow out;
  out.row = number;
  out.fio = core::NormaliseSpaces(cells[0]);
  auto fail = [&](std::string message) {
    out.error = std::move(message);
    return out;
  };
  if (out.fio.empty()) return fail("Не указано ФИО");
  DeclaredCandidate c;
  c.full_name = out.fio;
  const auto birth_text = core::NormaliseSpaces(cells[1]);
  if (birth_text.empty()) return fail("Не указана дата рождения");
  const auto birth = core::ParseDate(birth_text);
  if (!birth) return fail("Дата рождения «" + birth_text + "» не прочитана: нужна существующая дата ДД.ММ.ГГГГ");
  if (today < *birth) return fail("Дата рождения «" + birth_text + "» ещё не наступила");
  c.birth_date = *birth;
  c.workplace = core::NormaliseSpaces(cells[2]);
  c.position = core::NormaliseSpaces(cells[3]);
  c.subject = core::NormaliseSpaces(cells[4]);
  const auto category = ParseDeclaredCategory(cells[5]);
  if (!category) {
    return fail(
        "Квалификационная категория «" + core::NormaliseSpaces(cells[5]) +
        "» не распознана: допустимо «высшая», «первая», «соответствие занимаемой должности» или «без категории»");
  }
  c.category = *category;
  const auto education = ParseDeclaredEducation(cells[6]);
  if (!education) {
    return fail("Образование «" + core::NormaliseSpaces(cells[6]) +
                "» не распознано: допустимо «высшее педагогическое», «высшее», «среднее профессиональное "
                "педагогическое» или «среднее профессиональное»");
  }
  c.education = *education;
  const auto years = ParseYears(cells[7]);
  if (!years) {
    return fail(core::NormaliseSpaces(cells[7]).empty()
                    ? "Не указан стаж по специальности"
                    : "Стаж по специальности «" + core::NormaliseSpaces(cells[7]) + "» не число лет");
  }
  c.specialty_years = *years;
  auto criteria = ParseCriteria(cells[8]);
  if (!criteria.bad.empty()) return fail("Критерий «" + criteria.bad + "» не номер требования");
  for (int n : criteria.numbers) {
    if (FindCriterion(profile, n) == nullptr) {
      return fail("Требования № " + std::to_string(n) + " нет в перечне п. " + profile.eligibility_section +
                  " Положения (" + ListedRange(profile) + ")");
    }
  }
  c.criteria = std::move(criteria.numbers);
  out.verdict = CheckDeclared(profile, c);
  return out;
}

void JsonString(std::string& out, std::string_view text) {
  out += '"';
  for (unsigned char ch : text) {
    switch (ch) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (ch < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", ch);
          out += buf;
        } else {
          out += static_cast<char>(ch);
        }
    }
  }
  out += '"';
}

std::string CsvCell(std::string_view text) {
  if (text.find_first_of(";\"\n\r") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char ch : text) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

}  // namespace

core::Result<void> MayScreenCandidateLists(const core::Actor& actor) {
  if (actor.principal == nullptr) return core::Unauthenticated();
  for (auto role : {core::Role::kRegionalAdmin, core::Role::kMunicipalCoordinator, core::Role::kOrgAdmin}) {
    if (actor.principal->HasRole(role)) return {};
  }
  return core::Forbidden(
      "Проверять списки кандидатов в методический актив могут региональный оператор, "
      "муниципальный координатор и администратор организации");
}

const std::vector<std::string>& CandidateListColumns() {
  static const std::vector<std::string> kColumns{"ФИО",          "Дата рождения",
                                                 "Место работы", "Должность",
                                                 "Предмет",      "Квалификационная категория",
                                                 "Образование",  "Стаж по специальности, лет",
                                                 "Критерии"};
  return kColumns;
}

core::Result<std::vector<ScreenedRow>> ScreenCandidateList(const PoolProfile& profile, const office::Table& table,
                                                           const core::Date& today) {
  const auto& columns = CandidateListColumns();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const std::string got = i < table.header.size() ? core::NormaliseSpaces(table.header[i]) : std::string();
    if (Folded(got) != Folded(columns[i])) {
      return core::ValidationError("file", "Столбец " + office::ColumnLetter(i) + " заголовка должен называться «" +
                                               columns[i] + "»" +
                                               (got.empty() ? ", а его нет" : ", а назван «" + got + "»") +
                                               ". Ожидаемые столбцы по порядку: ФИО; Дата рождения; Место работы; "
                                               "Должность; Предмет; Квалификационная категория; Образование; Стаж по "
                                               "специальности, лет; Критерии");
    }
  }
  std::vector<ScreenedRow> rows;
  int number = 0;
  for (const auto& cells : table.rows) {
    if (IsBlank(cells)) continue;
    rows.push_back(ReadRow(profile, cells, ++number, today));
  }
  return rows;
}

std::string ScreenedRowsJson(const std::vector<ScreenedRow>& rows) {
  std::string out = "[";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    out += i == 0 ? "\n" : ",\n";
    out += "{\"row\": " + std::to_string(r.row) + ", ";
    if (!r.verdict) {
      out += "\"error\": ";
      JsonString(out, r.error);
      out += "}";
      continue;
    }
    out += "\"fio\": ";
    JsonString(out, r.fio);
    out += std::string(", \"eligible\": ") + (r.verdict->eligible ? "true" : "false") + ", \"reasons\": [";
    for (std::size_t k = 0; k < r.verdict->reasons.size(); ++k) {
      if (k > 0) out += ", ";
      JsonString(out, r.verdict->reasons[k]);
    }
    out += "]}";
  }
  out += rows.empty() ? "]\n" : "\n]\n";
  return out;
}

std::string ScreenedRowsCsv(const std::vector<ScreenedRow>& rows) {
  std::string out = "Строка;ФИО;Соответствует;Причины\r\n";
  for (const auto& r : rows) {
    out += std::to_string(r.row) + ";" + CsvCell(r.fio) + ";";
    if (!r.verdict) {
      out += "ошибка;" + CsvCell(r.error) + "\r\n";
      continue;
    }
    std::string reasons;
    for (const auto& reason : r.verdict->reasons) reasons += (reasons.empty() ? "" : " | ") + reason;
    out += std::string(r.verdict->eligible ? "да" : "нет") + ";" + CsvCell(reasons) + "\r\n";
  }
  return out;
}

}  // namespace metodset::pool
