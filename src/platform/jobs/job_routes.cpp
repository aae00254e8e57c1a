#include "platform/jobs/job_routes.hpp"

#include "platform/http/json_writer.hpp"
#include "platform/http/request_context.hpp"

namespace metodset::jobs {

std::string JobJson(const JobSnapshot& job) {
  std::string out = "{\"id\":\"" + job.id + "\",\"kind\":\"" + job.kind + "\",\"state\":\"" +
                    std::string(JobStateName(job.state)) + "\",\"done\":" + std::to_string(job.done) +
                    ",\"total\":" + std::to_string(job.total) + ",\"result\":";
  out += job.result ? *job.result : "null";
  out += ",\"error\":";
  if (job.error) {
    http::JsonWriter w;
    w.String(*job.error);
    out += w.Take();
  } else {
    out += "null";
  }
  out += "}";
  return out;
}

void AddRoutes(http::Router& router, JobRunner& runner) {
  router.Add(http::Method::kGet, "/api/v1/jobs/{id}",
             {.summary = "Состояние фоновой задачи (видна только запустившему её пользователю)", .tag = "platform",
              .response_schema = R"({"type":"object","required":["id","kind","state","done","total","result","error"],)"
                                 R"("properties":{"id":{"type":"string"},"kind":{"type":"string"},)"
                                 R"("state":{"type":"string","enum":["running","done","failed"]},)"
                                 R"("done":{"type":"integer"},"total":{"type":"integer"},"result":{},)"
                                 R"("error":{"type":["string","null"]}}})"},
             [&runner](http::Request& req) -> http::Response {
               auto actor = http::ActorOf(req);
               if (!actor.principal) return http::ErrorResponse(core::Unauthenticated());
               auto job = runner.Find(req.path_params.at("id"), actor.principal->user_id);
               if (!job) return http::ErrorResponse(core::NotFound("Задача не найдена"));
               return http::JsonText(JobJson(*job));
             });
}

}  // namespace metodset::jobs
