#include "modules/people/storage/sql_people_import.hpp"

#include <unordered_map>

#include "platform/core/text.hpp"

namespace metodset::people {
namespace {

using storage::Of;
using storage::Value;

core::Date DateOf(const std::string& text) { return core::ParseIsoDate(text.substr(0, 10)).value_or(core::Date{}); }
std::optional<core::Date> OptDate(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return DateOf(*text);
}
Value OfDate(const std::optional<core::Date>& d) { return d ? Of(d->Iso()) : storage::Null(); }

std::string JoinSubjects(const std::vector<std::string>& subjects) {
  std::string out;
  for (const auto& s : subjects) {
    if (!out.empty()) out += ',';
    out += s;
  }
  return out;
}

std::vector<std::string> SplitSubjects(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text + ",") {
    if (c == ',') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  return out;
}

std::string SearchText(const Person& p) {
  return core::LowerUtf8(FullName(p) + " " + p.email.value_or("") + " " + p.phone.value_or(""));
}

/// Rows for one table, inserted in bulk every few thousand.
class Chunk {
 public:
  Chunk(storage::Connection& conn, std::string table, std::vector<std::string> columns)
      : conn_(conn), table_(std::move(table)), columns_(std::move(columns)) {
    rows_.reserve(kRows);
  }
  /// One row; the values move in (a braced list would copy every string once more).
  template <typename... V>
  void Add(V&&... values) {
    auto& row = rows_.emplace_back();
    row.reserve(sizeof...(V));
    (row.push_back(std::forward<V>(values)), ...);
    if (rows_.size() == kRows) Flush();
  }
  void Flush() {
    if (rows_.empty()) return;
    conn_.BulkInsert(table_, columns_, rows_);
    rows_.clear();
  }

 private:
  static constexpr std::size_t kRows = 4096;
  storage::Connection& conn_;
  std::string table_;
  std::vector<std::string> columns_;
  std::vector<std::vector<Value>> rows_;
};

class SqlPeopleImportStore final : public PeopleImportStore {
 public:
  explicit SqlPeopleImportStore(storage::Connection& conn) : conn_(conn) {}

  std::vector<std::pair<std::string, std::string>> CatalogueItems(const std::string& catalogue) override {
    std::vector<std::pair<std::string, std::string>> items;
    for (auto& r : conn_.Query("SELECT code, title FROM catalogue_items WHERE catalogue = ? ORDER BY position",
                               {Of(catalogue)})
                       .rows) {
      items.emplace_back(r.Text(0), r.Text(1));
    }
    return items;
  }

  std::unordered_map<std::string, ImportOrganisation> OrganisationsByInn() override {
    std::unordered_map<std::string, ImportOrganisation> out;
    auto rows = conn_.Query(
        "SELECT o.id, o.name, o.inn, m.region_id, o.municipality_id FROM organisations o "
        "JOIN municipalities m ON m.id = o.municipality_id WHERE o.inn IS NOT NULL");
    for (auto& r : rows.rows) {
      ImportOrganisation o{r.Int(0), r.Text(1), {r.Int(3), r.Int(4), r.Int(0), std::nullopt}};
      out.emplace(r.Text(2), std::move(o));
    }
    return out;
  }

  std::vector<PersonKey> PersonKeys() override {
    std::vector<PersonKey> out;
    conn_.QueryEach("SELECT id, last_name, first_name, middle_name, birth_date, region_id, municipality_id, "
                    "organisation_id FROM persons",
                    {}, [&](const storage::RowView& r) {
                      PersonKey k;
                      auto& p = k.person;
                      p.id = r.Int(0);
                      p.last_name = r.String(1);
                      p.first_name = r.String(2);
                      if (!r.IsNull(3)) p.middle_name = r.String(3);
                      p.birth_date = DateOf(r.String(4));
                      k.place.region_id = r.Int(5);
                      if (!r.IsNull(6)) k.place.municipality_id = r.Int(6);
                      if (!r.IsNull(7)) k.place.organisation_id = r.Int(7);
                      k.place.person_id = p.id;
                      out.push_back(std::move(k));
                    });
    return out;
  }

  std::vector<Person> LoadCards(const std::vector<std::int64_t>& ids) override {
    std::vector<Person> cards;
    std::unordered_map<std::int64_t, std::size_t> at;
    constexpr std::size_t kBatch = 500;
    for (std::size_t from = 0; from < ids.size(); from += kBatch) {
      std::string list;
      std::vector<Value> params;
      for (std::size_t i = from; i < std::min(ids.size(), from + kBatch); ++i) {
        list += list.empty() ? "?" : ",?";
        params.push_back(Of(ids[i]));
      }
      auto in = " IN (" + list + ")";
      for (auto& r : conn_.Query("SELECT id, last_name, first_name, middle_name, birth_date, email, phone FROM persons "
                                 "WHERE id" + in, params)
                         .rows) {
        Person p;
        p.id = r.Int(0);
        p.last_name = r.Text(1);
        p.first_name = r.Text(2);
        p.middle_name = r.OptText(3);
        p.birth_date = DateOf(r.Text(4));
        p.email = r.OptText(5);
        p.phone = r.OptText(6);
        at.emplace(p.id, cards.size());
        cards.push_back(std::move(p));
      }
      for (auto& r : conn_.Query("SELECT person_id, id, organisation_id, organisation_name, position, subjects, "
                                 "is_main, pedagogical, started_on, ended_on FROM employments WHERE person_id" + in +
                                     " ORDER BY id", params)
                         .rows) {
        cards[at.at(r.Int(0))].employments.push_back({r.Int(1), r.OptInt(2), r.Text(3), r.Text(4),
                                                      SplitSubjects(r.Text(5)), r.Bool(6), r.Bool(7),
                                                      DateOf(r.Text(8)), OptDate(r.OptText(9))});
      }
      for (auto& r : conn_.Query("SELECT person_id, id, level, pedagogical, institution, speciality, graduated_year "
                                 "FROM educations WHERE person_id" + in + " ORDER BY id", params)
                         .rows) {
        auto year = r.OptInt(6);
        cards[at.at(r.Int(0))].educations.push_back(
            {r.Int(1), r.Text(2), r.Bool(3), r.Text(4), r.OptText(5),
             year ? std::optional<int>(static_cast<int>(*year)) : std::nullopt});
      }
      for (auto& r : conn_.Query("SELECT person_id, id, category, awarded_on, directive FROM category_awards "
                                 "WHERE person_id" + in + " ORDER BY id", params)
                         .rows) {
        cards[at.at(r.Int(0))].categories.push_back({r.Int(1), r.Text(2), DateOf(r.Text(3)), r.OptText(4)});
      }
      for (auto& r : conn_.Query("SELECT person_id, id, programme, provider, hours, started_on, ended_on FROM courses "
                                 "WHERE person_id" + in + " ORDER BY id", params)
                         .rows) {
        cards[at.at(r.Int(0))].courses.push_back({r.Int(1), r.Text(2), r.OptText(3), static_cast<int>(r.Int(4)),
                                                  DateOf(r.Text(5)), DateOf(r.Text(6))});
      }
    }
    return cards;
  }

  void Write(std::vector<PersonWrite>& writes, const std::string& now) override {
    // New persons get their ids here so that their sections go in with the same bulk inserts. Rows go in
    // chunks: a hundred thousand persons never sit in memory as bound values all at once.
    std::int64_t next = conn_.Query("SELECT COALESCE(MAX(id), 0) FROM persons").rows.at(0).Int(0) + 1;
    Chunk persons(conn_, "persons",
                  {"id", "last_name", "first_name", "middle_name", "sort_key", "search_text", "birth_date", "email",
                   "phone", "region_id", "municipality_id", "organisation_id", "position", "subjects", "category",
                   "category_until", "last_course_on", "young_specialist_until", "created_at", "updated_at"});
    bool any_new = false;
    for (auto& w : writes) {
      auto& p = w.person;
      const auto& s = w.summary;
      if (p.id == 0) {
        p.id = next++;
        any_new = true;
        persons.Add(Of(p.id), Of(p.last_name), Of(p.first_name), Of(p.middle_name),
                     Of(core::RussianSortKey(FullName(p))), Of(SearchText(p)), Of(p.birth_date.Iso()), Of(p.email),
                     Of(p.phone), Of(w.path.region_id), Of(w.path.municipality_id), Of(s.organisation_id),
                     Of(s.position), Of(JoinSubjects(s.subjects)), Of(s.category), OfDate(s.category_until),
                     OfDate(s.last_course_on), OfDate(s.young_specialist_until), Of(now), Of(now));
        continue;
      }
      conn_.Execute(
          "UPDATE persons SET email = ?, phone = ?, search_text = ?, region_id = ?, municipality_id = ?, "
          "organisation_id = ?, position = ?, subjects = ?, category = ?, category_until = ?, last_course_on = ?, "
          "young_specialist_until = ?, updated_at = ? WHERE id = ?",
          {Of(p.email), Of(p.phone), Of(SearchText(p)), Of(w.path.region_id), Of(w.path.municipality_id),
           Of(s.organisation_id), Of(s.position), Of(JoinSubjects(s.subjects)), Of(s.category),
           OfDate(s.category_until), OfDate(s.last_course_on), OfDate(s.young_specialist_until), Of(now), Of(p.id)});
      for (const auto& e : p.employments) {
        if (e.id == 0 || std::find(w.changed_employments.begin(), w.changed_employments.end(), e.id) ==
                             w.changed_employments.end()) {
          continue;
        }
        conn_.Execute("UPDATE employments SET subjects = ?, is_main = ?, started_on = ? WHERE id = ?",
                      {Of(JoinSubjects(e.subjects)), Of(e.is_main), Of(e.started_on.Iso()), Of(e.id)});
      }
    }
    persons.Flush();
    if (any_new && conn_.backend() == storage::Backend::kPostgres) {
      // Ids were given explicitly: move the identity sequence past them.
      conn_.Query("SELECT setval(pg_get_serial_sequence('persons', 'id'), (SELECT MAX(id) FROM persons))");
    }
    // Sections after every person is in: their foreign keys are checked row by row.
    Chunk employments(conn_, "employments", {"person_id", "organisation_id", "organisation_name", "position", "subjects",
                                             "is_main", "pedagogical", "started_on", "ended_on"});
    Chunk educations(conn_, "educations",
                     {"person_id", "level", "pedagogical", "institution", "speciality", "graduated_year"});
    Chunk categories(conn_, "category_awards", {"person_id", "category", "awarded_on", "valid_until", "directive"});
    Chunk courses(conn_, "courses", {"person_id", "programme", "provider", "hours", "started_on", "ended_on"});
    // The sections' text moves into the bound values: after the write only the persons' ids, names and birth
    // dates are read (for the audit entry).
    for (auto& w : writes) {
      auto& p = w.person;
      for (auto& e : p.employments) {
        if (e.id != 0) continue;
        employments.Add(Of(p.id), Of(e.organisation_id), Of(std::move(e.organisation_name)), Of(std::move(e.position)),
                        Of(JoinSubjects(e.subjects)), Of(e.is_main), Of(e.pedagogical), Of(e.started_on.Iso()),
                        OfDate(e.ended_on));
      }
      for (auto& e : p.educations) {
        if (e.id != 0) continue;
        educations.Add(Of(p.id), Of(std::move(e.level)), Of(e.pedagogical), Of(std::move(e.institution)),
                       Of(std::move(e.speciality)), Of(e.graduated_year));
      }
      for (auto& c : p.categories) {
        if (c.id != 0) continue;
        categories.Add(Of(p.id), Of(std::move(c.category)), Of(c.awarded_on.Iso()),
                       Of(CategoryValidUntil(c.awarded_on).Iso()), Of(std::move(c.directive)));
      }
      for (auto& c : p.courses) {
        if (c.id != 0) continue;
        courses.Add(Of(p.id), Of(std::move(c.programme)), Of(std::move(c.provider)), Of(c.hours),
                    Of(c.started_on.Iso()), Of(c.ended_on.Iso()));
      }
    }
    employments.Flush();
    educations.Flush();
    categories.Flush();
    courses.Flush();
  }

 private:
  storage::Connection& conn_;
};

}  // namespace

core::Result<void> SqlPeopleImportStorage::Transact(
    const std::function<core::Result<void>(PeopleImportStore&, audit::AuditTrail&)>& work) {
  auto conn = db_.Acquire();
  // SQLite settings for this import only, set before its transaction begins and restored after it ends.
  // An import touches every index of a hundred thousand new rows: with SQLite's default 2 MB page cache the
  // pages spill to the WAL and are read back many times; 64 MB (256 MB was no faster: each cached page is a
  // malloc). The persons' count trigger and the foreign keys make every INSERT keep a statement journal, by
  // default a temporary file once it passes 64 KB (900 000 writes for 100 000 rows): in memory. SQLite reads
  // temp_store when a write transaction begins, hence before Begin.
  struct SqliteSettings {
    storage::Connection& conn;
    bool sqlite;
    std::int64_t cache = 0;
    std::int64_t temp_store = 0;
    SqliteSettings(storage::Connection& c) : conn(c), sqlite(c.backend() == storage::Backend::kSqlite) {
      if (!sqlite) return;
      cache = conn.Query("PRAGMA cache_size").rows.at(0).Int(0);
      temp_store = conn.Query("PRAGMA temp_store").rows.at(0).Int(0);
      conn.Execute("PRAGMA cache_size = -65536");
      conn.Execute("PRAGMA temp_store = MEMORY");
    }
    ~SqliteSettings() {
      if (!sqlite) return;
      try {
        conn.Execute("PRAGMA cache_size = " + std::to_string(cache));
        conn.Execute("PRAGMA temp_store = " + std::to_string(temp_store));
      } catch (...) {  // the connection is broken anyway; the pool drops it
      }
    }
  } settings(*conn);
  conn->Begin();
  try {
    SqlPeopleImportStore store(*conn);
    auto trail = audit::MakeSqlAuditTrail(*conn, clock_);
    auto result = work(store, *trail);
    if (result.ok()) {
      conn->Commit();
    } else {
      conn->Rollback();
    }
    return result;
  } catch (...) {
    if (conn->InTransaction()) conn->Rollback();
    throw;
  }
}

}  // namespace metodset::people
