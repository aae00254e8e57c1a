#pragma once

#include "modules/identity/application/identity_service.hpp"
#include "platform/http/router.hpp"
#include "platform/http/server.hpp"

namespace metodset::identity {

/// Cookie settings.
struct CookieOptions {
  std::string name = "metodset_session";
  bool secure = false;  // set behind TLS
};

/// Registers `/api/v1/auth/login`, `/logout`, `/me`.
void AddRoutes(http::Router& router, IdentityService& service, const CookieOptions& cookie);

/// Resolves the session cookie into request.principal, answers 401 for protected routes without a
/// session and 403 for state-changing requests without the session's CSRF token (audited).
http::Middleware MakeAuthMiddleware(IdentityService& service, const CookieOptions& cookie);

}  // namespace metodset::identity
