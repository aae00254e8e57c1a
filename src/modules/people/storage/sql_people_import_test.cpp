#include "modules/people/application/import_people.hpp"

#include <gtest/gtest.h>

#include "modules/people/storage/sql_people_import.hpp"
#include "platform/testing/fake_clock.hpp"
#include "platform/testing/test_database.hpp"

namespace metodset::people {
namespace {

const std::vector<std::string> kHeader{
    "Фамилия*", "имя", "Отчество", "Дата рождения*", "ИНН организации*", "Должность", "Предметы (через «;»)",
    "Основное место работы (да/нет)", "Дата приёма*", "Начало педагогической деятельности",
    "Квалификационная категория", "Дата присвоения категории", "Курсы ПК: программа", "Курсы ПК: часы",
    "Курсы ПК: дата окончания"};

std::vector<std::string> Row(std::string last, std::string inn, std::string birth = "12.03.1985") {
  return {last, "Анна", "Петровна", birth, inn, "Учитель", "Математика; informatics", "да", "01.09.2015",
          "01.09.2010", "Первая", "2022-03-01", "Функциональная грамотность", "36", "45000"};
}

class ImportPeopleTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    auto conn = db_.db().Acquire();
    const char* ts = "2025-01-01T00:00:00.000Z";
    conn->Execute("INSERT INTO regions (id, name, code, created_at) VALUES (1, 'Область', '28', ?)", {ts});
    for (int m = 1; m <= 2; ++m) {
      conn->Execute("INSERT INTO municipalities (id, region_id, name, sort_key, kind, created_at, updated_at) "
                    "VALUES (?, 1, ?, ?, 'district', ?, ?)",
                    {storage::Of(m), storage::Of("Район " + std::to_string(m)), storage::Of("r" + std::to_string(m)),
                     ts, ts});
      conn->Execute("INSERT INTO organisations (id, municipality_id, region_id, name, sort_key, short_name, "
                    "search_text, kind, inn, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, '', 'school', ?, ?, ?)",
                    {storage::Of(m * 10), storage::Of(m), storage::Of("Школа " + std::to_string(m)),
                     storage::Of("ш" + std::to_string(m)), storage::Of("Ш" + std::to_string(m)),
                     storage::Of("280000000" + std::to_string(m)), ts, ts});
    }
  }

  core::Result<PeopleImportReport> Import(const office::Table& table, bool commit,
                                          const core::Principal* principal = nullptr) {
    core::Actor actor{principal, "127.0.0.1", "t", principal ? "" : "cli"};
    return ImportPeople(storage_, clock_, actor, table, commit);
  }

  std::int64_t Count(const char* table) {
    auto conn = db_.db().Acquire();
    return conn->Query(std::string("SELECT COUNT(*) FROM ") + table).rows.at(0).Int(0);
  }

  testing::TestDatabase db_{GetParam(), true};
  testing::FakeClock clock_;
  SqlPeopleImportStorage storage_{db_.db(), clock_};
};

TEST_P(ImportPeopleTest, CommitsCardsThenReimportChangesNothing) {
  office::Table table{kHeader, {Row("Иванова", "2800000001"), Row("Петрова", "2800000002", "1990-05-06")}};
  auto preview = Import(table, false);
  ASSERT_TRUE(preview) << preview.error().message;
  EXPECT_FALSE(preview->committed);
  EXPECT_EQ(preview->created, 2);
  EXPECT_EQ(Count("persons"), 0);

  auto done = Import(table, true);
  ASSERT_TRUE(done);
  ASSERT_TRUE(done->errors.empty()) << done->errors.front().message;
  EXPECT_TRUE(done->committed);
  EXPECT_EQ(Count("persons"), 2);
  // The pedagogical start before the hiring date is an employment elsewhere up to the day before.
  EXPECT_EQ(Count("employments"), 4);
  EXPECT_EQ(Count("category_awards"), 2);
  EXPECT_EQ(Count("courses"), 2);
  {
    auto conn = db_.db().Acquire();
    auto r = conn->Query("SELECT subjects, category, organisation_id, municipality_id, last_course_on FROM persons "
                         "WHERE last_name = 'Петрова'").rows.at(0);
    EXPECT_EQ(r.Text(0), "informatics,mathematics");
    EXPECT_EQ(r.Text(1), "first");
    EXPECT_EQ(r.Int(2), 20);
    EXPECT_EQ(r.Int(3), 2);
    EXPECT_EQ(r.Text(4).substr(0, 10), "2023-03-15");  // Excel serial 45000
    auto ended = conn->Query("SELECT ended_on FROM employments WHERE organisation_id IS NULL").rows.at(0);
    EXPECT_EQ(ended.Text(0).substr(0, 10), "2015-08-31");
  }

  auto again = Import(table, true);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->unchanged, 2);
  EXPECT_EQ(again->created + again->updated, 0);
  EXPECT_EQ(again->rows.at(0).action, "unchanged");
  EXPECT_EQ(Count("employments"), 4);

  auto moved = Row("Иванова", "2800000002");  // the same person, now also at school 2, part-time
  moved[7] = "нет";
  auto update = Import({kHeader, {moved}}, true);
  ASSERT_TRUE(update);
  ASSERT_TRUE(update->errors.empty()) << update->errors.front().message;
  EXPECT_EQ(update->updated, 1);
  EXPECT_EQ(Count("persons"), 2);
  EXPECT_EQ(Count("employments"), 5);
}

TEST_P(ImportPeopleTest, OneBadCellRejectsTheWholeFileNamingRowAndColumn) {
  auto bad = Row("Сидорова", "2800000001");
  bad[3] = "31.02.1980";
  auto unknown = Row("Орлова", "2800000001");
  unknown[6] = "Астрология";
  office::Table table{kHeader, {Row("Иванова", "2800000001"), bad, unknown, Row("Кузнецова", "9999999999")}};
  auto report = Import(table, true);
  ASSERT_TRUE(report);
  EXPECT_FALSE(report->committed);
  ASSERT_EQ(report->errors.size(), 3u);
  EXPECT_EQ(report->errors[0].row, 3);
  EXPECT_EQ(report->errors[0].column, "D");
  EXPECT_EQ(report->errors[0].column_title, "Дата рождения");
  EXPECT_NE(report->errors[0].message.find("31.02.1980"), std::string::npos);
  EXPECT_EQ(report->errors[1].row, 4);
  EXPECT_EQ(report->errors[1].column, "G");
  EXPECT_NE(report->errors[1].message.find("Астрология"), std::string::npos);
  EXPECT_EQ(report->errors[2].row, 5);
  EXPECT_EQ(report->errors[2].column_title, "ИНН организации");
  EXPECT_EQ(Count("persons"), 0);
}

TEST_P(ImportPeopleTest, MissingRequiredColumnIsAHeaderError) {
  auto header = kHeader;
  header.erase(header.begin() + 8);  // Дата приёма
  auto report = Import({header, {}}, true);
  ASSERT_TRUE(report);
  ASSERT_EQ(report->errors.size(), 1u);
  EXPECT_EQ(report->errors[0].row, 1);
  EXPECT_EQ(report->errors[0].column_title, "Дата приёма");
}

TEST_P(ImportPeopleTest, CoordinatorCannotImportIntoAnotherMunicipality) {
  core::Principal coord2{5, "coord2", std::nullopt,
                         {{core::Role::kMunicipalCoordinator, {core::ScopeKind::kMunicipality, 2}}}, "", ""};
  auto report = Import({kHeader, {Row("Иванова", "2800000002"), Row("Петрова", "2800000001")}}, true, &coord2);
  ASSERT_TRUE(report);
  EXPECT_FALSE(report->committed);
  ASSERT_EQ(report->errors.size(), 1u);
  EXPECT_EQ(report->errors[0].row, 3);
  EXPECT_NE(report->errors[0].message.find("вне вашей территории"), std::string::npos);
  EXPECT_EQ(Count("persons"), 0);

  core::Principal teacher{6, "teacher", std::nullopt, {{core::Role::kTeacher, {core::ScopeKind::kSelf, 0}}}, "", ""};
  auto refused = Import({kHeader, {Row("Иванова", "2800000002")}}, true, &teacher);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, core::ErrorKind::kForbidden);
}

TEST_P(ImportPeopleTest, ReportJsonHasTheContractFields) {
  PeopleImportReport r;
  r.rows.push_back({2, "create", "Иванова \"Анна\""});
  r.errors.push_back({3, "D", "Дата рождения", "Дата"});
  EXPECT_EQ(ImportReportJson(r),
            R"({"committed":false,"created":0,"updated":0,"unchanged":0,"rows":[{"row":2,"action":"create",)"
            R"("name":"Иванова \"Анна\""}],"errors":[{"row":3,"column":"D","column_title":"Дата рождения",)"
            R"("message":"Дата"}]})");
}

INSTANTIATE_TEST_SUITE_P(Backends, ImportPeopleTest, ::testing::ValuesIn(testing::TestBackendNames()),
                         testing::BackendName());

}  // namespace
}  // namespace metodset::people
