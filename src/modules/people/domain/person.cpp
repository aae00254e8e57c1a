#include "modules/people/domain/person.hpp"

#include <algorithm>
#include <utility>

#include "platform/core/text.hpp"

namespace metodset::people {
namespace {

constexpr std::size_t kMaxNamePart = 100;
constexpr std::size_t kMaxText = 1000;

struct Period {
  core::Date from;
  core::Date through;  // inclusive
};

// One period as full years, months and days: the months from `from` to the day after `through`, then the
// days left over (a start on the 31st lands on the month's last day).
Experience Length(const Period& p) {
  const core::Date to = p.through.AddDays(1);
  int months = (to.year - p.from.year) * 12 + (to.month - p.from.month);
  if (to.day < p.from.day) --months;
  const core::Date anchor = p.from.AddMonths(months);
  return {months / 12, months % 12, static_cast<int>(to.DaysSinceEpoch() - anchor.DaysSinceEpoch())};
}

bool IsCurrent(const Employment& e, const core::Date& on) {
  return e.started_on <= on && (!e.ended_on || *e.ended_on >= on);
}

bool Teaches(const Employment& e, const std::string& subject) {
  return std::find(e.subjects.begin(), e.subjects.end(), subject) != e.subjects.end();
}

// Decodes the next code point of valid UTF-8 (the input is checked with IsValidUtf8 first).
char32_t NextCodePoint(std::string_view text, std::size_t& i) {
  const auto c = static_cast<unsigned char>(text[i]);
  int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
  ++i;
  for (; extra > 0 && i < text.size(); --extra, ++i) cp = (cp << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
  return cp;
}

bool IsLetter(char32_t cp) {
  return (cp >= U'А' && cp <= U'я') || cp == U'Ё' || cp == U'ё' || (cp >= U'A' && cp <= U'Z') ||
         (cp >= U'a' && cp <= U'z');
}

// A part of ФИО: letters, with single hyphens or spaces between them («Салтыков-Щедрин», «Оглы Мамед»).
bool IsNamePart(std::string_view text) {
  if (text.empty() || !core::IsValidUtf8(text)) return false;
  bool previous_letter = false;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = NextCodePoint(text, i);
    if (IsLetter(cp)) {
      previous_letter = true;
    } else if ((cp == U'-' || cp == U' ') && previous_letter) {
      previous_letter = false;
    } else {
      return false;
    }
  }
  return previous_letter;
}

bool IsPhone(const std::string& phone) {
  int digits = 0;
  for (char c : phone) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != '+' && c != '(' && c != ')' && c != '-' && c != ' ') {
      return false;
    }
  }
  return digits >= 5 && digits <= 20;
}

std::optional<std::string> Clean(const std::optional<std::string>& value) {
  if (!value) return std::nullopt;
  auto cleaned = core::NormaliseSpaces(*value);
  if (cleaned.empty()) return std::nullopt;
  return cleaned;
}

std::string At(const char* section, std::size_t index, const char* field) {
  return std::string(section) + "[" + std::to_string(index) + "]." + field;
}

std::optional<core::DomainError> CheckNamePart(const char* field, std::string& value, bool required,
                                               const char* title) {
  value = core::NormaliseSpaces(value);
  if (value.empty()) {
    if (!required) return std::nullopt;
    return core::ValidationError(field, std::string("Укажите ") + title);
  }
  if (core::Utf8Length(value) > kMaxNamePart) return core::ValidationError(field, "Значение длиннее 100 символов");
  if (!IsNamePart(value)) {
    return core::ValidationError(field, "Допустимы только буквы, дефис и пробел");
  }
  return std::nullopt;
}

std::optional<core::DomainError> CheckText(const std::string& field, std::string& value, const char* missing) {
  value = core::NormaliseSpaces(value);
  if (value.empty()) return core::ValidationError(field, missing);
  if (core::Utf8Length(value) > kMaxText) return core::ValidationError(field, "Значение длиннее 1000 символов");
  return std::nullopt;
}

}  // namespace

std::string FullName(const Person& p) {
  std::string name = p.last_name + " " + p.first_name;
  if (p.middle_name && !p.middle_name->empty()) name += " " + *p.middle_name;
  return name;
}

core::Date CategoryValidUntil(const core::Date& awarded_on) { return awarded_on.AddMonths(60).AddDays(-1); }

int AgeOn(const core::Date& birth_date, const core::Date& on) {
  int years = on.year - birth_date.year;
  // AddMonths clamps 29 February to 28 February: the anniversary of a leap-day birth (ГК РФ ст. 192).
  if (birth_date.AddMonths(12 * years) > on) --years;
  return years;
}

Experience ExperienceThrough(const std::vector<Employment>& employments, const core::Date& through,
                             bool pedagogical_only, const std::string* subject) {
  std::vector<Period> periods;
  for (const auto& e : employments) {
    if (e.started_on > through || (pedagogical_only && !e.pedagogical)) continue;
    if (subject && !Teaches(e, *subject)) continue;
    const core::Date end = e.ended_on && *e.ended_on < through ? *e.ended_on : through;
    if (end < e.started_on) continue;
    periods.push_back({e.started_on, end});
  }
  std::sort(periods.begin(), periods.end(), [](const Period& a, const Period& b) { return a.from < b.from; });
  // Overlapping and adjoining periods are one period of work: a day is counted once.
  std::vector<Period> merged;
  for (const auto& p : periods) {
    if (!merged.empty() && p.from <= merged.back().through.AddDays(1)) {
      merged.back().through = std::max(merged.back().through, p.through);
    } else {
      merged.push_back(p);
    }
  }
  // A single period is counted by the calendar: 2023-09-01..2026-08-30 is 2 years 11 months 30 days, not three
  // years, so the third year ends on 31 August (docs/api/PEOPLE.md "young specialist").
  if (merged.size() == 1) return Length(merged.front());
  // Several periods: the traditional sum, years, months and days added separately, 30 days = 1 month,
  // 12 months = 1 year.
  Experience sum;
  for (const auto& p : merged) {
    const Experience l = Length(p);
    sum.years += l.years;
    sum.months += l.months;
    sum.days += l.days;
  }
  sum.months += sum.days / 30;
  sum.days %= 30;
  sum.years += sum.months / 12;
  sum.months %= 12;
  return sum;
}

DerivedFacts Derive(const Person& p, const core::Date& on, int attestation_months) {
  DerivedFacts f;
  f.on = on;
  f.age = AgeOn(p.birth_date, on);
  f.total = ExperienceThrough(p.employments, on, false);
  f.pedagogical = ExperienceThrough(p.employments, on, true);
  std::set<std::string> subjects;
  for (const auto& e : p.employments) {
    if (e.started_on <= on && e.pedagogical) subjects.insert(e.subjects.begin(), e.subjects.end());
  }
  for (const auto& s : subjects) f.specialty.push_back({s, ExperienceThrough(p.employments, on, true, &s)});

  const CategoryAward* latest = nullptr;
  for (const auto& c : p.categories) {
    if (c.awarded_on <= on && c.category != "none" && (!latest || c.awarded_on > latest->awarded_on)) latest = &c;
  }
  if (latest) {
    f.category.awarded_on = latest->awarded_on;
    f.category.valid_until = CategoryValidUntil(latest->awarded_on);
    if (*f.category.valid_until >= on) {
      f.category.code = latest->category;
    } else {
      f.category.lapsed_on = f.category.valid_until->AddDays(1);
    }
    // The category must be confirmed before it lapses: due within the horizon, and overdue once lapsed.
    f.attestation_due = *f.category.valid_until <= on.AddMonths(attestation_months);
  }

  // 273-ФЗ ст. 47 п. 5 п. 2: professional development at least once in three years.
  for (const auto& c : p.courses) {
    if (c.ended_on <= on && (!f.last_course_on || c.ended_on > *f.last_course_on)) f.last_course_on = c.ended_on;
  }
  f.pd_due = !f.last_course_on || f.last_course_on->AddMonths(36) <= on;

  // 003 §App2 3.3: a young specialist is in the first three years of pedagogical work and still teaching.
  const bool teaching = std::any_of(p.employments.begin(), p.employments.end(),
                                    [&](const Employment& e) { return e.pedagogical && IsCurrent(e, on); });
  f.young_specialist = teaching && ExperienceThrough(p.employments, on.AddDays(-1), true) < Experience{3, 0, 0};
  // 003 §App2 3.3: a young teacher is under 35.
  f.young_teacher = f.age < 35;
  return f;
}

std::vector<std::string> StatusCodes(const DerivedFacts& facts) {
  std::vector<std::string> codes;
  if (facts.young_specialist) codes.emplace_back("young_specialist");
  if (facts.young_teacher) codes.emplace_back("young_teacher");
  if (facts.attestation_due) codes.emplace_back("attestation_due");
  if (facts.pd_due) codes.emplace_back("pd_due");
  return codes;
}

Summary Summarise(const Person& p, const core::Date& today) {
  Summary s;
  const Employment* place = nullptr;
  for (const auto& e : p.employments) {
    if (e.is_main && e.organisation_id && IsCurrent(e, today)) place = &e;
  }
  if (!place) {
    for (const auto& e : p.employments) {
      if (e.organisation_id && e.started_on <= today && (!place || e.started_on > place->started_on)) place = &e;
    }
  }
  if (!place) {
    for (const auto& e : p.employments) {
      if (e.organisation_id && (!place || e.started_on > place->started_on)) place = &e;
    }
  }
  if (place) {
    s.organisation_id = place->organisation_id;
    s.position = place->position;
  }
  std::set<std::string> subjects;
  for (const auto& e : p.employments) {
    if (IsCurrent(e, today)) subjects.insert(e.subjects.begin(), e.subjects.end());
  }
  s.subjects.assign(subjects.begin(), subjects.end());

  const CategoryAward* latest = nullptr;
  for (const auto& c : p.categories) {
    if (c.category != "none" && (!latest || c.awarded_on > latest->awarded_on)) latest = &c;
  }
  if (latest) {
    s.category = latest->category;
    s.category_until = CategoryValidUntil(latest->awarded_on);
  }
  for (const auto& c : p.courses) {
    if (!s.last_course_on || c.ended_on > *s.last_course_on) s.last_course_on = c.ended_on;
  }

  // The day young-specialist status ends if the current pedagogical work goes on without a break: the
  // first day D with three years of pedagogical work through D (Derive tests the day before), capped by the
  // planned end of that work. Experience grows with the date, so a binary search finds it.
  std::optional<core::Date> work_ends;
  bool teaching = false;
  std::vector<Employment> going_on = p.employments;
  for (auto& e : going_on) {
    if (e.pedagogical && IsCurrent(e, today)) {
      teaching = true;
      if (e.ended_on && (!work_ends || *e.ended_on > *work_ends)) work_ends = e.ended_on;
      if (!e.ended_on) work_ends = core::Date{9999, 12, 31};
      e.ended_on.reset();
    }
  }
  const Experience three{3, 0, 0};
  if (teaching && ExperienceThrough(going_on, today.AddDays(-1), true) < three) {
    long lo = today.AddDays(-1).DaysSinceEpoch();  // under three years through lo
    long hi = today.DaysSinceEpoch() + 3 * 366 + 2;  // three years through hi
    while (hi - lo > 1) {
      const long mid = lo + (hi - lo) / 2;
      if (ExperienceThrough(going_on, core::Date::FromDaysSinceEpoch(mid), true) < three) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    s.young_specialist_until = std::min(core::Date::FromDaysSinceEpoch(hi), *work_ends);
  }
  return s;
}

core::Result<Person> ValidatePerson(Person p, const core::Date& today, const PersonCatalogues& catalogues) {
  if (auto e = CheckNamePart("last_name", p.last_name, true, "фамилию")) return *e;
  if (auto e = CheckNamePart("first_name", p.first_name, true, "имя")) return *e;
  if (p.middle_name) {
    if (auto e = CheckNamePart("middle_name", *p.middle_name, false, "отчество")) return *e;
    if (p.middle_name->empty()) p.middle_name.reset();
  }
  if (p.birth_date >= today) return core::ValidationError("birth_date", "Дата рождения не может быть в будущем");
  if (p.birth_date.year < 1900) return core::ValidationError("birth_date", "Дата рождения раньше 1900 года");
  if (AgeOn(p.birth_date, today) < 14) {
    return core::ValidationError("birth_date", "Работнику должно быть не меньше 14 лет");
  }
  p.email = Clean(p.email);
  if (p.email) {
    p.email = core::LowerUtf8(*p.email);
    if (!core::IsPlausibleEmail(*p.email)) {
      return core::ValidationError("email", "Адрес электронной почты указан неверно (пример: ivanova@school1.ru)");
    }
  }
  p.phone = Clean(p.phone);
  if (p.phone && !IsPhone(*p.phone)) {
    return core::ValidationError("phone", "Телефон: цифры, пробелы, «+», «-» и скобки (пример: +7 (4162) 20-00-00)");
  }

  int current_main = 0;
  for (std::size_t i = 0; i < p.employments.size(); ++i) {
    auto& e = p.employments[i];
    e.organisation_name = core::NormaliseSpaces(e.organisation_name);
    if (!e.organisation_id && e.organisation_name.empty()) {
      return core::ValidationError(At("employments", i, "organisation_name"), "Укажите место работы");
    }
    if (e.position.empty()) return core::ValidationError(At("employments", i, "position"), "Укажите должность");
    if (!catalogues.positions.contains(e.position)) {
      return core::ValidationError(At("employments", i, "position"), "Неизвестная должность");
    }
    std::sort(e.subjects.begin(), e.subjects.end());
    e.subjects.erase(std::unique(e.subjects.begin(), e.subjects.end()), e.subjects.end());
    for (const auto& s : e.subjects) {
      if (!catalogues.subjects.contains(s)) {
        return core::ValidationError(At("employments", i, "subjects"), "Неизвестный предмет: " + s);
      }
    }
    if (e.started_on > today) {
      return core::ValidationError(At("employments", i, "started_on"), "Дата приёма не может быть в будущем");
    }
    if (e.started_on < p.birth_date.AddMonths(12 * 14)) {
      return core::ValidationError(At("employments", i, "started_on"), "Дата приёма раньше 14-летия работника");
    }
    if (e.ended_on && *e.ended_on < e.started_on) {
      return core::ValidationError(At("employments", i, "ended_on"), "Дата увольнения раньше даты приёма");
    }
    if (e.is_main && IsCurrent(e, today) && ++current_main > 1) {
      return core::ValidationError(At("employments", i, "is_main"),
                                   "Основное место работы может быть только одно; остальные — по совместительству");
    }
  }
  for (std::size_t i = 0; i < p.educations.size(); ++i) {
    auto& e = p.educations[i];
    if (!catalogues.education_levels.contains(e.level)) {
      return core::ValidationError(At("educations", i, "level"), "Неизвестный уровень образования");
    }
    if (auto err = CheckText(At("educations", i, "institution"), e.institution, "Укажите образовательную организацию")) {
      return *err;
    }
    e.speciality = Clean(e.speciality);
    if (e.graduated_year && (*e.graduated_year < p.birth_date.year + 14 || *e.graduated_year > today.year)) {
      return core::ValidationError(At("educations", i, "graduated_year"), "Год окончания вне допустимого диапазона");
    }
  }
  for (std::size_t i = 0; i < p.categories.size(); ++i) {
    auto& c = p.categories[i];
    if (!catalogues.categories.contains(c.category) || c.category == "none") {
      return core::ValidationError(At("categories", i, "category"), "Неизвестная квалификационная категория");
    }
    if (c.awarded_on > today) {
      return core::ValidationError(At("categories", i, "awarded_on"), "Дата присвоения не может быть в будущем");
    }
    if (c.awarded_on < p.birth_date) {
      return core::ValidationError(At("categories", i, "awarded_on"), "Дата присвоения раньше даты рождения");
    }
    c.directive = Clean(c.directive);
  }
  for (std::size_t i = 0; i < p.courses.size(); ++i) {
    auto& c = p.courses[i];
    if (auto err = CheckText(At("courses", i, "programme"), c.programme, "Укажите программу курсов")) return *err;
    c.provider = Clean(c.provider);
    if (c.hours <= 0) return core::ValidationError(At("courses", i, "hours"), "Число часов должно быть больше нуля");
    if (c.ended_on > today) {
      return core::ValidationError(At("courses", i, "ended_on"), "Курсы ещё не окончены: дата в будущем");
    }
    if (c.ended_on < c.started_on) {
      return core::ValidationError(At("courses", i, "ended_on"), "Дата окончания раньше даты начала");
    }
  }
  for (std::size_t i = 0; i < p.achievements.size(); ++i) {
    auto& a = p.achievements[i];
    if (!catalogues.achievement_kinds.contains(a.kind)) {
      return core::ValidationError(At("achievements", i, "kind"), "Неизвестный вид достижения");
    }
    a.level = Clean(a.level);
    if (a.level && !catalogues.achievement_levels.contains(*a.level)) {
      return core::ValidationError(At("achievements", i, "level"), "Неизвестный уровень достижения");
    }
    if (auto err = CheckText(At("achievements", i, "title"), a.title, "Укажите название")) return *err;
    if (a.achieved_on > today) {
      return core::ValidationError(At("achievements", i, "achieved_on"), "Дата не может быть в будущем");
    }
    if (a.valid_until && *a.valid_until < a.achieved_on) {
      return core::ValidationError(At("achievements", i, "valid_until"), "Срок действия раньше даты достижения");
    }
  }
  for (std::size_t i = 0; i < p.consents.size(); ++i) {
    auto& c = p.consents[i];
    if (!catalogues.consent_purposes.contains(c.purpose)) {
      return core::ValidationError(At("consents", i, "purpose"), "Неизвестная цель согласия");
    }
    if (!catalogues.consent_forms.contains(c.form)) {
      return core::ValidationError(At("consents", i, "form"), "Неизвестная форма согласия");
    }
    if (c.given_on > today) {
      return core::ValidationError(At("consents", i, "given_on"), "Дата согласия не может быть в будущем");
    }
    if (c.withdrawn_on && (*c.withdrawn_on < c.given_on || *c.withdrawn_on > today)) {
      return core::ValidationError(At("consents", i, "withdrawn_on"),
                                   "Дата отзыва — не раньше даты согласия и не в будущем");
    }
  }
  return p;
}

}  // namespace metodset::people
