#include "modules/mentoring/storage/sql_mentoring_storage.hpp"

#include <algorithm>
#include <unordered_map>

#include "platform/storage/scope_sql.hpp"

namespace metodset::mentoring {
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

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    if (comma > start) out.emplace_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

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

// The columns of a pair (PairRecord without its plan, reports and collective).
constexpr const char* kPairColumns =
    "pr.id, pr.mentee_id, me.last_name, me.first_name, me.middle_name, pr.mentor_id, mr.last_name, mr.first_name, "
    "mr.middle_name, pr.kind, pr.category, pr.subject, pr.region_id, pr.municipality_id, pr.organisation_id, "
    "o.short_name, m.name, pr.status, pr.hired_on, pr.graduation_on, pr.starts_on, pr.ends_on, pr.council_protocol, "
    "pr.council_date, pr.mentor_consent_on, pr.mentee_consent_on, pr.directive_number, pr.directive_on, "
    "pr.directive_late, pr.replaces_id, pr.replaced_by_id, pr.end_reason, pr.end_details, pr.ended_on, "
    "pr.created_at, pr.updated_at";
constexpr const char* kPairFrom =
    " FROM mentorship_pairs pr JOIN persons me ON me.id = pr.mentee_id LEFT JOIN persons mr ON mr.id = pr.mentor_id"
    " LEFT JOIN organisations o ON o.id = pr.organisation_id LEFT JOIN municipalities m ON m.id = pr.municipality_id";

PairRecord ReadPair(const storage::RowView& r) {
  PairRecord p;
  p.id = r.Int(0);
  p.mentee_id = r.Int(1);
  p.mentee_name = NameOf(r, 2);
  p.mentor_id = OptInt(r, 5);
  if (p.mentor_id) p.mentor_name = NameOf(r, 6);
  p.kind = ParseMentorKind(r.Text(9)).value_or(MentorKind::kSubject);
  p.category = ParseMenteeCategory(r.Text(10)).value_or(MenteeCategory::kYoungSpecialist);
  p.subject = r.OptString(11);
  p.place = {r.Int(12), OptInt(r, 13), OptInt(r, 14), r.OptString(15), r.OptString(16)};
  p.status = ParsePairStatus(r.Text(17)).value_or(PairStatus::kProposed);
  p.hired_on = DateOf(r.Text(18));
  p.graduation_on = OptDate(r, 19);
  p.starts_on = DateOf(r.Text(20));
  p.ends_on = DateOf(r.Text(21));
  if (!r.IsNull(22) && !r.IsNull(23)) p.council = CouncilRecommendation{r.String(22), DateOf(r.Text(23))};
  p.mentor_consent_on = OptDate(r, 24);
  p.mentee_consent_on = OptDate(r, 25);
  p.directive_number = r.OptString(26);
  p.directive_on = OptDate(r, 27);
  p.directive_late = r.Int(28) != 0;
  p.replaces_id = OptInt(r, 29);
  p.replaced_by_id = OptInt(r, 30);
  p.end_reason = r.OptString(31);
  p.end_details = r.OptString(32);
  p.ended_on = OptDate(r, 33);
  p.created_at = r.String(34);
  p.updated_at = r.String(35);
  return p;
}

std::vector<Value> PairValues(const PairRecord& p) {
  return {Of(p.mentee_id),
          Of(p.mentor_id),
          Of(std::string(Code(p.kind))),
          Of(std::string(Code(p.category))),
          Of(p.subject),
          Of(p.place.region_id),
          Of(p.place.municipality_id),
          Of(p.place.organisation_id),
          Of(std::string(Code(p.status))),
          Of(p.hired_on.Iso()),
          OfDate(p.graduation_on),
          Of(p.starts_on.Iso()),
          Of(p.ends_on.Iso()),
          p.council ? Of(p.council->protocol_number) : storage::Null(),
          p.council ? Of(p.council->date.Iso()) : storage::Null(),
          OfDate(p.mentor_consent_on),
          OfDate(p.mentee_consent_on),
          Of(p.directive_number),
          OfDate(p.directive_on),
          Of(p.directive_late),
          Of(p.replaces_id),
          Of(p.replaced_by_id),
          Of(p.end_reason),
          Of(p.end_details),
          OfDate(p.ended_on)};
}

// The condition placing a person (alias `alias`) in a territory unit.
std::string UnitCondition(const core::Scope& unit, const std::string& alias, std::vector<Value>& params) {
  params.push_back(Of(unit.id));
  switch (unit.kind) {
    case core::ScopeKind::kRegion:
      return alias + ".region_id = ?";
    case core::ScopeKind::kMunicipality:
      return alias + ".municipality_id = ?";
    case core::ScopeKind::kOrganisation:
      return alias + ".organisation_id = ?";
    default:
      params.pop_back();
      return "1=0";
  }
}

class SqlMentoringStore final : public MentoringStore {
 public:
  explicit SqlMentoringStore(storage::Connection& conn) : conn_(conn) {}

  void List(const PairFilter& f, const core::ScopeFilter& scope, std::optional<std::int64_t> own_person,
            PairPage& page) override {
    std::vector<Value> params;
    std::string where =
        " WHERE (" +
        storage::ScopeCondition(scope, {"pr.region_id", "pr.municipality_id", "pr.organisation_id", ""}, params);
    if (own_person) {
      where +=
          " OR pr.mentee_id = ? OR pr.mentor_id = ? OR EXISTS (SELECT 1 FROM mentorship_collective_members c WHERE "
          "c.pair_id = pr.id AND c.person_id = ?)";
      params.insert(params.end(), {Of(*own_person), Of(*own_person), Of(*own_person)});
    }
    where += ")";
    auto add = [&](const char* condition, Value value) {
      where += condition;
      params.push_back(std::move(value));
    };
    if (f.municipality_id) add(" AND pr.municipality_id = ?", Of(*f.municipality_id));
    if (f.organisation_id) add(" AND pr.organisation_id = ?", Of(*f.organisation_id));
    if (f.status) add(" AND pr.status = ?", Of(std::string(Code(*f.status))));
    if (f.mentor_id) add(" AND pr.mentor_id = ?", Of(*f.mentor_id));
    if (f.mentee_id) add(" AND pr.mentee_id = ?", Of(*f.mentee_id));
    page.total = conn_.Query("SELECT COUNT(*) FROM mentorship_pairs pr" + where, params).rows.at(0).Int(0);
    std::string sql = std::string("SELECT ") + kPairColumns + kPairFrom + where + " ORDER BY me.sort_key, pr.id";
    if (f.size > 0) {
      sql += " LIMIT ? OFFSET ?";
      params.push_back(Of(static_cast<std::int64_t>(f.size)));
      params.push_back(Of(static_cast<std::int64_t>(f.page - 1) * f.size));
    }
    page.items.clear();
    conn_.QueryEach(sql, params, [&](const storage::RowView& r) { page.items.push_back(ReadPair(r)); });
    for (auto& p : page.items) {
      if (p.kind == MentorKind::kCollective) ReadCollective(p);
    }
  }

  std::optional<PairRecord> Find(std::int64_t id) override {
    std::optional<PairRecord> pair;
    conn_.QueryEach(std::string("SELECT ") + kPairColumns + kPairFrom + " WHERE pr.id = ?", std::vector<Value>{Of(id)},
                    [&](const storage::RowView& r) { pair = ReadPair(r); });
    if (!pair) return pair;
    ReadCollective(*pair);
    conn_.QueryEach(
        "SELECT id, title, due_on, done_on FROM mentorship_plan_items WHERE pair_id = ? ORDER BY due_on, id",
        std::vector<Value>{Of(id)}, [&](const storage::RowView& r) {
          pair->plan.push_back({r.Int(0), r.String(1), DateOf(r.Text(2)), OptDate(r, 3)});
        });
    conn_.QueryEach(
        "SELECT id, author, period_due_on, submitted_on, text, created_at FROM mentorship_reports WHERE pair_id = ? "
        "ORDER BY submitted_on, id",
        std::vector<Value>{Of(id)}, [&](const storage::RowView& r) {
          pair->reports.push_back({r.Int(0), r.String(1), OptDate(r, 2), DateOf(r.Text(3)), r.String(4), r.String(5)});
        });
    return pair;
  }

  std::optional<PairRecord> FindForUpdate(std::int64_t id) override {
    if (conn_.backend() == storage::Backend::kPostgres) {
      if (conn_.Query("SELECT id FROM mentorship_pairs WHERE id = ? FOR UPDATE", {Of(id)}).empty()) return std::nullopt;
    }
    return Find(id);
  }

  void LockPersons(std::vector<std::int64_t> ids) override {
    // SQLite: the write transaction began with BEGIN IMMEDIATE and holds the database's only write lock.
    if (conn_.backend() != storage::Backend::kPostgres || ids.empty()) return;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::vector<Value> params;
    for (auto id : ids) params.push_back(Of(id));
    // In id order, so that two transactions locking overlapping persons cannot deadlock. NO KEY UPDATE: it
    // queues writers of the same persons but not inserts that only reference them (foreign keys).
    conn_.Query(
        "SELECT id FROM persons WHERE id IN (" + storage::Placeholders(ids.size()) + ") ORDER BY id FOR NO KEY UPDATE",
        params);
  }

  std::vector<RegistryPerson> LoadPersons(const std::vector<std::int64_t>& ids) override {
    if (ids.empty()) return {};
    std::vector<Value> params;
    for (auto id : ids) params.push_back(Of(id));
    return Load("p.id IN (" + storage::Placeholders(ids.size()) + ")", params);
  }

  std::vector<RegistryPerson> PersonsIn(const core::Scope& unit) override {
    std::vector<Value> params;
    const auto condition = UnitCondition(unit, "p", params);
    return Load(condition, params);
  }

  std::map<std::string, std::string> SubjectTitles() override {
    std::map<std::string, std::string> titles;
    for (const auto& r : conn_.Query("SELECT code, title FROM catalogue_items WHERE catalogue = 'subjects'").rows) {
      titles.emplace(r.Text(0), r.Text(1));
    }
    return titles;
  }

  int CountMentorPairs(std::int64_t mentor_id, PairStatus status) override {
    return static_cast<int>(conn_
                                .Query("SELECT COUNT(*) FROM mentorship_pairs WHERE mentor_id = ? AND status = ?",
                                       {Of(mentor_id), Of(std::string(Code(status)))})
                                .rows.at(0)
                                .Int(0));
  }

  std::optional<std::int64_t> ActiveSubjectPair(std::int64_t mentee_id, std::optional<std::int64_t> except) override {
    auto rows = conn_.Query(
        "SELECT id FROM mentorship_pairs WHERE mentee_id = ? AND status = 'active' AND kind = 'subject' AND id <> ? "
        "ORDER BY id",
        {Of(mentee_id), Of(except.value_or(0))});
    if (rows.empty()) return std::nullopt;
    return rows.rows.front().Int(0);
  }

  int CountMenteePairs(std::int64_t mentee_id, PairStatus status) override {
    return static_cast<int>(conn_
                                .Query("SELECT COUNT(*) FROM mentorship_pairs WHERE mentee_id = ? AND status = ?",
                                       {Of(mentee_id), Of(std::string(Code(status)))})
                                .rows.at(0)
                                .Int(0));
  }

  PairLoads LoadsIn(const core::Scope& unit) override {
    PairLoads loads;
    std::vector<Value> params;
    std::string condition = UnitCondition(unit, "p", params);
    conn_.QueryEach(
        "SELECT pr.mentor_id, pr.status, COUNT(*) FROM mentorship_pairs pr JOIN persons p ON p.id = pr.mentor_id "
        "WHERE " +
            condition + " AND pr.status IN ('active', 'proposed') GROUP BY pr.mentor_id, pr.status",
        params, [&](const storage::RowView& r) {
          auto& to = r.Text(1) == "active" ? loads.active_by_mentor : loads.proposed_by_mentor;
          to[r.Int(0)] = static_cast<int>(r.Int(2));
        });
    conn_.QueryEach(
        "SELECT DISTINCT pr.mentee_id FROM mentorship_pairs pr JOIN persons p ON p.id = pr.mentee_id WHERE " +
            condition + " AND pr.status IN ('active', 'proposed')",
        params, [&](const storage::RowView& r) { loads.mentees_with_pair.insert(r.Int(0)); });
    return loads;
  }

  std::vector<CoverageRow> Coverage(const core::Scope& unit, const core::Date& on) override {
    std::vector<Value> params{Of(on.Iso())};
    const auto condition = UnitCondition(unit, "p", params);
    std::vector<CoverageRow> rows;
    conn_.QueryEach(
        "SELECT o.id, o.short_name, m.id, m.name, COUNT(*), "
        "SUM(CASE WHEN EXISTS (SELECT 1 FROM mentorship_pairs pr WHERE pr.mentee_id = p.id AND pr.status = 'active') "
        "THEN 1 ELSE 0 END) FROM persons p JOIN organisations o ON o.id = p.organisation_id "
        "JOIN municipalities m ON m.id = o.municipality_id WHERE p.young_specialist_until >= ? AND " +
            condition +
            " GROUP BY o.id, o.short_name, o.sort_key, m.id, m.name, m.sort_key "
            "ORDER BY m.sort_key, o.sort_key, o.id",
        params, [&](const storage::RowView& r) {
          rows.push_back({r.Int(0), r.String(1), r.Int(2), r.String(3), r.Int(4), r.Int(5)});
        });
    return rows;
  }

  std::int64_t Insert(const PairRecord& pair, const std::string& now) override {
    auto values = PairValues(pair);
    values.push_back(Of(now));
    values.push_back(Of(now));
    const auto id = conn_.InsertReturningId(
        "INSERT INTO mentorship_pairs (mentee_id, mentor_id, kind, category, subject, region_id, municipality_id, "
        "organisation_id, status, hired_on, graduation_on, starts_on, ends_on, council_protocol, council_date, "
        "mentor_consent_on, mentee_consent_on, directive_number, directive_on, directive_late, replaces_id, "
        "replaced_by_id, end_reason, end_details, ended_on, created_at, updated_at) VALUES (" +
            storage::Placeholders(values.size()) + ") RETURNING id",
        values);
    for (const auto& m : pair.collective) {
      conn_.Execute("INSERT INTO mentorship_collective_members (pair_id, person_id) VALUES (?, ?)",
                    {Of(id), Of(m.person_id)});
    }
    return id;
  }

  void Update(const PairRecord& pair, const std::string& now) override {
    auto values = PairValues(pair);
    values.push_back(Of(now));
    values.push_back(Of(pair.id));
    conn_.Execute(
        "UPDATE mentorship_pairs SET mentee_id = ?, mentor_id = ?, kind = ?, category = ?, subject = ?, region_id = ?, "
        "municipality_id = ?, organisation_id = ?, status = ?, hired_on = ?, graduation_on = ?, starts_on = ?, "
        "ends_on = ?, council_protocol = ?, council_date = ?, mentor_consent_on = ?, mentee_consent_on = ?, "
        "directive_number = ?, directive_on = ?, directive_late = ?, replaces_id = ?, replaced_by_id = ?, "
        "end_reason = ?, end_details = ?, ended_on = ?, updated_at = ? WHERE id = ?",
        values);
  }

  std::int64_t AddPlanItem(std::int64_t pair_id, const PlanItem& item, const std::string& now) override {
    return conn_.InsertReturningId(
        "INSERT INTO mentorship_plan_items (pair_id, title, due_on, done_on, created_at) VALUES (?, ?, ?, ?, ?) "
        "RETURNING id",
        {Of(pair_id), Of(item.title), Of(item.due_on.Iso()), OfDate(item.done_on), Of(now)});
  }

  void UpdatePlanItem(std::int64_t pair_id, const PlanItem& item) override {
    conn_.Execute("UPDATE mentorship_plan_items SET title = ?, due_on = ?, done_on = ? WHERE id = ? AND pair_id = ?",
                  {Of(item.title), Of(item.due_on.Iso()), OfDate(item.done_on), Of(item.id), Of(pair_id)});
  }

  std::int64_t AddReport(std::int64_t pair_id, const PairReport& report, std::optional<std::int64_t> user_id,
                         const std::string& now) override {
    return conn_.InsertReturningId(
        "INSERT INTO mentorship_reports (pair_id, author, period_due_on, submitted_on, text, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {Of(pair_id), Of(report.author), OfDate(report.period_due_on), Of(report.submitted_on.Iso()), Of(report.text),
         Of(user_id), Of(now)});
  }

 private:
  void ReadCollective(PairRecord& pair) {
    pair.collective.clear();
    conn_.QueryEach(
        "SELECT p.id, p.last_name, p.first_name, p.middle_name FROM mentorship_collective_members c JOIN persons p ON "
        "p.id = c.person_id WHERE c.pair_id = ? ORDER BY p.sort_key, p.id",
        std::vector<Value>{Of(pair.id)}, [&](const storage::RowView& r) {
          pair.collective.push_back({r.Int(0), NameOf(r, 1)});
        });
    if (pair.kind == MentorKind::kCollective) {
      pair.mentor_name = "Коллективный наставник";
      for (std::size_t i = 0; i < pair.collective.size(); ++i) {
        pair.mentor_name += (i == 0 ? ": " : ", ") + pair.collective[i].name;
      }
    }
  }

  // Persons matching `condition` (on alias `p`) with their place, employments and achievements: three queries
  // whatever their number, in ФИО order.
  std::vector<RegistryPerson> Load(const std::string& condition, const std::vector<Value>& params) {
    std::vector<RegistryPerson> persons;
    std::unordered_map<std::int64_t, std::size_t> at;
    conn_.QueryEach(
        "SELECT p.id, p.last_name, p.first_name, p.middle_name, p.birth_date, p.region_id, p.municipality_id, "
        "p.organisation_id, o.short_name, m.name FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id "
        "LEFT JOIN municipalities m ON m.id = p.municipality_id WHERE " +
            condition + " ORDER BY p.sort_key, p.id",
        params, [&](const storage::RowView& r) {
          auto& rp = persons.emplace_back();
          rp.person.id = r.Int(0);
          rp.person.last_name = r.String(1);
          rp.person.first_name = r.String(2);
          rp.person.middle_name = r.OptString(3);
          rp.person.birth_date = DateOf(r.Text(4));
          rp.place = {r.Int(5), OptInt(r, 6), OptInt(r, 7), r.OptString(8), r.OptString(9)};
          at.emplace(rp.person.id, persons.size() - 1);
        });
    if (persons.empty()) return persons;
    const std::string in = " IN (SELECT p.id FROM persons p WHERE " + condition + ")";
    conn_.QueryEach(
        "SELECT e.person_id, e.id, e.organisation_id, COALESCE(o.short_name, e.organisation_name), e.position, "
        "e.subjects, e.is_main, e.pedagogical, e.started_on, e.ended_on FROM employments e LEFT JOIN organisations o "
        "ON o.id = e.organisation_id WHERE e.person_id" +
            in + " ORDER BY e.person_id, e.started_on DESC, e.id",
        params, [&](const storage::RowView& r) {
          auto it = at.find(r.Int(0));
          if (it == at.end()) return;
          persons[it->second].person.employments.push_back({r.Int(1), OptInt(r, 2), r.String(3), r.String(4),
                                                            Split(r.Text(5)), r.Int(6) != 0, r.Int(7) != 0,
                                                            DateOf(r.Text(8)), OptDate(r, 9)});
        });
    conn_.QueryEach(
        "SELECT a.person_id, a.id, a.kind, a.level, a.title, a.achieved_on, a.valid_until, a.document_id FROM "
        "achievements a WHERE a.person_id" +
            in + " ORDER BY a.person_id, a.achieved_on DESC, a.id",
        params, [&](const storage::RowView& r) {
          auto it = at.find(r.Int(0));
          if (it == at.end()) return;
          persons[it->second].person.achievements.push_back(
              {r.Int(1), r.String(2), r.OptString(3), r.String(4), DateOf(r.Text(5)), OptDate(r, 6), OptInt(r, 7)});
        });
    return persons;
  }

  storage::Connection& conn_;
};

}  // namespace

core::Result<void> SqlMentoringStorage::Transact(
    const std::function<core::Result<void>(MentoringStore&, audit::AuditTrail&)>& work) {
  try {
    return db_.InTransactionResult([&](storage::Connection& conn) {
      SqlMentoringStore store(conn);
      auto trail = audit::MakeSqlAuditTrail(conn, clock_);
      return work(store, *trail);
    });
  } catch (const storage::UniqueViolation&) {
    // The only unique rule of these tables a use case can break: mentorship_pairs_one_subject_mentor, when a
    // concurrent appointment slipped past the check (the transaction rolled back).
    return core::Conflict("subject_mentor_exists",
                          "У подшефного уже есть действующий наставник-предметник; сменить наставника можно заменой "
                          "по основаниям п. 3.6 Положения",
                          "mentee_id");
  }
}

void SqlMentoringStorage::Read(const std::function<void(MentoringStore&)>& work) {
  db_.InSnapshot([&](storage::Connection& conn) {
    SqlMentoringStore store(conn);
    work(store);
  });
}

}  // namespace metodset::mentoring
