#pragma once

// The monitoring module's public face (issue 5; SPEC §11–§12; 003 §App6, §App1 4, §App7; docs/api/MONITORING.md):
// the versioned catalogue (preset `amur-2020`), campaigns and forms reviewed indicator by indicator, scores,
// ranking, deficits, recommendations, dynamics, programme targets, and the registry of pre-fill evidence sources
// other modules add to. Its adapters (SQL storage, HTTP routes, reports) are wired by the composition root.

#include "modules/monitoring/application/monitoring_service.hpp"
#include "modules/monitoring/application/monitoring_store.hpp"
#include "modules/monitoring/domain/catalog.hpp"
#include "modules/monitoring/domain/review.hpp"
#include "modules/monitoring/domain/scoring.hpp"
#include "modules/monitoring/domain/targets.hpp"
