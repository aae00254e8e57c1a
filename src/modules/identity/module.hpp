#pragma once

// The identity module: users, sessions, login throttling, the authentication middleware.

#include "modules/identity/application/identity_service.hpp"
#include "modules/identity/http/routes.hpp"
#include "modules/identity/storage/sql_identity_storage.hpp"
