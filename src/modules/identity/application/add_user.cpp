#include "modules/identity/application/identity_service.hpp"
#include "platform/core/text.hpp"

namespace metodset::identity {

core::Result<std::int64_t> IdentityService::AddUser(const NewUser& input, const core::Actor& actor) {
  std::string login = core::LowerUtf8(core::NormaliseSpaces(input.login));
  if (auto ok = CheckLogin(login); !ok) return ok.error();
  if (auto ok = CheckPasswordStrength(input.password, login); !ok) return ok.error();
  std::string display_name = core::NormaliseSpaces(input.display_name);
  if (display_name.empty()) display_name = login;
  if (input.grants.empty()) return core::ValidationError("role", "Укажите хотя бы одну роль");
  for (const auto& g : input.grants) {
    if (g.scope.kind == core::ScopeKind::kSelf && !input.person_id && g.role != core::Role::kTeacher) {
      return core::ValidationError("scope", "Область «self» требует привязки учётной записи к человеку");
    }
    if (g.scope.kind != core::ScopeKind::kAll && g.scope.kind != core::ScopeKind::kSelf && !locator_.Locate(g.scope)) {
      return core::ValidationError("scope", "Область " + core::FormatScope(g.scope) + " не найдена в реестре территорий");
    }
  }
  UserRecord user;
  user.login = login;
  user.password_hash = hasher_.Hash(input.password);
  user.display_name = display_name;
  user.person_id = input.person_id;
  user.grants = input.grants;
  std::int64_t id = 0;
  auto path = PathOfUser(&user);
  auto written = storage_.Transact([&](IdentityStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    if (store.FindUserByLogin(login)) return core::Conflict("login_taken", "Логин «" + login + "» уже занят", "login");
    id = store.CreateUser(user, core::FormatTimestamp(clock_.Now()));
    auto e = audit::EntryFor(actor, "create", "user", id, path, std::nullopt);
    audit::ChangeSet changes;
    changes.Created("login", login);
    changes.Created("display_name", display_name);
    std::string grants;
    for (const auto& g : user.grants) {
      grants += (grants.empty() ? "" : ", ") + std::string(core::RoleName(g.role)) + " " + core::FormatScope(g.scope);
    }
    changes.Created("grants", grants);
    e.changes = changes.Take();
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!written) return written.error();
  return id;
}

}  // namespace metodset::identity
