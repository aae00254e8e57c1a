// The demo: a realistic Amur oblast (003 is the Amur regulation) with its 29 municipalities, about 300
// organisations, methodological structures, documents and one user per role, all through the use cases so
// that the territory is validated and audited like real data; its ~7 000 people are bulk-written in one
// transaction with one audit entry. The national scale adds 88 regions and ~1.1 million people (demo/national.cpp).

#include <algorithm>
#include <array>
#include <chrono>
#include <ostream>

#include "composition.hpp"
#include "demo/bodies.hpp"
#include "demo/demo.hpp"
#include "demo/monitoring.hpp"
#include "modules/audit/module.hpp"

namespace metodset {
namespace {

constexpr const char* kDemoPassword = "Demo-2026";

struct DemoMunicipality {
  const char* name;
  const char* kind;
  const char* service_kind;
  const char* place;  // genitive, for organisation names
  int schools;
  int kindergartens;
  bool rural;
};

// The 29 municipalities of Amur oblast (9 городских округов, 20 муниципальных округов after the 2021–2023
// reform); ids 1 and 2 are г. Благовещенск and г. Белогорск, which the API and browser tests rely on.
constexpr std::array<DemoMunicipality, 29> kMunicipalities{{
    {"г. Благовещенск", "city_okrug", "info_centre", "г. Благовещенска", 28, 20, false},
    {"г. Белогорск", "city_okrug", "methodological_centre", "г. Белогорска", 10, 8, false},
    {"г. Свободный", "city_okrug", "district_cabinet", "г. Свободного", 9, 7, false},
    {"г. Тында", "city_okrug", "info_cabinet", "г. Тынды", 7, 6, false},
    {"г. Зея", "city_okrug", "org_department", "г. Зеи", 5, 4, false},
    {"г. Райчихинск", "city_okrug", "info_cabinet", "г. Райчихинска", 4, 3, false},
    {"г. Шимановск", "city_okrug", "org_department", "г. Шимановска", 3, 3, false},
    {"ЗАТО Циолковский", "city_okrug", "individual_specialists", "ЗАТО Циолковский", 1, 2, false},
    {"пгт Прогресс", "city_okrug", "individual_specialists", "пгт Прогресс", 2, 2, false},
    {"Архаринский муниципальный округ", "municipal_okrug", "district_cabinet", "Архаринского округа", 5, 2, true},
    {"Белогорский муниципальный округ", "municipal_okrug", "info_cabinet", "Белогорского округа", 5, 2, true},
    {"Благовещенский муниципальный округ", "municipal_okrug", "info_centre", "Благовещенского округа", 7, 4, true},
    {"Бурейский муниципальный округ", "municipal_okrug", "district_cabinet", "Бурейского округа", 5, 3, true},
    {"Завитинский муниципальный округ", "municipal_okrug", "org_department", "Завитинского округа", 3, 2, true},
    {"Зейский муниципальный округ", "municipal_okrug", "district_cabinet", "Зейского округа", 6, 2, true},
    {"Ивановский муниципальный округ", "municipal_okrug", "district_cabinet", "Ивановского округа", 7, 3, true},
    {"Константиновский муниципальный округ", "municipal_okrug", "info_cabinet", "Константиновского округа", 4, 2, true},
    {"Магдагачинский муниципальный округ", "municipal_okrug", "separate_institution", "Магдагачинского округа", 5, 2, true},
    {"Мазановский муниципальный округ", "municipal_okrug", "individual_specialists", "Мазановского округа", 5, 1, true},
    {"Михайловский муниципальный округ", "municipal_okrug", "individual_specialists", "Михайловского округа", 5, 2, true},
    {"Октябрьский муниципальный округ", "municipal_okrug", "info_cabinet", "Октябрьского округа", 6, 2, true},
    {"Ромненский муниципальный округ", "municipal_okrug", "org_department", "Ромненского округа", 3, 1, true},
    {"Свободненский муниципальный округ", "municipal_okrug", "district_cabinet", "Свободненского округа", 4, 2, true},
    {"Селемджинский муниципальный округ", "municipal_okrug", "separate_institution", "Селемджинского округа", 4, 1, true},
    {"Серышевский муниципальный округ", "municipal_okrug", "org_department", "Серышевского округа", 6, 3, true},
    {"Сковородинский муниципальный округ", "municipal_okrug", "info_centre", "Сковородинского округа", 5, 2, true},
    {"Тамбовский муниципальный округ", "municipal_okrug", "info_cabinet", "Тамбовского округа", 6, 3, true},
    {"Тындинский муниципальный округ", "municipal_okrug", "org_department", "Тындинского округа", 4, 1, true},
    {"Шимановский муниципальный округ", "municipal_okrug", "individual_specialists", "Шимановского округа", 3, 1, true},
}};

// Villages that name rural schools («МОБУ «СОШ с. Ивановка»»); a municipality takes a run of them.
constexpr std::array<const char*, 32> kVillages{
    "с. Ивановка",     "с. Берёзовка",   "с. Михайловка", "с. Александровка", "с. Покровка",   "с. Новоандреевка",
    "с. Константиновка", "с. Тамбовка",  "с. Садовое",    "с. Поярково",     "с. Екатеринославка", "с. Гильчин",
    "с. Малиновка",    "с. Успеновка",   "с. Толстовка",  "с. Зелёный Бор",  "с. Новопокровка", "с. Грибское",
    "с. Мухино",       "с. Волково",     "с. Петропавловка", "с. Сергеевка", "с. Вознесеновка", "с. Дмитриевка",
    "с. Николаевка",   "с. Красноярово", "с. Коршуновка", "с. Сосновка",     "с. Семёновка",   "с. Песчаноозёрка",
    "с. Черемхово",    "с. Раздольное"};

constexpr std::array<const char*, 16> kSurnames{"Иванова", "Смирнова", "Кузнецова", "Попова",  "Васильева", "Петрова",
                                                "Соколова", "Михайлова", "Новикова", "Фёдорова", "Морозова",  "Волкова",
                                                "Алексеева", "Лебедева", "Семёнова", "Егорова"};
constexpr std::array<const char*, 8> kNames{"Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Анна"};
constexpr std::array<const char*, 8> kPatronymics{"Петровна",   "Ивановна",   "Сергеевна", "Александровна",
                                                  "Викторовна", "Николаевна", "Юрьевна",   "Владимировна"};

/// A valid 10-digit legal-entity INN of the Amur oblast (code 28) from a serial number.
std::string DemoInn(int serial) {
  std::string inn = "28";
  std::string digits = std::to_string(1000000 + serial * 7919 % 8999999);
  inn += digits.substr(0, 7);
  static constexpr int kWeights[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += kWeights[i] * (inn[i] - '0');
  inn += static_cast<char>('0' + (sum % 11) % 10);
  return inn;
}

std::string HeadName(int serial) {
  return std::string(kSurnames[serial % kSurnames.size()]) + " " + kNames[(serial / 3) % kNames.size()] + " " +
         kPatronymics[(serial / 7) % kPatronymics.size()];
}

template <typename T>
T Must(core::Result<T> result, const char* what) {
  if (!result) throw std::runtime_error(std::string("demo: ") + what + ": " + result.error().message);
  return std::move(result).value();
}

}  // namespace

void PrintDemoLogins(std::ostream& out) {
  out << "Демонстрационные учётные записи (пароль для всех: " << kDemoPassword << "):\n"
      << "  admin    — региональный оператор (Амурская область)\n"
      << "  coord    — муниципальный координатор (г. Благовещенск)\n"
      << "  coord2   — муниципальный координатор (г. Белогорск)\n"
      << "  school   — администратор ОО (МАОУ «СОШ № 1» г. Благовещенска)\n"
      << "  pool     — член методического актива (г. Благовещенск)\n"
      << "  mentor   — наставник (МАОУ «СОШ № 1» г. Благовещенска)\n"
      << "  expert   — эксперт (Амурская область)\n"
      << "  teacher  — педагог\n";
}

namespace {

/// The Amur oblast through the territory use cases: returns the organisations with their staff sizes.
struct RegionTerritory {
  std::int64_t region_id = 0;
  std::vector<std::int64_t> municipality_ids;
  std::vector<std::int64_t> first_school_ids;
  std::vector<demo::OrgSlot> orgs;
};

RegionTerritory CreateAmurTerritory(Application& app, const core::Actor& actor, std::int64_t region_id,
                                    std::uint64_t seed) {
  RegionTerritory t;
  t.region_id = region_id;
  std::uint64_t state = seed * 0x9E3779B97F4A7C15ULL + 1;
  auto rnd = [&](int lo, int hi) {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return lo + static_cast<int>(state % static_cast<std::uint64_t>(hi - lo + 1));
  };
  int serial = 0;
  std::size_t village = 0;
  for (const auto& dm : kMunicipalities) {
    territory::Municipality m;
    m.region_id = region_id;
    m.name = dm.name;
    m.kind = dm.kind;
    m.method_service_kind = dm.service_kind;
    auto created = Must(app.territory().CreateMunicipality(actor, m), "municipality");
    t.municipality_ids.push_back(created.id);
    auto add = [&](std::string name, std::string short_name, const char* kind, std::vector<std::string> flags,
                   demo::OrgKind org_kind, int staff) {
      territory::Organisation o;
      o.municipality_id = created.id;
      o.name = std::move(name);
      o.short_name = std::move(short_name);
      o.kind = kind;
      o.inn = DemoInn(++serial);
      o.head_name = HeadName(serial);
      o.email = "org" + std::to_string(serial) + "@obr.amur.example";
      o.phone = "+7 (4162) " + std::to_string(200000 + serial * 37 % 799999);
      o.address = std::string(dm.rural ? "Амурская обл., " : "") + dm.name + ", ул. Школьная, д. " + std::to_string(serial % 90 + 1);
      o.flags = std::move(flags);
      auto view = Must(app.territory().CreateOrganisation(actor, std::move(o)), "organisation");
      demo::OrgSlot slot;
      slot.id = view.organisation.id;
      slot.municipality_id = created.id;
      slot.region_id = region_id;
      slot.name = view.organisation.short_name;
      slot.kind = org_kind;
      slot.rural = dm.rural;
      slot.staff = staff;
      t.orgs.push_back(std::move(slot));
      return view.organisation.id;
    };
    for (int k = 1; k <= dm.schools; ++k) {
      // Rural schools are mostly small (8–25 staff), town schools 35–75.
      int staff = dm.rural ? (k == 1 ? rnd(25, 40) : rnd(8, 24)) : (k == 1 && dm.schools > 20 ? 70 : rnd(35, 75));
      std::vector<std::string> flags;
      if (dm.rural) flags.push_back("rural");
      if (dm.rural && staff < 15) flags.push_back("small");
      if (k % 9 == 5) flags.push_back("low_results");
      if (k % 11 == 7) flags.push_back("unfavourable");
      if (k == 2) flags.push_back("innovation_site");
      std::sort(flags.begin(), flags.end());
      const char* form = k % 3 == 0 ? "МОБУ" : "МАОУ";
      std::int64_t id;
      if (dm.rural && k > 1) {
        const char* place = kVillages[village++ % kVillages.size()];
        const char* level = staff < 12 ? "Основная" : "Средняя";
        const char* abbreviation = staff < 12 ? "ООШ" : "СОШ";
        id = add(std::string("МОБУ «") + level + " общеобразовательная школа " + place + "» " + dm.place,
                 std::string("МОБУ «") + abbreviation + " " + place + "» " + dm.place, "school", flags,
                 demo::OrgKind::kSchool, staff);
      } else {
        id = add(std::string(form) + " «Средняя общеобразовательная школа № " + std::to_string(k) + "» " + dm.place,
                 std::string(form) + " «СОШ № " + std::to_string(k) + "» " + dm.place, "school", flags,
                 demo::OrgKind::kSchool, staff);
      }
      if (k == 1) t.first_school_ids.push_back(id);
      if (k == 1 && t.first_school_ids.size() == 1) t.orgs.back().showcase = true;
    }
    for (int k = 1; k <= dm.kindergartens; ++k) {
      add("МДОАУ «Детский сад № " + std::to_string(k) + "» " + dm.place,
          "МДОАУ «ДС № " + std::to_string(k) + "» " + dm.place, "kindergarten",
          dm.rural ? std::vector<std::string>{"rural"} : std::vector<std::string>{}, demo::OrgKind::kKindergarten,
          dm.rural ? rnd(5, 12) : rnd(14, 30));
    }
    if (!dm.rural) {
      add(std::string("МАУ ДО «Дом детского творчества» ") + dm.place, std::string("МАУ ДО «ДДТ» ") + dm.place,
          "additional", {}, demo::OrgKind::kAdditional, rnd(8, 20));
    }
    add(std::string("Муниципальная методическая служба ") + dm.place, std::string("ММС ") + dm.place,
        "methodological_centre", {"resource_centre"}, demo::OrgKind::kMethodCentre, rnd(3, 6));
  }
  auto institute = Must(app.territory().CreateOrganisation(actor, [&] {
    territory::Organisation o;
    o.municipality_id = t.municipality_ids[0];
    o.name = "Государственное автономное учреждение дополнительного профессионального образования «Амурский "
             "областной институт развития образования»";
    o.short_name = "ГАУ ДПО «АмИРО»";
    o.kind = "institute";
    o.inn = DemoInn(++serial);
    o.email = "amiro@obr.amur.example";
    return o;
  }()), "institute");
  t.orgs.push_back({institute.organisation.id, t.municipality_ids[0], region_id, "ГАУ ДПО «АмИРО»",
                    demo::OrgKind::kInstitute, false, 25, false});

  auto structure = [&](const char* name, const char* level, int block, const char* kind,
                       std::optional<std::int64_t> municipality, std::optional<std::int64_t> organisation) {
    territory::Structure s;
    s.region_id = region_id;
    s.name = name;
    s.level = level;
    s.block = block;
    s.kind = kind;
    s.municipality_id = municipality;
    s.organisation_id = organisation;
    Must(app.territory().CreateStructure(actor, s), "structure");
  };
  // 003 §App1 3.4: one structure of each kind the table names at the regional level, and the usual
  // municipal and school ones.
  structure("Министерство образования и науки Амурской области", "regional", 1, "education_authority", {}, {});
  structure("ГАУ ДПО «Амурский областной институт развития образования»", "regional", 2, "institute", {}, institute.organisation.id);
  structure("Региональное учебно-методическое объединение", "regional", 3, "educational_methodological_association", {}, {});
  structure("Региональная ассоциация учителей-предметников", "regional", 4, "subject_association", {}, {});
  structure("Ассоциация молодых педагогов Амурской области", "regional", 5, "young_teachers_association", {}, {});
  structure("Экспертный совет при министерстве образования и науки", "regional", 6, "expert_council", {}, {});
  structure("Координационный совет по инновационной деятельности", "regional", 7, "coordination_council", {}, {});
  for (std::size_t i = 0; i < 3; ++i) {
    structure("Муниципальный научно-методический совет", "municipal", 3, "methodological_council", t.municipality_ids[i], {});
    structure("ММО учителей математики", "municipal", 4, "methodological_union", t.municipality_ids[i], {});
    structure("Муниципальная школа молодого учителя", "municipal", 5, "young_teacher_school", t.municipality_ids[i], {});
  }
  structure("ШМО учителей начальных классов", "institutional", 4, "methodological_union", {}, t.first_school_ids[0]);
  structure("Школа молодого учителя", "institutional", 5, "young_teacher_school", {}, t.first_school_ids[0]);

  documents::Document directive;
  directive.kind = "directive";
  directive.number = "696";
  directive.date = {2020, 7, 13};
  directive.title = "Об утверждении нормативных документов, регламентирующих деятельность механизмов управления "
                    "качеством образования по направлению «Методическая работа»";
  directive.issuer = "Министерство образования и науки Амурской области";
  directive.region_id = region_id;
  Must(app.documents().Create(actor, directive), "document");
  return t;
}

}  // namespace

namespace demo {

bool Create(Application& app, const Options& options, std::ostream& out, std::ostream& progress) {
  if (options.scale != "region" && options.scale != "national") {
    throw std::runtime_error("demo: неизвестный масштаб «" + options.scale + "» (region или national)");
  }
  if (app.territory().Summary().region.id != 0) {
    out << "В базе уже есть регион: демонстрационные данные не создаются повторно.\n";
    return false;
  }
  auto started = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::to_string(static_cast<int>(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()));
  };
  bool national = options.scale == "national";
  auto now = core::FormatTimestamp(app.clock().Now());
  auto today = app.clock().Today();
  std::int64_t region_id = app.db().InTransaction(
      [&](storage::Connection& conn) { return territory::InsertRegion(conn, "Амурская область", "28", now); });

  core::Principal system;
  system.login = "demo";
  system.grants = {{core::Role::kRegionalAdmin, {core::ScopeKind::kRegion, region_id}}};
  core::Actor actor{&system, "127.0.0.1", "demo", "demo"};

  progress << "Амурская область: муниципальные образования и организации…\n" << std::flush;
  auto amur = CreateAmurTerritory(app, actor, region_id, options.seed);
  progress << "  " << amur.municipality_ids.size() << " муниципальных образований, " << amur.orgs.size()
           << " организаций (" << elapsed() << " с)\n" << std::flush;

  PeopleStats people;
  NationalStats country;
  {
    auto conn = app.db().Acquire();
    BulkLoad load(*conn, national);
    conn->Begin();
    try {
      std::vector<OrgSlot> orgs = amur.orgs;
      if (national) {
        progress << "Остальные регионы страны…\n" << std::flush;
        country = WriteNationalTerritory(*conn, now, options.seed, orgs);
        progress << "  регионов: " << country.regions + 1 << ", муниципальных образований: "
                 << country.municipalities + amur.municipality_ids.size() << ", организаций: " << orgs.size() << " ("
                 << elapsed() << " с)\n" << std::flush;
      }
      std::int64_t staff = 0;
      for (const auto& o : orgs) staff += o.staff;
      progress << "Люди: " << staff << "…\n" << std::flush;
      load.DropIndexes();
      people = WritePeople(*conn, orgs, today, now, options.seed, 1, progress);
      progress << "Индексы…\n" << std::flush;
      load.RecreateIndexes();
      load.FixSequences();
      audit::AuditEntry entry;
      entry.actor_login = "demo";
      entry.action = "demo";
      entry.object_type = "person";
      entry.path = {region_id, {}, {}, {}};
      entry.ip = "127.0.0.1";
      entry.request_id = "demo";
      entry.detail = "Демонстрационные данные (" + options.scale + ", seed " + std::to_string(options.seed) +
                     "): людей " + std::to_string(people.persons) + ", записей разделов " +
                     std::to_string(people.rows) +
                     (national ? ", регионов " + std::to_string(country.regions + 1) + ", организаций " +
                                     std::to_string(orgs.size())
                               : std::string());
      audit::MakeSqlAuditTrail(*conn, app.clock())->Record(std::move(entry));
      conn->Commit();
    } catch (...) {
      if (conn->InTransaction()) conn->Rollback();
      throw;
    }
  }
  progress << "  людей: " << people.persons << ", записей разделов: " << people.rows << " (" << elapsed() << " с)\n"
           << std::flush;

  auto user = [&](const char* login, const char* name, core::Role role, core::Scope scope,
                  std::optional<std::int64_t> person = std::nullopt) {
    identity::NewUser u{login, kDemoPassword, name, person, {{role, scope}}};
    Must(app.identity().AddUser(u, actor), "user");
  };
  using core::Role;
  using core::ScopeKind;
  const auto& m = amur.municipality_ids;
  user("admin", "Котова Ирина Сергеевна", Role::kRegionalAdmin, {ScopeKind::kRegion, region_id});
  user("coord", "Белова Анна Викторовна", Role::kMunicipalCoordinator, {ScopeKind::kMunicipality, m[0]});
  user("coord2", "Ёлкина Ольга Петровна", Role::kMunicipalCoordinator, {ScopeKind::kMunicipality, m[1]});
  user("school", "Гришина Татьяна Юрьевна", Role::kOrgAdmin, {ScopeKind::kOrganisation, amur.first_school_ids[0]});
  user("pool", "Демидова Светлана Николаевна", Role::kPoolMember, {ScopeKind::kMunicipality, m[0]});
  user("mentor", "Жукова Наталья Александровна", Role::kMentor, {ScopeKind::kOrganisation, amur.first_school_ids[0]});
  user("expert", "Зайцева Елена Владимировна", Role::kExpert, {ScopeKind::kRegion, region_id});
  user("teacher", "Ефимова Мария Ивановна", Role::kTeacher, {ScopeKind::kSelf, 0},
       people.teacher_person_id ? std::optional(people.teacher_person_id) : std::nullopt);
  WriteDemoBodies(app, actor, region_id, m, national, progress);
  WriteMonitoring(app, region_id, national, options.seed, progress);
  out << "Создан демонстрационный регион «Амурская область»: " << m.size() << " муниципальных образований, "
      << amur.orgs.size() << " организаций, " << people.persons << " педагогов";
  if (national) out << "; всего регионов " << country.regions + 1 << ", организаций " << country.organisations + amur.orgs.size();
  out << " (за " << elapsed() << " с).\n";
  return true;
}

}  // namespace demo

bool CreateDemoRegion(Application& app, std::ostream& log) { return demo::Create(app, {}, log, log); }

}  // namespace metodset
