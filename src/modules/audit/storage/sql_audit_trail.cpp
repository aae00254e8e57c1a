#include "modules/audit/storage/sql_audit_trail.hpp"

#include <map>

#include "modules/audit/module.hpp"

#include "platform/storage/scope_sql.hpp"

namespace metodset::audit {
namespace {

using storage::Of;
using storage::Value;

Outcome ParseOutcome(const std::string& text) {
  if (text == "denied") return Outcome::kDenied;
  if (text == "failed") return Outcome::kFailed;
  return Outcome::kOk;
}

}  // namespace

void SqlAuditTrail::Record(AuditEntry e) {
  if (e.at.empty()) e.at = core::FormatTimestamp(clock_.Now());
  auto id = conn_.InsertReturningId(
      "INSERT INTO audit_log (at, user_id, actor_login, role, scope, action, object_type, object_id, region_id, "
      "municipality_id, organisation_id, ip, request_id, outcome, detail) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {Of(e.at), Of(e.user_id), Of(e.actor_login), Of(e.role), Of(e.scope), Of(e.action), Of(e.object_type),
       Of(e.object_id), e.path.region_id ? Of(e.path.region_id) : storage::Null(), Of(e.path.municipality_id),
       Of(e.path.organisation_id), Of(e.ip), Of(e.request_id), Of(std::string(OutcomeName(e.outcome))),
       Of(e.detail)});
  if (e.changes.empty()) return;
  // One bulk insert: an import records a change per person, a hundred thousand of them in one entry.
  std::vector<std::vector<Value>> rows;
  rows.reserve(e.changes.size());
  int position = 0;
  for (auto& c : e.changes) {
    rows.push_back({Of(id), Of(position++), Of(std::move(c.field)), Of(std::move(c.old_value)),
                    Of(std::move(c.new_value))});
  }
  conn_.BulkInsert("audit_changes", {"entry_id", "position", "field", "old_value", "new_value"}, rows);
}

AuditPage SqlAuditReader::Find(const AuditFilter& f, const core::ScopeFilter& scope) {
  std::vector<Value> params;
  std::string where =
      " WHERE " + storage::ScopeCondition(scope, {"a.region_id", "a.municipality_id", "", ""}, params);
  auto add = [&](const std::string& condition, Value value) {
    where += " AND " + condition;
    params.push_back(std::move(value));
  };
  if (f.actor_login) add("a.actor_login = ?", Of(*f.actor_login));
  if (f.action) add("a.action = ?", Of(*f.action));
  if (f.object_type) add("a.object_type = ?", Of(*f.object_type));
  if (f.object_id) add("a.object_id = ?", Of(*f.object_id));
  if (f.from) add("a.at >= ?", Of(f.from->Iso() + "T00:00:00.000Z"));
  if (f.to) add("a.at < ?", Of(f.to->AddDays(1).Iso() + "T00:00:00.000Z"));

  auto conn = db_.Acquire();
  AuditPage page;
  page.total = conn->Query("SELECT COUNT(*) FROM audit_log a" + where, params).rows.at(0).Int(0);
  auto list_params = params;
  list_params.push_back(Of(static_cast<std::int64_t>(f.size)));
  list_params.push_back(Of(static_cast<std::int64_t>((f.page - 1) * f.size)));
  auto rows = conn->Query(
      "SELECT a.id, a.at, a.user_id, a.actor_login, a.role, a.scope, a.action, a.object_type, a.object_id, "
      "a.region_id, a.municipality_id, a.organisation_id, a.ip, a.request_id, a.outcome, a.detail "
      "FROM audit_log a" + where + " ORDER BY a.id DESC LIMIT ? OFFSET ?",
      list_params);
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : rows.rows) {
    StoredAuditEntry s;
    s.id = r.Int(0);
    auto& e = s.entry;
    e.at = r.Text(1);
    e.user_id = r.OptInt(2);
    e.actor_login = r.OptText(3);
    e.role = r.OptText(4);
    e.scope = r.OptText(5);
    e.action = r.Text(6);
    e.object_type = r.Text(7);
    e.object_id = r.OptInt(8);
    e.path.region_id = r.OptInt(9).value_or(0);
    e.path.municipality_id = r.OptInt(10);
    e.path.organisation_id = r.OptInt(11);
    e.ip = r.Text(12);
    e.request_id = r.Text(13);
    e.outcome = ParseOutcome(r.Text(14));
    e.detail = r.OptText(15);
    index[s.id] = page.items.size();
    page.items.push_back(std::move(s));
  }
  if (!page.items.empty()) {
    std::vector<Value> ids;
    for (const auto& item : page.items) ids.push_back(Of(item.id));
    auto changes = conn->Query("SELECT entry_id, field, old_value, new_value FROM audit_changes WHERE entry_id IN (" +
                                   storage::Placeholders(ids.size()) + ") ORDER BY entry_id, position",
                               ids);
    for (const auto& r : changes.rows) {
      page.items[index.at(r.Int(0))].entry.changes.push_back({r.Text(1), r.OptText(2), r.OptText(3)});
    }
  }
  return page;
}

std::unique_ptr<AuditTrail> MakeSqlAuditTrail(storage::Connection& conn, const core::Clock& clock) {
  return std::make_unique<SqlAuditTrail>(conn, clock);
}

void RecordStandalone(storage::Database& db, const core::Clock& clock, AuditEntry entry) {
  db.InTransaction([&](storage::Connection& conn) { SqlAuditTrail(conn, clock).Record(std::move(entry)); });
}

}  // namespace metodset::audit
