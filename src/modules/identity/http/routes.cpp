#include "modules/identity/http/routes.hpp"

#include "platform/http/json_body.hpp"
#include "platform/http/request_context.hpp"
#include "platform/security/password_hasher.hpp"

namespace metodset::identity {
namespace {

using http::Json;

constexpr const char* kUserSchema = R"({"type":"object","required":["id","login","display_name","grants"],
"properties":{"id":{"type":"integer"},"login":{"type":"string"},"display_name":{"type":"string"},
"person_id":{"type":"integer","nullable":true},"grants":{"type":"array","items":{"type":"object",
"required":["role","scope","scope_title"],"properties":{"role":{"type":"string","enum":["regional-admin",
"municipal-coordinator","org-admin","pool-member","mentor","expert","teacher"]},"scope":{"type":"string"},
"scope_title":{"type":"string"}}}}}})";
constexpr const char* kSessionSchema = R"({"type":"object","required":["user","csrf_token"],"properties":{
"user":{"$ref":"#/components/schemas/User"},"csrf_token":{"type":"string"}}})";
constexpr const char* kLoginSchema = R"({"type":"object","required":["login","password"],"properties":{
"login":{"type":"string"},"password":{"type":"string"}}})";

Json UserJson(const core::Principal& p, const std::string& display_name, core::TerritoryLocator& locator) {
  Json grants = Json::array();
  for (const auto& g : p.grants) {
    grants.push_back({{"role", std::string(core::RoleName(g.role))},
                      {"scope", core::FormatScope(g.scope)},
                      {"scope_title", locator.Title(g.scope)}});
  }
  return {{"id", p.user_id},
          {"login", p.login},
          {"display_name", display_name},
          {"person_id", p.person_id ? Json(*p.person_id) : Json(nullptr)},
          {"grants", std::move(grants)}};
}

std::string SessionCookie(const CookieOptions& cookie, const std::string& value, bool expire) {
  std::string out = cookie.name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  if (cookie.secure) out += "; Secure";
  if (expire) out += "; Max-Age=0";
  return out;
}

}  // namespace

void AddRoutes(http::Router& router, IdentityService& service, const CookieOptions& cookie) {
  router.AddSchema("User", kUserSchema);
  router.AddSchema("Session", kSessionSchema);

  router.Add(http::Method::kPost, "/api/v1/auth/login",
             {.summary = "Вход по логину и паролю",
              .tag = "identity",
              .access = http::Access::kPublic,
              .request_schema = kLoginSchema,
              .response_schema = http::RefSchema("Session")},
             [&service, cookie](http::Request& req) -> http::Response {
               auto body = http::ParseJsonObject(req);
               if (!body) return http::ErrorResponse(body.error());
               auto login = http::OptionalString(*body, "login", "Логин");
               if (!login) return http::ErrorResponse(login.error());
               auto password = http::OptionalString(*body, "password", "Пароль");
               if (!password) return http::ErrorResponse(password.error());
               auto result = service.Login(login->value_or(""), password->value_or(""), http::ActorOf(req));
               if (!result) return http::ErrorResponse(result.error());
               auto response = http::JsonResponse(
                   {{"user", UserJson(result->principal, result->display_name, service.locator())},
                    {"csrf_token", result->principal.csrf_token}});
               response.SetHeader("Set-Cookie", SessionCookie(cookie, result->session_token, false));
               return response;
             });

  router.Add(http::Method::kPost, "/api/v1/auth/logout", {.summary = "Выход", .tag = "identity"},
             [&service, cookie](http::Request& req) -> http::Response {
               auto done = service.Logout(http::ActorOf(req));
               if (!done) return http::ErrorResponse(done.error());
               auto response = http::NoContent();
               response.SetHeader("Set-Cookie", SessionCookie(cookie, "", true));
               return response;
             });

  router.Add(http::Method::kGet, "/api/v1/auth/me",
             {.summary = "Текущий пользователь и его роли", .tag = "identity",
              .response_schema = http::RefSchema("Session")},
             [&service](http::Request& req) -> http::Response {
               const auto& p = *req.principal;
               auto name = service.DisplayName(p.user_id).value_or(p.login);
               return http::JsonResponse({{"user", UserJson(p, name, service.locator())}, {"csrf_token", p.csrf_token}});
             });
}

http::Middleware MakeAuthMiddleware(IdentityService& service, const CookieOptions& cookie) {
  return [&service, cookie](http::Request& req, const http::Route* route) -> std::optional<http::Response> {
    if (auto token = req.Cookie(cookie.name)) req.principal = service.ResolveSession(*token);
    if (!route || route->info.access == http::Access::kPublic) return std::nullopt;
    if (!req.principal) return http::ErrorResponse(core::Unauthenticated());
    if (http::IsStateChanging(req.method)) {
      auto sent = req.Header("x-csrf-token");
      if (!sent || !security::ConstantTimeEquals(*sent, req.principal->csrf_token)) {
        service.RecordCsrfRejection(http::ActorOf(req), std::string(http::MethodName(req.method)) + " " + req.path);
        return http::ErrorResponse({core::ErrorKind::kForbidden, "csrf",
                                    "Запрос отклонён: нет действительного CSRF-токена. Обновите страницу.", {}});
      }
    }
    return std::nullopt;
  };
}

}  // namespace metodset::identity
