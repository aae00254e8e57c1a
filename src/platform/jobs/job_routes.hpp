#pragma once

#include "platform/http/router.hpp"
#include "platform/jobs/job_runner.hpp"

namespace metodset::jobs {

/// `GET /api/v1/jobs/{id}`: a background job's state, progress and result, for the user who started it only.
void AddRoutes(http::Router& router, JobRunner& runner);

/// `{"id","kind","state","done","total","result","error"}`; `result` is inserted as JSON, not as a string.
std::string JobJson(const JobSnapshot& job);

}  // namespace metodset::jobs
