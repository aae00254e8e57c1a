// metodset: one binary with the subcommands serve, migrate, user add, demo, import people, pool screen, monitoring
// (catalog, report) and openapi.

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <malloc.h>

#include <cstdlib>
#include <fstream>
#include <iostream>

#include "composition.hpp"
#include "demo/demo.hpp"
#include "modules/monitoring/http/routes.hpp"
#include "modules/monitoring/reports/monitoring_reports.hpp"
#include "modules/people/application/import_people.hpp"
#include "modules/pool/application/screen_candidate_list.hpp"
#include "platform/office/table_reader.hpp"
#include "platform/storage/migration_runner.hpp"

namespace {

std::string EnvOr(const char* name, std::string fallback) {
  const char* value = std::getenv(name);
  return value && *value ? std::string(value) : std::move(fallback);
}

/// `HOST:PORT` → host and port; throws CLI::ValidationError on a bad value.
std::pair<std::string, unsigned short> SplitListen(const std::string& listen) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos) throw CLI::ValidationError("--listen", "ожидается HOST:PORT");
  int port = std::atoi(listen.c_str() + colon + 1);
  if (port < 0 || port > 65535) throw CLI::ValidationError("--listen", "порт вне диапазона 0–65535");
  return {listen.substr(0, colon), static_cast<unsigned short>(port)};
}

/// The built UI: --static, else web/dist beside the working directory, else none.
std::filesystem::path StaticRoot(const std::string& option) {
  if (option == "none") return {};
  if (!option.empty()) return option;
  if (std::filesystem::exists("web/dist/index.html")) return "web/dist";
  return {};
}

constexpr std::size_t kErrorsShown = 50;

/// `metodset import people`: the staff-list import as the system actor. 0 written (or previewed) cleanly,
/// 2 when rows have errors (nothing written), 1 on any other failure.
int ImportPeopleCommand(metodset::Application& app, const std::string& file, bool dry_run) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "Не удалось открыть файл " << file << "\n";
    return 1;
  }
  in.seekg(0, std::ios::end);
  std::string bytes(static_cast<std::size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  auto table = metodset::office::ReadTable(bytes);
  if (!table) {
    std::cerr << "Файл " << file << " не прочитан: " << table.error().message << "\n";
    return 1;
  }
  bytes = std::string();
  std::cerr << "Прочитано строк: " << table->rows.size() << "\n";
  int shown_percent = -1;
  auto progress = [&](std::int64_t done, std::int64_t total) {
    int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
    if (percent / 10 == shown_percent / 10 && percent != 100) return;
    if (percent == shown_percent) return;
    shown_percent = percent;
    std::cerr << "Обработано строк: " << done << " из " << total << " (" << percent << "%)\n";
  };
  metodset::core::Actor actor{nullptr, "127.0.0.1", "cli", "cli"};
  auto report = metodset::people::ImportPeople(app.people_import(), app.clock(), actor, *table, !dry_run, progress);
  if (!report) {
    std::cerr << report.error().message << "\n";
    return 1;
  }
  if (!report->errors.empty()) {
    std::cout << "В файле ошибок: " << report->errors.size() << ". Ничего не записано.\n";
    for (std::size_t i = 0; i < report->errors.size() && i < kErrorsShown; ++i) {
      const auto& e = report->errors[i];
      std::cout << "  строка " << e.row;
      if (!e.column.empty()) std::cout << ", столбец " << e.column << " «" << e.column_title << "»";
      std::cout << ": " << e.message << "\n";
    }
    if (report->errors.size() > kErrorsShown) {
      std::cout << "  … и ещё ошибок: " << report->errors.size() - kErrorsShown << "\n";
    }
    return 2;
  }
  std::cout << (report->committed ? "Список работников загружен.\n"
                                  : "Проверка без записи (--dry-run): ничего не записано.\n")
            << "Новых работников: " << report->created << "\n"
            << "Обновлено карточек: " << report->updated << "\n"
            << "Без изменений: " << report->unchanged << "\n";
  return 0;
}

/// `metodset pool screen`: a candidate list checked against a profile without touching the database (issue 4
/// contract). 0 when the file could be read (whatever its rows), 2 when the file or the profile cannot be used.
int PoolScreenCommand(const metodset::pool::PoolProfile& profile, const std::string& file, const std::string& format) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "Не удалось открыть файл " << file << "\n";
    return 2;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto table = metodset::office::ReadTable(bytes);
  if (!table) {
    std::cerr << table.error().message << "\n";
    return 2;
  }
  auto rows = metodset::pool::ScreenCandidateList(profile, *table, metodset::core::SystemClock().Today());
  if (!rows) {
    std::cerr << rows.error().message << "\n";
    return 2;
  }
  std::cout << (format == "csv" ? metodset::pool::ScreenedRowsCsv(*rows) : metodset::pool::ScreenedRowsJson(*rows));
  return 0;
}

/// `metodset monitoring report`: the score table (.xlsx) or the region's analytic report (.docx) of a campaign,
/// written as the system (issue 5 contract). 0 written, 2 for an unknown campaign or file type, 1 otherwise.
int MonitoringReportCommand(metodset::Application& app, std::int64_t campaign_id, const std::string& out_file) {
  auto ends = [&](const std::string& suffix) {
    return out_file.size() >= suffix.size() && out_file.compare(out_file.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (!ends(".xlsx") && !ends(".docx")) {
    std::cerr << "Файл отчёта должен оканчиваться на .xlsx (таблица баллов) или .docx (аналитический отчёт)\n";
    return 2;
  }
  std::optional<metodset::monitoring::ResultsView> results;
  app.monitoring_storage().Read([&](metodset::monitoring::MonitoringStore& store) {
    if (auto campaign = store.FindCampaign(campaign_id)) results = app.monitoring().ResultsOf(store, *campaign);
  });
  if (!results) {
    std::cerr << "Мониторинг " << campaign_id << " не найден\n";
    return 2;
  }
  std::string bytes;
  if (ends(".xlsx")) {
    bytes = metodset::monitoring::ScoreTableXlsx(*results);
  } else {
    auto docx = metodset::monitoring::RegionReportDocx(*results, app.clock().Today());
    if (!docx) {
      std::cerr << docx.error().message << "\n";
      return 1;
    }
    bytes = std::move(*docx);
  }
  std::ofstream out(out_file, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    std::cerr << "Не удалось записать " << out_file << "\n";
    return 1;
  }
  std::cout << "Отчёт записан: " << out_file << " (муниципальных образований " << results->of << ")\n";
  return 0;
}
}  // namespace

int main(int argc, char** argv) {
  // Logs go to standard error: standard output carries what commands print (the OpenAPI document, logins).
  spdlog::set_default_logger(spdlog::stderr_color_mt("metodset"));
  CLI::App cli{"Методсеть — информационная система научно-методического сопровождения педагогов"};
  cli.require_subcommand(1);
  metodset::AppConfig config;
  config.db_url = EnvOr("METODSET_DB", config.db_url);

  auto* serve = cli.add_subcommand("serve", "Запустить веб-сервер");
  std::string listen = EnvOr("METODSET_LISTEN", "127.0.0.1:8080");
  std::string static_dir;
  std::size_t threads = 0;
  serve->add_option("--db", config.db_url, "База данных: sqlite://путь или postgresql://user:pass@host:port/db");
  serve->add_option("--listen", listen, "Адрес HOST:PORT");
  serve->add_option("--static", static_dir, "Каталог собранного интерфейса (none — не раздавать)");
  serve->add_option("--threads", threads, "Число рабочих потоков (0 — по числу ядер)");
  serve->add_option("--files", config.files_root, "Каталог хранилища вложений");
  serve->add_option("--pool-size", config.pool_size, "Размер пула соединений с БД");
  serve->add_flag("--secure-cookie", config.secure_cookie, "Сервер работает за TLS: cookie с флагом Secure");
  serve->add_flag("!--no-page-cache", config.page_cache,
                  "Не хранить готовые страницы списков (для замеров; docs/adr/0005-page-cache.md)");

  auto* migrate = cli.add_subcommand("migrate", "Применить миграции базы данных");
  migrate->add_option("--db", config.db_url, "База данных");

  auto* user = cli.add_subcommand("user", "Учётные записи");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "Добавить пользователя (пароль читается из стандартного ввода)");
  std::string login, role_name, scope_text, display_name;
  std::int64_t person_id = 0;
  user_add->add_option("--db", config.db_url, "База данных");
  user_add->add_option("--login", login, "Логин")->required();
  user_add
      ->add_option("--role", role_name,
                   "Роль: regional-admin, municipal-coordinator, org-admin, pool-member, "
                   "mentor, expert, teacher")
      ->required();
  user_add->add_option("--scope", scope_text, "Область: all, region:ID, municipality:ID, organisation:ID, self")
      ->required();
  user_add->add_option("--name", display_name, "ФИО");
  user_add->add_option("--person", person_id, "Номер человека в реестре");

  auto* demo = cli.add_subcommand("demo", "Создать демонстрационный регион и пользователей");
  demo->add_option("--db", config.db_url, "База данных");
  metodset::demo::Options demo_options;
  demo->add_option("--scale", demo_options.scale,
                   "Масштаб: region (Амурская область, ~7 тыс. педагогов) или national "
                   "(89 регионов, ~1,1 млн педагогов)")
      ->check(CLI::IsMember({"region", "national"}));
  demo->add_option("--seed", demo_options.seed, "Зерно генератора (одинаковое зерно — одинаковые данные)");

  auto* import = cli.add_subcommand("import", "Загрузка данных из файлов");
  import->require_subcommand(1);
  auto* import_people = import->add_subcommand(
      "people", "Загрузить список работников из XLSX/CSV (всё или ничего); код выхода 2 — ошибки в строках");
  std::string import_file;
  bool dry_run = false;
  import_people->add_option("--db", config.db_url, "База данных");
  import_people->add_option("FILE", import_file, "Файл .csv или .xlsx по шаблону загрузки работников")->required();
  import_people->add_flag("--dry-run", dry_run, "Только проверить файл и показать, что изменится, ничего не записывая");

  auto* pool = cli.add_subcommand("pool", "Методический актив");
  auto* pool_screen = pool->add_subcommand(
      "screen", "Проверить список кандидатов на соответствие положению, ничего не записывая в базу");
  std::string screen_profile;
  std::string screen_format = "json";
  std::string screen_file;
  pool_screen
      ->add_option("--profile", screen_profile,
                   "Положение: tomsk-rma-2022 (002), aleksandrovsky-mma (000) или номер профиля в базе")
      ->required();
  pool_screen->add_option("--db", config.db_url, "База данных (для профиля, заданного номером)");
  pool_screen->add_option("--format", screen_format, "Формат вывода: json или csv")
      ->check(CLI::IsMember({"json", "csv"}));
  pool_screen
      ->add_option("FILE", screen_file,
                   "Список .csv или .xlsx: ФИО; Дата рождения; Место работы; Должность; Предмет; "
                   "Квалификационная категория; Образование; Стаж по специальности, лет; Критерии")
      ->required();

  auto* monitoring = cli.add_subcommand("monitoring", "Мониторинг муниципальных методических служб (003 §App6)");
  monitoring->require_subcommand(1);
  auto* monitoring_catalog = monitoring->add_subcommand("catalog", "Вывести каталог критериев и показателей");
  std::string monitoring_preset;
  std::string monitoring_format = "json";
  monitoring_catalog->add_option("--preset", monitoring_preset, "Каталог: amur-2020")->required();
  monitoring_catalog->add_option("--format", monitoring_format, "Формат вывода: json")->check(CLI::IsMember({"json"}));
  auto* monitoring_report = monitoring->add_subcommand("report", "Записать отчёт мониторинга (XLSX или DOCX)");
  std::int64_t monitoring_campaign = 0;
  std::string monitoring_out;
  monitoring_report->add_option("--db", config.db_url, "База данных");
  monitoring_report->add_option("--campaign", monitoring_campaign, "Номер мониторинга")->required();
  monitoring_report->add_option("--out", monitoring_out, "Файл .xlsx (таблица баллов) или .docx (аналитический отчёт)")
      ->required();

  auto* openapi = cli.add_subcommand("openapi", "Вывести описание API (OpenAPI 3, JSON)");

  CLI11_PARSE(cli, argc, argv);

  try {
    if (*openapi) {
      config.db_url = "sqlite::memory:";
      config.pool_size = 1;
      metodset::Application app(config);
      std::cout << app.openapi() << "\n";
      return 0;
    }
    if (*migrate) {
      metodset::PrepareDatabaseLocation(config.db_url);
      auto db = metodset::storage::Database::Open(config.db_url);
      auto applied = metodset::storage::ApplyMigrations(*db);
      std::cout << "Применено миграций: " << applied.size() << "\n";
      return 0;
    }
    if (*user_add) {
      auto role = metodset::core::ParseRole(role_name);
      if (!role) {
        std::cerr << "Неизвестная роль: " << role_name << "\n";
        return 2;
      }
      auto scope = metodset::core::ParseScope(scope_text);
      if (!scope) {
        std::cerr << "Неверная область: " << scope_text
                  << " (all, region:ID, municipality:ID, organisation:ID, self)\n";
        return 2;
      }
      std::string password;
      std::getline(std::cin, password);
      if (!password.empty() && password.back() == '\r') password.pop_back();
      metodset::Application app(config);
      metodset::identity::NewUser u{
          login, password, display_name, person_id > 0 ? std::optional(person_id) : std::nullopt, {{*role, *scope}}};
      metodset::core::Actor actor{nullptr, "127.0.0.1", "cli", "cli"};
      auto id = app.identity().AddUser(u, actor);
      if (!id) {
        std::cerr << id.error().message << "\n";
        return 1;
      }
      std::cout << "Пользователь " << login << " создан (id " << *id << ")\n";
      return 0;
    }
    if (*demo) {
      metodset::Application app(config);
      metodset::demo::Create(app, demo_options, std::cout, std::cerr);
      metodset::PrintDemoLogins(std::cout);
      return 0;
    }
    if (*pool_screen) {
      if (auto preset = metodset::pool::PresetNamed(screen_profile)) {
        return PoolScreenCommand(*preset, screen_file, screen_format);
      }
      // A stored profile by its number (a version of GET /api/v1/pool/profiles/{id}); the command line acts as
      // the system, like `import people`.
      if (!screen_profile.empty() && screen_profile.find_first_not_of("0123456789") == std::string::npos &&
          screen_profile.size() < 18) {
        config.pool_size = 1;
        metodset::Application app(config);
        std::optional<metodset::pool::ProfileVersion> stored;
        app.pool_storage().Read(
            [&](metodset::pool::PoolStore& store) { stored = store.Find(std::stoll(screen_profile)); });
        if (stored) return PoolScreenCommand(stored->profile, screen_file, screen_format);
      }
      std::cerr << "Положение «" << screen_profile
                << "» не найдено: укажите tomsk-rma-2022, aleksandrovsky-mma или номер профиля в базе\n";
      return 2;
    }
    if (*monitoring_catalog) {
      auto preset = metodset::monitoring::Preset(monitoring_preset);
      if (!preset) {
        std::cerr << "Каталог «" << monitoring_preset << "» не найден: укажите amur-2020\n";
        return 2;
      }
      std::cout << metodset::monitoring::CatalogContractJson(*preset) << "\n";
      return 0;
    }
    if (*monitoring_report) {
      config.pool_size = 1;
      metodset::Application app(config);
      return MonitoringReportCommand(app, monitoring_campaign, monitoring_out);
    }
    if (*import_people) {
      config.pool_size = 1;
      metodset::Application app(config);
      return ImportPeopleCommand(app, import_file, dry_run);
    }
    if (*serve) {
      // Every worker builds and frees answers of 20–40 KB per list request. glibc's default gives the top of
      // the heap back to the kernel as soon as 128 KB are free there and faults it in again on the next
      // request: at 64 connections page faults, brk and munmap were a fifth of a list request's CPU
      // (docs/PERFORMANCE.md). Keep up to 256 MB of freed heap instead (the server's RSS stays far below the
      // 1 GiB of issue 3) and serve blocks under 4 MB from the heap.
      mallopt(M_TRIM_THRESHOLD, 256 << 20);
      mallopt(M_TOP_PAD, 16 << 20);
      mallopt(M_MMAP_THRESHOLD, 4 << 20);
      auto [host, port] = SplitListen(listen);
      metodset::Application app(config);
      metodset::http::ServerOptions options;
      options.host = host;
      options.port = port;
      options.threads = threads;
      options.static_root = StaticRoot(static_dir);
      options.behind_tls = config.secure_cookie;
      metodset::http::Server server(options, app.router(), app.Middleware());
      auto bound = server.Listen();
      spdlog::info("Методсеть: http://{}:{} (база {}, интерфейс {})", host, bound,
                   metodset::storage::RedactUrl(config.db_url),
                   options.static_root.empty() ? "не раздаётся" : options.static_root.string());
      server.Run(true);
      spdlog::info("сервер остановлен");
      return 0;
    }
  } catch (const CLI::Error& e) {
    return cli.exit(e);
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return 1;
  }
  return 0;
}
