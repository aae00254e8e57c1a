// The people generator of the demo: staff for every organisation with realistic positions, subjects, ages,
// careers, education, categories, courses, achievements and consents; written with BulkInsert in batches.
// Synthetic names from common Russian surnames, names and patronymics (no real persons).

#include <algorithm>
#include <array>
#include <chrono>
#include <ostream>
#include <string_view>

#include "demo/demo.hpp"
#include "modules/people/domain/person.hpp"
#include "platform/core/text.hpp"

namespace metodset::demo {
namespace {

using storage::Value;

/// splitmix64: small, fast and the same on every platform.
struct Rng {
  std::uint64_t state;
  std::uint64_t Next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint64_t>(n)); }
  int Between(int lo, int hi) { return lo + Below(hi - lo + 1); }
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }
};

// Surnames as (masculine, feminine).
constexpr std::array<std::pair<const char*, const char*>, 64> kSurnames{{
    {"Иванов", "Иванова"}, {"Смирнов", "Смирнова"}, {"Кузнецов", "Кузнецова"}, {"Попов", "Попова"},
    {"Васильев", "Васильева"}, {"Петров", "Петрова"}, {"Соколов", "Соколова"}, {"Михайлов", "Михайлова"},
    {"Новиков", "Новикова"}, {"Фёдоров", "Фёдорова"}, {"Морозов", "Морозова"}, {"Волков", "Волкова"},
    {"Алексеев", "Алексеева"}, {"Лебедев", "Лебедева"}, {"Семёнов", "Семёнова"}, {"Егоров", "Егорова"},
    {"Павлов", "Павлова"}, {"Козлов", "Козлова"}, {"Степанов", "Степанова"}, {"Николаев", "Николаева"},
    {"Орлов", "Орлова"}, {"Андреев", "Андреева"}, {"Макаров", "Макарова"}, {"Никитин", "Никитина"},
    {"Захаров", "Захарова"}, {"Зайцев", "Зайцева"}, {"Соловьёв", "Соловьёва"}, {"Борисов", "Борисова"},
    {"Яковлев", "Яковлева"}, {"Григорьев", "Григорьева"}, {"Романов", "Романова"}, {"Воробьёв", "Воробьёва"},
    {"Сергеев", "Сергеева"}, {"Кузьмин", "Кузьмина"}, {"Фролов", "Фролова"}, {"Александров", "Александрова"},
    {"Дмитриев", "Дмитриева"}, {"Королёв", "Королёва"}, {"Гусев", "Гусева"}, {"Киселёв", "Киселёва"},
    {"Ильин", "Ильина"}, {"Максимов", "Максимова"}, {"Поляков", "Полякова"}, {"Сорокин", "Сорокина"},
    {"Виноградов", "Виноградова"}, {"Ковалёв", "Ковалёва"}, {"Белов", "Белова"}, {"Медведев", "Медведева"},
    {"Антонов", "Антонова"}, {"Тарасов", "Тарасова"}, {"Жуков", "Жукова"}, {"Баранов", "Баранова"},
    {"Филиппов", "Филиппова"}, {"Комаров", "Комарова"}, {"Давыдов", "Давыдова"}, {"Беляев", "Беляева"},
    {"Герасимов", "Герасимова"}, {"Богданов", "Богданова"}, {"Осипов", "Осипова"}, {"Сидоров", "Сидорова"},
    {"Матвеев", "Матвеева"}, {"Титов", "Титова"}, {"Марков", "Маркова"}, {"Миронов", "Миронова"},
}};
constexpr std::array<const char*, 24> kMaleNames{"Александр", "Сергей", "Андрей", "Алексей", "Дмитрий", "Владимир",
                                                 "Николай", "Иван", "Евгений", "Михаил", "Игорь", "Юрий",
                                                 "Виктор", "Олег", "Павел", "Максим", "Роман", "Денис",
                                                 "Артём", "Константин", "Виталий", "Вячеслав", "Геннадий", "Илья"};
constexpr std::array<const char*, 28> kFemaleNames{"Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана",
                                                   "Анна", "Мария", "Юлия", "Екатерина", "Галина", "Людмила",
                                                   "Марина", "Надежда", "Оксана", "Любовь", "Валентина", "Анастасия",
                                                   "Лариса", "Вера", "Евгения", "Дарья", "Ксения", "Алёна",
                                                   "Виктория", "Полина", "Нина", "Алина"};
// Patronymics as (masculine, feminine), from the same fathers' names.
constexpr std::array<std::pair<const char*, const char*>, 22> kPatronymics{{
    {"Александрович", "Александровна"}, {"Сергеевич", "Сергеевна"}, {"Андреевич", "Андреевна"},
    {"Алексеевич", "Алексеевна"}, {"Дмитриевич", "Дмитриевна"}, {"Владимирович", "Владимировна"},
    {"Николаевич", "Николаевна"}, {"Иванович", "Ивановна"}, {"Евгеньевич", "Евгеньевна"},
    {"Михайлович", "Михайловна"}, {"Игоревич", "Игоревна"}, {"Юрьевич", "Юрьевна"}, {"Викторович", "Викторовна"},
    {"Олегович", "Олеговна"}, {"Павлович", "Павловна"}, {"Петрович", "Петровна"}, {"Анатольевич", "Анатольевна"},
    {"Васильевич", "Васильевна"}, {"Геннадьевич", "Геннадьевна"}, {"Борисович", "Борисовна"},
    {"Валерьевич", "Валерьевна"}, {"Константинович", "Константиновна"},
}};

/// A name with its lower-case form and sort key, computed once.
struct PoolName {
  std::string text, lower, key;
};
std::vector<PoolName> Pool(const std::vector<std::string>& names) {
  std::vector<PoolName> out;
  for (const auto& n : names) out.push_back({n, core::LowerUtf8(n), core::RussianSortKey(n)});
  return out;
}

struct Names {
  std::vector<PoolName> surname_m, surname_f, name_m, name_f, patr_m, patr_f;
  std::string space_key = core::RussianSortKey(" ");
  Names() {
    std::vector<std::string> a, b, c, d, e, f;
    for (auto [m, w] : kSurnames) a.push_back(m), b.push_back(w);
    for (auto n : kMaleNames) c.push_back(n);
    for (auto n : kFemaleNames) d.push_back(n);
    for (auto [m, w] : kPatronymics) e.push_back(m), f.push_back(w);
    surname_m = Pool(a), surname_f = Pool(b), name_m = Pool(c), name_f = Pool(d), patr_m = Pool(e), patr_f = Pool(f);
  }
};

// Subjects of a teacher by weight (per mille), and the combinations a small school gives one teacher.
struct WeightedSubjects {
  int weight;
  std::vector<std::string> subjects;
};
const std::vector<WeightedSubjects> kTeacherSubjects{
    {250, {"primary"}}, {120, {"literature", "russian"}}, {110, {"mathematics"}}, {80, {"english"}},
    {55, {"history", "social_studies"}}, {60, {"physical_education"}}, {35, {"biology"}}, {30, {"chemistry"}},
    {35, {"physics"}}, {30, {"geography"}}, {35, {"informatics"}}, {20, {"music"}}, {20, {"art"}},
    {30, {"technology"}}, {20, {"safety"}}, {10, {"german"}}, {15, {"chinese"}}, {15, {"orkse"}},
    {10, {"special_education"}}, {5, {"native_language"}}, {5, {"french"}}};
const std::vector<WeightedSubjects> kSmallSchoolSubjects{
    {300, {"primary"}}, {120, {"literature", "russian"}}, {100, {"mathematics", "physics"}},
    {80, {"mathematics", "informatics"}}, {90, {"biology", "chemistry", "geography"}},
    {90, {"history", "orkse", "social_studies"}}, {70, {"english", "german"}},
    {80, {"physical_education", "safety"}}, {70, {"art", "music", "technology"}}};


int Pick(Rng& rng, const std::vector<WeightedSubjects>& table) {
  int total = 0;
  for (const auto& w : table) total += w.weight;
  int r = rng.Below(total);
  for (std::size_t i = 0; i < table.size(); ++i) {
    if ((r -= table[i].weight) < 0) return static_cast<int>(i);
  }
  return 0;
}

constexpr std::array<const char*, 12> kElsewhere{
    "МБОУ «СОШ № 5» г. Хабаровска",       "МАОУ «Гимназия № 3» г. Владивостока", "МБОУ «СОШ № 12» г. Читы",
    "МОБУ «СОШ № 2» г. Нерюнгри",         "МДОБУ «Детский сад № 14» г. Хабаровска", "МБОУ «СОШ № 7» г. Биробиджана",
    "МАОУ «Лицей № 1» г. Иркутска",       "МБОУ «СОШ № 21» г. Новосибирска",    "МКОУ «ООШ с. Красное»",
    "МБДОУ «Детский сад № 4» г. Комсомольска-на-Амуре", "МБОУ «СОШ № 9» г. Уссурийска", "МАОУ «СОШ № 30» г. Улан-Удэ"};
constexpr std::array<const char*, 6> kNonPedagogical{"ООО «Амурторг»",        "АО «Дальневосточная распределительная сетевая компания»",
                                                     "ГАУЗ АО «Амурская областная клиническая больница»", "ПАО «Сбербанк»",
                                                     "ООО «Восток-Сервис»", "Отделение почтовой связи АО «Почта России»"};
constexpr std::array<const char*, 6> kInstitutions{
    "ФГБОУ ВО «Благовещенский государственный педагогический университет»",
    "ФГБОУ ВО «Амурский государственный университет»",
    "ФГБОУ ВО «Амурский гуманитарно-педагогический государственный университет»",
    "ФГБОУ ВО «Тихоокеанский государственный университет»",
    "ФГБОУ ВО «Забайкальский государственный университет»",
    "ФГБОУ ВО «Дальневосточный федеральный университет»"};
constexpr std::array<const char*, 3> kColleges{"ГПОАУ «Амурский педагогический колледж»",
                                               "ГПОАУ АО «Свободненский педагогический колледж»",
                                               "ГБПОУ «Хабаровский педагогический колледж имени Героя Советского Союза Д. Л. Калараша»"};
struct Programme {
  const char* title;
  int hours;
};
constexpr std::array<Programme, 10> kProgrammes{{
    {"Реализация требований обновлённых ФГОС НОО, ФГОС ООО в работе учителя", 36},
    {"Школа современного учителя: развитие предметных компетенций", 100},
    {"Формирование функциональной грамотности обучающихся", 72},
    {"Организация работы с обучающимися с ОВЗ в соответствии с ФГОС", 72},
    {"Цифровая образовательная среда: инструменты педагога", 36},
    {"Разговоры о важном: система работы классного руководителя", 58},
    {"Подготовка экспертов предметных комиссий ГИА", 24},
    {"Реализация ФОП ДО в дошкольной образовательной организации", 72},
    {"Наставничество в образовательной организации", 36},
    {"Первая помощь в образовательной организации", 16},
}};
constexpr std::array<const char*, 4> kProviders{"ГАУ ДПО «Амурский областной институт развития образования»",
                                                "ФГАОУ ДПО «Академия Минпросвещения России»",
                                                "ФГБОУ ВО «Благовещенский государственный педагогический университет»",
                                                "ООО «Центр инновационного образования и воспитания»"};
constexpr std::array<const char*, 7> kAchievementKinds{"competence_assessment", "exam_commission", "community_leader",
                                                      "methodological_head",  "contest_winner",  "expert_evaluation",
                                                      "coordinating_institution"};
constexpr std::array<const char*, 7> kAchievementTitles{
    "Оценка предметных и методических компетенций учителей", "Член предметной комиссии ГИА-11",
    "Руководитель ассоциации учителей-предметников",         "Руководитель методического объединения",
    "Конкурс профессионального мастерства «Учитель года»",     "Экспертная оценка профессиональной деятельности",
    "Работа в координирующей организации"};
constexpr std::array<const char*, 4> kLevels{"organisation", "municipal", "regional", "federal"};

/// `YYYY-MM-DD` into a fixed buffer, without allocating.
struct IsoDate {
  char text[10];
  explicit IsoDate(const core::Date& d) {
    auto put = [&](int at, int value, int digits) {
      for (int i = digits - 1; i >= 0; --i, value /= 10) text[at + i] = static_cast<char>('0' + value % 10);
    };
    put(0, d.year, 4);
    text[4] = '-';
    put(5, d.month, 2);
    text[7] = '-';
    put(8, d.day, 2);
  }
  std::string_view view() const { return {text, 10}; }
};

void Set(Value& v, std::string_view s) {
  if (auto* p = std::get_if<std::string>(&v)) {
    p->assign(s);
  } else {
    v = std::string(s);
  }
}
void Set(Value& v, std::int64_t x) { v = x; }
void Set(Value& v, const core::Date& d) { Set(v, IsoDate(d).view()); }
void SetNull(Value& v) { v = std::monostate{}; }
template <typename T>
void SetOpt(Value& v, const std::optional<T>& x) {
  if (x) {
    Set(v, *x);
  } else {
    SetNull(v);
  }
}

/// One table's batch: rows are reused between batches so that their strings keep their capacity.
struct Batch {
  std::string table;
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  std::size_t used = 0;
  std::vector<Value>& Next() {
    if (used == rows.size()) rows.emplace_back(columns.size());
    return rows[used++];
  }
  std::int64_t Flush(storage::Connection& conn) {
    auto n = static_cast<std::int64_t>(used);
    if (used == 0) return 0;
    if (used < rows.size()) rows.resize(used);
    conn.BulkInsert(table, columns, rows);
    used = 0;
    return n;
  }
};

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) {
    if (!out.empty()) out += ',';
    out += c;
  }
  return out;
}

enum class Profile { kRandom, kTeacherUser, kYoungSpecialist, kLapsingCategory, kPdDue };

class Generator {
 public:
  Generator(const core::Date& today, std::uint64_t seed) : today_(today), rng_{seed} {}

  /// Fills `p` (reusing its storage) with the `index`-th member of `org`'s staff.
  void Make(people::Person& p, const OrgSlot& org, int index, Profile profile) {
    Rng& r = rng_;
    std::string_view position = "teacher";
    int subjects_pick = -1;
    bool small_school = org.kind == OrgKind::kSchool && org.staff < 18;
    std::string_view only_subject;
    switch (org.kind) {
      case OrgKind::kSchool: {
        static constexpr std::array<std::pair<int, const char*>, 10> kStaff{{{0, "director"}, {0, "deputy_teaching"},
            {15, "deputy_upbringing"}, {30, "deputy_methodological"}, {12, "psychologist"}, {25, "social_pedagogue"},
            {35, "speech_therapist"}, {40, "teacher_organiser"}, {45, "librarian"}, {30, "upbringing_advisor"}}};
        if (index < static_cast<int>(kStaff.size()) && org.staff >= kStaff[index].first) {
          position = kStaff[index].second;
        } else {
          subjects_pick = Pick(r, small_school ? kSmallSchoolSubjects : kTeacherSubjects);
        }
        break;
      }
      case OrgKind::kKindergarten: {
        static constexpr std::array<std::pair<int, const char*>, 6> kStaff{{{0, "director"}, {10, "senior_educator"},
            {0, "music_director"}, {15, "pe_instructor"}, {12, "speech_therapist"}, {18, "psychologist"}}};
        if (index < static_cast<int>(kStaff.size()) && org.staff >= kStaff[index].first) {
          position = kStaff[index].second;
        } else {
          position = "educator";
          only_subject = "preschool";
        }
        break;
      }
      case OrgKind::kAdditional:
        position = index == 0 ? "director" : index == 1 ? "methodist" : index == 2 ? "teacher_organiser" : "additional_teacher";
        if (index >= 3) only_subject = "additional";
        break;
      case OrgKind::kMethodCentre:
      case OrgKind::kInstitute:
        position = index == 0 ? "director" : "methodist";
        break;
    }
    if (profile != Profile::kRandom) {
      position = "teacher";
      subjects_pick = profile == Profile::kTeacherUser ? 0 : profile == Profile::kYoungSpecialist ? 2 : 1;
    }
    const std::vector<std::string>* subjects = subjects_pick >= 0
        ? &(small_school && profile == Profile::kRandom ? kSmallSchoolSubjects : kTeacherSubjects)[subjects_pick].subjects
        : nullptr;

    // Gender: women make up most of the profession, nearly all of kindergartens and primary school.
    double female = 0.84;
    if (org.kind == OrgKind::kKindergarten || (subjects && (*subjects)[0] == "primary")) female = 0.98;
    if (subjects && ((*subjects)[0] == "physical_education" || (*subjects)[0] == "safety" ||
                     (*subjects)[0] == "technology" || (*subjects)[0] == "informatics")) female = 0.45;
    if (position == "director") female = 0.72;
    bool woman = profile != Profile::kRandom || r.Chance(female);
    const auto& surnames = woman ? names_.surname_f : names_.surname_m;
    const auto& first_names = woman ? names_.name_f : names_.name_m;
    const auto& patronymics = woman ? names_.patr_f : names_.patr_m;
    last_ = &surnames[r.Below(static_cast<int>(surnames.size()))];
    first_ = &first_names[r.Below(static_cast<int>(first_names.size()))];
    middle_ = r.Chance(0.995) ? &patronymics[r.Below(static_cast<int>(patronymics.size()))] : nullptr;
    if (profile == Profile::kTeacherUser) {  // the demo user `teacher`: Ефимова Мария Ивановна
      static const PoolName kLast{"Ефимова", core::LowerUtf8("Ефимова"), core::RussianSortKey("Ефимова")};
      last_ = &kLast;
      first_ = &*std::find_if(first_names.begin(), first_names.end(), [](auto& n) { return n.text == "Мария"; });
      middle_ = &*std::find_if(patronymics.begin(), patronymics.end(), [](auto& n) { return n.text == "Ивановна"; });
    }
    p.last_name = last_->text;
    p.first_name = first_->text;
    if (middle_) {
      p.middle_name = middle_->text;
    } else {
      p.middle_name.reset();
    }

    // Age 22–70, most between 35 and 60; directors older.
    static constexpr std::array<int, 6> kAgeFrom{22, 30, 40, 50, 60, 66};
    static constexpr std::array<int, 6> kAgeWeight{12, 20, 27, 25, 11, 5};
    int bucket = 0;
    for (int roll = r.Below(100); bucket < 5 && (roll -= kAgeWeight[bucket]) >= 0;) ++bucket;
    int age = r.Between(kAgeFrom[bucket], bucket == 5 ? 70 : kAgeFrom[bucket + 1] - 1);
    if (position == "director" && age < 35) age += 15;
    if (profile == Profile::kYoungSpecialist) age = 23;
    if (profile == Profile::kTeacherUser) age = 38;
    if (profile == Profile::kLapsingCategory || profile == Profile::kPdDue) age = 47;
    p.birth_date = today_.AddDays(-(static_cast<long>(age) * 365 + age / 4 + r.Below(365)));

    // Education and the start of pedagogical work.
    bool college = r.Chance(org.kind == OrgKind::kKindergarten ? 0.45 : 0.18);
    int graduated_age = college ? r.Between(19, 20) : r.Between(21, 23);
    core::Date career = core::Date{p.birth_date.year + graduated_age, 8, 15}.AddDays(r.Below(30));
    if (profile == Profile::kYoungSpecialist) career = today_.AddMonths(-14);
    if (career > today_) career = today_.AddDays(-r.Below(200) - 1);
    p.educations.resize(college && r.Chance(0.4) ? 2 : r.Chance(0.12) ? 2 : 1);
    {
      auto& e = p.educations[0];
      e.level = college ? "secondary_professional" : (r.Chance(0.55) ? "specialist" : r.Chance(0.85) ? "bachelor" : "master");
      e.pedagogical = r.Chance(0.93);
      e.institution = college ? kColleges[r.Below(kColleges.size())] : kInstitutions[r.Below(kInstitutions.size())];
      e.speciality = e.pedagogical ? (org.kind == OrgKind::kKindergarten ? "Дошкольное образование"
                                      : subjects && (*subjects)[0] == "primary" ? "Начальное образование"
                                                                                  : "Педагогическое образование")
                                   : "Филология";
      e.graduated_year = career.year;
      if (p.educations.size() > 1) {
        auto& second = p.educations[1];
        bool higher = college;
        second.level = higher ? "bachelor" : "retraining";
        second.pedagogical = true;
        second.institution = higher ? kInstitutions[r.Below(kInstitutions.size())] : kProviders[0];
        second.speciality = higher ? "Педагогическое образование" : "Менеджмент в образовании";
        second.graduated_year = std::min(today_.year, career.year + r.Between(2, 12));
      }
    }

    // Career: sometimes earlier work elsewhere (pedagogical or not) and a gap before the current post.
    core::Date start = career;
    p.employments.resize(1);
    bool earlier = profile == Profile::kRandom && age > 27 && r.Chance(0.38);
    if (earlier) {
      p.employments.resize(2);
      auto& e = p.employments[1];
      bool pedagogical = r.Chance(0.75);
      e.organisation_id.reset();
      e.organisation_name = pedagogical ? kElsewhere[r.Below(kElsewhere.size())] : kNonPedagogical[r.Below(kNonPedagogical.size())];
      e.position = pedagogical ? (org.kind == OrgKind::kKindergarten ? "educator" : "teacher") : "other";
      e.subjects.clear();
      if (pedagogical && subjects) e.subjects = *subjects;
      e.is_main = true;
      e.pedagogical = pedagogical;
      e.started_on = career;
      long span = today_.DaysSinceEpoch() - career.DaysSinceEpoch();
      core::Date ended = career.AddDays(365 + r.Below(static_cast<int>(std::max<long>(1, span / 2))));
      e.ended_on = ended;
      start = ended.AddDays(1 + (r.Chance(0.3) ? r.Between(30, 900) : 0));
      if (start > today_) start = today_;
    } else if (profile == Profile::kRandom && r.Chance(0.08)) {
      start = career.AddDays(r.Between(200, 1200));  // a late start after a break
      if (start > today_) start = career;
    }
    {
      auto& e = p.employments[0];
      e.organisation_id = org.id;
      e.organisation_name = org.name;
      e.position.assign(position);
      e.subjects.clear();
      if (subjects) e.subjects = *subjects;
      if (!only_subject.empty()) e.subjects.emplace_back(only_subject);
      e.is_main = true;
      e.pedagogical = true;
      e.started_on = start;
      e.ended_on.reset();
    }

    // Qualification categories: awarded over the last six years, so some have lapsed and some lapse soon.
    p.categories.clear();
    long service_days = today_.DaysSinceEpoch() - career.DaysSinceEpoch();
    if (profile == Profile::kLapsingCategory) {
      AddCategory(p, "first", today_.AddMonths(-60 + 3));
    } else if (profile == Profile::kRandom && service_days > 2 * 365 && !r.Chance(0.22)) {
      int roll = r.Below(100);
      const char* code = roll < 18 ? "conformity" : roll < 58 ? "first" : roll < 97 ? "highest" : "methodist";
      long window = std::min<long>(6 * 365, service_days - 2 * 365);
      core::Date awarded = today_.AddDays(-r.Below(static_cast<int>(std::max<long>(1, window))));
      if (std::string_view(code) == "highest" && r.Chance(0.4) && service_days > 7 * 365) {
        AddCategory(p, "first", awarded.AddMonths(-60));
      }
      AddCategory(p, code, awarded);
    } else if (profile == Profile::kTeacherUser || profile == Profile::kPdDue) {
      AddCategory(p, "highest", today_.AddMonths(-20));
    }

    // Professional development: one to three courses; the last one more than three years ago for a third.
    p.courses.clear();
    int courses = profile == Profile::kYoungSpecialist ? 0 : r.Between(service_days > 365 ? 1 : 0, 3);
    if (profile == Profile::kPdDue) courses = 1;
    core::Date course_end = today_.AddDays(-r.Below(1650));
    if (profile == Profile::kPdDue) course_end = today_.AddMonths(-40);
    if (profile == Profile::kTeacherUser || profile == Profile::kLapsingCategory) course_end = today_.AddMonths(-5);
    for (int i = 0; i < courses; ++i) {
      if (course_end < career) break;
      auto& c = p.courses.emplace_back();
      const auto& prog = kProgrammes[r.Below(kProgrammes.size())];
      c.programme = prog.title;
      c.provider = kProviders[r.Below(kProviders.size())];
      c.hours = prog.hours;
      c.ended_on = course_end;
      c.started_on = course_end.AddDays(-(prog.hours / 6 + 2));
      course_end = course_end.AddDays(-r.Between(300, 1100));
    }

    // Achievements of the catalogue's kinds, for about one in five.
    p.achievements.clear();
    int achievements = r.Chance(0.2) ? (r.Chance(0.25) ? 2 : 1) : 0;
    if (profile == Profile::kTeacherUser) achievements = 1;
    for (int i = 0; i < achievements && service_days > 400; ++i) {
      auto& a = p.achievements.emplace_back();
      int kind = r.Below(kAchievementKinds.size());
      a.kind = kAchievementKinds[kind];
      a.level = kLevels[std::min<int>(3, r.Below(6) / 2 + (kind == 1 ? 2 : 0))];
      a.title = kAchievementTitles[kind];
      a.achieved_on = today_.AddDays(-r.Below(static_cast<int>(std::min<long>(service_days, 6 * 365))));
      if (kind == 0 || kind == 5) {
        a.valid_until = a.achieved_on.AddMonths(36);
      } else {
        a.valid_until.reset();
      }
    }

    // Consents: processing for nearly everyone, publication for some.
    p.consents.clear();
    if (profile != Profile::kRandom || r.Chance(0.97)) {
      auto& c = p.consents.emplace_back();
      c.purpose = "processing";
      c.form = r.Chance(0.7) ? "written" : "electronic";
      c.given_on = std::max(start, core::Date{2022, 9, 1}).AddDays(r.Below(60));
      if (c.given_on > today_) c.given_on = today_;
      c.withdrawn_on.reset();
      if (r.Chance(0.22)) {
        auto& pub = p.consents.emplace_back();
        pub.purpose = "publication";
        pub.form = "electronic";
        pub.given_on = c.given_on;
        pub.withdrawn_on.reset();
        if (r.Chance(0.05)) pub.withdrawn_on = today_.AddDays(-r.Below(200));
      }
    }
  }

  const PoolName& last() const { return *last_; }
  const PoolName& first() const { return *first_; }
  const PoolName* middle() const { return middle_; }
  const std::string& space_key() const { return names_.space_key; }
  Rng& rng() { return rng_; }

 private:
  void AddCategory(people::Person& p, const char* code, const core::Date& awarded) {
    auto& c = p.categories.emplace_back();
    c.category = code;
    c.awarded_on = awarded;
    c.directive = "приказ министерства образования и науки № " + std::to_string(100 + rng_.Below(1800)) + " от " +
                  awarded.Russian();
  }

  core::Date today_;
  Rng rng_;
  Names names_;
  const PoolName* last_ = nullptr;
  const PoolName* first_ = nullptr;
  const PoolName* middle_ = nullptr;
};

}  // namespace

PeopleStats WritePeople(storage::Connection& conn, const std::vector<OrgSlot>& orgs, const core::Date& today,
                        const std::string& now, std::uint64_t seed, std::int64_t first_id, std::ostream& progress) {
  auto started = std::chrono::steady_clock::now();
  Generator gen(today, seed);
  Batch persons{"persons",
                {"id", "last_name", "first_name", "middle_name", "sort_key", "search_text", "birth_date", "email",
                 "phone", "region_id", "municipality_id", "organisation_id", "position", "subjects", "category",
                 "category_until", "last_course_on", "young_specialist_until", "created_at", "updated_at"}};
  Batch employments{"employments", {"person_id", "organisation_id", "organisation_name", "position", "subjects",
                                    "is_main", "pedagogical", "started_on", "ended_on"}};
  Batch educations{"educations", {"person_id", "level", "pedagogical", "institution", "speciality", "graduated_year"}};
  Batch categories{"category_awards", {"person_id", "category", "awarded_on", "valid_until", "directive"}};
  Batch courses{"courses", {"person_id", "programme", "provider", "hours", "started_on", "ended_on"}};
  Batch achievements{"achievements", {"person_id", "kind", "level", "title", "achieved_on", "valid_until"}};
  Batch consents{"consents", {"person_id", "purpose", "form", "given_on", "withdrawn_on"}};
  std::array<Batch*, 7> batches{&persons, &employments, &educations, &categories, &courses, &achievements, &consents};

  std::int64_t total = 0;
  for (const auto& o : orgs) total += o.staff;
  constexpr std::size_t kBatchPersons = 50000;
  PeopleStats stats;
  people::Person p;
  std::string text, key;
  std::int64_t id = first_id;
  auto flush = [&] {
    for (auto* b : batches) {
      auto n = b->Flush(conn);
      if (b != &persons) stats.rows += n;
    }
    if (total >= 100000) {
      auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      progress << "  люди: " << stats.persons << " из " << total << " (" << static_cast<int>(seconds) << " с)\n"
               << std::flush;
    }
  };
  for (const auto& org : orgs) {
    for (int k = 0; k < org.staff; ++k) {
      Profile profile = Profile::kRandom;
      int fixed = org.showcase ? k - 2 : -1;  // after the director and the deputy
      if (fixed == 0) profile = Profile::kTeacherUser;
      if (fixed == 1) profile = Profile::kYoungSpecialist;
      if (fixed == 2) profile = Profile::kLapsingCategory;
      if (fixed == 3) profile = Profile::kPdDue;
      gen.Make(p, org, k, profile);
      if (profile == Profile::kTeacherUser) stats.teacher_person_id = id;
      // Contacts for most.
      Rng& r = gen.rng();
      if (r.Chance(0.6)) {
        p.email = "ped" + std::to_string(id) + "@edu.example";
      } else {
        p.email.reset();
      }
      if (r.Chance(0.7)) {
        std::uint64_t digits = 9000000000ULL + r.Next() % 1000000000ULL;
        p.phone = "+7" + std::to_string(digits);
      } else {
        p.phone.reset();
      }
      auto summary = people::Summarise(p, today);

      auto& row = persons.Next();
      Set(row[0], id);
      Set(row[1], p.last_name);
      Set(row[2], p.first_name);
      SetOpt(row[3], p.middle_name);
      key = gen.last().key;
      key += gen.space_key();
      key += gen.first().key;
      text = gen.last().lower;
      text += ' ';
      text += gen.first().lower;
      if (gen.middle()) {
        key += gen.space_key();
        key += gen.middle()->key;
        text += ' ';
        text += gen.middle()->lower;
      }
      if (p.email) text += ' ', text += *p.email;
      if (p.phone) text += ' ', text += *p.phone;
      Set(row[4], key);
      Set(row[5], text);
      Set(row[6], p.birth_date);
      SetOpt(row[7], p.email);
      SetOpt(row[8], p.phone);
      Set(row[9], org.region_id);
      Set(row[10], org.municipality_id);
      SetOpt(row[11], summary.organisation_id);
      SetOpt(row[12], summary.position);
      Set(row[13], JoinCodes(summary.subjects));
      SetOpt(row[14], summary.category);
      SetOpt(row[15], summary.category_until);
      SetOpt(row[16], summary.last_course_on);
      SetOpt(row[17], summary.young_specialist_until);
      Set(row[18], now);
      Set(row[19], now);

      for (const auto& e : p.employments) {
        auto& x = employments.Next();
        Set(x[0], id);
        SetOpt(x[1], e.organisation_id);
        Set(x[2], e.organisation_name);
        Set(x[3], e.position);
        Set(x[4], JoinCodes(e.subjects));
        Set(x[5], std::int64_t{e.is_main});
        Set(x[6], std::int64_t{e.pedagogical});
        Set(x[7], e.started_on);
        SetOpt(x[8], e.ended_on);
      }
      for (const auto& e : p.educations) {
        auto& x = educations.Next();
        Set(x[0], id);
        Set(x[1], e.level);
        Set(x[2], std::int64_t{e.pedagogical});
        Set(x[3], e.institution);
        SetOpt(x[4], e.speciality);
        if (e.graduated_year) {
          Set(x[5], std::int64_t{*e.graduated_year});
        } else {
          SetNull(x[5]);
        }
      }
      for (const auto& c : p.categories) {
        auto& x = categories.Next();
        Set(x[0], id);
        Set(x[1], c.category);
        Set(x[2], c.awarded_on);
        Set(x[3], c.awarded_on.AddMonths(60).AddDays(-1));
        SetOpt(x[4], c.directive);
      }
      for (const auto& c : p.courses) {
        auto& x = courses.Next();
        Set(x[0], id);
        Set(x[1], c.programme);
        SetOpt(x[2], c.provider);
        Set(x[3], std::int64_t{c.hours});
        Set(x[4], c.started_on);
        Set(x[5], c.ended_on);
      }
      for (const auto& a : p.achievements) {
        auto& x = achievements.Next();
        Set(x[0], id);
        Set(x[1], a.kind);
        SetOpt(x[2], a.level);
        Set(x[3], a.title);
        Set(x[4], a.achieved_on);
        SetOpt(x[5], a.valid_until);
      }
      for (const auto& c : p.consents) {
        auto& x = consents.Next();
        Set(x[0], id);
        Set(x[1], c.purpose);
        Set(x[2], c.form);
        Set(x[3], c.given_on);
        SetOpt(x[4], c.withdrawn_on);
      }
      ++id;
      ++stats.persons;
      if (persons.used >= kBatchPersons) flush();
    }
  }
  flush();
  return stats;
}

}  // namespace metodset::demo
