#include "modules/people/http/import_routes.hpp"

#include <memory>

#include "platform/http/json_writer.hpp"
#include "platform/http/request_context.hpp"
#include "platform/office/xlsx_writer.hpp"

namespace metodset::people {
namespace {

constexpr const char* kImportJob = R"({"type":"object","required":["job_id"],"properties":{"job_id":{)"
                                   R"("type":"string","description":"GET /api/v1/jobs/{id} gives its progress; )"
                                   R"(the result of a finished job is a PeopleImportReport"}}})";
constexpr const char* kPeopleImportReport =
    R"({"type":"object","required":["committed","created","updated","unchanged","rows","errors"],"properties":{)"
    R"("committed":{"type":"boolean"},"created":{"type":"integer"},"updated":{"type":"integer"},)"
    R"("unchanged":{"type":"integer"},"rows":{"type":"array","items":{"type":"object","required":["row","action",)"
    R"("name"],"properties":{"row":{"type":"integer"},"action":{"type":"string","enum":["create","update",)"
    R"("unchanged"]},"name":{"type":"string"}}}},"errors":{"type":"array","items":{"type":"object","required":[)"
    R"("row","column","column_title","message"],"properties":{"row":{"type":"integer"},"column":{"type":"string"},)"
    R"("column_title":{"type":"string"},"message":{"type":"string"}}}}}})";

}  // namespace

void AddImportRoutes(http::Router& router, PeopleImportStorage& storage, const core::Clock& clock,
                     jobs::JobRunner& runner) {
  router.AddSchema("ImportJob", kImportJob);
  router.AddSchema("PeopleImportReport", kPeopleImportReport);
  router.Add(http::Method::kGet, "/api/v1/people/import/template.xlsx",
             {.summary = "Шаблон файла для загрузки списков работников (со справочниками на втором листе)",
              .tag = "people", .response_type = http::kXlsxType},
             [&storage](http::Request&) -> http::Response {
               return http::Download(office::WriteXlsx(PeopleImportTemplate(storage)), http::kXlsxType,
                                     "Шаблон загрузки работников.xlsx");
             });
  router.Add(http::Method::kPost, "/api/v1/people/import",
             {.summary = "Загрузка списка работников из XLSX/CSV в фоновой задаче: предпросмотр (commit=0) или "
                         "запись (commit=1), всё или ничего; результат — PeopleImportReport в GET /api/v1/jobs/{id}",
              .tag = "people", .request_schema = R"({"type":"string","format":"binary"})",
              .response_schema = http::RefSchema("ImportJob"), .query = {"commit"}, .status = 202},
             [&storage, &clock, &runner](http::Request& req) -> http::Response {
               auto actor = http::ActorOf(req);
               if (!actor.principal) return http::ErrorResponse(core::Unauthenticated());
               auto commit_text = req.QueryParam("commit").value_or("0");
               if (commit_text != "0" && commit_text != "1") {
                 return http::ErrorResponse(core::ValidationError("commit", "Параметр commit принимает значения 0 или 1"));
               }
               if (auto may = MayImportPeople(actor); !may) return http::ErrorResponse(may.error());
               if (req.body.empty()) return http::ErrorResponse(core::ValidationError("file", "Файл пуст"));
               auto table = office::ReadTable(req.body);
               if (!table) return http::ErrorResponse(table.error());
               // The job outlives the request: it keeps its own copies of the caller and the table.
               auto principal = std::make_shared<const core::Principal>(*req.principal);
               auto rows = std::make_shared<const office::Table>(std::move(*table));
               const bool commit = commit_text == "1";
               auto id = runner.Start(
                   principal->user_id, "people-import",
                   [&storage, &clock, principal, rows, commit, ip = actor.ip,
                    request_id = actor.request_id](const jobs::Progress& progress) -> core::Result<std::string> {
                     core::Actor job_actor{principal.get(), ip, request_id, ""};
                     auto report = ImportPeople(storage, clock, job_actor, *rows, commit, progress);
                     if (!report) return report.error();
                     return ImportReportJson(*report);
                   });
               if (!id) return http::ErrorResponse(id.error());
               http::JsonWriter w;
               w.BeginObject().Key("job_id").String(*id).EndObject();
               return http::JsonText(w.Take(), 202);
             });
}

}  // namespace metodset::people
