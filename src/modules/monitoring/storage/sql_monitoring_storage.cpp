#include "modules/monitoring/storage/sql_monitoring_storage.hpp"

#include <algorithm>

namespace metodset::monitoring {
namespace {

using storage::Null;
using storage::Of;
using storage::Value;

std::string IdList(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (auto id : ids) {
    if (!out.empty()) out += ",";
    out += std::to_string(id);
  }
  return out;
}

core::Date DateOf(const std::string& text) { return core::ParseIsoDate(text.substr(0, 10)).value_or(core::Date{}); }

constexpr const char* kCampaignColumns =
    "c.id, c.region_id, c.year, c.catalog_id, c.opens_on, c.closes_on, c.status, c.closed_at, c.created_at, "
    "c.updated_at";

CampaignRecord CampaignFrom(const storage::Row& r) {
  CampaignRecord c;
  c.id = r.Int(0);
  c.region_id = r.OptInt(1).value_or(0);  // 0: a national campaign (region_id NULL)
  c.year = static_cast<int>(r.Int(2));
  c.catalog_id = r.Int(3);
  c.opens_on = DateOf(r.Text(4));
  c.closes_on = DateOf(r.Text(5));
  c.status = r.Text(6);
  c.closed_at = r.OptText(7);
  c.created_at = r.Text(8);
  c.updated_at = r.Text(9);
  return c;
}

constexpr const char* kFormColumns =
    "f.id, f.campaign_id, f.region_id, f.municipality_id, m.name, m.sort_key, f.submitted_at, f.reminded_at";

FormRecord FormFrom(const storage::Row& r) {
  FormRecord f;
  f.id = r.Int(0);
  f.campaign_id = r.Int(1);
  f.region_id = r.Int(2);
  f.municipality_id = r.Int(3);
  f.municipality_name = r.Text(4);
  f.municipality_sort_key = r.Text(5);
  f.submitted_at = r.OptText(6);
  f.reminded_at = r.OptText(7);
  return f;
}

class SqlMonitoringStore final : public MonitoringStore {
 public:
  explicit SqlMonitoringStore(storage::Connection& conn) : conn_(conn) {}

  std::vector<Catalog> Catalogs(const core::ScopeFilter& regions) override {
    std::string where = regions.all ? "1 = 1" : "region_id IS NULL";
    if (!regions.all && !regions.regions.empty()) where += " OR region_id IN (" + IdList(regions.regions) + ")";
    auto rows = conn_.Query("SELECT id FROM monitoring_catalogs WHERE " + where + " ORDER BY code, version");
    std::vector<Catalog> out;
    for (const auto& r : rows.rows)
      if (auto c = LoadCatalog(r.Int(0))) out.push_back(std::move(*c));
    return out;
  }

  std::optional<Catalog> LoadCatalog(std::int64_t id) override {
    auto rows = conn_.Query(
        "SELECT id, code, version, title, region_id, based_on_id, created_at FROM monitoring_catalogs WHERE id = ?",
        {Of(id)});
    if (rows.empty()) return std::nullopt;
    const auto& r = rows.rows[0];
    Catalog c;
    c.id = r.Int(0);
    c.code = r.Text(1);
    c.version = static_cast<int>(r.Int(2));
    c.title = r.Text(3);
    c.region_id = r.OptInt(4);
    c.based_on_id = r.OptInt(5);
    c.created_at = r.Text(6);
    auto items = conn_.Query(
        "SELECT id, criterion_number, criterion_title, number, area, title, points, additional "
        "FROM monitoring_indicators WHERE catalog_id = ? ORDER BY position",
        {Of(id)});
    for (auto& i : items.rows) {
      int number = static_cast<int>(i.Int(1));
      if (c.criteria.empty() || c.criteria.back().number != number) c.criteria.push_back({number, i.Text(2), {}});
      Indicator ind;
      ind.id = i.Int(0);
      ind.number = i.Text(3);
      ind.area = i.TakeText(4);
      ind.title = i.TakeText(5);
      ind.points = static_cast<int>(i.Int(6));
      ind.additional = i.Bool(7);
      c.criteria.back().indicators.push_back(std::move(ind));
    }
    return c;
  }

  int LastVersion(const std::string& code) override {
    auto rows = conn_.Query("SELECT MAX(version) FROM monitoring_catalogs WHERE code = ?", {Of(code)});
    return rows.empty() || rows.rows[0].IsNull(0) ? 0 : static_cast<int>(rows.rows[0].Int(0));
  }

  std::int64_t InsertCatalog(const Catalog& catalog, const std::string& now) override {
    auto id = conn_.InsertReturningId(
        "INSERT INTO monitoring_catalogs (code, version, title, region_id, based_on_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        {Of(catalog.code), Of(catalog.version), Of(catalog.title), Of(catalog.region_id), Of(catalog.based_on_id),
         Of(now)});
    int position = 0;
    for (const auto& c : catalog.criteria)
      for (const auto& i : c.indicators)
        conn_.Execute(
            "INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, "
            "title, points, additional) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {Of(id), Of(++position), Of(c.number), Of(c.title), Of(i.number), Of(i.area), Of(i.title), Of(i.points),
             Of(i.additional)});
    return id;
  }

  std::optional<std::int64_t> LatestCatalog(const std::string& code) override {
    auto rows = conn_.Query(
        "SELECT id FROM monitoring_catalogs WHERE code = ? AND region_id IS NULL ORDER BY version DESC LIMIT 1",
        {Of(code)});
    if (rows.empty()) return std::nullopt;
    return rows.rows[0].Int(0);
  }

  std::vector<CampaignRecord> Campaigns(const core::ScopeFilter& scope, std::optional<int> year) override {
    std::string where;
    if (scope.all) {
      where = "1 = 1";
    } else {
      std::vector<std::string> parts;
      if (!scope.regions.empty()) parts.push_back("c.region_id IN (" + IdList(scope.regions) + ")");
      if (!scope.municipalities.empty())
        parts.push_back(
            "EXISTS (SELECT 1 FROM monitoring_forms f WHERE f.campaign_id = c.id AND f.municipality_id IN (" +
            IdList(scope.municipalities) + "))");
      if (parts.empty()) return {};
      for (std::size_t k = 0; k < parts.size(); ++k) where += (k ? " OR " : "") + parts[k];
    }
    std::string sql = std::string("SELECT ") + kCampaignColumns + " FROM monitoring_campaigns c WHERE (" + where + ")";
    std::vector<Value> params;
    if (year) {
      sql += " AND c.year = ?";
      params.push_back(Of(*year));
    }
    sql += " ORDER BY c.year DESC, c.id DESC";
    auto rows = conn_.Query(sql, params);
    std::vector<CampaignRecord> out;
    for (const auto& r : rows.rows) out.push_back(CampaignFrom(r));
    return out;
  }

  std::optional<CampaignRecord> FindCampaign(std::int64_t id) override {
    auto rows = conn_.Query(std::string("SELECT ") + kCampaignColumns + " FROM monitoring_campaigns c WHERE c.id = ?",
                            {Of(id)});
    if (rows.empty()) return std::nullopt;
    return CampaignFrom(rows.rows[0]);
  }

  bool CampaignExists(std::int64_t region_id, int year) override {
    if (region_id == 0)
      return !conn_.Query("SELECT 1 FROM monitoring_campaigns WHERE region_id IS NULL AND year = ?", {Of(year)})
                  .empty();
    return !conn_
                .Query("SELECT 1 FROM monitoring_campaigns WHERE region_id = ? AND year = ?", {Of(region_id), Of(year)})
                .empty();
  }

  std::int64_t InsertCampaign(const CampaignRecord& c) override {
    return conn_.InsertReturningId(
        "INSERT INTO monitoring_campaigns (region_id, year, catalog_id, opens_on, closes_on, status, closed_at, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {c.region_id ? Of(c.region_id) : Null(), Of(c.year), Of(c.catalog_id), Of(c.opens_on.Iso()),
         Of(c.closes_on.Iso()), Of(c.status), Of(c.closed_at), Of(c.created_at), Of(c.updated_at)});
  }

  void UpdateCampaign(const CampaignRecord& c) override {
    conn_.Execute(
        "UPDATE monitoring_campaigns SET opens_on = ?, closes_on = ?, status = ?, closed_at = ?, updated_at = ? "
        "WHERE id = ?",
        {Of(c.opens_on.Iso()), Of(c.closes_on.Iso()), Of(c.status), Of(c.closed_at), Of(c.updated_at), Of(c.id)});
  }

  std::vector<MunicipalityRef> Municipalities(std::int64_t region_id) override {
    auto rows =
        conn_.Query("SELECT id, region_id, name, sort_key FROM municipalities WHERE region_id = ? ORDER BY sort_key",
                    {Of(region_id)});
    std::vector<MunicipalityRef> out;
    for (const auto& r : rows.rows) out.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3)});
    return out;
  }

  bool RegionExists(std::int64_t region_id) override {
    return !conn_.Query("SELECT 1 FROM regions WHERE id = ?", {Of(region_id)}).empty();
  }

  std::string RegionName(std::int64_t region_id) override {
    auto rows = conn_.Query("SELECT name FROM regions WHERE id = ?", {Of(region_id)});
    return rows.empty() ? std::string() : rows.rows[0].Text(0);
  }

  void InsertForms(const CampaignRecord& campaign, const std::vector<MunicipalityRef>& municipalities,
                   const std::string& now) override {
    std::vector<std::vector<Value>> rows;
    rows.reserve(municipalities.size());
    for (const auto& m : municipalities) rows.push_back({Of(campaign.id), Of(m.region_id), Of(m.id), Of(now), Of(now)});
    conn_.BulkInsert("monitoring_forms", {"campaign_id", "region_id", "municipality_id", "created_at", "updated_at"},
                     rows);
  }

  std::vector<FormRecord> Forms(std::int64_t campaign_id) override {
    auto rows = conn_.Query(std::string("SELECT ") + kFormColumns +
                                " FROM monitoring_forms f JOIN municipalities m ON m.id = f.municipality_id "
                                "WHERE f.campaign_id = ? ORDER BY m.sort_key, f.id",
                            {Of(campaign_id)});
    std::vector<FormRecord> out;
    out.reserve(rows.size());
    for (const auto& r : rows.rows) out.push_back(FormFrom(r));
    return out;
  }

  std::optional<FormRecord> FindForm(std::int64_t id) override {
    auto rows =
        conn_.Query(std::string("SELECT ") + kFormColumns +
                        " FROM monitoring_forms f JOIN municipalities m ON m.id = f.municipality_id WHERE f.id = ?",
                    {Of(id)});
    if (rows.empty()) return std::nullopt;
    return FormFrom(rows.rows[0]);
  }

  void MarkForm(std::int64_t form_id, std::optional<std::string> submitted_at, std::optional<std::string> reminded_at,
                const std::string& now) override {
    conn_.Execute("UPDATE monitoring_forms SET submitted_at = ?, reminded_at = ?, updated_at = ? WHERE id = ?",
                  {Of(submitted_at), Of(reminded_at), Of(now), Of(form_id)});
  }

  std::vector<AnswerRecord> Answers(std::int64_t form_id) override {
    auto rows = conn_.Query(
        "SELECT id, form_id, indicator_id, state, met, comment, evidence_kind, evidence_document_id, "
        "evidence_attachment_id, evidence_url, evidence_object_type, evidence_object_id, evidence_title, "
        "review_message, corrected, updated_at FROM monitoring_answers WHERE form_id = ?",
        {Of(form_id)});
    std::vector<AnswerRecord> out;
    for (auto& r : rows.rows) {
      AnswerRecord a;
      a.id = r.Int(0);
      a.form_id = r.Int(1);
      a.indicator_id = r.Int(2);
      a.state = ParseAnswerState(r.Text(3)).value_or(AnswerState::kDraft);
      if (!r.IsNull(4)) a.met = r.Bool(4);
      a.comment = r.Text(5);
      if (!r.IsNull(6)) {
        Evidence e;
        e.kind = r.Text(6);
        e.document_id = r.OptInt(7);
        e.attachment_id = r.OptInt(8);
        e.url = r.OptText(9).value_or("");
        e.object_type = r.OptText(10).value_or("");
        e.object_id = r.OptInt(11);
        e.title = r.OptText(12).value_or("");
        a.evidence = std::move(e);
      }
      a.review_message = r.OptText(13);
      a.corrected = r.Bool(14);
      a.updated_at = r.Text(15);
      out.push_back(std::move(a));
    }
    return out;
  }

  void AnswerFacts(std::int64_t campaign_id, const std::function<void(const AnswerFactRow&)>& each) override {
    Value params[] = {Of(campaign_id)};
    conn_.QueryEach(
        "SELECT a.form_id, a.indicator_id, a.state, a.met FROM monitoring_answers a "
        "JOIN monitoring_forms f ON f.id = a.form_id WHERE f.campaign_id = ?",
        params, [&](const storage::RowView& r) {
          AnswerFactRow row;
          row.form_id = r.Int(0);
          row.indicator_id = r.Int(1);
          auto state = r.Text(2);
          row.state = state == "accepted"    ? AnswerState::kAccepted
                      : state == "submitted" ? AnswerState::kSubmitted
                      : state == "returned"  ? AnswerState::kReturned
                                             : AnswerState::kDraft;
          row.met = !r.IsNull(3) && r.Int(3) != 0;
          each(row);
        });
  }

  void FormFacts(std::int64_t campaign_id, const std::function<void(const FormFactsRow&)>& each) override {
    bool pg = conn_.backend() == storage::Backend::kPostgres;
    if (!pg) {
      // SQLite runs in the process: reading the rows in form order and summing them here is the cheaper way
      // (group_concat costs more than it saves).
      FormFactsRow row;
      bool open = false;
      Value params[] = {Of(campaign_id)};
      conn_.QueryEach(
          "SELECT a.form_id, a.indicator_id, a.state, a.met FROM monitoring_answers a "
          "WHERE a.form_id IN (SELECT id FROM monitoring_forms WHERE campaign_id = ?) ORDER BY a.form_id",
          params, [&](const storage::RowView& r) {
            auto form_id = r.Int(0);
            if (open && form_id != row.form_id) {
              each(row);
              row = FormFactsRow{};
            }
            open = true;
            row.form_id = form_id;
            auto state = r.Text(2);
            bool accepted = state == "accepted";
            if (accepted)
              ++row.accepted;
            else if (state == "submitted")
              ++row.submitted;
            else if (state == "returned")
              ++row.returned;
            else
              ++row.draft;
            if (!r.IsNull(3) && r.Int(3) != 0) (accepted ? row.met_accepted : row.met_other).push_back(r.Int(1));
          });
      if (open) each(row);
      return;
    }
    std::string agg =
        pg ? "string_agg(CASE WHEN a.met = 1 AND a.state %s 'accepted' THEN a.indicator_id::text END, ',')"
           : "group_concat(CASE WHEN a.met = 1 AND a.state %s 'accepted' THEN a.indicator_id END)";
    auto with = [&](const char* op) {
      std::string out = agg;
      out.replace(out.find("%s"), 2, op);
      return out;
    };
    std::string sql =
        "SELECT a.form_id, SUM(CASE WHEN a.state = 'draft' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN a.state = 'submitted' THEN 1 ELSE 0 END), SUM(CASE WHEN a.state = 'accepted' THEN 1 ELSE 0 "
        "END), "
        "SUM(CASE WHEN a.state = 'returned' THEN 1 ELSE 0 END), " +
        with("=") + ", " + with("<>") +
        " FROM monitoring_answers a WHERE a.form_id IN (SELECT id FROM monitoring_forms WHERE campaign_id = ?) "
        "GROUP BY a.form_id";
    auto ids = [](std::string_view text, std::vector<std::int64_t>& out) {
      std::int64_t v = 0;
      bool any = false;
      for (char c : text) {
        if (c >= '0' && c <= '9') {
          v = v * 10 + (c - '0');
          any = true;
        } else if (any) {
          out.push_back(v);
          v = 0;
          any = false;
        }
      }
      if (any) out.push_back(v);
    };
    Value params[] = {Of(campaign_id)};
    FormFactsRow row;
    conn_.QueryEach(sql, params, [&](const storage::RowView& r) {
      row.form_id = r.Int(0);
      row.draft = static_cast<int>(r.Int(1));
      row.submitted = static_cast<int>(r.Int(2));
      row.accepted = static_cast<int>(r.Int(3));
      row.returned = static_cast<int>(r.Int(4));
      row.met_accepted.clear();
      row.met_other.clear();
      if (!r.IsNull(5)) ids(r.Text(5), row.met_accepted);
      if (!r.IsNull(6)) ids(r.Text(6), row.met_other);
      each(row);
    });
  }

  void SaveAnswer(const AnswerRecord& a, std::optional<std::int64_t> user_id, const std::string& now) override {
    const Evidence* e = a.evidence ? &*a.evidence : nullptr;
    std::vector<Value> params = {
        Of(a.form_id),
        Of(a.indicator_id),
        Of(std::string(Code(a.state))),
        a.met ? Of(*a.met) : Null(),
        Of(a.comment),
        e ? Of(e->kind) : Null(),
        e ? Of(e->document_id) : Null(),
        e ? Of(e->attachment_id) : Null(),
        e && !e->url.empty() ? Of(e->url) : Null(),
        e && !e->object_type.empty() ? Of(e->object_type) : Null(),
        e ? Of(e->object_id) : Null(),
        e ? Of(e->title) : Null(),
        Of(a.review_message),
        Of(a.corrected),
        Of(user_id),
        Of(now),
    };
    conn_.Execute(
        "INSERT INTO monitoring_answers (form_id, indicator_id, state, met, comment, evidence_kind, "
        "evidence_document_id, evidence_attachment_id, evidence_url, evidence_object_type, evidence_object_id, "
        "evidence_title, review_message, corrected, updated_by, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (form_id, indicator_id) DO UPDATE SET state = excluded.state, met = excluded.met, "
        "comment = excluded.comment, evidence_kind = excluded.evidence_kind, "
        "evidence_document_id = excluded.evidence_document_id, evidence_attachment_id = "
        "excluded.evidence_attachment_id, "
        "evidence_url = excluded.evidence_url, evidence_object_type = excluded.evidence_object_type, "
        "evidence_object_id = excluded.evidence_object_id, evidence_title = excluded.evidence_title, "
        "review_message = excluded.review_message, corrected = excluded.corrected, "
        "updated_by = COALESCE(excluded.updated_by, monitoring_answers.updated_by), updated_at = excluded.updated_at",
        params);
  }

  std::optional<std::string> DocumentTitle(std::int64_t document_id) override {
    auto rows = conn_.Query("SELECT title FROM documents WHERE id = ?", {Of(document_id)});
    if (rows.empty()) return std::nullopt;
    return rows.rows[0].Text(0);
  }

  std::map<std::string, std::string> LibraryTexts(std::int64_t catalog_id) override {
    auto rows = conn_.Query("SELECT indicator_number, text FROM monitoring_recommendation_texts WHERE catalog_id = ?",
                            {Of(catalog_id)});
    std::map<std::string, std::string> out;
    for (const auto& r : rows.rows) out[r.Text(0)] = r.Text(1);
    return out;
  }

  void PutLibraryText(std::int64_t catalog_id, const std::string& number, const std::string& text,
                      const std::string& now) override {
    conn_.Execute(
        "INSERT INTO monitoring_recommendation_texts (catalog_id, indicator_number, text, updated_at) VALUES (?, ?, ?, "
        "?) "
        "ON CONFLICT (catalog_id, indicator_number) DO UPDATE SET text = excluded.text, updated_at = "
        "excluded.updated_at",
        {Of(catalog_id), Of(number), Of(text), Of(now)});
  }

  std::vector<RecommendationRecord> Recommendations(std::int64_t form_id) override {
    auto rows = conn_.Query(
        "SELECT r.id, r.form_id, r.indicator_id, i.number, i.title, r.text, r.status, r.status_note, r.updated_at "
        "FROM monitoring_recommendations r JOIN monitoring_indicators i ON i.id = r.indicator_id "
        "WHERE r.form_id = ? ORDER BY i.position",
        {Of(form_id)});
    std::vector<RecommendationRecord> out;
    for (const auto& r : rows.rows)
      out.push_back({r.Int(0), r.Int(1), r.Int(2), r.Text(3), r.Text(4), r.Text(5), r.Text(6), r.Text(7), r.Text(8)});
    return out;
  }

  void InsertRecommendation(const RecommendationRecord& r, const std::string& now) override {
    conn_.Execute(
        "INSERT INTO monitoring_recommendations (form_id, indicator_id, text, status, status_note, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {Of(r.form_id), Of(r.indicator_id), Of(r.text), Of(r.status), Of(r.status_note), Of(now)});
  }

  void UpdateRecommendation(const RecommendationRecord& r, const std::string& now) override {
    conn_.Execute(
        "UPDATE monitoring_recommendations SET text = ?, status = ?, status_note = ?, updated_at = ? WHERE id = ?",
        {Of(r.text), Of(r.status), Of(r.status_note), Of(now), Of(r.id)});
  }

  std::pair<long long, long long> MentoringCoverage(std::int64_t region_id, const core::Date& on) override {
    auto rows = conn_.Query(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM mentorship_pairs mp WHERE mp.mentee_id = p.id "
        "AND mp.status = 'active') THEN 1 ELSE 0 END), 0) FROM persons p "
        "WHERE p.region_id = ? AND p.young_specialist_until IS NOT NULL AND p.young_specialist_until >= ?",
        {Of(region_id), Of(on.Iso())});
    return {rows.rows[0].Int(1), rows.rows[0].Int(0)};
  }

 private:
  storage::Connection& conn_;
};

// ---- pre-fill sources ----

struct DocumentRule {
  const char* indicator;
  std::vector<std::string> kinds;
  std::vector<std::string> words;  // any of them in the title (lower case)
};

std::string Lower(std::string s) {
  // Lower-case ASCII and Cyrillic А–Я, Ё in UTF-8.
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c < 0x80) {
      out += static_cast<char>(std::tolower(c));
    } else if (c == 0xD0 && i + 1 < s.size()) {
      unsigned char d = s[i + 1];
      if (d >= 0x90 && d <= 0x9F) {
        out += static_cast<char>(0xD0);
        out += static_cast<char>(d + 0x20);
      } else if (d >= 0xA0 && d <= 0xAF) {
        out += static_cast<char>(0xD1);
        out += static_cast<char>(d - 0x20);
      } else if (d == 0x81) {
        out += "\xD1\x91";
      } else {
        out += static_cast<char>(c);
        out += static_cast<char>(d);
      }
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

const std::vector<DocumentRule>& Rules() {
  static const std::vector<DocumentRule> rules = {
      {"1.1", {"regulation", "programme"}, {"методическ"}},
      {"1.3", {"plan"}, {"методической служб", "план-график работы"}},
      {"2.1", {"programme"}, {"молод", "наставнич"}},
      {"2.2", {"road_map", "plan"}, {"молод", "наставнич"}},
      {"2.3", {"report", "analytic_note", "other"}, {"адаптац"}},
      {"2.6", {"programme", "road_map"}, {"наставник"}},
      {"3.1", {"programme", "road_map"}, {"методических объединений", "шмо"}},
      {"3.2", {"plan"}, {"рмо", "методических объединений", "заседаний"}},
      {"3.12", {"report", "analytic_note", "other"}, {"дефицит"}},
      {"3.14", {"plan"}, {"аттестац"}},
      {"3.15", {"plan"}, {"повышения квалификации"}},
      {"3.19", {"directive", "protocol", "other"}, {"учитель года"}},
      {"4.1", {"analytic_note", "report"}, {"впр"}},
      {"4.2", {"analytic_note", "report"}, {"огэ"}},
      {"4.3", {"analytic_note", "report"}, {"егэ"}},
      {"4.5", {"analytic_note", "report"}, {"повышени"}},
      {"4.6", {"analytic_note", "report"}, {"аттестац"}},
      {"4.7", {"analytic_note", "report"}, {"методических объединений"}},
      {"6.1", {"report"}, {"методической работ", "самообследован"}},
  };
  return rules;
}

class DocumentEvidenceSource final : public EvidenceSource {
 public:
  explicit DocumentEvidenceSource(storage::Database& db) : db_(db) {}
  void Propose(const ProposalContext& context, const Catalog& catalog, std::vector<Proposal>& out) override {
    db_.InSnapshot([&](storage::Connection& conn) {
      auto rows = conn.Query(
          "SELECT id, kind, title FROM documents WHERE municipality_id = ? AND date >= ? AND date <= ? "
          "ORDER BY date DESC, id DESC LIMIT 500",
          {Of(context.municipality_id), Of(context.from.Iso()), Of(context.to.Iso())});
      for (const auto& r : rows.rows) {
        auto kind = r.Text(1);
        auto title = r.Text(2);
        auto lower = Lower(title);
        for (const auto& rule : Rules()) {
          if (!catalog.Find(rule.indicator)) continue;
          if (std::find(rule.kinds.begin(), rule.kinds.end(), kind) == rule.kinds.end()) continue;
          bool hit = std::any_of(rule.words.begin(), rule.words.end(),
                                 [&](const std::string& w) { return lower.find(w) != std::string::npos; });
          if (!hit) continue;
          Proposal p;
          p.indicator_number = rule.indicator;
          p.source = "Реестр документов";
          p.title = title;
          p.evidence.kind = "document";
          p.evidence.document_id = r.Int(0);
          p.evidence.title = title;
          out.push_back(std::move(p));
        }
      }
    });
  }

 private:
  storage::Database& db_;
};

class MentoringEvidenceSource final : public EvidenceSource {
 public:
  explicit MentoringEvidenceSource(storage::Database& db) : db_(db) {}
  void Propose(const ProposalContext& context, const Catalog& catalog, std::vector<Proposal>& out) override {
    if (!catalog.Find("2.6")) return;
    auto municipality_id = context.municipality_id;
    db_.InSnapshot([&](storage::Connection& conn) {
      auto rows = conn.Query("SELECT COUNT(*) FROM mentorship_pairs WHERE municipality_id = ? AND status = 'active'",
                             {Of(municipality_id)});
      auto n = rows.rows[0].Int(0);
      if (n == 0) return;
      Proposal p;
      p.indicator_number = "2.6";
      p.source = "Наставничество";
      p.title = "Действующие пары наставничества в муниципальном образовании: " + std::to_string(n);
      p.evidence.kind = "object";
      p.evidence.object_type = "mentoring_municipality";
      p.evidence.object_id = municipality_id;
      p.evidence.title = p.title;
      out.push_back(std::move(p));
    });
  }

 private:
  storage::Database& db_;
};

// «1 заседание», «3 заседания», «7 заседаний».
std::string SessionsWord(long long n) {
  auto tens = n % 100;
  auto units = n % 10;
  if (tens >= 11 && tens <= 14) return "заседаний";
  if (units == 1) return "заседание";
  if (units >= 2 && units <= 4) return "заседания";
  return "заседаний";
}

class BodiesEvidenceSource final : public EvidenceSource {
 public:
  explicit BodiesEvidenceSource(storage::Database& db) : db_(db) {}
  void Propose(const ProposalContext& context, const Catalog& catalog, std::vector<Proposal>& out) override {
    db_.InSnapshot([&](storage::Connection& conn) {
      if (catalog.Find("3.2")) ProposeUnionSessions(conn, context, out);
      if (catalog.Find("2.5")) ProposeYoungTeachers(conn, context, out);
    });
  }

 private:
  // 003 §App6 3.2 «план-график заседаний РМО»: municipal unions that met in the campaign's year.
  static void ProposeUnionSessions(storage::Connection& conn, const ProposalContext& context,
                                   std::vector<Proposal>& out) {
    auto year = std::to_string(context.year);
    auto rows = conn.Query(
        "SELECT b.id, b.name, COUNT(s.id) FROM bodies b JOIN body_sessions s ON s.body_id = b.id "
        "WHERE b.kind = 'municipal_union' AND b.municipality_id = ? AND s.held_on >= ? AND s.held_on <= ? "
        "GROUP BY b.id, b.name ORDER BY b.name, b.id LIMIT 100",
        {Of(context.municipality_id), Of(year + "-01-01"), Of(year + "-12-31")});
    for (const auto& r : rows.rows) {
      auto n = r.Int(2);
      Proposal p;
      p.indicator_number = "3.2";
      p.source = "Коллегиальные органы";
      // Union names usually start with «ММО» already («ММО учителей математики»).
      auto name = r.Text(1);
      auto named = name.rfind("ММО", 0) == 0 ? name : "ММО «" + name + "»";
      p.title = named + ": " + std::to_string(n) + " " + SessionsWord(n) + " в " + year + " году";
      p.evidence.kind = "object";
      p.evidence.object_type = "body";
      p.evidence.object_id = r.Int(0);
      p.evidence.url = "/app/bodies/" + std::to_string(r.Int(0));
      p.evidence.title = p.title;
      out.push_back(std::move(p));
    }
  }

  // 003 §App6 2.5: active members of the regional young teachers' association (003 §App4) who work in the
  // municipality now.
  static void ProposeYoungTeachers(storage::Connection& conn, const ProposalContext& context,
                                   std::vector<Proposal>& out) {
    auto rows = conn.Query(
        "SELECT a.id, COUNT(DISTINCT m.person_id) FROM associations a "
        "JOIN association_members m ON m.association_id = a.id AND m.status = 'active' "
        "WHERE a.preset = 'amur-young-teachers' AND EXISTS (SELECT 1 FROM employments e "
        "JOIN organisations o ON o.id = e.organisation_id WHERE e.person_id = m.person_id AND e.ended_on IS NULL "
        "AND o.municipality_id = ?) GROUP BY a.id ORDER BY a.id LIMIT 10",
        {Of(context.municipality_id)});
    for (const auto& r : rows.rows) {
      auto n = r.Int(1);
      if (n == 0) continue;
      Proposal p;
      p.indicator_number = "2.5";
      p.source = "Коллегиальные органы";
      p.title = "Членов ассоциации молодых педагогов из муниципалитета: " + std::to_string(n);
      p.evidence.kind = "object";
      p.evidence.object_type = "association";
      p.evidence.object_id = r.Int(0);
      p.evidence.url = "/app/bodies/associations";
      p.evidence.title = p.title;
      out.push_back(std::move(p));
    }
  }

  storage::Database& db_;
};

}  // namespace

core::Result<void> SqlMonitoringStorage::Transact(
    const std::function<core::Result<void>(MonitoringStore&, audit::AuditTrail&)>& work) {
  try {
    return db_.InTransactionResult([&](storage::Connection& conn) {
      SqlMonitoringStore store(conn);
      auto trail = audit::MakeSqlAuditTrail(conn, clock_);
      return work(store, *trail);
    });
  } catch (const storage::UniqueViolation&) {
    // A concurrent write got there first: the same campaign year opened twice, the same answer saved twice.
    return core::Conflict("conflict", "Данные только что изменил другой пользователь; обновите страницу и повторите");
  }
}

void SqlMonitoringStorage::Read(const std::function<void(MonitoringStore&)>& work) {
  db_.InSnapshot([&](storage::Connection& conn) {
    SqlMonitoringStore store(conn);
    work(store);
  });
}

std::unique_ptr<EvidenceSource> MakeDocumentEvidenceSource(storage::Database& db) {
  return std::make_unique<DocumentEvidenceSource>(db);
}
std::unique_ptr<EvidenceSource> MakeMentoringEvidenceSource(storage::Database& db) {
  return std::make_unique<MentoringEvidenceSource>(db);
}
std::unique_ptr<EvidenceSource> MakeBodiesEvidenceSource(storage::Database& db) {
  return std::make_unique<BodiesEvidenceSource>(db);
}

}  // namespace metodset::monitoring
