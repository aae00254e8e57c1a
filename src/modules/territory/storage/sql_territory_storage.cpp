#include "modules/territory/storage/sql_territory_storage.hpp"

#include <algorithm>

#include "platform/core/text.hpp"
#include "platform/storage/scope_sql.hpp"

namespace metodset::territory {
namespace {

using storage::Of;
using storage::Value;

constexpr const char* kOrganisationColumns =
    "o.id, o.municipality_id, o.name, o.short_name, o.kind, o.inn, o.address, o.head_name, o.email, o.phone, "
    "o.created_at, o.updated_at, m.name, o.region_id, o.flags";
constexpr const char* kMunicipalityColumns =
    "m.id, m.region_id, m.name, m.kind, m.method_service_kind, "
    "(SELECT COUNT(*) FROM organisations c WHERE c.municipality_id = m.id)";
constexpr const char* kStructureColumns =
    "s.id, s.region_id, s.municipality_id, s.organisation_id, s.name, s.level, s.block, s.kind";

std::string SearchText(const Organisation& o) {
  return core::LowerUtf8(o.name + " " + o.short_name + " " + o.inn.value_or(""));
}

/// `%text%` for LIKE with the wildcard characters of the text escaped (ESCAPE '\').
std::string LikePattern(const std::string& text) {
  std::string out = "%";
  for (char c : core::LowerUtf8(core::NormaliseSpaces(text))) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

/// Splits comma-separated flags into `flags`, reusing the strings it already holds.
void SplitFlags(std::string_view text, std::vector<std::string>& flags) {
  std::size_t count = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    auto comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    if (comma > start) {
      if (count < flags.size()) {
        flags[count].assign(text.substr(start, comma - start));
      } else {
        flags.emplace_back(text.substr(start, comma - start));
      }
      ++count;
    }
    start = comma + 1;
  }
  flags.resize(count);
}

void AssignOpt(std::optional<std::string>& to, const storage::RowView& r, std::size_t i) {
  if (r.IsNull(i)) {
    to.reset();
  } else if (to) {
    to->assign(r.Text(i));
  } else {
    to.emplace(r.Text(i));
  }
}

std::string JoinFlags(const std::vector<std::string>& flags) {
  std::string text;
  for (const auto& f : flags) text += (text.empty() ? "" : ",") + f;
  return text;
}

/// Reads the row in place into `v`, assigning every field so that the strings `v` holds are reused (lists
/// read fifty rows per request).
void ReadOrganisation(const storage::RowView& r, OrganisationView& v) {
  auto& o = v.organisation;
  o.id = r.Int(0);
  o.municipality_id = r.Int(1);
  o.name.assign(r.Text(2));
  o.short_name.assign(r.Text(3));
  o.kind.assign(r.Text(4));
  AssignOpt(o.inn, r, 5);
  AssignOpt(o.address, r, 6);
  AssignOpt(o.head_name, r, 7);
  AssignOpt(o.email, r, 8);
  AssignOpt(o.phone, r, 9);
  o.created_at.assign(r.Text(10));
  o.updated_at.assign(r.Text(11));
  v.municipality_name.assign(r.Text(12));
  v.region_id = r.Int(13);
  SplitFlags(r.Text(14), o.flags);
}

Municipality ReadMunicipality(const storage::Row& r) {
  return {r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.OptText(4), r.Int(5)};
}

Structure ReadStructure(const storage::Row& r) {
  return {r.Int(0), r.Int(1), r.OptInt(2), r.OptInt(3), r.Text(4), r.Text(5), static_cast<int>(r.Int(6)), r.Text(7)};
}

/// Which municipalities a scope reaches: through the region, itself, or one of its organisations.
std::string MunicipalityScope(const core::ScopeFilter& scope, std::vector<Value>& params) {
  if (scope.all) return "(1=1)";
  std::vector<std::string> parts;
  auto add = [&](std::string head, const std::vector<std::int64_t>& ids, std::string tail = "") {
    if (ids.empty()) return;
    parts.push_back(head + storage::Placeholders(ids.size()) + ")" + tail);
    for (auto id : ids) params.push_back(Of(id));
  };
  add("m.region_id IN (", scope.regions);
  add("m.id IN (", scope.municipalities);
  add("m.id IN (SELECT municipality_id FROM organisations WHERE id IN (", scope.organisations, ")");
  if (parts.empty()) return "(1=0)";
  std::string out = "(";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? " OR " : "") + parts[i];
  return out + ")";
}

class SqlTerritoryStore final : public TerritoryStore {
 public:
  explicit SqlTerritoryStore(storage::Connection& conn) : conn_(conn) {}

  std::vector<CatalogueItem> Catalogue(const std::string& name) override {
    std::vector<CatalogueItem> items;
    for (const auto& r : conn_.Query("SELECT code, title FROM catalogue_items WHERE catalogue = ? ORDER BY position",
                                     {Of(name)})
                             .rows) {
      items.push_back({r.Text(0), r.Text(1)});
    }
    return items;
  }

  std::vector<Region> Regions(const core::ScopeFilter& scope) override {
    // A region is visible when the scope names it or reaches one of its municipalities.
    std::vector<Value> params;
    std::string sql = "SELECT r.id, r.name, r.code FROM regions r";
    if (!scope.all) {
      sql += " WHERE r.id IN (SELECT m.region_id FROM municipalities m WHERE " + MunicipalityScope(scope, params) + ")";
      if (!scope.regions.empty()) {
        sql += " OR r.id IN (" + storage::Placeholders(scope.regions.size()) + ")";
        for (auto id : scope.regions) params.push_back(Of(id));
      }
    }
    std::vector<Region> regions;
    for (const auto& r : conn_.Query(sql + " ORDER BY r.name", params).rows) {
      regions.push_back({r.Int(0), r.Text(1), r.Text(2)});
    }
    return regions;
  }

  std::optional<Region> FindRegion(std::int64_t id) override {
    auto rows = conn_.Query("SELECT id, name, code FROM regions WHERE id = ?", {Of(id)});
    if (rows.empty()) return std::nullopt;
    return Region{rows.rows[0].Int(0), rows.rows[0].Text(1), rows.rows[0].Text(2)};
  }

  std::vector<Region> AllRegions() override {
    std::vector<Region> regions;
    for (const auto& r : conn_.Query("SELECT id, name, code FROM regions ORDER BY id").rows) {
      regions.push_back({r.Int(0), r.Text(1), r.Text(2)});
    }
    return regions;
  }

  std::vector<Municipality> Municipalities(const core::ScopeFilter& scope, std::optional<std::int64_t> region,
                                           const std::optional<std::string>& text) override {
    std::vector<Value> params;
    std::string sql = std::string("SELECT ") + kMunicipalityColumns + " FROM municipalities m WHERE " +
                      MunicipalityScope(scope, params);
    if (region) {
      sql += " AND m.region_id = ?";
      params.push_back(Of(*region));
    }
    if (text && !text->empty()) {
      // Municipality names are few; match on the sort key, which is case-insensitive for Cyrillic.
      sql += " AND m.sort_key LIKE ?";
      params.push_back(Of("%" + core::RussianSortKey(core::NormaliseSpaces(*text)) + "%"));
    }
    sql += " ORDER BY m.sort_key, m.id";
    std::vector<Municipality> list;
    for (const auto& r : conn_.Query(sql, params).rows) list.push_back(ReadMunicipality(r));
    return list;
  }

  std::optional<Municipality> FindMunicipality(std::int64_t id) override {
    auto rows = conn_.Query(std::string("SELECT ") + kMunicipalityColumns + " FROM municipalities m WHERE m.id = ?",
                            {Of(id)});
    if (rows.empty()) return std::nullopt;
    return ReadMunicipality(rows.rows[0]);
  }

  std::optional<Municipality> FindMunicipalityByName(std::int64_t region_id, const std::string& name) override {
    auto rows = conn_.Query(std::string("SELECT ") + kMunicipalityColumns +
                                " FROM municipalities m WHERE m.region_id = ? AND m.sort_key = ?",
                            {Of(region_id), Of(core::RussianSortKey(name))});
    if (rows.empty()) return std::nullopt;
    return ReadMunicipality(rows.rows[0]);
  }

  std::int64_t InsertMunicipality(const Municipality& m, const std::string& now) override {
    return conn_.InsertReturningId(
        "INSERT INTO municipalities (region_id, name, sort_key, kind, method_service_kind, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {Of(m.region_id), Of(m.name), Of(core::RussianSortKey(m.name)), Of(m.kind), Of(m.method_service_kind), Of(now),
         Of(now)});
  }

  void UpdateMunicipality(const Municipality& m, const std::string& now) override {
    conn_.Execute(
        "UPDATE municipalities SET name = ?, sort_key = ?, kind = ?, method_service_kind = ?, updated_at = ? "
        "WHERE id = ?",
        {Of(m.name), Of(core::RussianSortKey(m.name)), Of(m.kind), Of(m.method_service_kind), Of(now), Of(m.id)});
  }

  void Organisations(const OrganisationFilter& f, const core::ScopeFilter& scope, OrganisationPage& page) override {
    std::vector<Value> params;
    std::string where =
        " WHERE " + storage::ScopeCondition(scope, {"o.region_id", "o.municipality_id", "o.id", ""}, params);
    if (f.municipality_id) {
      where += " AND o.municipality_id = ?";
      params.push_back(Of(*f.municipality_id));
    }
    if (f.text && !core::NormaliseSpaces(*f.text).empty()) {
      where += " AND o.search_text LIKE ? ESCAPE '\\'";
      params.push_back(Of(LikePattern(*f.text)));
    }
    if (f.kind) {
      where += " AND o.kind = ?";
      params.push_back(Of(*f.kind));
    }
    if (f.flag) {
      where += " AND (',' || o.flags || ',') LIKE ?";
      params.push_back(Of("%," + *f.flag + ",%"));
    }
    // Every condition is on the organisation itself (region_id is denormalised), so the count needs no join
    // and a name-ordered page is an index range scan that stops after one page.
    const std::string from = " FROM organisations o JOIN municipalities m ON m.id = o.municipality_id";
    page.total = conn_.Query("SELECT COUNT(*) FROM organisations o" + where, params).rows.at(0).Int(0);
    std::string order = f.sort == "-name"          ? " ORDER BY o.sort_key DESC, o.id DESC"
                        : f.sort == "municipality" ? " ORDER BY m.sort_key, o.sort_key, o.id"
                                                   : " ORDER BY o.sort_key, o.id";
    std::string sql = std::string("SELECT ") + kOrganisationColumns + from + where + order;
    if (f.size > 0) {
      sql += " LIMIT ? OFFSET ?";
      params.push_back(Of(static_cast<std::int64_t>(f.size)));
      params.push_back(Of(static_cast<std::int64_t>(f.page - 1) * f.size));
    }
    if (f.size > 0) page.items.reserve(static_cast<std::size_t>(std::min(f.size, 500)));
    // Rows are read in place into the items the page already holds (docs/PERFORMANCE.md).
    std::size_t count = 0;
    conn_.QueryEach(sql, params, [&](const storage::RowView& r) {
      if (count == page.items.size()) page.items.emplace_back();
      ReadOrganisation(r, page.items[count++]);
    });
    page.items.resize(count);
  }

  std::optional<OrganisationView> FindOrganisation(std::int64_t id) override {
    return FindOne("o.id = ?", {Of(id)});
  }
  std::optional<OrganisationView> FindOrganisationByInn(const std::string& inn) override {
    return FindOne("o.inn = ?", {Of(inn)});
  }
  std::optional<OrganisationView> FindOrganisationByName(std::int64_t municipality_id, const std::string& name) override {
    return FindOne("o.municipality_id = ? AND o.sort_key = ?", {Of(municipality_id), Of(core::RussianSortKey(name))});
  }

  std::int64_t InsertOrganisation(const Organisation& o, const std::string& now) override {
    auto id = conn_.InsertReturningId(
        "INSERT INTO organisations (municipality_id, region_id, name, sort_key, short_name, search_text, kind, inn, "
        "address, head_name, email, phone, flags, created_at, updated_at) VALUES (?, (SELECT region_id FROM "
        "municipalities WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {Of(o.municipality_id), Of(o.municipality_id), Of(o.name), Of(core::RussianSortKey(o.name)), Of(o.short_name),
         Of(SearchText(o)), Of(o.kind), Of(o.inn), Of(o.address), Of(o.head_name), Of(o.email), Of(o.phone),
         Of(JoinFlags(o.flags)), Of(now), Of(now)});
    return id;
  }

  void UpdateOrganisation(const Organisation& o, const std::string& now) override {
    conn_.Execute(
        "UPDATE organisations SET municipality_id = ?, region_id = (SELECT region_id FROM municipalities WHERE id = ?), "
        "name = ?, sort_key = ?, short_name = ?, search_text = ?, kind = ?, inn = ?, address = ?, head_name = ?, "
        "email = ?, phone = ?, flags = ?, updated_at = ? WHERE id = ?",
        {Of(o.municipality_id), Of(o.municipality_id), Of(o.name), Of(core::RussianSortKey(o.name)), Of(o.short_name),
         Of(SearchText(o)), Of(o.kind), Of(o.inn), Of(o.address), Of(o.head_name), Of(o.email), Of(o.phone),
         Of(JoinFlags(o.flags)), Of(now), Of(o.id)});
  }

  core::Result<void> DeleteOrganisation(std::int64_t id) override {
    static const char* kReferences[][2] = {
        {"structures", "organisation_id"},
        {"documents", "organisation_id"},
    };
    for (const auto& ref : kReferences) {
      auto n = conn_.Query(std::string("SELECT COUNT(*) FROM ") + ref[0] + " WHERE " + ref[1] + " = ?", {Of(id)})
                   .rows.at(0)
                   .Int(0);
      if (n > 0) {
        return core::Conflict("in_use", "Организацию нельзя удалить: на неё ссылаются другие записи (" +
                                            std::string(ref[0] == std::string("structures") ? "структуры" : "документы") +
                                            ")");
      }
    }
    conn_.Execute("DELETE FROM organisations WHERE id = ?", {Of(id)});
    return core::Ok{};
  }

  StructurePage Structures(const StructureFilter& f, const core::ScopeFilter& scope) override {
    std::vector<Value> params;
    std::string where =
        " WHERE " + storage::ScopeCondition(scope, {"s.region_id", "s.municipality_id", "s.organisation_id", ""}, params);
    if (f.municipality_id) {
      where += " AND s.municipality_id = ?";
      params.push_back(Of(*f.municipality_id));
    }
    if (f.level) {
      where += " AND s.level = ?";
      params.push_back(Of(*f.level));
    }
    if (f.block) {
      where += " AND s.block = ?";
      params.push_back(Of(*f.block));
    }
    StructurePage page;
    page.total = conn_.Query("SELECT COUNT(*) FROM structures s" + where, params).rows.at(0).Int(0);
    params.push_back(Of(static_cast<std::int64_t>(f.size)));
    params.push_back(Of(static_cast<std::int64_t>(f.page - 1) * f.size));
    for (const auto& r : conn_.Query(std::string("SELECT ") + kStructureColumns + " FROM structures s" + where +
                                         " ORDER BY s.block, s.sort_key, s.id LIMIT ? OFFSET ?",
                                     params)
                             .rows) {
      page.items.push_back(ReadStructure(r));
    }
    return page;
  }

  std::optional<Structure> FindStructure(std::int64_t id) override {
    auto rows = conn_.Query(std::string("SELECT ") + kStructureColumns + " FROM structures s WHERE s.id = ?", {Of(id)});
    if (rows.empty()) return std::nullopt;
    return ReadStructure(rows.rows[0]);
  }

  std::int64_t InsertStructure(const Structure& s, const std::string& now) override {
    return conn_.InsertReturningId(
        "INSERT INTO structures (region_id, municipality_id, organisation_id, name, sort_key, level, block, kind, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {Of(s.region_id), Of(s.municipality_id), Of(s.organisation_id), Of(s.name), Of(core::RussianSortKey(s.name)),
         Of(s.level), Of(s.block), Of(s.kind), Of(now), Of(now)});
  }

  void UpdateStructure(const Structure& s, const std::string& now) override {
    conn_.Execute(
        "UPDATE structures SET municipality_id = ?, organisation_id = ?, name = ?, sort_key = ?, level = ?, block = ?, "
        "kind = ?, updated_at = ? WHERE id = ?",
        {Of(s.municipality_id), Of(s.organisation_id), Of(s.name), Of(core::RussianSortKey(s.name)), Of(s.level),
         Of(s.block), Of(s.kind), Of(now), Of(s.id)});
  }

  core::Result<void> DeleteStructure(std::int64_t id) override {
    conn_.Execute("DELETE FROM structures WHERE id = ?", {Of(id)});
    return core::Ok{};
  }

  std::int64_t CountMunicipalities(std::int64_t region_id) override {
    return conn_.Query("SELECT COUNT(*) FROM municipalities WHERE region_id = ?", {Of(region_id)}).rows.at(0).Int(0);
  }
  std::int64_t CountOrganisations(std::int64_t region_id) override {
    return conn_
        .Query("SELECT COUNT(*) FROM organisations WHERE region_id = ?", {Of(region_id)})
        .rows.at(0)
        .Int(0);
  }

 private:
  std::optional<OrganisationView> FindOne(const std::string& condition, std::vector<Value> params) {
    std::optional<OrganisationView> found;
    conn_.QueryEach(std::string("SELECT ") + kOrganisationColumns +
                        " FROM organisations o JOIN municipalities m ON m.id = o.municipality_id WHERE " + condition,
                    params, [&](const storage::RowView& r) {
                      if (!found) ReadOrganisation(r, found.emplace());
                    });
    return found;
  }

  storage::Connection& conn_;
};

}  // namespace

core::Result<void> SqlTerritoryStorage::Transact(
    const std::function<core::Result<void>(TerritoryStore&, audit::AuditTrail&)>& work) {
  return db_.InTransactionResult([&](storage::Connection& conn) {
    SqlTerritoryStore store(conn);
    auto trail = audit::MakeSqlAuditTrail(conn, clock_);
    return work(store, *trail);
  });
}

void SqlTerritoryStorage::Read(const std::function<void(TerritoryStore&)>& work) {
  db_.InSnapshot([&](storage::Connection& conn) {
    SqlTerritoryStore store(conn);
    work(store);
  });
}

std::int64_t InsertRegion(storage::Connection& conn, const std::string& name, const std::string& code,
                          const std::string& now) {
  return conn.InsertReturningId("INSERT INTO regions (name, code, created_at) VALUES (?, ?, ?) RETURNING id",
                                {Of(name), Of(code), Of(now)});
}

}  // namespace metodset::territory

