#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/core/principal.hpp"

namespace metodset::audit {

/// One changed field of a write: its name and the old and new values as text (null when absent).
struct FieldChange {
  std::string field;
  std::optional<std::string> old_value;
  std::optional<std::string> new_value;
};

/// How an audited action ended.
enum class Outcome { kOk, kDenied, kFailed };

/// One record of the append-only audit log (SPEC §14): who, in which role and scope, did what to which
/// object, with the fields changed.
struct AuditEntry {
  std::string at;  // timestamp, set by the trail when empty
  std::optional<std::int64_t> user_id;
  std::optional<std::string> actor_login;
  std::optional<std::string> role;
  std::optional<std::string> scope;
  std::string action;       // login, login_failed, create, update, delete, export, import, …
  std::string object_type;  // organisation, municipality, user, session, document, …
  std::optional<std::int64_t> object_id;
  core::TerritoryPath path;  // where the object sits; audit reads are scoped by it
  std::string ip;
  std::string request_id;
  Outcome outcome = Outcome::kOk;
  std::optional<std::string> detail;
  std::vector<FieldChange> changes;
};

std::string_view OutcomeName(Outcome outcome);

/// Collects the differences between an old and a new version of an object, field by field.
class ChangeSet {
 public:
  /// Records the field if the values differ (both absent or equal: nothing).
  void Compare(std::string field, const std::optional<std::string>& old_value,
               const std::optional<std::string>& new_value);
  /// Records a created field (no old value).
  void Created(std::string field, const std::optional<std::string>& value);
  /// Records a deleted field (no new value).
  void Deleted(std::string field, const std::optional<std::string>& value);
  bool empty() const { return changes_.empty(); }
  std::vector<FieldChange> Take() { return std::move(changes_); }

 private:
  std::vector<FieldChange> changes_;
};

/// An entry pre-filled with the actor: user, login, the grant used (role and scope), ip and request id.
AuditEntry EntryFor(const core::Actor& actor, std::string action, std::string object_type,
                    std::optional<std::int64_t> object_id, const core::TerritoryPath& path,
                    const std::optional<core::Grant>& grant);

}  // namespace metodset::audit
