#include "modules/pool/storage/sql_pool_storage.hpp"

#include <unordered_map>

#include "modules/pool/storage/profile_json.hpp"
#include "platform/storage/scope_sql.hpp"

namespace metodset::pool {
namespace {

using storage::Of;
using storage::Value;

constexpr const char* kSummaryColumns =
    "v.id, v.code, v.version, v.level, v.region_id, v.municipality_id, v.title, v.source_title, v.source_number, "
    "v.source_date, v.preset, v.created_by, v.created_at, "
    "(SELECT MAX(w.version) FROM pool_profile_versions w WHERE w.region_id = v.region_id AND "
    "COALESCE(w.municipality_id, 0) = COALESCE(v.municipality_id, 0) AND w.code = v.code)";

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

ProfileVersionSummary ReadSummary(const storage::RowView& r) {
  ProfileVersionSummary s;
  s.id = r.Int(0);
  s.code = r.String(1);
  s.version = static_cast<int>(r.Int(2));
  const auto level = ParsePoolLevel(r.Text(3));
  if (!level) throw storage::StorageError("pool_profile_versions.level: " + r.String(3));
  s.level = *level;
  s.territory = {r.Int(4), OptInt(r, 5)};
  s.title = r.String(6);
  s.source_title = r.String(7);
  s.source_number = r.OptString(8).value_or("");
  s.source_date = OptDate(r, 9);
  s.preset = r.OptString(10);
  s.created_by = OptInt(r, 11);
  s.created_at = r.String(12);
  s.latest_version = static_cast<int>(r.Int(13));
  return s;
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

// `(territory, code)` as a condition on the alias `v`.
std::string SameProfile(const ProfileTerritory& t, const std::string& code, std::vector<Value>& params) {
  params.push_back(Of(t.region_id));
  params.push_back(Of(t.municipality_id.value_or(0)));
  params.push_back(Of(code));
  return "v.region_id = ? AND COALESCE(v.municipality_id, 0) = ? AND v.code = ?";
}

class SqlPoolStore final : public PoolStore {
 public:
  explicit SqlPoolStore(storage::Connection& conn) : conn_(conn) {}

  people::PersonCatalogues Catalogues() override {
    people::PersonCatalogues c;
    conn_.QueryEach(
        "SELECT catalogue, code FROM catalogue_items WHERE catalogue IN ('positions', 'subjects', "
        "'education-levels', 'qualification-categories', 'achievement-kinds', 'achievement-levels')",
        {}, [&](const storage::RowView& r) {
          const auto catalogue = r.Text(0);
          auto code = r.String(1);
          if (catalogue == "positions")
            c.positions.insert(std::move(code));
          else if (catalogue == "subjects")
            c.subjects.insert(std::move(code));
          else if (catalogue == "education-levels")
            c.education_levels.insert(std::move(code));
          else if (catalogue == "qualification-categories")
            c.categories.insert(std::move(code));
          else if (catalogue == "achievement-kinds")
            c.achievement_kinds.insert(std::move(code));
          else if (catalogue == "achievement-levels")
            c.achievement_levels.insert(std::move(code));
        });
    return c;
  }

  CatalogueTitles Titles() override {
    CatalogueTitles t;
    conn_.QueryEach("SELECT catalogue, code, title FROM catalogue_items WHERE catalogue IN ('positions', 'subjects')",
                    {}, [&](const storage::RowView& r) {
                      auto& titles = r.Text(0) == "subjects" ? t.subjects : t.positions;
                      titles.emplace(r.String(1), r.String(2));
                    });
    return t;
  }

  std::optional<ProfileVersion> Find(std::int64_t id) override {
    std::optional<ProfileVersion> found;
    conn_.QueryEach(
        std::string("SELECT ") + kSummaryColumns + ", v.profile FROM pool_profile_versions v WHERE v.id = ?",
        std::vector<Value>{Of(id)}, [&](const storage::RowView& r) {
          auto profile = ProfileFromJson(r.Text(14));
          if (!profile) {
            throw storage::StorageError("pool_profile_versions.profile of " + std::to_string(id) + ": " +
                                        profile.error().field + ": " + profile.error().message);
          }
          found = ProfileVersion{ReadSummary(r), std::move(*profile)};
        });
    return found;
  }

  int LatestVersion(const ProfileTerritory& territory, const std::string& code) override {
    std::vector<Value> params;
    const auto where = SameProfile(territory, code, params);
    return static_cast<int>(
        conn_.Query("SELECT COALESCE(MAX(v.version), 0) FROM pool_profile_versions v WHERE " + where, params)
            .rows.at(0)
            .Int(0));
  }

  ProfilePage List(const ProfileFilter& filter, const ProfileVisibility& visibility) override {
    std::vector<Value> params;
    std::string where = " WHERE " + Visible(visibility, params);
    if (filter.municipality_id) {
      where += " AND v.municipality_id = ?";
      params.push_back(Of(*filter.municipality_id));
    }
    if (filter.level) {
      where += " AND v.level = ?";
      params.push_back(Of(std::string(Code(*filter.level))));
    }
    where +=
        " AND v.version = (SELECT MAX(w.version) FROM pool_profile_versions w WHERE w.region_id = v.region_id "
        "AND COALESCE(w.municipality_id, 0) = COALESCE(v.municipality_id, 0) AND w.code = v.code)";
    ProfilePage page;
    page.total = conn_.Query("SELECT COUNT(*) FROM pool_profile_versions v" + where, params).rows.at(0).Int(0);
    params.push_back(Of(static_cast<std::int64_t>(filter.size)));
    params.push_back(Of(static_cast<std::int64_t>(filter.page - 1) * filter.size));
    conn_.QueryEach(std::string("SELECT ") + kSummaryColumns + " FROM pool_profile_versions v" + where +
                        " ORDER BY COALESCE(v.municipality_id, 0), v.region_id, v.title, v.id LIMIT ? OFFSET ?",
                    params, [&](const storage::RowView& r) { page.items.push_back(ReadSummary(r)); });
    return page;
  }

  std::vector<ProfileVersionSummary> Versions(const ProfileTerritory& territory, const std::string& code) override {
    std::vector<Value> params;
    const auto where = SameProfile(territory, code, params);
    std::vector<ProfileVersionSummary> versions;
    conn_.QueryEach(std::string("SELECT ") + kSummaryColumns + " FROM pool_profile_versions v WHERE " + where +
                        " ORDER BY v.version DESC",
                    params, [&](const storage::RowView& r) { versions.push_back(ReadSummary(r)); });
    return versions;
  }

  std::optional<std::int64_t> Insert(const NewProfileVersion& v) override {
    const auto& p = v.profile;
    try {
      return conn_.InsertReturningId(
          "INSERT INTO pool_profile_versions (code, version, level, region_id, municipality_id, title, source_title, "
          "source_number, source_date, preset, profile, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?, ?, ?) RETURNING id",
          {Of(p.code), Of(p.version), Of(std::string(Code(v.territory.Level()))), Of(v.territory.region_id),
           Of(v.territory.municipality_id), Of(p.title), Of(p.source.title),
           p.source.number.empty() ? storage::Null() : Of(p.source.number),
           p.source.date ? Of(p.source.date->Iso()) : storage::Null(), Of(v.preset), Of(ProfileToJson(p)),
           Of(v.created_by), Of(v.created_at)});
    } catch (const storage::UniqueViolation&) {
      return std::nullopt;
    }
  }

  void LoadSections(std::vector<people::Person>& persons, bool courses) override {
    if (persons.empty()) return;
    // The ids travel as one parameter (a JSON array on SQLite, an array literal on PostgreSQL): one query per
    // table whatever the number of persons. No ORDER BY: a screening needs the verdicts, not the texts' order.
    std::string list;
    std::unordered_map<std::int64_t, std::size_t> at;
    at.reserve(persons.size());
    for (std::size_t i = 0; i < persons.size(); ++i) {
      list += (list.empty() ? "" : ",") + std::to_string(persons[i].id);
      at.emplace(persons[i].id, i);
    }
    const bool pg = conn_.backend() == storage::Backend::kPostgres;
    const std::vector<Value> params{Of(pg ? "{" + list + "}" : "[" + list + "]")};
    const std::string in = pg ? " = ANY(CAST(? AS BIGINT[]))" : " IN (SELECT value FROM json_each(?))";
    auto person = [&](std::int64_t id) -> people::Person& { return persons[at.at(id)]; };

    conn_.QueryEach(
        "SELECT e.person_id, e.id, e.organisation_id, COALESCE(o.short_name, e.organisation_name), "
        "e.position, e.subjects, e.is_main, e.pedagogical, e.started_on, e.ended_on FROM employments e "
        "LEFT JOIN organisations o ON o.id = e.organisation_id WHERE e.person_id" +
            in,
        params, [&](const storage::RowView& r) {
          person(r.Int(0)).employments.push_back({r.Int(1), OptInt(r, 2), r.String(3), r.String(4), Split(r.Text(5)),
                                                  r.Int(6) != 0, r.Int(7) != 0, DateOf(r.Text(8)), OptDate(r, 9)});
        });
    conn_.QueryEach(
        "SELECT person_id, id, level, pedagogical, institution, speciality, graduated_year FROM educations "
        "WHERE person_id" +
            in,
        params, [&](const storage::RowView& r) {
          const auto year = OptInt(r, 6);
          person(r.Int(0)).educations.push_back({r.Int(1), r.String(2), r.Int(3) != 0, r.String(4), r.OptString(5),
                                                 year ? std::optional<int>(static_cast<int>(*year)) : std::nullopt});
        });
    conn_.QueryEach("SELECT person_id, id, category, awarded_on, directive FROM category_awards WHERE person_id" + in,
                    params, [&](const storage::RowView& r) {
                      person(r.Int(0)).categories.push_back({r.Int(1), r.String(2), DateOf(r.Text(3)), r.OptString(4)});
                    });
    conn_.QueryEach(
        "SELECT person_id, id, kind, level, title, achieved_on, valid_until, document_id FROM achievements "
        "WHERE person_id" +
            in,
        params, [&](const storage::RowView& r) {
          person(r.Int(0)).achievements.push_back(
              {r.Int(1), r.String(2), r.OptString(3), r.String(4), DateOf(r.Text(5)), OptDate(r, 6), OptInt(r, 7)});
        });
    if (!courses) return;
    conn_.QueryEach(
        "SELECT person_id, id, programme, provider, hours, started_on, ended_on FROM courses WHERE "
        "person_id" +
            in,
        params, [&](const storage::RowView& r) {
          person(r.Int(0)).courses.push_back({r.Int(1), r.String(2), r.OptString(3), static_cast<int>(r.Int(4)),
                                              DateOf(r.Text(5)), DateOf(r.Text(6))});
        });
  }

 private:
  // The condition of ProfileVisibility on the alias `v`.
  static std::string Visible(const ProfileVisibility& v, std::vector<Value>& params) {
    if (v.all) return "(1=1)";
    std::vector<std::string> any;
    auto in = [&](const std::vector<std::int64_t>& ids, const std::string& condition) {
      if (ids.empty()) return;
      for (const auto id : ids) params.push_back(Of(id));
      any.push_back(condition + " IN (" + storage::Placeholders(ids.size()) + ")");
    };
    in(v.regions, "v.region_id");
    in(v.municipalities, "v.municipality_id");
    in(v.regional_profiles, "v.municipality_id IS NULL AND v.region_id");
    if (any.empty()) return "(1=0)";
    std::string sql = "(";
    for (std::size_t i = 0; i < any.size(); ++i) sql += (i ? " OR (" : "(") + any[i] + ")";
    return sql + ")";
  }

  storage::Connection& conn_;
};

}  // namespace

core::Result<void> SqlPoolStorage::Transact(
    const std::function<core::Result<void>(PoolStore&, audit::AuditTrail&)>& work) {
  return db_.InTransactionResult([&](storage::Connection& conn) {
    SqlPoolStore store(conn);
    auto trail = audit::MakeSqlAuditTrail(conn, clock_);
    return work(store, *trail);
  });
}

void SqlPoolStorage::Read(const std::function<void(PoolStore&)>& work) {
  db_.InSnapshot([&](storage::Connection& conn) {
    SqlPoolStore store(conn);
    work(store);
  });
}

}  // namespace metodset::pool
