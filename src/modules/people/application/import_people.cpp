#include "modules/people/application/import_people.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <unordered_map>

#include "modules/people/application/access_rules.hpp"
#include "platform/core/text.hpp"

namespace metodset::people {
namespace {

constexpr std::size_t kMaxRows = 200000;

enum Col : std::size_t {
  kLastName, kFirstName, kMiddleName, kBirthDate, kEmail, kPhone, kInn, kPosition, kSubjects, kIsMain, kHiredOn,
  kPedagogicalSince, kEducationLevel, kEducationPedagogical, kInstitution, kGraduatedYear, kCategory, kCategoryOn,
  kCategoryDirective, kCourseProgramme, kCourseHours, kCourseEndedOn, kColumnCount
};

struct ColumnSpec {
  std::string_view title;
  bool required;
};

// docs/api/PEOPLE.md "Import": the order of the template.
constexpr std::array<ColumnSpec, kColumnCount> kColumns{{
    {"Фамилия", true}, {"Имя", true}, {"Отчество", false}, {"Дата рождения", true}, {"E-mail", false},
    {"Телефон", false}, {"ИНН организации", true}, {"Должность", true}, {"Предметы (через «;»)", false},
    {"Основное место работы (да/нет)", false}, {"Дата приёма", true}, {"Начало педагогической деятельности", false},
    {"Уровень образования", false}, {"Педагогическое образование (да/нет)", false},
    {"Образовательная организация (вуз, колледж)", false}, {"Год окончания", false},
    {"Квалификационная категория", false}, {"Дата присвоения категории", false},
    {"Приказ о присвоении категории", false}, {"Курсы ПК: программа", false}, {"Курсы ПК: часы", false},
    {"Курсы ПК: дата окончания", false},
}};

const char* const kElsewhere = "Педагогическая работа до приёма (другая организация)";

/// A title as compared: lower case, spaces folded, «*» dropped.
std::string TitleKey(std::string_view title) {
  std::string text(title);
  std::erase(text, '*');
  return core::LowerUtf8(core::NormaliseSpaces(text));
}

/// Only spaces (ASCII white space or the no-break space U+00A0), without building a normalised copy.
bool IsBlank(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

std::string Key(std::string_view text) { return core::LowerUtf8(core::NormaliseSpaces(text)); }

/// code or title (case-insensitive) → code.
using Lookup = std::unordered_map<std::string, std::string>;
Lookup LookupOf(PeopleImportStore& store, const std::string& catalogue, std::set<std::string>* codes) {
  Lookup lookup;
  for (const auto& [code, title] : store.CatalogueItems(catalogue)) {
    lookup[Key(code)] = code;
    lookup[Key(title)] = code;
    if (codes) codes->insert(code);
  }
  return lookup;
}

std::optional<core::Date> ParseImportDate(const std::string& text) {
  if (auto d = core::ParseDate(text)) return d;
  // An Excel serial day number, when the cell has no date format: 1 = 1900-01-01 (with Excel's 1900-02-29).
  int serial = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), serial);
  if (ec == std::errc() && (end == text.data() + text.size() || std::string_view(end) == ".0") && serial > 60 &&
      serial < 110000) {
    return core::Date{1899, 12, 30}.AddDays(serial);
  }
  return std::nullopt;
}

std::optional<bool> ParseYesNo(const std::string& text) {
  auto k = Key(text);
  if (k == "да" || k == "истина" || k == "1" || k == "true" || k == "yes") return true;
  if (k == "нет" || k == "ложь" || k == "0" || k == "false" || k == "no") return false;
  return std::nullopt;
}

std::optional<int> ParseInt(const std::string& text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc()) return std::nullopt;
  if (end != text.data() + text.size() && std::string_view(end) != ".0") return std::nullopt;
  return value;
}

struct PersonKeyHash {
  std::size_t operator()(const std::pair<std::string, long>& k) const {
    return std::hash<std::string>()(k.first) ^ (static_cast<std::size_t>(k.second) * 0x9E3779B97F4A7C15ULL);
  }
};
using PersonKey = std::pair<std::string, long>;  // lower ФИО, birth date in days

PersonKey KeyOf(const Person& p) { return {Key(FullName(p)), p.birth_date.DaysSinceEpoch()}; }

/// A person being built from one or more rows of the file.
struct Draft {
  PersonWrite write;
  bool existed = false;
  bool changed = false;       // any row changed anything
  int first_row = 0;
};

/// The column named by an error field of ValidatePerson (`employments[0].started_on` → Дата приёма).
Col ColumnOfField(const std::string& field) {
  auto has = [&](std::string_view part) { return field.find(part) != std::string::npos; };
  if (has("last_name")) return kLastName;
  if (has("first_name")) return kFirstName;
  if (has("middle_name")) return kMiddleName;
  if (has("birth_date")) return kBirthDate;
  if (has("email")) return kEmail;
  if (has("phone")) return kPhone;
  if (has("employments")) {
    if (has("subjects")) return kSubjects;
    if (has("position")) return kPosition;
    if (has("is_main")) return kIsMain;
    if (has("organisation")) return kInn;
    return kHiredOn;
  }
  if (has("educations")) {
    if (has("graduated")) return kGraduatedYear;
    if (has("institution")) return kInstitution;
    return kEducationLevel;
  }
  if (has("categories")) return has("awarded") ? kCategoryOn : kCategory;
  if (has("courses")) {
    if (has("hours")) return kCourseHours;
    if (has("ended") || has("started")) return kCourseEndedOn;
    return kCourseProgramme;
  }
  return kLastName;
}

class Planner {
 public:
  Planner(PeopleImportStore& store, const core::Actor& actor, const office::Table& table, const core::Date& today,
          PeopleImportReport& report)
      : store_(store), actor_(actor), table_(table), today_(today), report_(report) {}

  /// Checks and merges every row; fills report_.errors and report_.rows.
  std::vector<Draft> Plan(const std::function<void(std::int64_t, std::int64_t)>& progress) {
    if (!MapColumns()) return {};
    positions_ = LookupOf(store_, "positions", &catalogues_.positions);
    subjects_ = LookupOf(store_, "subjects", &catalogues_.subjects);
    levels_ = LookupOf(store_, "education-levels", &catalogues_.education_levels);
    categories_ = LookupOf(store_, "qualification-categories", &catalogues_.categories);
    for (const auto& c : {"achievement-kinds", "achievement-levels", "consent-purposes", "consent-forms"}) {
      auto* set = std::string_view(c) == "achievement-kinds"    ? &catalogues_.achievement_kinds
                  : std::string_view(c) == "achievement-levels" ? &catalogues_.achievement_levels
                  : std::string_view(c) == "consent-purposes"   ? &catalogues_.consent_purposes
                                                                : &catalogues_.consent_forms;
      LookupOf(store_, c, set);
    }
    organisations_ = store_.OrganisationsByInn();
    for (const auto& [inn, o] : organisations_) by_id_.emplace(o.id, o.path);
    std::unordered_map<PersonKey, PeopleImportStore::PersonKey, PersonKeyHash> existing;
    for (auto& k : store_.PersonKeys()) existing.emplace(KeyOf(k.person), std::move(k));

    const auto total = static_cast<std::int64_t>(table_.rows.size());
    std::vector<Draft> drafts;
    std::unordered_map<PersonKey, std::size_t, PersonKeyHash> draft_of;
    draft_of.reserve(table_.rows.size());
    std::vector<std::int64_t> to_load;
    // Pass 1: parse rows and find which existing cards are needed, so they load in a few queries.
    struct Parsed {
      int row;
      Person person;  // the row's data as a one-employment card
      std::optional<core::Date> pedagogical_since;
      PersonKey key;
      core::TerritoryPath path;
    };
    std::vector<Parsed> parsed;
    parsed.reserve(table_.rows.size());
    for (std::size_t i = 0; i < table_.rows.size(); ++i) {
      const int row = static_cast<int>(i) + 2;
      if (i % 1000 == 0 && progress) progress(static_cast<std::int64_t>(i) / 2, total);
      const auto& cells = table_.rows[i];
      if (std::all_of(cells.begin(), cells.end(), IsBlank)) {
        continue;
      }
      Parsed p{row, {}, {}, {}, {}};
      if (!ParseRow(row, cells, p.person, p.pedagogical_since, p.path)) continue;
      p.key = KeyOf(p.person);
      if (auto it = existing.find(p.key); it != existing.end()) {
        // Her card may be changed only by those whose scope reaches her present place (ADR 0003).
        if (actor_.principal && !actor_.principal->Reaches(it->second.place, access::kKeepers)) {
          Error(row, kLastName,
                "Работник с такими ФИО и датой рождения числится в организации вне вашей территории: "
                "её карточку ведёт координатор той территории или региональный оператор");
          continue;
        }
        p.person.id = it->second.person.id;
        if (!draft_of.contains(p.key)) {
          draft_of.emplace(p.key, 0);
          to_load.push_back(p.person.id);
        }
      }
      parsed.push_back(std::move(p));
    }
    if (!report_.errors.empty()) return {};
    draft_of.clear();
    drafts.reserve(parsed.size());
    std::unordered_map<std::int64_t, Person> cards;
    for (auto& card : store_.LoadCards(to_load)) cards.emplace(card.id, std::move(card));

    // Pass 2: merge each row into its person's card.
    for (std::size_t i = 0; i < parsed.size(); ++i) {
      if (i % 1000 == 0 && progress) progress(total / 2 + static_cast<std::int64_t>(i) * (total - total / 2) /
                                                               static_cast<std::int64_t>(parsed.size()), total);
      auto& p = parsed[i];
      auto [it, fresh] = draft_of.emplace(p.key, drafts.size());
      if (fresh) {
        Draft d;
        d.first_row = p.row;
        if (p.person.id != 0) {
          d.existed = true;
          d.write.person = std::move(cards.at(p.person.id));
        } else {
          d.write.person.last_name = p.person.last_name;
          d.write.person.first_name = p.person.first_name;
          d.write.person.middle_name = p.person.middle_name;
          d.write.person.birth_date = p.person.birth_date;
        }
        drafts.push_back(std::move(d));
      }
      auto& draft = drafts[it->second];
      bool changed = Merge(draft, p.person, p.pedagogical_since);
      draft.changed = draft.changed || changed;
      auto action = !draft.existed ? "create" : changed ? "update" : "unchanged";
      report_.rows.push_back({p.row, action, FullName(draft.write.person)});
      if (p.person.employments.front().is_main || draft.write.path.region_id == 0) draft.write.path = p.path;
      if (it->second >= last_row_of_draft_.size()) last_row_of_draft_.resize(it->second + 1);
      last_row_of_draft_[it->second] = p.row;
    }
    // Pass 3: every card that changes must still be valid as a whole.
    for (std::size_t i = 0; i < drafts.size(); ++i) {
      auto& d = drafts[i];
      if (d.existed && !d.changed) continue;
      // The draft is dropped on an error, so the card may move into the check.
      auto valid = ValidatePerson(std::move(d.write.person), today_, catalogues_);
      if (!valid) {
        Error(last_row_of_draft_[i], ColumnOfField(valid.error().field), valid.error().message);
        continue;
      }
      d.write.person = std::move(*valid);
      d.write.summary = Summarise(d.write.person, today_);
      if (d.write.summary.organisation_id) {
        if (auto o = by_id_.find(*d.write.summary.organisation_id); o != by_id_.end()) d.write.path = o->second;
      }
      d.write.path.organisation_id = d.write.summary.organisation_id;
    }
    if (progress) progress(total, total);
    return drafts;
  }

 private:
  bool MapColumns() {
    std::unordered_map<std::string, std::size_t> by_title;
    for (std::size_t i = 0; i < table_.header.size(); ++i) by_title.emplace(TitleKey(table_.header[i]), i);
    index_.fill(SIZE_MAX);
    for (std::size_t c = 0; c < kColumnCount; ++c) {
      auto it = by_title.find(TitleKey(kColumns[c].title));
      if (it != by_title.end()) {
        index_[c] = it->second;
      } else if (kColumns[c].required) {
        report_.errors.push_back({1, "", std::string(kColumns[c].title),
                                  "В строке заголовков нет обязательного столбца «" + std::string(kColumns[c].title) +
                                      "»"});
      }
    }
    if (table_.rows.empty() && report_.errors.empty()) {
      report_.errors.push_back({2, "", "", "В файле нет ни одной строки с данными"});
    }
    if (table_.rows.size() > kMaxRows) {
      report_.errors.push_back({1, "", "", "В файле больше 200 000 строк: разделите его на части"});
    }
    return report_.errors.empty();
  }

  std::optional<std::string> Cell(const std::vector<std::string>& cells, Col c) const {
    auto i = index_[c];
    if (i == SIZE_MAX || i >= cells.size()) return std::nullopt;
    auto value = core::NormaliseSpaces(cells[i]);
    if (value.empty()) return std::nullopt;
    return value;
  }

  void Error(int row, Col c, std::string message) {
    std::string letter = index_[c] == SIZE_MAX ? "" : office::ColumnLetter(index_[c]);
    report_.errors.push_back({row, letter, std::string(kColumns[c].title), std::move(message)});
  }

  std::optional<core::Date> DateCell(int row, const std::vector<std::string>& cells, Col c, bool& ok) {
    auto text = Cell(cells, c);
    if (!text) {
      if (kColumns[c].required) {
        Error(row, c, "Укажите «" + std::string(kColumns[c].title) + "»");
        ok = false;
      }
      return std::nullopt;
    }
    auto date = ParseImportDate(*text);
    if (!date) {
      Error(row, c, "Дата «" + *text + "» не распознана: укажите её как ДД.ММ.ГГГГ");
      ok = false;
    }
    return date;
  }

  std::optional<std::string> CodeCell(int row, const std::vector<std::string>& cells, Col c, const Lookup& lookup,
                                      const char* what, bool& ok) {
    auto text = Cell(cells, c);
    if (!text) return std::nullopt;
    auto it = lookup.find(Key(*text));
    if (it == lookup.end()) {
      Error(row, c, std::string("Неизвестное значение ") + what + " «" + *text + "» (см. лист «Справочники» шаблона)");
      ok = false;
      return std::nullopt;
    }
    return it->second;
  }

  bool ParseRow(int row, const std::vector<std::string>& cells, Person& p, std::optional<core::Date>& since,
                core::TerritoryPath& path) {
    bool ok = true;
    auto required = [&](Col c) -> std::string {
      auto v = Cell(cells, c);
      if (!v) {
        Error(row, c, "Укажите «" + std::string(kColumns[c].title) + "»");
        ok = false;
        return {};
      }
      return *v;
    };
    p.last_name = required(kLastName);
    p.first_name = required(kFirstName);
    p.middle_name = Cell(cells, kMiddleName);
    if (auto d = DateCell(row, cells, kBirthDate, ok)) p.birth_date = *d;
    p.email = Cell(cells, kEmail);
    p.phone = Cell(cells, kPhone);
    Employment e;
    if (auto inn = Cell(cells, kInn)) {
      auto it = organisations_.find(*inn);
      if (it == organisations_.end()) {
        Error(row, kInn, "Организация с ИНН " + *inn + " не найдена в реестре");
        ok = false;
      } else if (actor_.principal &&
                 !actor_.principal->Reaches(it->second.path, access::kKeepers)) {
        Error(row, kInn, "Организация «" + it->second.name + "» вне вашей территории: загружать её работников нельзя");
        ok = false;
      } else {
        e.organisation_id = it->second.id;
        e.organisation_name = it->second.name;
        path = it->second.path;
      }
    } else {
      required(kInn);
    }
    if (Cell(cells, kPosition)) {
      if (auto code = CodeCell(row, cells, kPosition, positions_, "должности", ok)) e.position = *code;
    } else {
      required(kPosition);
    }
    e.pedagogical = e.position != "other";
    if (auto list = Cell(cells, kSubjects)) {
      std::string current;
      for (char ch : *list + ";") {
        if (ch != ';') {
          current += ch;
          continue;
        }
        auto part = core::NormaliseSpaces(current);
        current.clear();
        if (part.empty()) continue;
        auto it = subjects_.find(Key(part));
        if (it == subjects_.end()) {
          Error(row, kSubjects, "Неизвестный предмет «" + part + "» (см. лист «Справочники» шаблона)");
          ok = false;
        } else {
          e.subjects.push_back(it->second);
        }
      }
      std::sort(e.subjects.begin(), e.subjects.end());
      e.subjects.erase(std::unique(e.subjects.begin(), e.subjects.end()), e.subjects.end());
    }
    if (auto text = Cell(cells, kIsMain)) {
      auto yes = ParseYesNo(*text);
      if (!yes) {
        Error(row, kIsMain, "Ожидается «да» или «нет», а не «" + *text + "»");
        ok = false;
      } else {
        e.is_main = *yes;
      }
    }
    if (auto d = DateCell(row, cells, kHiredOn, ok)) e.started_on = *d;
    since = DateCell(row, cells, kPedagogicalSince, ok);
    if (ok && since && e.started_on < *since) {
      Error(row, kPedagogicalSince, "Начало педагогической деятельности позже даты приёма");
      ok = false;
    }
    p.employments.push_back(std::move(e));

    bool ok_education = true;
    auto level = CodeCell(row, cells, kEducationLevel, levels_, "уровня образования", ok_education);
    auto institution = Cell(cells, kInstitution);
    auto ped_text = Cell(cells, kEducationPedagogical);
    auto year_text = Cell(cells, kGraduatedYear);
    if (level || institution || ped_text || year_text) {
      Education ed;
      if (!level && ok_education) {
        Error(row, kEducationLevel, "Укажите уровень образования: в строке есть сведения об образовании");
        ok_education = false;
      }
      if (!institution) {
        Error(row, kInstitution, "Укажите образовательную организацию, которую окончил работник");
        ok_education = false;
      }
      if (ped_text) {
        auto yes = ParseYesNo(*ped_text);
        if (!yes) {
          Error(row, kEducationPedagogical, "Ожидается «да» или «нет», а не «" + *ped_text + "»");
          ok_education = false;
        } else {
          ed.pedagogical = *yes;
        }
      }
      if (year_text) {
        auto year = ParseInt(*year_text);
        if (!year || *year < 1940 || *year > today_.year) {
          Error(row, kGraduatedYear, "Год окончания «" + *year_text + "» указан неверно (четыре цифры, не позже текущего)");
          ok_education = false;
        } else {
          ed.graduated_year = year;
        }
      }
      if (ok_education) {
        ed.level = *level;
        ed.institution = *institution;
        p.educations.push_back(std::move(ed));
      }
    }
    ok = ok && ok_education;

    bool ok_category = true;
    auto category = CodeCell(row, cells, kCategory, categories_, "квалификационной категории", ok_category);
    auto awarded = DateCell(row, cells, kCategoryOn, ok_category);
    if (category && *category != "none") {
      if (!awarded && ok_category) {
        Error(row, kCategoryOn, "Укажите дату присвоения категории");
        ok_category = false;
      }
      if (ok_category) p.categories.push_back({0, *category, *awarded, Cell(cells, kCategoryDirective)});
    } else if (awarded && ok_category) {
      Error(row, kCategory, "Укажите категорию: в строке есть дата её присвоения");
      ok_category = false;
    }
    ok = ok && ok_category;

    auto programme = Cell(cells, kCourseProgramme);
    auto hours_text = Cell(cells, kCourseHours);
    bool ok_course = true;
    auto course_end = DateCell(row, cells, kCourseEndedOn, ok_course);
    if (programme || hours_text || course_end) {
      if (!programme) {
        Error(row, kCourseProgramme, "Укажите программу курсов: в строке есть часы или дата окончания");
        ok_course = false;
      }
      std::optional<int> hours = hours_text ? ParseInt(*hours_text) : std::nullopt;
      if (!hours || *hours <= 0 || *hours > 10000) {
        Error(row, kCourseHours, hours_text ? "Часы курсов «" + *hours_text + "»: укажите целое число больше нуля"
                                            : std::string("Укажите число часов курсов"));
        ok_course = false;
      }
      if (!course_end && ok_course) {
        Error(row, kCourseEndedOn, "Укажите дату окончания курсов");
        ok_course = false;
      }
      if (ok_course) p.courses.push_back({0, *programme, std::nullopt, *hours, *course_end, *course_end});
    }
    return ok && ok_course;
  }

  /// Merges one row into the card; true when the card changed.
  static bool Merge(Draft& draft, const Person& row, const std::optional<core::Date>& since) {
    auto& card = draft.write.person;
    bool changed = false;
    if (row.email && row.email != card.email) {
      card.email = row.email;
      draft.write.contacts_changed = changed = true;
    }
    if (row.phone && row.phone != card.phone) {
      card.phone = row.phone;
      draft.write.contacts_changed = changed = true;
    }
    const auto& e = row.employments.front();
    auto same = std::find_if(card.employments.begin(), card.employments.end(), [&](const Employment& x) {
      return x.organisation_id == e.organisation_id && x.position == e.position && !x.ended_on;
    });
    if (same == card.employments.end()) {
      card.employments.push_back(e);
      changed = true;
    } else if (same->subjects != e.subjects || same->is_main != e.is_main || same->started_on != e.started_on) {
      same->subjects = e.subjects;
      same->is_main = e.is_main;
      same->started_on = e.started_on;
      if (same->id != 0) draft.write.changed_employments.push_back(same->id);
      changed = true;
    }
    if (since && *since < e.started_on) {
      auto until = e.started_on.AddDays(-1);
      bool known = std::any_of(card.employments.begin(), card.employments.end(), [&](const Employment& x) {
        return !x.organisation_id && x.pedagogical && x.started_on == *since && x.ended_on == until;
      });
      if (!known) {
        Employment before{0, std::nullopt, kElsewhere, e.position == "other" ? "teacher" : e.position,
                          e.subjects, true, true, *since, until};
        card.employments.push_back(std::move(before));
        changed = true;
      }
    }
    for (const auto& ed : row.educations) {
      bool known = std::any_of(card.educations.begin(), card.educations.end(), [&](const Education& x) {
        return x.level == ed.level && Key(x.institution) == Key(ed.institution);
      });
      if (!known) {
        card.educations.push_back(ed);
        changed = true;
      }
    }
    for (const auto& c : row.categories) {
      bool known = std::any_of(card.categories.begin(), card.categories.end(), [&](const CategoryAward& x) {
        return x.category == c.category && x.awarded_on == c.awarded_on;
      });
      if (!known) {
        card.categories.push_back(c);
        changed = true;
      }
    }
    for (const auto& c : row.courses) {
      bool known = std::any_of(card.courses.begin(), card.courses.end(), [&](const Course& x) {
        return Key(x.programme) == Key(c.programme) && x.ended_on == c.ended_on;
      });
      if (!known) {
        card.courses.push_back(c);
        changed = true;
      }
    }
    return changed;
  }

  PeopleImportStore& store_;
  const core::Actor& actor_;
  const office::Table& table_;
  core::Date today_;
  PeopleImportReport& report_;
  std::array<std::size_t, kColumnCount> index_{};
  Lookup positions_, subjects_, levels_, categories_;
  PersonCatalogues catalogues_;
  std::unordered_map<std::string, ImportOrganisation> organisations_;
  std::unordered_map<std::int64_t, core::TerritoryPath> by_id_;
  std::vector<int> last_row_of_draft_;  // by draft: the last row merged into it (errors of the whole card)
};

void JsonString(std::string& out, std::string_view text) {
  out += '"';
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          static constexpr char kHex[] = "0123456789abcdef";
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

}  // namespace

std::string ImportReportJson(const PeopleImportReport& r) {
  std::string out = std::string("{\"committed\":") + (r.committed ? "true" : "false") +
                    ",\"created\":" + std::to_string(r.created) + ",\"updated\":" + std::to_string(r.updated) +
                    ",\"unchanged\":" + std::to_string(r.unchanged) + ",\"rows\":[";
  out.reserve(out.size() + r.rows.size() * 64);
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    if (i) out += ',';
    out += "{\"row\":" + std::to_string(r.rows[i].row) + ",\"action\":\"" + r.rows[i].action + "\",\"name\":";
    JsonString(out, r.rows[i].name);
    out += '}';
  }
  out += "],\"errors\":[";
  for (std::size_t i = 0; i < r.errors.size(); ++i) {
    const auto& e = r.errors[i];
    if (i) out += ',';
    out += "{\"row\":" + std::to_string(e.row) + ",\"column\":";
    JsonString(out, e.column);
    out += ",\"column_title\":";
    JsonString(out, e.column_title);
    out += ",\"message\":";
    JsonString(out, e.message);
    out += '}';
  }
  out += "]}";
  return out;
}

std::vector<office::Sheet> PeopleImportTemplate(PeopleImportStorage& storage) {
  office::Sheet columns{"Работники", {}, {}, {}};
  for (const auto& c : kColumns) columns.header.push_back(std::string(c.title) + (c.required ? "*" : ""));
  office::Sheet values{"Справочники", {"Справочник", "Значение", "Код"}, {}, {}};
  const std::pair<const char*, const char*> catalogues[] = {{"positions", "Должность"},
                                                            {"subjects", "Предметы"},
                                                            {"education-levels", "Уровень образования"},
                                                            {"qualification-categories", "Квалификационная категория"}};
  (void)storage.Transact([&](PeopleImportStore& store, audit::AuditTrail&) -> core::Result<void> {
    for (const auto& [catalogue, title] : catalogues) {
      for (const auto& [code, item] : store.CatalogueItems(catalogue)) {
        values.rows.push_back({std::string(title), item, code});
      }
    }
    return core::ValidationError("", "только чтение");  // a read: roll back
  });
  return {columns, values};
}

core::Result<void> MayImportPeople(const core::Actor& actor) {
  if (actor.principal &&
      core::ScopeFilterFor(*actor.principal, access::kKeepers).Empty()) {
    return core::Forbidden("Загружать списки работников могут региональный оператор, муниципальный координатор "
                           "и администратор организации");
  }
  if (!actor.principal && actor.system_name.empty()) return core::Unauthenticated();
  return core::Ok{};
}

core::Result<PeopleImportReport> ImportPeople(PeopleImportStorage& storage, const core::Clock& clock,
                                              const core::Actor& actor, const office::Table& table, bool commit,
                                              const std::function<void(std::int64_t, std::int64_t)>& progress) {
  if (auto may = MayImportPeople(actor); !may) return may.error();
  PeopleImportReport report;
  const auto now_point = clock.Now();
  const auto now = core::FormatTimestamp(now_point);
  const auto today = clock.Today();  // the installation's local date, as every other use case
  const core::DomainError rejected{core::ErrorKind::kValidation, "import_rejected", "В файле есть ошибки", "file"};
  const core::DomainError preview{core::ErrorKind::kValidation, "import_preview", "Предпросмотр", "file"};
  auto done = storage.Transact([&](PeopleImportStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    Planner planner(store, actor, table, today, report);
    auto drafts = planner.Plan(progress);
    if (!report.errors.empty()) return rejected;
    std::vector<PersonWrite> writes;
    writes.reserve(drafts.size());
    for (auto& d : drafts) {
      if (!d.existed) {
        ++report.created;
      } else if (d.changed) {
        ++report.updated;
      } else {
        ++report.unchanged;
      }
      if (!d.existed || d.changed) writes.push_back(std::move(d.write));
    }
    if (!commit) return preview;  // a preview writes nothing
    report.committed = true;
    if (writes.empty()) return core::Ok{};  // the same file again: nothing to write, nothing to audit
    store.Write(writes, now);
    std::optional<core::Grant> grant;
    core::TerritoryPath where{};
    if (actor.principal && !writes.empty()) {
      where.region_id = writes.front().path.region_id;
      if (!actor.principal->grants.empty()) grant = actor.principal->grants.front();
    } else if (!writes.empty()) {
      where.region_id = writes.front().path.region_id;
    }
    auto entry = audit::EntryFor(actor, "import", "person", std::nullopt, where, grant);
    entry.detail = "Импорт списка работников: создано " + std::to_string(report.created) + ", обновлено " +
                   std::to_string(report.updated) + ", без изменений " + std::to_string(report.unchanged);
    for (const auto& w : writes) {
      entry.changes.push_back({"Работник №" + std::to_string(w.person.id), std::nullopt,
                               FullName(w.person) + ", " + w.person.birth_date.Russian()});
    }
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done && done.error().code != "import_rejected" && done.error().code != "import_preview") return done.error();
  if (report.rows.size() > 1) {
    std::sort(report.rows.begin(), report.rows.end(), [](const auto& a, const auto& b) { return a.row < b.row; });
  }
  return report;
}

}  // namespace metodset::people
