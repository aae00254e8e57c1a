// 003 §App6: the preset `amur-2020` against the table's own text (tests/data/seed_003_app6.txt, copied verbatim
// from the seed). The parser below reads the tab-separated rows of the table independently of the preset.

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "modules/monitoring/domain/catalog.hpp"

namespace metodset::monitoring {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, '\t')) cells.push_back(cell);
  if (!line.empty() && line.back() == '\t') cells.push_back("");
  while (cells.size() < 4) cells.push_back("");
  return cells;
}

std::string Trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  auto e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// Cells broken by a page break continue on the next row; a word split by a hyphen joins without a space.
std::string Join(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a.back() == '-' ? a + b : a + " " + b;
}

struct Row {
  int criterion = 0;
  std::string area;
  std::string assessment;
};

// Reads the table: criterion rows start with the number, new areas fill the third cell, further assessments
// of the same area leave it empty; a row continues the previous one when the previous assessment lacks its
// «0 баллов» ending or when its own assessment cell is empty.
Catalog ParseSeedTable(const std::string& path, std::vector<Row>* rows_out = nullptr) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  Catalog parsed;
  std::vector<Row> rows;
  std::string line;
  bool started = false;
  while (std::getline(in, line)) {
    if (line.rfind("1\t", 0) == 0) started = true;
    if (!started || Trim(line).empty()) continue;
    auto cells = SplitTabs(line);
    std::string number = Trim(cells[0]), title = Trim(cells[1]), area = Trim(cells[2]), assess = Trim(cells[3]);
    if (!number.empty()) {
      parsed.criteria.push_back({std::stoi(number), title, {}});
      rows.push_back({std::stoi(number), area, assess});
      continue;
    }
    if (!rows.empty() && (rows.back().assessment.find("0 балл") == std::string::npos || assess.empty())) {
      rows.back().area = Join(rows.back().area, area);
      rows.back().assessment = Join(rows.back().assessment, assess);
      continue;
    }
    rows.push_back({parsed.criteria.back().number, area.empty() ? rows.back().area : area, assess});
  }
  // One assessment cell may grant several points («–о результатах ВПр– 1 балл, –о результатах ОГЭ – 1 балл»)
  // or additional ones («– дополнительно 2 балла»); «отсутствие – 0 баллов» grants none.
  static const std::regex points(R"(\s*(?:–|-)\s*(дополнительно\s+)?(\d+)\s+балл[^\s,;]*\s*[,;]?\s*)");
  for (auto& criterion : parsed.criteria) {
    int k = 0;
    for (const auto& row : rows) {
      if (row.criterion != criterion.number) continue;
      std::string prefix;
      std::size_t from = 0;
      for (std::sregex_iterator it(row.assessment.begin(), row.assessment.end(), points), end; it != end; ++it) {
        std::string text = Trim(row.assessment.substr(from, it->position() - from));
        from = it->position() + it->length();
        int value = std::stoi((*it)[2]);
        while (!text.empty() && (text.front() == ',' || text.front() == ';')) text = Trim(text.substr(1));
        while (!text.empty() && text.back() == ',') text = Trim(text.substr(0, text.size() - 1));
        if (value == 0) continue;
        const std::string dash = "–";
        if (text.rfind(dash, 0) == 0) {
          text = prefix + " " + Trim(text.substr(dash.size()));
        } else if (auto d = text.find(dash); d != std::string::npos) {
          prefix = Trim(text.substr(0, d));
          text = prefix + " " + Trim(text.substr(d + dash.size()));
        }
        Indicator ind;
        ind.number = std::to_string(criterion.number) + "." + std::to_string(++k);
        ind.area = row.area;
        ind.title = text;
        ind.points = value;
        ind.additional = (*it)[1].matched;
        criterion.indicators.push_back(ind);
      }
    }
  }
  if (rows_out) *rows_out = rows;
  return parsed;
}

const std::string kSeed = std::string(METODSET_TEST_DATA_DIR) + "/seed_003_app6.txt";

TEST(Catalog_003_App6, PresetMatchesTheTableCriterionByCriterionIndicatorByIndicator) {
  Catalog seed = ParseSeedTable(kSeed);
  Catalog preset = Amur2020Catalog();
  ASSERT_EQ(seed.criteria.size(), 7u);
  ASSERT_EQ(preset.criteria.size(), seed.criteria.size());
  for (std::size_t c = 0; c < seed.criteria.size(); ++c) {
    const auto& s = seed.criteria[c];
    const auto& p = preset.criteria[c];
    EXPECT_EQ(p.number, s.number);
    EXPECT_EQ(p.title, s.title) << "criterion " << s.number;
    ASSERT_EQ(p.indicators.size(), s.indicators.size()) << "criterion " << s.number;
    for (std::size_t i = 0; i < s.indicators.size(); ++i) {
      const auto& si = s.indicators[i];
      const auto& pi = p.indicators[i];
      EXPECT_EQ(pi.number, si.number);
      EXPECT_EQ(pi.area, si.area) << si.number;
      EXPECT_EQ(pi.title, si.title) << si.number;
      EXPECT_EQ(pi.points, si.points) << si.number;
      EXPECT_EQ(pi.additional, si.additional) << si.number;
    }
    EXPECT_EQ(p.MaxScore(), s.MaxScore()) << "criterion " << s.number;
  }
  EXPECT_EQ(preset.MaxScore(), seed.MaxScore());
}

TEST(Catalog_003_App6, SevenCriteriaSixtyIndicatorsSixtyOnePoints) {
  Catalog preset = Amur2020Catalog();
  std::vector<std::size_t> sizes;
  for (const auto& c : preset.criteria) sizes.push_back(c.indicators.size());
  EXPECT_EQ(sizes, (std::vector<std::size_t>{6, 7, 32, 7, 2, 1, 5}));
  EXPECT_EQ(preset.IndicatorCount(), 60);
  EXPECT_EQ(preset.MaxScore(), 61);
}

TEST(Catalog_003_App6_Criterion5, BestPracticeBankGrantsTwoAdditionalPoints) {
  Catalog preset = Amur2020Catalog();
  const Indicator* bank = preset.Find("5.2");
  ASSERT_NE(bank, nullptr);
  EXPECT_EQ(bank->points, 2);
  EXPECT_TRUE(bank->additional);
  EXPECT_NE(bank->title.find("Банк лучших практик"), std::string::npos);
  EXPECT_EQ(preset.criteria[4].MaxScore(), 3);
}

TEST(Catalog_003_App6_Criterion4, OneCellOfFourAnalyticNotesGivesFourIndicators) {
  Catalog preset = Amur2020Catalog();
  EXPECT_EQ(preset.Find("4.1")->title, "Наличие аналитической справки о результатах ВПр");
  EXPECT_EQ(preset.Find("4.2")->title, "Наличие аналитической справки о результатах ОГЭ");
  EXPECT_EQ(preset.Find("4.4")->title,
            "Наличие аналитической справки о результатах муниципальных диагностических работ");
  EXPECT_EQ(preset.Find("4.5")->area, "Аналитическая справка о результатах повышения квалификации");
}

TEST(Catalog_003_App6_Criterion2, RowsBrokenByThePageJoin) {
  Catalog preset = Amur2020Catalog();
  EXPECT_EQ(preset.Find("2.3")->area,
            "Изучение состояния адаптации молодых педагогов в специфике профессиональной деятельности");
  EXPECT_EQ(preset.Find("2.2")->title, "Наличие мероприятий");
  EXPECT_EQ(preset.Find("3.13")->title,
            "Наличие в виртуальном кабинете медиатеки современных учебно-методических материалов");
}

TEST(CatalogVersioning, ValidationNamesTheField) {
  Catalog c = Amur2020Catalog();
  EXPECT_TRUE(ValidateCatalog(c).ok());
  c.criteria[2].indicators[0].title = "";
  auto r = ValidateCatalog(c);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "criteria[2].indicators[0].title");
  c = Amur2020Catalog();
  c.criteria[0].indicators[1].number = "1.7";
  EXPECT_EQ(ValidateCatalog(c).error().field, "criteria[0].indicators[1].number");
  c = Amur2020Catalog();
  c.criteria[1].indicators[0].points = 0;
  EXPECT_EQ(ValidateCatalog(c).error().field, "criteria[1].indicators[0].points");
  c = Amur2020Catalog();
  c.criteria[1].number = 5;
  EXPECT_EQ(ValidateCatalog(c).error().field, "criteria[1].number");
}

}  // namespace
}  // namespace metodset::monitoring
