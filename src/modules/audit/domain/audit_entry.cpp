#include "modules/audit/domain/audit_entry.hpp"

namespace metodset::audit {

std::string_view OutcomeName(Outcome outcome) {
  switch (outcome) {
    case Outcome::kOk:
      return "ok";
    case Outcome::kDenied:
      return "denied";
    case Outcome::kFailed:
      return "failed";
  }
  return "ok";
}

void ChangeSet::Compare(std::string field, const std::optional<std::string>& old_value,
                        const std::optional<std::string>& new_value) {
  if (old_value == new_value) return;
  changes_.push_back({std::move(field), old_value, new_value});
}

void ChangeSet::Created(std::string field, const std::optional<std::string>& value) {
  if (!value) return;
  changes_.push_back({std::move(field), std::nullopt, value});
}

void ChangeSet::Deleted(std::string field, const std::optional<std::string>& value) {
  if (!value) return;
  changes_.push_back({std::move(field), value, std::nullopt});
}

AuditEntry EntryFor(const core::Actor& actor, std::string action, std::string object_type,
                    std::optional<std::int64_t> object_id, const core::TerritoryPath& path,
                    const std::optional<core::Grant>& grant) {
  AuditEntry e;
  if (actor.principal) {
    e.user_id = actor.principal->user_id;
    e.actor_login = actor.principal->login;
  } else if (!actor.system_name.empty()) {
    e.actor_login = actor.system_name;
  }
  if (grant) {
    e.role = std::string(core::RoleName(grant->role));
    e.scope = core::FormatScope(grant->scope);
  }
  e.action = std::move(action);
  e.object_type = std::move(object_type);
  e.object_id = object_id;
  e.path = path;
  e.ip = actor.ip;
  e.request_id = actor.request_id;
  return e;
}

}  // namespace metodset::audit
