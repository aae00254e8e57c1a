// The national scale of the demo: the other 88 regions with synthetic municipalities and organisations,
// bulk-inserted; and the bulk-load settings (indexes dropped and recreated, SQLite pragmas) for the people.

#include <array>
#include <string_view>

#include "demo/demo.hpp"
#include "platform/core/text.hpp"

namespace metodset::demo {
namespace {

using storage::Value;

constexpr std::array<const char*, 88> kRegions{
    "Республика Адыгея",
    "Республика Алтай",
    "Республика Башкортостан",
    "Республика Бурятия",
    "Республика Дагестан",
    "Республика Ингушетия",
    "Кабардино-Балкарская Республика",
    "Республика Калмыкия",
    "Карачаево-Черкесская Республика",
    "Республика Карелия",
    "Республика Коми",
    "Республика Марий Эл",
    "Республика Мордовия",
    "Республика Саха (Якутия)",
    "Республика Северная Осетия — Алания",
    "Республика Татарстан",
    "Республика Тыва",
    "Удмуртская Республика",
    "Республика Хакасия",
    "Чеченская Республика",
    "Чувашская Республика",
    "Алтайский край",
    "Забайкальский край",
    "Камчатский край",
    "Краснодарский край",
    "Красноярский край",
    "Пермский край",
    "Приморский край",
    "Ставропольский край",
    "Хабаровский край",
    "Архангельская область",
    "Астраханская область",
    "Белгородская область",
    "Брянская область",
    "Владимирская область",
    "Волгоградская область",
    "Вологодская область",
    "Воронежская область",
    "Ивановская область",
    "Иркутская область",
    "Калининградская область",
    "Калужская область",
    "Кемеровская область — Кузбасс",
    "Кировская область",
    "Костромская область",
    "Курганская область",
    "Курская область",
    "Ленинградская область",
    "Липецкая область",
    "Магаданская область",
    "Московская область",
    "Мурманская область",
    "Нижегородская область",
    "Новгородская область",
    "Новосибирская область",
    "Омская область",
    "Оренбургская область",
    "Орловская область",
    "Пензенская область",
    "Псковская область",
    "Ростовская область",
    "Рязанская область",
    "Самарская область",
    "Саратовская область",
    "Сахалинская область",
    "Свердловская область",
    "Смоленская область",
    "Тамбовская область",
    "Тверская область",
    "Томская область",
    "Тульская область",
    "Тюменская область",
    "Ульяновская область",
    "Челябинская область",
    "Ярославская область",
    "г. Москва",
    "г. Санкт-Петербург",
    "г. Севастополь",
    "Республика Крым",
    "Еврейская автономная область",
    "Ненецкий автономный округ",
    "Ханты-Мансийский автономный округ — Югра",
    "Чукотский автономный округ",
    "Ямало-Ненецкий автономный округ",
    "Донецкая Народная Республика",
    "Луганская Народная Республика",
    "Запорожская область",
    "Херсонская область"};

// Stems of synthetic municipality names: «г. Заречный», «Берёзовский муниципальный округ».
constexpr std::array<const char*, 40> kTowns{
    "Заречный", "Северный", "Лесной", "Светлый", "Октябрьск", "Приозёрск", "Каменск", "Новоборск", "Солнечногорск",
    "Ключевск", "Озёрный", "Сосновск", "Красногорск", "Михайловск", "Полярный", "Берёзовск", "Кедровый", "Речной",
    "Горный", "Степной", "Луговой", "Покровск", "Знаменск", "Троицк", "Никольск", "Славянск", "Юбилейный",
    "Первомайск", "Весёлый", "Радужный", "Снежинск", "Тихорецк", "Зелёный Дол", "Белоярск", "Верхнеуральск",
    "Нижнегорск", "Новоозёрск", "Старобельск", "Краснознаменск", "Шахтёрск"};
constexpr std::array<const char*, 40> kDistricts{
    "Берёзовский", "Ключевской", "Озёрный", "Сосновский", "Заречный", "Лесной", "Степной", "Никольский",
    "Покровский", "Троицкий", "Знаменский", "Октябрьский", "Первомайский", "Советский", "Кировский", "Ленинский",
    "Красногорский", "Михайловский", "Ивановский", "Александровский", "Новосёловский", "Каменский", "Нагорный",
    "Приморский", "Северный", "Южный", "Восточный", "Западный", "Луговской", "Полевской", "Речной", "Горный",
    "Таёжный", "Кедровский", "Ольховский", "Дубровский", "Рябиновский", "Калиновский", "Вишнёвский", "Липовский"};
constexpr std::array<const char*, 40> kVillages{
    "с. Ивановка",  "с. Берёзовка", "с. Михайловка", "с. Александровка", "с. Покровка",  "с. Никольское",
    "с. Троицкое",  "с. Знаменка",  "с. Сосновка",   "с. Каменка",       "с. Петровка",  "с. Васильевка",
    "с. Дубовка",   "с. Ольховка",  "с. Липовка",    "с. Рябиновка",     "с. Калиновка", "с. Вишнёвка",
    "с. Садовое",   "с. Луговое",   "с. Полевое",    "с. Заречное",      "с. Нагорное",  "с. Степное",
    "с. Озёрное",   "с. Ключи",     "с. Кедровка",   "с. Сергеевка",     "с. Николаевка", "с. Дмитриевка",
    "с. Андреевка", "с. Семёновка", "с. Павловка",   "с. Богородское",   "с. Воскресенское", "с. Успенка",
    "с. Вознесенка", "с. Преображенка", "пос. Лесной", "пос. Светлый"};
constexpr std::array<const char*, 7> kServiceKinds{"district_cabinet", "info_cabinet", "info_centre",
                                                  "methodological_centre", "org_department", "separate_institution",
                                                  "individual_specialists"};

struct Rng {
  std::uint64_t state;
  std::uint64_t Next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int Between(int lo, int hi) { return lo + static_cast<int>(Next() % static_cast<std::uint64_t>(hi - lo + 1)); }
};

/// A valid 10-digit legal-entity INN from a region code and a serial number within the region.
std::string Inn(int region_code, int serial) {
  std::string text = (region_code < 10 ? "0" : "") + std::to_string(region_code % 100) +
                     std::to_string(1000000 + serial * 7919 % 8999999);
  static constexpr int kWeights[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += kWeights[i] * (text[i] - '0');
  std::string inn = text.substr(0, 9);
  inn += static_cast<char>('0' + (sum % 11) % 10);
  return inn;
}

std::int64_t MaxId(storage::Connection& conn, const char* table) {
  auto rows = conn.Query(std::string("SELECT COALESCE(MAX(id), 0) FROM ") + table).rows;
  return rows.at(0).Int(0);
}

const char* const kPeopleTables[] = {"persons", "employments", "educations", "category_awards",
                                     "courses", "achievements", "consents"};

}  // namespace

NationalStats WriteNationalTerritory(storage::Connection& conn, const std::string& now, std::uint64_t seed,
                                     std::vector<OrgSlot>& orgs) {
  Rng rng{seed ^ 0x5EED5EEDULL};
  NationalStats stats;
  std::int64_t region_id = MaxId(conn, "regions");
  std::int64_t municipality_id = MaxId(conn, "municipalities");
  std::int64_t organisation_id = MaxId(conn, "organisations");
  std::vector<std::vector<Value>> regions, municipalities, organisations;
  int code = 0;
  for (std::size_t r = 0; r < kRegions.size(); ++r) {
    if (++code == 28) ++code;  // 28 is the Amur oblast's
    ++region_id;
    std::string code_text = (code < 10 ? "0" : "") + std::to_string(code);
    regions.push_back({region_id, std::string(kRegions[r]), code_text, now});
    ++stats.regions;
    int count = rng.Between(16, 38);
    int towns = std::max(2, count / 8);
    int serial = 0;
    std::size_t village = r * 7;
    for (int k = 0; k < count; ++k) {
      bool town = k < towns;
      std::string name = town ? std::string("г. ") + kTowns[(r * 3 + k) % kTowns.size()]
                              : std::string(kDistricts[(r * 5 + k) % kDistricts.size()]) + " муниципальный округ";
      ++municipality_id;
      ++stats.municipalities;
      municipalities.push_back({municipality_id, region_id, name, core::RussianSortKey(name),
                                std::string(town ? "city_okrug" : "municipal_okrug"),
                                std::string(kServiceKinds[(r + k) % kServiceKinds.size()]), now, now});
      auto add = [&](std::string org_name, std::string short_name, const char* kind, std::string flags, OrgKind org_kind,
                     int staff) {
        ++organisation_id;
        ++stats.organisations;
        std::string inn = Inn(code, ++serial);
        std::string search = core::LowerUtf8(org_name + " " + short_name + " " + inn);
        std::string key = core::RussianSortKey(org_name);
        organisations.push_back({organisation_id, municipality_id, region_id, org_name, std::move(key), short_name,
                                 std::move(search), std::string(kind), std::move(inn), name + ", ул. Центральная, д. " +
                                 std::to_string(serial % 60 + 1), storage::Null(), storage::Null(), storage::Null(),
                                 std::move(flags), now, now});
        orgs.push_back({organisation_id, municipality_id, region_id, std::move(short_name), org_kind, !town, staff, false});
      };
      if (town) {
        int schools = rng.Between(15, 30), kindergartens = rng.Between(10, 20);
        for (int s = 1; s <= schools; ++s) {
          std::string n = "СОШ № " + std::to_string(s) + "», " + name;
          add("МАОУ «Средняя общеобразовательная школа № " + std::to_string(s) + "», " + name, "МАОУ «" + n, "school",
              "", OrgKind::kSchool, rng.Between(40, 80));
        }
        for (int s = 1; s <= kindergartens; ++s) {
          add("МДОАУ «Детский сад № " + std::to_string(s) + "», " + name,
              "МДОАУ «ДС № " + std::to_string(s) + "», " + name, "kindergarten", "", OrgKind::kKindergarten,
              rng.Between(16, 34));
        }
        add("МАУ ДО «Дом детского творчества», " + name, "МАУ ДО «ДДТ», " + name, "additional", "",
            OrgKind::kAdditional, rng.Between(8, 20));
      } else {
        int schools = rng.Between(6, 12), kindergartens = rng.Between(2, 6);
        for (int s = 0; s < schools; ++s) {
          const char* place = kVillages[village++ % kVillages.size()];
          int staff = rng.Between(10, 45);
          add(std::string(staff < 14 ? "МОБУ «Основная общеобразовательная школа " : "МОБУ «Средняя общеобразовательная школа ") +
                  place + "», " + name,
              std::string(staff < 14 ? "МОБУ «ООШ " : "МОБУ «СОШ ") + place + "», " + name, "school",
              staff < 15 ? "rural,small" : "rural", OrgKind::kSchool, staff);
        }
        for (int s = 0; s < kindergartens; ++s) {
          const char* place = kVillages[village++ % kVillages.size()];
          add(std::string("МДОБУ «Детский сад ") + place + "», " + name, std::string("МДОБУ «ДС ") + place + "», " + name,
              "kindergarten", "rural", OrgKind::kKindergarten, rng.Between(5, 12));
        }
      }
      add("Муниципальная методическая служба, " + name, "ММС, " + name, "methodological_centre", "resource_centre",
          OrgKind::kMethodCentre, rng.Between(3, 6));
    }
  }
  conn.BulkInsert("regions", {"id", "name", "code", "created_at"}, regions);
  conn.BulkInsert("municipalities",
                  {"id", "region_id", "name", "sort_key", "kind", "method_service_kind", "created_at", "updated_at"},
                  municipalities);
  conn.BulkInsert("organisations",
                  {"id", "municipality_id", "region_id", "name", "sort_key", "short_name", "search_text", "kind", "inn",
                   "address", "head_name", "email", "phone", "flags", "created_at", "updated_at"},
                  organisations);
  return stats;
}

BulkLoad::BulkLoad(storage::Connection& conn, bool national) : conn_(conn), national_(national) {
  if (conn_.backend() != storage::Backend::kSqlite) return;
  synchronous_ = conn_.Query("PRAGMA synchronous").rows.at(0).Int(0);
  cache_size_ = conn_.Query("PRAGMA cache_size").rows.at(0).Int(0);
  foreign_keys_ = conn_.Query("PRAGMA foreign_keys").rows.at(0).Int(0);
  journal_mode_ = conn_.Query("PRAGMA journal_mode").rows.at(0).Text(0);
  temp_store_ = conn_.Query("PRAGMA temp_store").rows.at(0).Int(0);
  conn_.ExecuteScript("PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");
  if (national_) {
    // Generated rows reference only rows written just before them; the checks would only slow the load.
    // Writing 2 GB through the WAL and then checkpointing it doubles the writes: the load keeps its rollback
    // journal in memory instead (a crash during the load leaves a database to delete, as any failed demo).
    conn_.ExecuteScript("PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY; PRAGMA threads = 2;");
    conn_.Query("PRAGMA journal_mode = MEMORY");
  }
}

BulkLoad::~BulkLoad() {
  if (conn_.backend() != storage::Backend::kSqlite) return;
  try {
    if (national_) {
      conn_.Query("PRAGMA journal_mode = " + journal_mode_);
      conn_.ExecuteScript("PRAGMA temp_store = " + std::to_string(temp_store_) + "; PRAGMA threads = 0;");
    }
    conn_.ExecuteScript("PRAGMA synchronous = " + std::to_string(synchronous_) + "; PRAGMA cache_size = " +
                        std::to_string(cache_size_) + "; PRAGMA foreign_keys = " + std::to_string(foreign_keys_) + ";");
  } catch (...) {
    // The connection is broken; the pool discards it.
  }
}

void BulkLoad::DropIndexes() {
  if (!national_) return;
  std::string list;
  for (const char* t : kPeopleTables) list += std::string(list.empty() ? "'" : ", '") + t + "'";
  auto rows = conn_.backend() == storage::Backend::kSqlite
                  ? conn_.Query("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                                "tbl_name IN (" + list + ") ORDER BY name").rows
                  : conn_.Query("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
                                "AND i.tablename IN (" + list + ") AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                                "WHERE c.conname = i.indexname) ORDER BY i.indexname").rows;
  for (auto& row : rows) {
    indexes_.emplace_back(row.Text(0), row.Text(1));
    conn_.ExecuteScript("DROP INDEX " + indexes_.back().first);
  }
  if (conn_.backend() != storage::Backend::kPostgres) return;
  // PostgreSQL checks a foreign key per row with a locking look-up (and the lock writes the referenced
  // row): for 8 million rows that is most of the load. The keys are dropped and added back after it, which
  // validates each one in a single join.
  auto keys = conn_.Query("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                          "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace AND "
                          "conrelid::regclass::text IN (" + list + ") ORDER BY conrelid::regclass::text, conname").rows;
  for (auto& row : keys) {
    foreign_keys_list_.push_back({row.Text(0), row.Text(1), row.Text(2)});
    conn_.ExecuteScript("ALTER TABLE " + row.Text(0) + " DROP CONSTRAINT " + row.Text(1));
  }
}

void BulkLoad::RecreateIndexes() {
  if (indexes_.empty() && foreign_keys_list_.empty()) return;
  if (conn_.backend() == storage::Backend::kPostgres) conn_.ExecuteScript("SET LOCAL maintenance_work_mem = '512MB'");
  for (const auto& [name, definition] : indexes_) conn_.ExecuteScript(definition);
  indexes_.clear();
  for (const auto& key : foreign_keys_list_) {
    conn_.ExecuteScript("ALTER TABLE " + key[0] + " ADD CONSTRAINT " + key[1] + " " + key[2]);
  }
  foreign_keys_list_.clear();
}

void BulkLoad::FixSequences() {
  if (conn_.backend() != storage::Backend::kPostgres) return;
  for (const char* table : {"regions", "municipalities", "organisations", "persons"}) {
    conn_.Query(std::string("SELECT setval(pg_get_serial_sequence('") + table + "', 'id'), (SELECT GREATEST(MAX(id), 1) FROM " +
                table + "))");
  }
}

}  // namespace metodset::demo
