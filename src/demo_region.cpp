// The demo region: a realistic Amur oblast (003 is the Amur regulation) with municipalities, about 300
// organisations, methodological structures, documents and one user per role. Everything goes through
// the use cases, so the demo is validated and audited like real data.

#include <array>
#include <ostream>

#include "composition.hpp"

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

constexpr std::array<DemoMunicipality, 12> kMunicipalities{{
    {"г. Благовещенск", "city_okrug", "info_centre", "г. Благовещенска", 28, 20, false},
    {"г. Белогорск", "city_okrug", "methodological_centre", "г. Белогорска", 12, 9, false},
    {"г. Свободный", "city_okrug", "district_cabinet", "г. Свободного", 11, 8, false},
    {"г. Тында", "city_okrug", "info_cabinet", "г. Тынды", 9, 7, false},
    {"г. Зея", "city_okrug", "org_department", "г. Зеи", 6, 5, false},
    {"Благовещенский муниципальный округ", "municipal_okrug", "info_centre", "Благовещенского округа", 14, 8, true},
    {"Ивановский муниципальный округ", "municipal_okrug", "district_cabinet", "Ивановского округа", 14, 9, true},
    {"Тамбовский муниципальный округ", "municipal_okrug", "info_cabinet", "Тамбовского округа", 12, 8, true},
    {"Михайловский район", "municipal_district", "individual_specialists", "Михайловского района", 10, 6, true},
    {"Селемджинский район", "municipal_district", "separate_institution", "Селемджинского района", 8, 5, true},
    {"Зейский муниципальный округ", "municipal_okrug", "district_cabinet", "Зейского округа", 11, 6, true},
    {"Серышевский муниципальный округ", "municipal_okrug", "org_department", "Серышевского округа", 12, 8, true},
}};

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

bool CreateDemoRegion(Application& app, std::ostream& log) {
  if (app.territory().Summary().region.id != 0) {
    log << "В базе уже есть регион: демонстрационные данные не создаются повторно.\n";
    return false;
  }
  auto now = core::FormatTimestamp(app.clock().Now());
  std::int64_t region_id = app.db().InTransaction(
      [&](storage::Connection& conn) { return territory::InsertRegion(conn, "Амурская область", "28", now); });

  core::Principal system;
  system.login = "demo";
  system.grants = {{core::Role::kRegionalAdmin, {core::ScopeKind::kRegion, region_id}}};
  core::Actor actor{&system, "127.0.0.1", "demo", "demo"};

  std::vector<std::int64_t> municipality_ids;
  std::vector<std::int64_t> first_school_ids;
  int serial = 0;
  for (const auto& dm : kMunicipalities) {
    territory::Municipality m;
    m.region_id = region_id;
    m.name = dm.name;
    m.kind = dm.kind;
    m.method_service_kind = dm.service_kind;
    auto created = Must(app.territory().CreateMunicipality(actor, m), "municipality");
    municipality_ids.push_back(created.id);
    auto add = [&](std::string name, std::string short_name, const char* kind, std::vector<std::string> flags) {
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
      return Must(app.territory().CreateOrganisation(actor, std::move(o)), "organisation").organisation.id;
    };
    for (int k = 1; k <= dm.schools; ++k) {
      std::vector<std::string> flags;
      if (dm.rural) flags.push_back("rural");
      if (dm.rural && k % 4 == 0) flags.push_back("small");
      if (k % 9 == 5) flags.push_back("low_results");
      if (k % 11 == 7) flags.push_back("unfavourable");
      if (k == 2) flags.push_back("innovation_site");
      const char* form = k % 3 == 0 ? "МОБУ" : "МАОУ";
      auto id = add(std::string(form) + " «Средняя общеобразовательная школа № " + std::to_string(k) + "» " + dm.place,
                    std::string(form) + " «СОШ № " + std::to_string(k) + "» " + dm.place, "school", flags);
      if (k == 1) first_school_ids.push_back(id);
    }
    for (int k = 1; k <= dm.kindergartens; ++k) {
      add("МДОАУ «Детский сад № " + std::to_string(k) + "» " + dm.place,
          "МДОАУ «ДС № " + std::to_string(k) + "» " + dm.place, "kindergarten",
          dm.rural ? std::vector<std::string>{"rural"} : std::vector<std::string>{});
    }
    add(std::string("МАУ ДО «Дом детского творчества» ") + dm.place, std::string("МАУ ДО «ДДТ» ") + dm.place,
        "additional", {});
    add(std::string("Муниципальная методическая служба ") + dm.place, std::string("ММС ") + dm.place,
        "methodological_centre", {"resource_centre"});
  }
  auto institute = Must(app.territory().CreateOrganisation(actor, [&] {
    territory::Organisation o;
    o.municipality_id = municipality_ids[0];
    o.name = "Государственное автономное учреждение дополнительного профессионального образования «Амурский "
             "областной институт развития образования»";
    o.short_name = "ГАУ ДПО «АмИРО»";
    o.kind = "institute";
    o.inn = DemoInn(++serial);
    o.email = "amiro@obr.amur.example";
    return o;
  }()), "institute");

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
    structure("Муниципальный научно-методический совет", "municipal", 3, "methodological_council", municipality_ids[i], {});
    structure("ММО учителей математики", "municipal", 4, "methodological_union", municipality_ids[i], {});
    structure("Муниципальная школа молодого учителя", "municipal", 5, "young_teacher_school", municipality_ids[i], {});
  }
  structure("ШМО учителей начальных классов", "institutional", 4, "methodological_union", {}, first_school_ids[0]);
  structure("Школа молодого учителя", "institutional", 5, "young_teacher_school", {}, first_school_ids[0]);

  documents::Document directive;
  directive.kind = "directive";
  directive.number = "696";
  directive.date = {2020, 7, 13};
  directive.title = "Об утверждении нормативных документов, регламентирующих деятельность механизмов управления "
                    "качеством образования по направлению «Методическая работа»";
  directive.issuer = "Министерство образования и науки Амурской области";
  directive.region_id = region_id;
  Must(app.documents().Create(actor, directive), "document");

  auto user = [&](const char* login, const char* name, core::Role role, core::Scope scope) {
    identity::NewUser u{login, kDemoPassword, name, std::nullopt, {{role, scope}}};
    Must(app.identity().AddUser(u, actor), "user");
  };
  using core::Role;
  using core::ScopeKind;
  user("admin", "Котова Ирина Сергеевна", Role::kRegionalAdmin, {ScopeKind::kRegion, region_id});
  user("coord", "Белова Анна Викторовна", Role::kMunicipalCoordinator, {ScopeKind::kMunicipality, municipality_ids[0]});
  user("coord2", "Ёлкина Ольга Петровна", Role::kMunicipalCoordinator, {ScopeKind::kMunicipality, municipality_ids[1]});
  user("school", "Гришина Татьяна Юрьевна", Role::kOrgAdmin, {ScopeKind::kOrganisation, first_school_ids[0]});
  user("pool", "Демидова Светлана Николаевна", Role::kPoolMember, {ScopeKind::kMunicipality, municipality_ids[0]});
  user("mentor", "Жукова Наталья Александровна", Role::kMentor, {ScopeKind::kOrganisation, first_school_ids[0]});
  user("expert", "Зайцева Елена Владимировна", Role::kExpert, {ScopeKind::kRegion, region_id});
  user("teacher", "Ефимова Мария Ивановна", Role::kTeacher, {ScopeKind::kSelf, 0});
  log << "Создан демонстрационный регион «Амурская область»: " << municipality_ids.size()
      << " муниципальных образований, " << serial << " организаций.\n";
  return true;
}

}  // namespace metodset
