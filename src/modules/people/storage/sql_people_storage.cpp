#include "modules/people/storage/sql_people_storage.hpp"

#include "platform/core/text.hpp"
#include "platform/storage/scope_sql.hpp"

namespace metodset::people {
namespace {

using storage::Of;
using storage::Value;

constexpr const char* kListColumns =
    "p.id, p.last_name, p.first_name, p.middle_name, p.birth_date, p.region_id, p.municipality_id, "
    "p.organisation_id, o.short_name, m.name, p.position, p.subjects, p.category, p.category_until, "
    "p.last_course_on, p.young_specialist_until";
constexpr const char* kListFrom =
    " FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id"
    " LEFT JOIN municipalities m ON m.id = p.municipality_id";

Value OfDate(const std::optional<core::Date>& d) { return d ? Of(d->Iso()) : storage::Null(); }

core::Date DateOf(std::string_view text) {
  auto d = core::ParseIsoDate(text.substr(0, 10));
  if (!d) throw storage::StorageError("not a date: " + std::string(text));
  return *d;
}
std::optional<core::Date> OptDate(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return DateOf(*text);
}

std::string Join(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : ",") + c;
  return out;
}
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

/// `%text%` for LIKE with the wildcard characters escaped (ESCAPE '\'), as the organisation registry does.
std::string LikePattern(const std::string& text) {
  std::string out = "%";
  for (char c : core::LowerUtf8(core::NormaliseSpaces(text))) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

// Reads into strings the item already holds, so that a page refilled in place reuses their memory.
void AssignText(std::optional<std::string>& to, const storage::RowView& r, std::size_t col) {
  if (r.IsNull(col)) {
    to.reset();
  } else if (to) {
    to->assign(r.Text(col));
  } else {
    to.emplace(r.Text(col));
  }
}

std::optional<core::Date> DateAt(const storage::RowView& r, std::size_t col) {
  if (r.IsNull(col)) return std::nullopt;
  return DateOf(r.Text(col));
}

void AssignList(std::vector<std::string>& to, std::string_view text) {
  std::size_t n = 0;
  for (std::size_t start = 0; start < text.size();) {
    auto comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    if (comma > start) {
      if (n == to.size()) to.emplace_back();
      to[n++].assign(text.substr(start, comma - start));
    }
    start = comma + 1;
  }
  to.resize(n);
}

void ReadListItem(const storage::RowView& r, PersonListItem& item) {
  item.id = r.Int(0);
  item.last_name.assign(r.Text(1));
  item.first_name.assign(r.Text(2));
  AssignText(item.middle_name, r, 3);
  item.birth_date = DateOf(r.Text(4));
  item.place.region_id = r.Int(5);
  item.place.municipality_id = r.IsNull(6) ? std::nullopt : std::optional(r.Int(6));
  item.place.organisation_id = r.IsNull(7) ? std::nullopt : std::optional(r.Int(7));
  AssignText(item.place.organisation_name, r, 8);
  AssignText(item.place.municipality_name, r, 9);
  item.summary.organisation_id = item.place.organisation_id;
  AssignText(item.summary.position, r, 10);
  AssignList(item.summary.subjects, r.Text(11));
  AssignText(item.summary.category, r, 12);
  item.summary.category_until = DateAt(r, 13);
  item.summary.last_course_on = DateAt(r, 14);
  item.summary.young_specialist_until = DateAt(r, 15);
}

std::vector<Value> PersonValues(const Person& p, const Summary& s, const PersonPlace& place, const std::string& now) {
  return {Of(p.last_name),
          Of(p.first_name),
          Of(p.middle_name),
          Of(SortKeyOf(p)),
          Of(SearchTextOf(p)),
          Of(p.birth_date.Iso()),
          Of(p.email),
          Of(p.phone),
          Of(place.region_id),
          Of(place.municipality_id),
          Of(place.organisation_id),
          Of(s.position),
          Of(Join(s.subjects)),
          Of(s.category),
          OfDate(s.category_until),
          OfDate(s.last_course_on),
          OfDate(s.young_specialist_until),
          Of(now)};
}

// The id column of a section row: given ids are kept (an edited card keeps its items' ids).
std::string IdColumn(std::int64_t id) { return id ? "id, " : ""; }
std::string IdPlaceholder(std::int64_t id) { return id ? "?, " : ""; }
void PushId(std::vector<Value>& v, std::int64_t id) {
  if (id) v.push_back(Of(id));
}

// Items that keep their id go in first: SQLite gives a new row max(rowid) + 1, which could otherwise be the id of
// an item of this card deleted a moment ago by UpdatePerson and about to be inserted again (UNIQUE failure).
template <typename T, typename Insert>
void KeptIdsFirst(const std::vector<T>& items, Insert insert) {
  for (const auto& item : items) {
    if (item.id) insert(item);
  }
  for (const auto& item : items) {
    if (!item.id) insert(item);
  }
}

class SqlPeopleStore final : public PeopleStore {
 public:
  explicit SqlPeopleStore(storage::Connection& conn) : conn_(conn) {}

  PersonCatalogues Catalogues() override {
    PersonCatalogues c;
    for (const auto& r : conn_.Query("SELECT catalogue, code FROM catalogue_items WHERE catalogue IN ('positions', "
                                     "'subjects', 'education-levels', 'qualification-categories', 'achievement-kinds', "
                                     "'achievement-levels', 'consent-purposes', 'consent-forms')")
                             .rows) {
      const auto catalogue = r.Text(0);
      auto code = r.Text(1);
      if (catalogue == "positions") c.positions.insert(code);
      if (catalogue == "subjects") c.subjects.insert(code);
      if (catalogue == "education-levels") c.education_levels.insert(code);
      if (catalogue == "qualification-categories") c.categories.insert(code);
      if (catalogue == "achievement-kinds") c.achievement_kinds.insert(code);
      if (catalogue == "achievement-levels") c.achievement_levels.insert(code);
      if (catalogue == "consent-purposes") c.consent_purposes.insert(code);
      if (catalogue == "consent-forms") c.consent_forms.insert(code);
    }
    return c;
  }

  // The total of a page. Filtered only by place (the registry as a coordinator opens it), it is a sum over the
  // trigger-kept person_counts (migrations/*/0004) instead of a scan of every person of the place.
  std::int64_t Count(const PersonFilter& f, const core::ScopeFilter& scope, const std::string& where,
                     const std::vector<Value>& params) {
    const bool by_place_only = !f.text && !f.subject && !f.position && !f.category && !f.status && scope.persons.empty();
    if (!by_place_only) return conn_.Query("SELECT COUNT(*) FROM persons p" + where, params).rows.at(0).Int(0);
    std::vector<Value> count_params;
    std::string sql = "SELECT COALESCE(SUM(c.n), 0) FROM person_counts c WHERE " +
                      storage::ScopeCondition(scope, {"c.region_id", "c.municipality_id", "c.organisation_id", ""},
                                              count_params);
    if (f.municipality_id) {
      sql += " AND c.municipality_id = ?";
      count_params.push_back(Of(*f.municipality_id));
    }
    if (f.organisation_id) {
      sql += " AND c.organisation_id = ?";
      count_params.push_back(Of(*f.organisation_id));
    }
    return conn_.Query(sql, count_params).rows.at(0).Int(0);
  }

  void List(const PersonFilter& f, const core::ScopeFilter& scope, const core::Date& today,
            PersonPage& page) override {
    std::vector<Value> params;
    std::string where = " WHERE " + storage::ScopeCondition(
                                        scope, {"p.region_id", "p.municipality_id", "p.organisation_id", "p.id"}, params);
    if (f.municipality_id) {
      where += " AND p.municipality_id = ?";
      params.push_back(Of(*f.municipality_id));
    }
    if (f.organisation_id) {
      where += " AND p.organisation_id = ?";
      params.push_back(Of(*f.organisation_id));
    }
    if (f.text && !core::NormaliseSpaces(*f.text).empty()) {
      where += " AND p.search_text LIKE ? ESCAPE '\\'";
      params.push_back(Of(LikePattern(*f.text)));
    }
    if (f.subject) {
      where += " AND (',' || p.subjects || ',') LIKE ?";
      params.push_back(Of("%," + *f.subject + ",%"));
    }
    if (f.position) {
      where += " AND p.position = ?";
      params.push_back(Of(*f.position));
    }
    if (f.category) {
      // The category in force today: the latest award whose last day has not passed.
      if (*f.category == "none") {
        where += " AND (p.category IS NULL OR p.category_until < ?)";
        params.push_back(Of(today.Iso()));
      } else {
        where += " AND p.category = ? AND p.category_until >= ?";
        params.push_back(Of(*f.category));
        params.push_back(Of(today.Iso()));
      }
    }
    if (f.status) {
      // The rules of Derive as date comparisons on the summary columns (docs/api/PEOPLE.md "Derived facts").
      if (*f.status == "young_specialist") {
        where += " AND p.young_specialist_until >= ?";
        params.push_back(Of(today.Iso()));
      } else if (*f.status == "young_teacher") {
        where += " AND p.birth_date > ?";
        params.push_back(Of(today.AddMonths(-12 * 35).Iso()));
      } else if (*f.status == "attestation_due") {
        where += " AND p.category_until <= ?";
        params.push_back(Of(today.AddMonths(f.attestation_months).Iso()));
      } else if (*f.status == "pd_due") {
        where += " AND (p.last_course_on IS NULL OR p.last_course_on <= ?)";
        params.push_back(Of(today.AddMonths(-36).Iso()));
      }
    }
    // Every condition is on the person's own row (place and summary are denormalised), so the count needs no
    // join and a page is one range scan of (municipality_id | organisation_id | region_id, sort_key).
    page.total = Count(f, scope, where, params);
    std::string sql = std::string("SELECT ") + kListColumns + kListFrom + where +
                      (f.sort == "-name" ? " ORDER BY p.sort_key DESC, p.id DESC" : " ORDER BY p.sort_key, p.id");
    if (f.size > 0) {
      sql += " LIMIT ? OFFSET ?";
      params.push_back(Of(static_cast<std::int64_t>(f.size)));
      params.push_back(Of(static_cast<std::int64_t>(f.page - 1) * f.size));
    }
    std::size_t count = 0;
    conn_.QueryEach(sql, params, [&](const storage::RowView& r) {
      if (count == page.items.size()) page.items.emplace_back();
      ReadListItem(r, page.items[count++]);
    });
    page.items.resize(count);
  }

  std::optional<PersonRecord> Find(std::int64_t id) override {
    auto rows = conn_.Query(
        "SELECT p.id, p.last_name, p.first_name, p.middle_name, p.birth_date, p.email, p.phone, p.region_id, "
        "p.municipality_id, p.organisation_id, o.short_name, m.name, p.created_at, p.updated_at" +
            std::string(kListFrom) + " WHERE p.id = ?",
        {Of(id)});
    if (rows.empty()) return std::nullopt;
    const auto& r = rows.rows.front();
    PersonRecord rec;
    auto& p = rec.person;
    p.id = r.Int(0);
    p.last_name = r.Text(1);
    p.first_name = r.Text(2);
    p.middle_name = r.OptText(3);
    p.birth_date = DateOf(r.Text(4));
    p.email = r.OptText(5);
    p.phone = r.OptText(6);
    rec.place = {r.Int(7), r.OptInt(8), r.OptInt(9), r.OptText(10), r.OptText(11)};
    rec.created_at = r.Text(12);
    rec.updated_at = r.Text(13);
    for (const auto& s : conn_.Query("SELECT e.id, e.organisation_id, COALESCE(o.short_name, e.organisation_name), "
                                     "e.position, e.subjects, e.is_main, e.pedagogical, e.started_on, e.ended_on "
                                     "FROM employments e LEFT JOIN organisations o ON o.id = e.organisation_id "
                                     "WHERE e.person_id = ? ORDER BY e.started_on DESC, e.id",
                                     {Of(id)})
                             .rows) {
      p.employments.push_back({s.Int(0), s.OptInt(1), s.Text(2), s.Text(3), Split(s.Text(4)), s.Bool(5), s.Bool(6),
                               DateOf(s.Text(7)), OptDate(s.OptText(8))});
    }
    for (const auto& s : conn_.Query("SELECT id, level, pedagogical, institution, speciality, graduated_year FROM "
                                     "educations WHERE person_id = ? ORDER BY graduated_year DESC, id",
                                     {Of(id)})
                             .rows) {
      auto year = s.OptInt(5);
      p.educations.push_back({s.Int(0), s.Text(1), s.Bool(2), s.Text(3), s.OptText(4),
                              year ? std::optional<int>(static_cast<int>(*year)) : std::nullopt});
    }
    for (const auto& s : conn_.Query("SELECT id, category, awarded_on, directive FROM category_awards WHERE "
                                     "person_id = ? ORDER BY awarded_on DESC, id",
                                     {Of(id)})
                             .rows) {
      p.categories.push_back({s.Int(0), s.Text(1), DateOf(s.Text(2)), s.OptText(3)});
    }
    for (const auto& s : conn_.Query("SELECT id, programme, provider, hours, started_on, ended_on FROM courses WHERE "
                                     "person_id = ? ORDER BY ended_on DESC, id",
                                     {Of(id)})
                             .rows) {
      p.courses.push_back({s.Int(0), s.Text(1), s.OptText(2), static_cast<int>(s.Int(3)), DateOf(s.Text(4)),
                           DateOf(s.Text(5))});
    }
    for (const auto& s : conn_.Query("SELECT id, kind, level, title, achieved_on, valid_until, document_id FROM "
                                     "achievements WHERE person_id = ? ORDER BY achieved_on DESC, id",
                                     {Of(id)})
                             .rows) {
      p.achievements.push_back({s.Int(0), s.Text(1), s.OptText(2), s.Text(3), DateOf(s.Text(4)),
                                OptDate(s.OptText(5)), s.OptInt(6)});
    }
    for (const auto& s : conn_.Query("SELECT id, purpose, form, given_on, withdrawn_on, document_id FROM consents "
                                     "WHERE person_id = ? ORDER BY given_on DESC, id",
                                     {Of(id)})
                             .rows) {
      p.consents.push_back({s.Int(0), s.Text(1), s.Text(2), DateOf(s.Text(3)), OptDate(s.OptText(4)), s.OptInt(5)});
    }
    return rec;
  }

  std::vector<PersonListItem> FindSame(const Person& p) override {
    std::vector<PersonListItem> items;
    conn_.QueryEach(std::string("SELECT ") + kListColumns + kListFrom +
                        " WHERE p.sort_key = ? AND p.birth_date = ? AND p.id <> ? ORDER BY p.id",
                    std::vector<Value>{Of(SortKeyOf(p)), Of(p.birth_date.Iso()), Of(p.id)},
                    [&](const storage::RowView& r) { ReadListItem(r, items.emplace_back()); });
    return items;
  }

  std::optional<PersonPlace> PlaceOfOrganisation(std::int64_t organisation_id) override {
    auto rows = conn_.Query(
        "SELECT o.region_id, o.municipality_id, o.id, o.short_name, m.name FROM organisations o JOIN municipalities m "
        "ON m.id = o.municipality_id WHERE o.id = ?",
        {Of(organisation_id)});
    if (rows.empty()) return std::nullopt;
    const auto& r = rows.rows.front();
    return PersonPlace{r.Int(0), r.Int(1), r.Int(2), r.Text(3), r.Text(4)};
  }

  std::int64_t Insert(const Person& p, const Summary& s, const PersonPlace& place, const std::string& now) override {
    return InsertPerson(conn_, p, s, place, now);
  }
  void Update(const Person& p, const Summary& s, const PersonPlace& place, const std::string& now) override {
    UpdatePerson(conn_, p, s, place, now);
  }
  void Delete(std::int64_t id) override {
    // Sections go first: SQLite enforces ON DELETE CASCADE only with foreign keys switched on.
    for (const char* table : {"employments", "educations", "category_awards", "courses", "achievements", "consents"}) {
      conn_.Execute(std::string("DELETE FROM ") + table + " WHERE person_id = ?", {Of(id)});
    }
    conn_.Execute("UPDATE users SET person_id = NULL WHERE person_id = ?", {Of(id)});
    conn_.Execute("DELETE FROM persons WHERE id = ?", {Of(id)});
  }

 private:
  storage::Connection& conn_;
};

}  // namespace

std::string SortKeyOf(const Person& p) { return core::RussianSortKey(FullName(p)); }

std::string SearchTextOf(const Person& p) {
  return core::LowerUtf8(FullName(p) + " " + p.email.value_or("") + " " + p.phone.value_or(""));
}

std::int64_t InsertPerson(storage::Connection& conn, const Person& p, const Summary& s, const PersonPlace& place,
                          const std::string& now) {
  auto values = PersonValues(p, s, place, now);
  values.push_back(Of(now));
  const auto id = conn.InsertReturningId(
      "INSERT INTO persons (last_name, first_name, middle_name, sort_key, search_text, birth_date, email, phone, "
      "region_id, municipality_id, organisation_id, position, subjects, category, category_until, last_course_on, "
      "young_specialist_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?) RETURNING id",
      values);
  InsertSections(conn, id, p);
  return id;
}

void UpdatePerson(storage::Connection& conn, const Person& p, const Summary& s, const PersonPlace& place,
                  const std::string& now) {
  auto values = PersonValues(p, s, place, now);
  values.push_back(Of(p.id));
  conn.Execute(
      "UPDATE persons SET last_name = ?, first_name = ?, middle_name = ?, sort_key = ?, search_text = ?, "
      "birth_date = ?, email = ?, phone = ?, region_id = ?, municipality_id = ?, organisation_id = ?, position = ?, "
      "subjects = ?, category = ?, category_until = ?, last_course_on = ?, young_specialist_until = ?, "
      "updated_at = ? WHERE id = ?",
      values);
  for (const char* table : {"employments", "educations", "category_awards", "courses", "achievements", "consents"}) {
    conn.Execute(std::string("DELETE FROM ") + table + " WHERE person_id = ?", {Of(p.id)});
  }
  InsertSections(conn, p.id, p);
}

void InsertSections(storage::Connection& conn, std::int64_t person_id, const Person& p) {
  KeptIdsFirst(p.employments, [&](const Employment& e) {
    std::vector<Value> v;
    PushId(v, e.id);
    v.insert(v.end(), {Of(person_id), Of(e.organisation_id), Of(e.organisation_name), Of(e.position),
                       Of(Join(e.subjects)), Of(e.is_main), Of(e.pedagogical), Of(e.started_on.Iso()),
                       OfDate(e.ended_on)});
    conn.Execute("INSERT INTO employments (" + IdColumn(e.id) +
                     "person_id, organisation_id, organisation_name, position, subjects, is_main, pedagogical, "
                     "started_on, ended_on) VALUES (" + IdPlaceholder(e.id) + "?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 v);
  });
  KeptIdsFirst(p.educations, [&](const Education& e) {
    std::vector<Value> v;
    PushId(v, e.id);
    v.insert(v.end(), {Of(person_id), Of(e.level), Of(e.pedagogical), Of(e.institution), Of(e.speciality),
                       e.graduated_year ? Of(*e.graduated_year) : storage::Null()});
    conn.Execute("INSERT INTO educations (" + IdColumn(e.id) +
                     "person_id, level, pedagogical, institution, speciality, graduated_year) VALUES (" +
                     IdPlaceholder(e.id) + "?, ?, ?, ?, ?, ?)",
                 v);
  });
  KeptIdsFirst(p.categories, [&](const CategoryAward& c) {
    std::vector<Value> v;
    PushId(v, c.id);
    v.insert(v.end(), {Of(person_id), Of(c.category), Of(c.awarded_on.Iso()),
                       Of(CategoryValidUntil(c.awarded_on).Iso()), Of(c.directive)});
    conn.Execute("INSERT INTO category_awards (" + IdColumn(c.id) +
                     "person_id, category, awarded_on, valid_until, directive) VALUES (" + IdPlaceholder(c.id) +
                     "?, ?, ?, ?, ?)",
                 v);
  });
  KeptIdsFirst(p.courses, [&](const Course& c) {
    std::vector<Value> v;
    PushId(v, c.id);
    v.insert(v.end(), {Of(person_id), Of(c.programme), Of(c.provider), Of(c.hours), Of(c.started_on.Iso()),
                       Of(c.ended_on.Iso())});
    conn.Execute("INSERT INTO courses (" + IdColumn(c.id) +
                     "person_id, programme, provider, hours, started_on, ended_on) VALUES (" + IdPlaceholder(c.id) +
                     "?, ?, ?, ?, ?, ?)",
                 v);
  });
  KeptIdsFirst(p.achievements, [&](const Achievement& a) {
    std::vector<Value> v;
    PushId(v, a.id);
    v.insert(v.end(), {Of(person_id), Of(a.kind), Of(a.level), Of(a.title), Of(a.achieved_on.Iso()),
                       OfDate(a.valid_until), Of(a.document_id)});
    conn.Execute("INSERT INTO achievements (" + IdColumn(a.id) +
                     "person_id, kind, level, title, achieved_on, valid_until, document_id) VALUES (" +
                     IdPlaceholder(a.id) + "?, ?, ?, ?, ?, ?, ?)",
                 v);
  });
  KeptIdsFirst(p.consents, [&](const Consent& c) {
    std::vector<Value> v;
    PushId(v, c.id);
    v.insert(v.end(), {Of(person_id), Of(c.purpose), Of(c.form), Of(c.given_on.Iso()), OfDate(c.withdrawn_on),
                       Of(c.document_id)});
    conn.Execute("INSERT INTO consents (" + IdColumn(c.id) +
                     "person_id, purpose, form, given_on, withdrawn_on, document_id) VALUES (" + IdPlaceholder(c.id) +
                     "?, ?, ?, ?, ?, ?)",
                 v);
  });
}

core::Result<void> SqlPeopleStorage::Transact(
    const std::function<core::Result<void>(PeopleStore&, audit::AuditTrail&)>& work) {
  return db_.InTransactionResult([&](storage::Connection& conn) {
    SqlPeopleStore store(conn);
    auto trail = audit::MakeSqlAuditTrail(conn, clock_);
    return work(store, *trail);
  });
}

void SqlPeopleStorage::Read(const std::function<void(PeopleStore&)>& work) {
  db_.InSnapshot([&](storage::Connection& conn) {
    SqlPeopleStore store(conn);
    work(store);
  });
}

}  // namespace metodset::people
