#include "modules/bodies/storage/sql_bodies_storage.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "platform/storage/scope_sql.hpp"

namespace metodset::bodies {
namespace {

using storage::Of;
using storage::Value;

core::Date DateOf(std::string_view text) {
  auto d = core::ParseIsoDate(text.substr(0, 10));
  if (!d) throw storage::StorageError("not a date: " + std::string(text));
  return *d;
}
std::optional<core::Date> OptDate(const storage::RowView& r, std::size_t col) {
  if (r.IsNull(col)) return std::nullopt;
  return DateOf(r.Text(col));
}
std::optional<std::int64_t> OptInt(const storage::RowView& r, std::size_t col) {
  if (r.IsNull(col)) return std::nullopt;
  return r.Int(col);
}
Value OfDate(const std::optional<core::Date>& d) { return d ? Of(d->Iso()) : storage::Null(); }

// "Фамилия Имя Отчество" from three columns starting at `col`.
std::string NameOf(const storage::RowView& r, std::size_t col) {
  std::string name = r.String(col);
  name += ' ';
  name += r.Text(col + 1);
  if (!r.IsNull(col + 2) && !r.Text(col + 2).empty()) {
    name += ' ';
    name += r.Text(col + 2);
  }
  return name;
}

constexpr const char* kBodyColumns =
    "b.id, b.kind, b.preset, b.name, b.subject, b.year, b.region_id, b.municipality_id, b.organisation_id, m.name, "
    "o.short_name, b.association_id, b.established_on, b.created_at, b.updated_at, ci.title";
constexpr const char* kBodyFrom =
    " FROM bodies b LEFT JOIN municipalities m ON m.id = b.municipality_id LEFT JOIN organisations o ON o.id = "
    "b.organisation_id LEFT JOIN catalogue_items ci ON ci.catalogue = 'subjects' AND ci.code = b.subject";

BodyRecord ReadBody(const storage::RowView& r) {
  BodyRecord b;
  b.id = r.Int(0);
  b.kind = ParseBodyKind(r.Text(1)).value_or(BodyKind::kMunicipalUnion);
  b.preset = r.String(2);
  b.name = r.String(3);
  b.subject = r.OptString(4);
  b.year = static_cast<int>(r.Int(5));
  b.place.region_id = r.Int(6);
  b.place.municipality_id = OptInt(r, 7);
  b.place.organisation_id = OptInt(r, 8);
  b.place.municipality_name = r.OptString(9);
  b.place.organisation_name = r.OptString(10);
  b.association_id = OptInt(r, 11);
  b.established_on = DateOf(r.Text(12));
  b.created_at = r.String(13);
  b.updated_at = r.String(14);
  b.subject_title = r.OptString(15);
  return b;
}

constexpr const char* kRegistryColumns =
    "am.id, am.association_id, am.person_id, p.last_name, p.first_name, p.middle_name, p.birth_date, p.region_id, "
    "p.municipality_id, p.organisation_id, m.name, o.short_name, am.number, am.admitted_on, am.consent_on, "
    "am.branch_id, am.status, am.ended_on, am.end_reason, am.session_id";
constexpr const char* kRegistryFrom =
    " FROM association_members am JOIN persons p ON p.id = am.person_id LEFT JOIN municipalities m ON m.id = "
    "p.municipality_id LEFT JOIN organisations o ON o.id = p.organisation_id";

RegistryMember ReadRegistry(const storage::RowView& r) {
  RegistryMember m;
  m.id = r.Int(0);
  m.association_id = r.Int(1);
  m.person_id = r.Int(2);
  m.full_name = NameOf(r, 3);
  m.birth_date = OptDate(r, 6);
  m.place = {r.Int(7), OptInt(r, 8), OptInt(r, 9), r.OptString(10), r.OptString(11)};
  m.number = static_cast<int>(r.Int(12));
  m.admitted_on = DateOf(r.Text(13));
  m.consent_on = DateOf(r.Text(14));
  m.branch_id = OptInt(r, 15);
  m.status = r.String(16);
  m.ended_on = OptDate(r, 17);
  m.end_reason = r.OptString(18);
  m.session_id = OptInt(r, 19);
  return m;
}

constexpr const char* kApplicationColumns =
    "a.id, a.association_id, a.person_id, p.last_name, p.first_name, p.middle_name, a.applied_on, a.consent_on, "
    "a.recommender_person_id, rp.last_name, rp.first_name, rp.middle_name, a.text, a.status, a.decided_on, "
    "a.session_id, a.member_id";
constexpr const char* kApplicationFrom =
    " FROM association_applications a JOIN persons p ON p.id = a.person_id LEFT JOIN persons rp ON rp.id = "
    "a.recommender_person_id";

ApplicationRecord ReadApplication(const storage::RowView& r) {
  ApplicationRecord a;
  a.id = r.Int(0);
  a.association_id = r.Int(1);
  a.person_id = r.Int(2);
  a.full_name = NameOf(r, 3);
  a.applied_on = DateOf(r.Text(6));
  a.consent_on = DateOf(r.Text(7));
  a.recommender_person_id = OptInt(r, 8);
  if (a.recommender_person_id) a.recommender_name = NameOf(r, 9);
  a.text = r.OptString(12);
  a.status = r.String(13);
  a.decided_on = OptDate(r, 14);
  a.session_id = OptInt(r, 15);
  a.member_id = OptInt(r, 16);
  return a;
}

class SqlBodiesStore final : public BodiesStore {
 public:
  explicit SqlBodiesStore(storage::Connection& conn) : conn_(conn) {}

  void ListBodies(const BodyFilter& f, const core::ScopeFilter& scope, std::optional<std::int64_t> own_person,
                  const core::Date& today, BodyPage& page) override {
    std::vector<Value> params;
    std::string where = " WHERE (" + storage::ScopeCondition(
                                         scope, {"b.region_id", "b.municipality_id", "b.organisation_id", ""}, params);
    if (own_person) {
      where +=
          " OR EXISTS (SELECT 1 FROM body_members bm WHERE bm.body_id = b.id AND bm.person_id = ? AND "
          "bm.starts_on <= ? AND (bm.ends_on IS NULL OR bm.ends_on >= ?))";
      params.insert(params.end(), {Of(*own_person), Of(today.Iso()), Of(today.Iso())});
    }
    where += ")";
    auto add = [&](const char* condition, Value value) {
      where += condition;
      params.push_back(std::move(value));
    };
    if (f.kind) add(" AND b.kind = ?", Of(std::string(Code(*f.kind))));
    if (f.municipality_id) add(" AND b.municipality_id = ?", Of(*f.municipality_id));
    if (f.organisation_id) add(" AND b.organisation_id = ?", Of(*f.organisation_id));
    if (f.year) add(" AND b.year = ?", Of(*f.year));
    if (f.q && !f.q->empty()) add(" AND LOWER(b.name) LIKE ?", Of("%" + *f.q + "%"));
    page.total = conn_.Query("SELECT COUNT(*) FROM bodies b" + where, params).rows.at(0).Int(0);
    std::string sql = std::string("SELECT ") + kBodyColumns +
                      ", (SELECT COUNT(*) FROM body_members bm WHERE bm.body_id = b.id AND bm.starts_on <= ? AND "
                      "(bm.ends_on IS NULL OR bm.ends_on >= ?) AND bm.role NOT IN ('curator', 'advisory')), "
                      "(SELECT COUNT(*) FROM body_sessions s WHERE s.body_id = b.id), "
                      "(SELECT MAX(s.held_on) FROM body_sessions s WHERE s.body_id = b.id)" +
                      kBodyFrom + where + " ORDER BY b.name, b.id";
    std::vector<Value> all{Of(today.Iso()), Of(today.Iso())};
    all.insert(all.end(), params.begin(), params.end());
    if (f.size > 0) {
      sql += " LIMIT ? OFFSET ?";
      all.push_back(Of(static_cast<std::int64_t>(f.size)));
      all.push_back(Of(static_cast<std::int64_t>(f.page - 1) * f.size));
    }
    page.items.clear();
    conn_.QueryEach(sql, all, [&](const storage::RowView& r) {
      auto b = ReadBody(r);
      b.members_count = r.Int(16);
      b.sessions_count = r.Int(17);
      b.last_session_on = OptDate(r, 18);
      page.items.push_back(std::move(b));
    });
  }

  std::optional<BodyRecord> FindBody(std::int64_t id, bool for_update) override {
    if (for_update && conn_.backend() == storage::Backend::kPostgres) {
      if (conn_.Query("SELECT id FROM bodies WHERE id = ? FOR UPDATE", {Of(id)}).empty()) return std::nullopt;
    }
    std::optional<BodyRecord> body;
    conn_.QueryEach(std::string("SELECT ") + kBodyColumns + kBodyFrom + " WHERE b.id = ?", std::vector<Value>{Of(id)},
                    [&](const storage::RowView& r) { body = ReadBody(r); });
    if (!body) return body;
    conn_.QueryEach(
        "SELECT bm.id, bm.body_id, bm.person_id, p.last_name, p.first_name, p.middle_name, o.short_name, bm.role, "
        "bm.starts_on, bm.ends_on FROM body_members bm JOIN persons p ON p.id = bm.person_id LEFT JOIN organisations o "
        "ON o.id = p.organisation_id WHERE bm.body_id = ? ORDER BY p.sort_key, bm.id",
        std::vector<Value>{Of(id)}, [&](const storage::RowView& r) {
          MemberRecord m;
          m.id = r.Int(0);
          m.body_id = r.Int(1);
          m.person_id = r.Int(2);
          m.full_name = NameOf(r, 3);
          m.organisation_name = r.OptString(6);
          m.role = ParseMemberRole(r.Text(7)).value_or(MemberRole::kMember);
          m.starts_on = DateOf(r.Text(8));
          m.ends_on = OptDate(r, 9);
          body->members.push_back(std::move(m));
        });
    return body;
  }

  std::int64_t InsertBody(const BodyRecord& b, const std::string& now) override {
    return conn_.InsertReturningId(
        "INSERT INTO bodies (kind, preset, name, subject, year, region_id, municipality_id, organisation_id, "
        "association_id, established_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id",
        {Of(std::string(Code(b.kind))), Of(b.preset), Of(b.name), Of(b.subject), Of(b.year), Of(b.place.region_id),
         Of(b.place.municipality_id), Of(b.place.organisation_id), Of(b.association_id), Of(b.established_on.Iso()),
         Of(now), Of(now)});
  }

  void UpdateBody(const BodyRecord& b, const std::string& now) override {
    conn_.Execute("UPDATE bodies SET name = ?, subject = ?, year = ?, updated_at = ? WHERE id = ?",
                  {Of(b.name), Of(b.subject), Of(b.year), Of(now), Of(b.id)});
  }

  std::int64_t InsertMember(const MemberRecord& m) override {
    return conn_.InsertReturningId(
        "INSERT INTO body_members (body_id, person_id, role, starts_on, ends_on) VALUES (?, ?, ?, ?, ?) RETURNING id",
        {Of(m.body_id), Of(m.person_id), Of(std::string(Code(m.role))), Of(m.starts_on.Iso()), OfDate(m.ends_on)});
  }

  void UpdateMember(const MemberRecord& m) override {
    conn_.Execute("UPDATE body_members SET role = ?, starts_on = ?, ends_on = ? WHERE id = ?",
                  {Of(std::string(Code(m.role))), Of(m.starts_on.Iso()), OfDate(m.ends_on), Of(m.id)});
  }

  void DeleteMember(std::int64_t id) override { conn_.Execute("DELETE FROM body_members WHERE id = ?", {Of(id)}); }

  bool MemberAttended(std::int64_t id) override {
    return !conn_.Query("SELECT 1 FROM body_attendance WHERE member_id = ? LIMIT 1", {Of(id)}).empty();
  }

  bool HeadsMunicipalUnion(std::int64_t person_id, const core::Date& on) override {
    return !conn_
                .Query(
                    "SELECT 1 FROM body_members bm JOIN bodies b ON b.id = bm.body_id WHERE bm.person_id = ? AND "
                    "bm.role = 'chair' AND b.kind = 'municipal_union' AND bm.starts_on <= ? AND (bm.ends_on IS NULL "
                    "OR bm.ends_on >= ?) LIMIT 1",
                    {Of(person_id), Of(on.Iso()), Of(on.Iso())})
                .empty();
  }

  bool SubjectKnown(const std::string& code) override {
    return !conn_.Query("SELECT 1 FROM catalogue_items WHERE catalogue = 'subjects' AND code = ?", {Of(code)}).empty();
  }

  bool HasSuccessor(const BodyRecord& b, int year) override {
    std::vector<Value> params{Of(std::string(Code(b.kind))), Of(b.preset), Of(year), Of(b.place.region_id)};
    std::string sql = "SELECT 1 FROM bodies WHERE kind = ? AND preset = ? AND year = ? AND region_id = ?";
    auto opt = [&](const char* column, const auto& value) {
      if (value) {
        sql += std::string(" AND ") + column + " = ?";
        params.push_back(Of(*value));
      } else {
        sql += std::string(" AND ") + column + " IS NULL";
      }
    };
    opt("municipality_id", b.place.municipality_id);
    opt("organisation_id", b.place.organisation_id);
    opt("subject", b.subject);
    return !conn_.Query(sql + " LIMIT 1", params).empty();
  }

  std::optional<PersonInfo> FindPerson(std::int64_t id) override {
    std::optional<PersonInfo> p;
    conn_.QueryEach(
        "SELECT p.id, p.last_name, p.first_name, p.middle_name, p.birth_date, p.region_id, p.municipality_id, "
        "p.organisation_id, m.name, o.short_name FROM persons p LEFT JOIN municipalities m ON m.id = p.municipality_id "
        "LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?",
        std::vector<Value>{Of(id)}, [&](const storage::RowView& r) {
          p = PersonInfo{r.Int(0), NameOf(r, 1), DateOf(r.Text(4)),
                         Place{r.Int(5), OptInt(r, 6), OptInt(r, 7), r.OptString(8), r.OptString(9)}};
        });
    return p;
  }

  std::optional<Place> PlaceOf(std::optional<std::int64_t> municipality_id,
                               std::optional<std::int64_t> organisation_id) override {
    std::optional<Place> place;
    if (organisation_id) {
      conn_.QueryEach(
          "SELECT o.region_id, o.municipality_id, o.id, m.name, o.short_name FROM organisations o LEFT JOIN "
          "municipalities m ON m.id = o.municipality_id WHERE o.id = ?",
          std::vector<Value>{Of(*organisation_id)}, [&](const storage::RowView& r) {
            place = Place{r.Int(0), OptInt(r, 1), r.Int(2), r.OptString(3), r.OptString(4)};
          });
    } else if (municipality_id) {
      conn_.QueryEach("SELECT m.region_id, m.id, m.name FROM municipalities m WHERE m.id = ?",
                      std::vector<Value>{Of(*municipality_id)}, [&](const storage::RowView& r) {
                        place = Place{r.Int(0), r.Int(1), std::nullopt, r.OptString(2), std::nullopt};
                      });
    }
    return place;
  }

  std::vector<SessionRecord> ListSessions(std::int64_t body_id) override {
    std::vector<SessionRecord> list;
    conn_.QueryEach(
        "SELECT s.id, s.body_id, s.number, s.held_on, s.title, s.place, s.protocol_document_id, "
        "(SELECT COUNT(*) FROM body_items i WHERE i.session_id = s.id) FROM body_sessions s WHERE s.body_id = ? "
        "ORDER BY s.held_on DESC, s.id DESC",
        std::vector<Value>{Of(body_id)}, [&](const storage::RowView& r) {
          SessionRecord s;
          s.id = r.Int(0);
          s.body_id = r.Int(1);
          s.number = static_cast<int>(r.Int(2));
          s.held_on = DateOf(r.Text(3));
          s.title = r.OptString(4);
          s.place = r.OptString(5);
          s.protocol_document_id = OptInt(r, 6);
          s.items_count = r.Int(7);
          list.push_back(std::move(s));
        });
    if (list.empty()) return list;
    std::unordered_map<std::int64_t, std::size_t> at;
    for (std::size_t i = 0; i < list.size(); ++i) at[list[i].id] = i;
    conn_.QueryEach(
        "SELECT a.session_id, a.member_id FROM body_attendance a JOIN body_sessions s ON s.id = a.session_id WHERE "
        "s.body_id = ?",
        std::vector<Value>{Of(body_id)}, [&](const storage::RowView& r) {
          auto it = at.find(r.Int(0));
          if (it != at.end()) list[it->second].present.push_back(r.Int(1));
        });
    return list;
  }

  std::optional<SessionRecord> FindSession(std::int64_t id) override {
    std::optional<SessionRecord> s;
    conn_.QueryEach(
        "SELECT s.id, s.body_id, s.number, s.held_on, s.title, s.place, s.protocol_document_id FROM body_sessions s "
        "WHERE s.id = ?",
        std::vector<Value>{Of(id)}, [&](const storage::RowView& r) {
          s = SessionRecord{};
          s->id = r.Int(0);
          s->body_id = r.Int(1);
          s->number = static_cast<int>(r.Int(2));
          s->held_on = DateOf(r.Text(3));
          s->title = r.OptString(4);
          s->place = r.OptString(5);
          s->protocol_document_id = OptInt(r, 6);
        });
    if (!s) return s;
    conn_.QueryEach("SELECT member_id FROM body_attendance WHERE session_id = ? ORDER BY member_id",
                    std::vector<Value>{Of(id)}, [&](const storage::RowView& r) { s->present.push_back(r.Int(0)); });
    conn_.QueryEach(
        "SELECT i.id, i.session_id, i.number, i.title, i.decision_kind, i.proposal, i.votes_for, i.votes_against, "
        "i.votes_abstain, i.present_at_vote, i.members_at_vote, i.outcome, i.decision_text, i.owner_person_id, "
        "p.last_name, p.first_name, p.middle_name, i.due_on, i.done_on FROM body_items i LEFT JOIN persons p ON p.id = "
        "i.owner_person_id WHERE i.session_id = ? ORDER BY i.number, i.id",
        std::vector<Value>{Of(id)}, [&](const storage::RowView& r) {
          ItemRecord i;
          i.id = r.Int(0);
          i.session_id = r.Int(1);
          i.number = static_cast<int>(r.Int(2));
          i.title = r.String(3);
          i.decision_kind = ParseDecisionKind(r.Text(4)).value_or(DecisionKind::kOrdinary);
          i.proposal = r.OptString(5);
          if (!r.IsNull(6)) {
            i.vote = Vote{static_cast<int>(r.Int(6)), static_cast<int>(r.Int(7)), static_cast<int>(r.Int(8))};
          }
          i.present_at_vote = r.IsNull(9) ? 0 : static_cast<int>(r.Int(9));
          i.members_at_vote = r.IsNull(10) ? 0 : static_cast<int>(r.Int(10));
          i.adopted = !r.IsNull(11) && r.Text(11) == "adopted";
          i.decision_text = r.OptString(12);
          i.owner_person_id = OptInt(r, 13);
          if (i.owner_person_id) i.owner_name = NameOf(r, 14);
          i.due_on = OptDate(r, 17);
          i.done_on = OptDate(r, 18);
          s->items.push_back(std::move(i));
        });
    s->items_count = static_cast<std::int64_t>(s->items.size());
    return s;
  }

  std::int64_t InsertSession(const SessionRecord& s) override {
    return conn_.InsertReturningId(
        "INSERT INTO body_sessions (body_id, number, held_on, title, place) VALUES (?, ?, ?, ?, ?) RETURNING id",
        {Of(s.body_id), Of(s.number), Of(s.held_on.Iso()), Of(s.title), Of(s.place)});
  }

  int NextSessionNumber(std::int64_t body_id, int year) override {
    auto rs = conn_.Query(
        "SELECT COALESCE(MAX(number), 0) FROM body_sessions WHERE body_id = ? AND held_on >= ? AND held_on < ?",
        {Of(body_id), Of(core::Date{year, 1, 1}.Iso()), Of(core::Date{year + 1, 1, 1}.Iso())});
    return static_cast<int>(rs.rows.at(0).Int(0)) + 1;
  }

  void SetAttendance(std::int64_t session_id, const std::vector<std::int64_t>& member_ids) override {
    conn_.Execute("DELETE FROM body_attendance WHERE session_id = ?", {Of(session_id)});
    for (auto id : member_ids) {
      conn_.Execute("INSERT INTO body_attendance (session_id, member_id) VALUES (?, ?)", {Of(session_id), Of(id)});
    }
  }

  std::vector<Value> ItemValues(const ItemRecord& i) {
    return {Of(i.session_id),
            Of(i.number),
            Of(i.title),
            Of(std::string(Code(i.decision_kind))),
            Of(i.proposal),
            i.vote ? Of(i.vote->for_votes) : storage::Null(),
            i.vote ? Of(i.vote->against) : storage::Null(),
            i.vote ? Of(i.vote->abstain) : storage::Null(),
            i.vote ? Of(i.present_at_vote) : storage::Null(),
            i.vote ? Of(i.members_at_vote) : storage::Null(),
            i.adopted ? Of("adopted") : storage::Null(),
            Of(i.decision_text),
            Of(i.owner_person_id),
            OfDate(i.due_on),
            OfDate(i.done_on)};
  }

  std::int64_t InsertItem(const ItemRecord& i) override {
    return conn_.InsertReturningId(
        "INSERT INTO body_items (session_id, number, title, decision_kind, proposal, votes_for, votes_against, "
        "votes_abstain, present_at_vote, members_at_vote, outcome, decision_text, owner_person_id, due_on, done_on) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        ItemValues(i));
  }

  void UpdateItem(const ItemRecord& i) override {
    auto params = ItemValues(i);
    params.push_back(Of(i.id));
    conn_.Execute(
        "UPDATE body_items SET session_id = ?, number = ?, title = ?, decision_kind = ?, proposal = ?, votes_for = ?, "
        "votes_against = ?, votes_abstain = ?, present_at_vote = ?, members_at_vote = ?, outcome = ?, "
        "decision_text = ?, owner_person_id = ?, due_on = ?, done_on = ? WHERE id = ?",
        params);
  }

  void SetProtocol(std::int64_t session_id, std::int64_t document_id) override {
    conn_.Execute("UPDATE body_sessions SET protocol_document_id = ? WHERE id = ?", {Of(document_id), Of(session_id)});
  }

  std::vector<ComplianceRow> ComplianceRows(const core::Scope& unit, int year, const core::Date& on) override {
    std::vector<Value> params;
    std::string where;
    switch (unit.kind) {
      case core::ScopeKind::kRegion:
        where = "b.region_id = ?";
        params.push_back(Of(unit.id));
        break;
      case core::ScopeKind::kMunicipality:
        where = "b.municipality_id = ?";
        params.push_back(Of(unit.id));
        break;
      case core::ScopeKind::kOrganisation:
        where = "b.organisation_id = ?";
        params.push_back(Of(unit.id));
        break;
      case core::ScopeKind::kAll:
        where = "1=1";
        break;
      default:
        return {};
    }
    // Bodies created for `year` or before it; yearly bodies only of `year` and `year − 1` (filtered below).
    where += " AND b.year <= ? AND b.established_on <= ?";
    params.push_back(Of(year));
    params.push_back(Of(core::Date{year, 12, 31}.Iso()));
    std::vector<ComplianceRow> rows;
    std::unordered_map<std::int64_t, std::size_t> at;
    conn_.QueryEach(std::string("SELECT ") + kBodyColumns + kBodyFrom + " WHERE " + where + " ORDER BY b.id", params,
                    [&](const storage::RowView& r) {
                      ComplianceRow row;
                      row.body = ReadBody(r);
                      at.emplace(row.body.id, rows.size());
                      rows.push_back(std::move(row));
                    });
    if (rows.empty()) return rows;
    const std::string in = " IN (SELECT b.id FROM bodies b WHERE " + where + ")";
    std::vector<Value> member_params{Of(on.Iso()), Of(on.Iso())};
    member_params.insert(member_params.end(), params.begin(), params.end());
    conn_.QueryEach(
        "SELECT bm.body_id, COUNT(*) FROM body_members bm WHERE bm.starts_on <= ? AND (bm.ends_on IS NULL OR "
        "bm.ends_on >= ?) AND bm.role NOT IN ('curator', 'advisory') AND bm.body_id" +
            in + " GROUP BY bm.body_id",
        member_params, [&](const storage::RowView& r) {
          auto it = at.find(r.Int(0));
          if (it != at.end()) rows[it->second].voting_members = static_cast<int>(r.Int(1));
        });
    conn_.QueryEach("SELECT s.body_id, s.held_on FROM body_sessions s WHERE s.body_id" + in, params,
                    [&](const storage::RowView& r) {
                      auto it = at.find(r.Int(0));
                      if (it != at.end()) rows[it->second].sessions.push_back(DateOf(r.Text(1)));
                    });
    for (auto& row : rows) {
      row.body.members_count = row.voting_members;
      row.body.sessions_count = static_cast<std::int64_t>(row.sessions.size());
      for (const auto& d : row.sessions) {
        if (!row.body.last_session_on || d > *row.body.last_session_on) row.body.last_session_on = d;
      }
    }
    // Yearly renewal (004 §5.1.1): keep the bodies of `year`; a body of `year − 1` only when no body of the same
    // kind, preset, place and subject exists for `year` (then it is flagged); older yearly bodies are gone.
    using Key = std::tuple<std::string, std::string, std::int64_t, std::int64_t, std::string>;
    auto key = [](const BodyRecord& b) {
      return Key{std::string(Code(b.kind)), b.preset, b.place.municipality_id.value_or(0),
                 b.place.organisation_id.value_or(0), b.subject.value_or("")};
    };
    std::map<Key, bool> current;
    for (const auto& row : rows) {
      const auto* preset = FindPreset(row.body.preset);
      const auto* profile = preset ? preset->Find(row.body.kind) : nullptr;
      if (profile && profile->renewal_yearly && row.body.year == year) current[key(row.body)] = true;
    }
    std::vector<ComplianceRow> kept;
    kept.reserve(rows.size());
    for (auto& row : rows) {
      const auto* preset = FindPreset(row.body.preset);
      const auto* profile = preset ? preset->Find(row.body.kind) : nullptr;
      if (profile && profile->renewal_yearly) {
        if (row.body.year < year - 1) continue;
        if (row.body.year == year - 1) {
          if (current.contains(key(row.body))) continue;
          row.renewed = false;
        }
      }
      kept.push_back(std::move(row));
    }
    return kept;
  }

  std::vector<AssociationRecord> ListAssociations(const core::Date& today) override {
    std::vector<AssociationRecord> list;
    conn_.QueryEach(
        "SELECT a.id, a.kind, a.preset, a.name, a.region_id, a.council_body_id, a.assembly_body_id, "
        "(SELECT COUNT(*) FROM association_members am WHERE am.association_id = a.id AND am.status = 'active'), "
        "(SELECT COUNT(*) FROM bodies b WHERE b.association_id = a.id AND b.kind = 'young_teachers_branch') "
        "FROM associations a ORDER BY a.name, a.id",
        std::vector<Value>{}, [&](const storage::RowView& r) {
          list.push_back(
              {r.Int(0), r.String(1), r.String(2), r.String(3), r.Int(4), r.Int(5), r.Int(6), r.Int(7), r.Int(8)});
        });
    (void)today;
    return list;
  }

  std::optional<AssociationRecord> FindAssociation(std::int64_t id, bool for_update) override {
    std::optional<AssociationRecord> a;
    std::string sql =
        "SELECT a.id, a.kind, a.preset, a.name, a.region_id, a.council_body_id, a.assembly_body_id FROM associations a "
        "WHERE a.id = ?";
    if (for_update && conn_.backend() == storage::Backend::kPostgres) sql += " FOR UPDATE";
    conn_.QueryEach(sql, std::vector<Value>{Of(id)}, [&](const storage::RowView& r) {
      a = AssociationRecord{r.Int(0), r.String(1), r.String(2), r.String(3), r.Int(4), r.Int(5), r.Int(6), 0, 0};
    });
    return a;
  }

  std::int64_t InsertAssociation(const AssociationRecord& a) override {
    return conn_.InsertReturningId(
        "INSERT INTO associations (kind, preset, name, region_id, council_body_id, assembly_body_id) VALUES (?, ?, ?, "
        "?, ?, ?) RETURNING id",
        {Of(a.kind), Of(a.preset), Of(a.name), Of(a.region_id), Of(a.council_body_id), Of(a.assembly_body_id)});
  }

  void LinkBodyToAssociation(std::int64_t body_id, std::int64_t association_id) override {
    conn_.Execute("UPDATE bodies SET association_id = ? WHERE id = ?", {Of(association_id), Of(body_id)});
  }

  std::vector<BodyRecord> Branches(std::int64_t association_id, const core::Date& today) override {
    std::vector<BodyRecord> list;
    conn_.QueryEach(std::string("SELECT ") + kBodyColumns +
                        ", (SELECT COUNT(*) FROM body_members bm WHERE bm.body_id = b.id AND bm.starts_on <= ? AND "
                        "(bm.ends_on IS NULL OR bm.ends_on >= ?))" +
                        kBodyFrom + " WHERE b.association_id = ? AND b.kind = 'young_teachers_branch' ORDER BY m.name",
                    std::vector<Value>{Of(today.Iso()), Of(today.Iso()), Of(association_id)},
                    [&](const storage::RowView& r) {
                      auto b = ReadBody(r);
                      b.members_count = r.Int(16);
                      list.push_back(std::move(b));
                    });
    return list;
  }

  std::vector<RegistryMember> Registry(std::int64_t association_id, const RegistryFilter& f) override {
    std::vector<Value> params{Of(association_id)};
    std::string where =
        " WHERE am.association_id = ? AND " +
        storage::ScopeCondition(f.scope, {"p.region_id", "p.municipality_id", "p.organisation_id", ""}, params);
    if (f.municipality_id) {
      where += " AND p.municipality_id = ?";
      params.push_back(Of(*f.municipality_id));
    }
    if (f.branch_id) {
      where += " AND am.branch_id = ?";
      params.push_back(Of(*f.branch_id));
    }
    if (f.status) {
      where += " AND am.status = ?";
      params.push_back(Of(*f.status));
    }
    std::vector<RegistryMember> list;
    conn_.QueryEach(std::string("SELECT ") + kRegistryColumns + kRegistryFrom + where + " ORDER BY am.number", params,
                    [&](const storage::RowView& r) { list.push_back(ReadRegistry(r)); });
    return list;
  }

  std::optional<RegistryMember> FindRegistryMember(std::int64_t id) override {
    std::optional<RegistryMember> m;
    conn_.QueryEach(std::string("SELECT ") + kRegistryColumns + kRegistryFrom + " WHERE am.id = ?",
                    std::vector<Value>{Of(id)}, [&](const storage::RowView& r) { m = ReadRegistry(r); });
    return m;
  }

  std::optional<RegistryMember> ActiveRegistryMember(std::int64_t association_id, std::int64_t person_id) override {
    std::optional<RegistryMember> m;
    conn_.QueryEach(std::string("SELECT ") + kRegistryColumns + kRegistryFrom +
                        " WHERE am.association_id = ? AND am.person_id = ? AND am.status = 'active'",
                    std::vector<Value>{Of(association_id), Of(person_id)},
                    [&](const storage::RowView& r) { m = ReadRegistry(r); });
    return m;
  }

  int NextMemberNumber(std::int64_t association_id) override {
    return static_cast<int>(conn_
                                .Query("SELECT COALESCE(MAX(number), 0) FROM association_members WHERE "
                                       "association_id = ?",
                                       {Of(association_id)})
                                .rows.at(0)
                                .Int(0)) +
           1;
  }

  std::int64_t InsertRegistryMember(const RegistryMember& m) override {
    return conn_.InsertReturningId(
        "INSERT INTO association_members (association_id, person_id, number, admitted_on, consent_on, branch_id, "
        "status, ended_on, end_reason, session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {Of(m.association_id), Of(m.person_id), Of(m.number), Of(m.admitted_on.Iso()), Of(m.consent_on.Iso()),
         Of(m.branch_id), Of(m.status), OfDate(m.ended_on), Of(m.end_reason), Of(m.session_id)});
  }

  void UpdateRegistryMember(const RegistryMember& m) override {
    conn_.Execute("UPDATE association_members SET branch_id = ?, status = ?, ended_on = ?, end_reason = ? WHERE id = ?",
                  {Of(m.branch_id), Of(m.status), OfDate(m.ended_on), Of(m.end_reason), Of(m.id)});
  }

  std::vector<ApplicationRecord> Applications(std::int64_t association_id,
                                              const std::optional<std::string>& status) override {
    std::vector<Value> params{Of(association_id)};
    std::string sql = std::string("SELECT ") + kApplicationColumns + kApplicationFrom + " WHERE a.association_id = ?";
    if (status) {
      sql += " AND a.status = ?";
      params.push_back(Of(*status));
    }
    std::vector<ApplicationRecord> list;
    conn_.QueryEach(sql + " ORDER BY a.applied_on, a.id", params,
                    [&](const storage::RowView& r) { list.push_back(ReadApplication(r)); });
    return list;
  }

  std::optional<ApplicationRecord> FindApplication(std::int64_t id) override {
    std::optional<ApplicationRecord> a;
    conn_.QueryEach(std::string("SELECT ") + kApplicationColumns + kApplicationFrom + " WHERE a.id = ?",
                    std::vector<Value>{Of(id)}, [&](const storage::RowView& r) { a = ReadApplication(r); });
    return a;
  }

  std::int64_t InsertApplication(const ApplicationRecord& a) override {
    return conn_.InsertReturningId(
        "INSERT INTO association_applications (association_id, person_id, applied_on, consent_on, "
        "recommender_person_id, text, status) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {Of(a.association_id), Of(a.person_id), Of(a.applied_on.Iso()), Of(a.consent_on.Iso()),
         Of(a.recommender_person_id), Of(a.text), Of(a.status)});
  }

  void UpdateApplication(const ApplicationRecord& a) override {
    conn_.Execute(
        "UPDATE association_applications SET status = ?, decided_on = ?, session_id = ?, member_id = ? WHERE id = ?",
        {Of(a.status), OfDate(a.decided_on), Of(a.session_id), Of(a.member_id), Of(a.id)});
  }

 private:
  storage::Connection& conn_;
};

}  // namespace

core::Result<void> SqlBodiesStorage::Transact(
    const std::function<core::Result<void>(BodiesStore&, audit::AuditTrail&)>& work) {
  try {
    return db_.InTransactionResult([&](storage::Connection& conn) {
      SqlBodiesStore store(conn);
      auto trail = audit::MakeSqlAuditTrail(conn, clock_);
      return work(store, *trail);
    });
  } catch (const storage::UniqueViolation& e) {
    // bodies_one_branch_per_municipality or association_members_one_active, when a concurrent write slipped
    // past the check (the transaction rolled back).
    const std::string what = e.what();
    if (what.find("association_members") != std::string::npos) {
      return core::Conflict("already_member", "Педагог уже состоит в ассоциации", "person_id");
    }
    return core::Conflict("branch_exists",
                          "В муниципалитете уже есть территориальное отделение ассоциации; допускается не более одного",
                          "municipality_id");
  }
}

void SqlBodiesStorage::Read(const std::function<void(BodiesStore&)>& work) {
  db_.InSnapshot([&](storage::Connection& conn) {
    SqlBodiesStore store(conn);
    work(store);
  });
}

}  // namespace metodset::bodies
