// Demo monitoring of municipal methodological services (issue 5; 003 §App6): in the demo region a closed
// campaign of the previous year (every municipality filled, reviewed and scored, recommendations issued) and an
// open one of the current year in every state of the review (not started, drafts, submitted, returned, accepted);
// at the national scale a closed national campaign of the previous year over all ~2,400 municipalities (the
// benchmark's data). Answers are bulk-written like the demo people, with one audit entry.

#include "demo/monitoring.hpp"

#include <ostream>
#include <random>
#include <stdexcept>
#include <vector>

#include "composition.hpp"
#include "modules/audit/module.hpp"
#include "modules/monitoring/domain/scoring.hpp"

namespace metodset::demo {
namespace {

using storage::Null;
using storage::Of;
using storage::Value;

struct IndicatorRow {
  std::int64_t id = 0;
  std::string number;
  std::string title;
  std::string area;
  int points = 1;
  bool additional = false;
};

std::int64_t Campaign(storage::Connection& conn, std::optional<std::int64_t> region, std::int64_t catalog, int year,
                      const core::Date& opens, const core::Date& closes, bool closed, const std::string& now) {
  return conn.InsertReturningId(
      "INSERT INTO monitoring_campaigns (region_id, year, catalog_id, opens_on, closes_on, status, closed_at, "
      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {Of(region), Of(year), Of(catalog), Of(opens.Iso()), Of(closes.Iso()), Of(closed ? "closed" : "open"),
       closed ? Of(now) : Null(), Of(now), Of(now)});
}

// The forms of a campaign for these municipalities (id, region); returns form ids in the same order.
std::vector<std::int64_t> Forms(storage::Connection& conn, std::int64_t campaign,
                                const std::vector<std::pair<std::int64_t, std::int64_t>>& municipalities,
                                const std::string& now, const std::string& submitted_at) {
  std::vector<std::vector<Value>> rows;
  for (const auto& [m, r] : municipalities)
    rows.push_back({Of(campaign), Of(r), Of(m), submitted_at.empty() ? Null() : Of(submitted_at), Of(now), Of(now)});
  conn.BulkInsert("monitoring_forms",
                  {"campaign_id", "region_id", "municipality_id", "submitted_at", "created_at", "updated_at"}, rows);
  std::vector<std::int64_t> ids;
  conn.QueryEach("SELECT id FROM monitoring_forms WHERE campaign_id = ? ORDER BY id", std::vector<Value>{Of(campaign)},
                 [&](const storage::RowView& r) { ids.push_back(r.Int(0)); });
  return ids;
}

const std::vector<std::string> kAnswerColumns = {"form_id",        "indicator_id",  "state",        "met",
                                                 "comment",        "evidence_kind", "evidence_url", "evidence_title",
                                                 "review_message", "corrected",     "updated_at"};

std::vector<Value> Answer(std::int64_t form, const IndicatorRow& i, const char* state, bool met,
                          const std::string& site, const std::string& now, const char* message = nullptr,
                          bool corrected = false) {
  std::string url = site + "/monitoring/" + i.number;
  return {Of(form),
          Of(i.id),
          Of(state),
          Of(met),
          Of(std::string(met ? "Подтверждено материалами муниципальной методической службы" : "")),
          met ? Of("link") : Null(),
          met ? Of(url) : Null(),
          met ? Of("Материалы ММС: показатель " + i.number) : Null(),
          message ? Of(message) : Null(),
          Of(corrected),
          Of(now)};
}

}  // namespace

void WriteMonitoring(Application& app, std::int64_t region_id, bool national, std::uint64_t seed,
                     std::ostream& progress) {
  progress << "Мониторинг муниципальных методических служб…\n" << std::flush;
  auto now = core::FormatTimestamp(app.clock().Now());
  auto today = app.clock().Today();
  std::mt19937_64 rng(seed ^ 0x6d6f6e69746f72ULL);
  std::uniform_real_distribution<double> unit(0, 1);
  app.db().InTransaction([&](storage::Connection& conn) {
    std::int64_t catalog = 0;
    std::vector<IndicatorRow> indicators;
    conn.QueryEach(
        "SELECT i.id, i.number, i.title, i.area, i.points, i.additional, c.id FROM monitoring_indicators i "
        "JOIN monitoring_catalogs c ON c.id = i.catalog_id WHERE c.code = 'amur-2020' AND c.version = 1 "
        "ORDER BY i.position",
        std::vector<Value>{}, [&](const storage::RowView& r) {
          indicators.push_back(
              {r.Int(0), r.String(1), r.String(2), r.String(3), static_cast<int>(r.Int(4)), r.Int(5) != 0});
          catalog = r.Int(6);
        });
    if (indicators.empty()) throw std::runtime_error("demo monitoring: the preset amur-2020 is missing");
    std::vector<std::pair<std::int64_t, std::int64_t>> amur;
    conn.QueryEach("SELECT id, region_id FROM municipalities WHERE region_id = ? ORDER BY id",
                   std::vector<Value>{Of(region_id)},
                   [&](const storage::RowView& r) { amur.emplace_back(r.Int(0), r.Int(1)); });
    // Each municipality has a strength: the chance that an indicator is in place, so that rankings spread out.
    auto strength = [&] { return 0.25 + 0.6 * unit(rng); };
    std::vector<std::vector<Value>> answers;
    std::int64_t answer_rows = 0;
    auto flush = [&] {
      if (answers.empty()) return;
      conn.BulkInsert("monitoring_answers", kAnswerColumns, answers);
      answer_rows += static_cast<std::int64_t>(answers.size());
      answers.clear();
    };

    // Last year: closed, everything reviewed and accepted (a few after a return and a correction).
    int last = today.year - 1;
    auto closed = Campaign(conn, region_id, catalog, last, {last, 6, 1}, {last, 6, 30}, true, now);
    auto closed_forms = Forms(conn, closed, amur, now, now);
    std::vector<std::vector<monitoring::AnswerFact>> closed_facts;
    for (auto form : closed_forms) {
      double p = strength();
      std::vector<monitoring::AnswerFact> facts;
      for (const auto& i : indicators) {
        bool met = unit(rng) < (i.additional ? p / 4 : p);
        bool corrected = met && unit(rng) < 0.05;
        answers.push_back(Answer(form, i, "accepted", met, "https://mms" + std::to_string(form) + ".amur.ru", now,
                                 corrected ? "Приложите приказ об утверждении" : nullptr, false));
        facts.push_back({met, true});
      }
      closed_facts.push_back(std::move(facts));
    }
    // Their recommendations, one per deficit, some already in progress.
    std::vector<std::vector<Value>> recs;
    monitoring::Catalog shape;
    shape.criteria.push_back({1, "", {}});
    for (const auto& i : indicators)
      shape.criteria[0].indicators.push_back({i.number, i.area, i.title, i.points, i.additional, i.id});
    for (std::size_t f = 0; f < closed_forms.size(); ++f) {
      auto score = monitoring::ScoreForm(shape, closed_facts[f]);
      for (int k : score.deficits) {
        double u = unit(rng);
        recs.push_back({Of(closed_forms[f]), Of(indicators[k].id),
                        Of(monitoring::DefaultRecommendation(shape.criteria[0].indicators[k])),
                        Of(u < 0.5   ? "new"
                           : u < 0.8 ? "in_progress"
                                     : "done"),
                        Of(""), Of(now)});
      }
    }
    conn.BulkInsert("monitoring_recommendations",
                    {"form_id", "indicator_id", "text", "status", "status_note", "updated_at"}, recs);

    // This year: open from June to a month from today, forms in every state of the review.
    auto open = Campaign(conn, region_id, catalog, today.year, {today.year, 6, 1}, today.AddDays(30), false, now);
    auto open_forms = Forms(conn, open, amur, now, "");
    for (std::size_t f = 0; f < open_forms.size(); ++f) {
      auto form = open_forms[f];
      int mode = static_cast<int>(f % 5);  // 0 not started, 1 drafts, 2 submitted, 3 returned, 4 accepted
      // The demo coordinators' municipalities (the first two) show a form under review with one returned item.
      if (f < 2) mode = 3;
      if (mode == 0) continue;
      double p = strength();
      std::size_t filled = mode == 1 ? indicators.size() / 3 : indicators.size();
      for (std::size_t k = 0; k < filled; ++k) {
        const auto& i = indicators[k];
        bool met = unit(rng) < (i.additional ? p / 4 : p);
        const char* state = mode == 1 ? "draft" : mode == 2 ? "submitted" : "accepted";
        const char* message = nullptr;
        if (mode == 3 && (k == 0 || (k % 7 == 3))) {
          state = k == 0 ? "returned" : "submitted";
          if (k == 0) {
            message = "Приложите утверждённое положение о муниципальной методической службе";
            met = true;
          }
        }
        answers.push_back(Answer(form, i, state, met, "https://mms" + std::to_string(form) + ".amur.ru", now, message));
      }
      if (mode >= 2) conn.Execute("UPDATE monitoring_forms SET submitted_at = ? WHERE id = ?", {Of(now), Of(form)});
    }
    flush();

    if (national) {
      // A national campaign of last year over every municipality of the country, closed and scored.
      std::vector<std::pair<std::int64_t, std::int64_t>> all;
      conn.QueryEach("SELECT id, region_id FROM municipalities ORDER BY region_id, sort_key", std::vector<Value>{},
                     [&](const storage::RowView& r) { all.emplace_back(r.Int(0), r.Int(1)); });
      auto national_campaign = Campaign(conn, std::nullopt, catalog, last, {last, 6, 1}, {last, 6, 30}, true, now);
      auto forms = Forms(conn, national_campaign, all, now, now);
      for (auto form : forms) {
        double p = strength();
        for (const auto& i : indicators) {
          bool met = unit(rng) < (i.additional ? p / 4 : p);
          answers.push_back(Answer(form, i, "accepted", met, "https://mms" + std::to_string(form) + ".ru", now));
        }
        if (answers.size() > 50000) flush();
      }
      flush();
      progress << "  национальный мониторинг " << last << " года: муниципальных образований " << forms.size() << "\n";
    }
    audit::AuditEntry entry;
    entry.actor_login = "demo";
    entry.action = "demo";
    entry.object_type = "monitoring_campaign";
    entry.object_id = open;
    entry.path = {region_id, {}, {}, {}};
    entry.ip = "127.0.0.1";
    entry.request_id = "demo";
    entry.detail = "Демонстрационный мониторинг ММС: " + std::to_string(last) + " (закрыт) и " +
                   std::to_string(today.year) + " (идёт сбор), ответов " + std::to_string(answer_rows);
    audit::MakeSqlAuditTrail(conn, app.clock())->Record(std::move(entry));
    progress << "  мониторинг ММС: " << amur.size() << " муниципальных образований, ответов " << answer_rows << "\n"
             << std::flush;
  });
}

}  // namespace metodset::demo
