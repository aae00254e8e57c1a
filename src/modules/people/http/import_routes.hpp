#pragma once

#include "modules/people/application/import_people.hpp"
#include "platform/http/router.hpp"
#include "platform/jobs/job_runner.hpp"

namespace metodset::people {

/// Registers the staff-list import endpoints (docs/api/PEOPLE.md "Import"): the template and the import job.
void AddImportRoutes(http::Router& router, PeopleImportStorage& storage, const core::Clock& clock,
                     jobs::JobRunner& runner);

}  // namespace metodset::people
