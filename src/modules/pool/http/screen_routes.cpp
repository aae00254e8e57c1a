#include "modules/pool/http/screen_routes.hpp"

#include "modules/pool/application/screen_candidate_list.hpp"
#include "modules/pool/domain/declared_candidate.hpp"
#include "platform/core/clock.hpp"
#include "platform/http/json_writer.hpp"
#include "platform/http/request_context.hpp"
#include "platform/office/xlsx_writer.hpp"

namespace metodset::pool {
namespace {

constexpr const char* kPoolScreenPreset =
    R"({"type":"object","required":["name","title","source","section","criteria"],"properties":{)"
    R"("name":{"type":"string","description":"tomsk-rma-2022 or aleksandrovsky-mma"},"title":{"type":"string"},)"
    R"("source":{"type":"string"},"section":{"type":"string"},"criteria":{"type":"array","items":{"type":"object",)"
    R"("required":["number","wording"],"properties":{"number":{"type":"integer"},"wording":{"type":"string"}}}}}})";
constexpr const char* kScreenReport =
    R"({"type":"object","required":["preset","eligible","ineligible","errors","rows"],"properties":{)"
    R"("preset":{"type":"string"},"eligible":{"type":"integer"},"ineligible":{"type":"integer"},)"
    R"("errors":{"type":"integer"},"rows":{"type":"array","items":{"type":"object","required":["row"],)"
    R"("properties":{"row":{"type":"integer"},"fio":{"type":"string"},"eligible":{"type":"boolean"},)"
    R"("reasons":{"type":"array","items":{"type":"string"}},"error":{"type":"string"}}}}}})";

std::string SourceLine(const PoolProfile& p) {
  std::string text = p.source.title;
  if (!p.source.approved_by.empty()) text += ", " + p.source.approved_by;
  if (p.source.date) text += " от " + p.source.date->Russian();
  if (!p.source.number.empty()) text += " № " + p.source.number;
  return text;
}

}  // namespace

void AddScreenRoutes(http::Router& router) {
  router.AddSchema("PoolScreenPreset", kPoolScreenPreset);
  router.AddSchema("PoolScreenReport", kScreenReport);
  router.Add(
      http::Method::kGet, "/api/v1/pool/screen/presets",
      {.summary = "Положения о методическом активе, по которым проверяются списки кандидатов",
       .tag = "pool",
       .response_schema = R"({"type":"array","items":{"$ref":"#/components/schemas/PoolScreenPreset"}})"},
      [](http::Request& req) -> http::Response {
        if (auto may = MayScreenCandidateLists(http::ActorOf(req)); !may) {
          return http::ErrorResponse(may.error());
        }
        http::JsonWriter w;
        w.BeginArray();
        for (const auto& name : PresetNames()) {
          const auto p = *PresetNamed(name);
          w.BeginObject().Key("name").String(name).Key("title").String(p.title).Key("source").String(SourceLine(p));
          w.Key("section").String(p.eligibility_section).Key("criteria").BeginArray();
          for (const auto& c : p.criteria) {
            w.BeginObject().Key("number").Int(c.number).Key("wording").String(c.wording).EndObject();
          }
          w.EndArray().EndObject();
        }
        w.EndArray();
        return http::JsonText(w.Take());
      });
  router.Add(
      http::Method::kGet, "/api/v1/pool/screen/template.xlsx",
      {.summary = "Шаблон списка кандидатов в методический актив", .tag = "pool", .response_type = http::kXlsxType},
      [](http::Request& req) -> http::Response {
        if (auto may = MayScreenCandidateLists(http::ActorOf(req)); !may) {
          return http::ErrorResponse(may.error());
        }
        office::Sheet list{"Кандидаты", CandidateListColumns(), {}, {}};
        list.rows.push_back({std::string("Петрова Анна Сергеевна"), std::string("06.05.1980"),
                             std::string("МАОУ «СОШ № 1»"), std::string("учитель"), std::string("математика"),
                             std::string("высшая"), std::string("высшее педагогическое"), 7LL, std::string("2, 5")});
        office::Sheet values{"Значения", {"Квалификационная категория", "Образование"}, {}, {}};
        const std::vector<std::string> categories{"высшая", "первая", "соответствие занимаемой должности",
                                                  "без категории"};
        const std::vector<std::string> educations{
            "высшее педагогическое", "высшее", "среднее профессиональное педагогическое", "среднее профессиональное"};
        for (std::size_t i = 0; i < categories.size(); ++i) values.rows.push_back({categories[i], educations[i]});
        return http::Download(office::WriteXlsx({list, values}), http::kXlsxType,
                              "Список кандидатов в методический актив.xlsx");
      });
  router.Add(http::Method::kPost, "/api/v1/pool/screen",
             {.summary = "Проверить список кандидатов (XLSX/CSV) на соответствие положению; файл не сохраняется",
              .tag = "pool",
              .request_schema = R"({"type":"string","format":"binary"})",
              .response_schema = http::RefSchema("PoolScreenReport"),
              .query = {"preset"}},
             [](http::Request& req) -> http::Response {
               if (auto may = MayScreenCandidateLists(http::ActorOf(req)); !may) {
                 return http::ErrorResponse(may.error());
               }
               const auto name = req.QueryParam("preset").value_or("");
               const auto profile = PresetNamed(name);
               if (!profile) {
                 return http::ErrorResponse(
                     core::ValidationError("preset", "Выберите положение: tomsk-rma-2022 или aleksandrovsky-mma"));
               }
               if (req.body.empty()) return http::ErrorResponse(core::ValidationError("file", "Файл пуст"));
               auto table = office::ReadTable(req.body);
               if (!table) return http::ErrorResponse(table.error());
               auto rows = ScreenCandidateList(*profile, *table, core::SystemClock().Today());
               if (!rows) return http::ErrorResponse(rows.error());
               int eligible = 0;
               int ineligible = 0;
               int errors = 0;
               http::JsonWriter w;
               w.BeginObject().Key("preset").String(name).Key("rows").BeginArray();
               for (const auto& r : *rows) {
                 w.BeginObject().Key("row").Int(r.row).Key("fio").String(r.fio);
                 if (r.verdict) {
                   (r.verdict->eligible ? eligible : ineligible) += 1;
                   w.Key("eligible").Bool(r.verdict->eligible).Key("reasons").Strings(r.verdict->reasons);
                 } else {
                   ++errors;
                   w.Key("error").String(r.error);
                 }
                 w.EndObject();
               }
               w.EndArray().Key("eligible").Int(eligible).Key("ineligible").Int(ineligible).Key("errors").Int(errors);
               w.EndObject();
               return http::JsonText(w.Take());
             });
}

}  // namespace metodset::pool
