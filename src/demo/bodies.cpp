// Demo collegial bodies (issue 6): in Amur oblast through the use cases (unions and a council with members,
// sessions with attendance, votes and decisions; both associations with members admitted by their councils);
// at the national scale a council and unions in every other municipality, bulk-written, for the compliance
// dashboard's benchmark.

#include "demo/bodies.hpp"

#include <map>
#include <ostream>
#include <random>
#include <stdexcept>

#include "composition.hpp"

namespace metodset::demo {
namespace {

template <typename T>
T Must(core::Result<T> result, const char* what) {
  if (!result) throw std::runtime_error(std::string("demo bodies: ") + what + ": " + result.error().message);
  return std::move(result).value();
}

// Persons of a municipality, by id; `young_after` keeps only those born after it.
std::vector<std::int64_t> PersonsOf(Application& app, std::int64_t municipality_id, std::size_t limit,
                                    std::optional<core::Date> born_after = std::nullopt) {
  std::vector<std::int64_t> ids;
  app.db().InSnapshot([&](storage::Connection& conn) {
    std::vector<storage::Value> params{storage::Of(municipality_id)};
    // Not the persons of demo users: the `teacher` sees only what the matrix expects of her.
    std::string sql =
        "SELECT id FROM persons WHERE municipality_id = ? AND id NOT IN (SELECT person_id FROM users WHERE person_id "
        "IS NOT NULL)";
    if (born_after) {
      sql += " AND birth_date > ?";
      params.push_back(storage::Of(born_after->Iso()));
    }
    sql += " ORDER BY id LIMIT ?";
    params.push_back(storage::Of(static_cast<std::int64_t>(limit)));
    conn.QueryEach(sql, params, [&](const storage::RowView& r) { ids.push_back(r.Int(0)); });
  });
  return ids;
}

core::Date Earlier(const core::Date& today, int months, int day) {
  auto d = today.AddMonths(-months);
  d.day = std::min(day, core::DaysInMonth(d.year, d.month));
  return d;
}

// A body with members: roles chair, deputy, secretary, then members.
bodies::BodyCard MakeBody(Application& app, const core::Actor& actor, bodies::BodyDraft draft,
                          const std::vector<std::int64_t>& persons, const core::Date& starts_on) {
  auto card = Must(app.bodies().Create(actor, draft), "body");
  for (std::size_t i = 0; i < persons.size(); ++i) {
    bodies::MemberDraft m;
    m.person_id = persons[i];
    m.role = i == 0   ? bodies::MemberRole::kChair
             : i == 1 ? bodies::MemberRole::kDeputy
             : i == 2 ? bodies::MemberRole::kSecretary
                      : bodies::MemberRole::kMember;
    m.starts_on = starts_on;
    card = Must(app.bodies().AddMember(actor, card.body.id, m), "member");
  }
  return card;
}

// A session where `present` of the voting members came; every item is voted unanimously by those present.
std::int64_t HoldSession(Application& app, const core::Actor& actor, const bodies::BodyCard& card, const core::Date& on,
                         std::size_t present, const std::vector<std::string>& items,
                         std::optional<core::Date> due = std::nullopt) {
  auto s = Must(app.bodies().CreateSession(actor, card.body.id, std::max(on, card.body.established_on),
                                           std::string("Заседание"), std::nullopt),
                "session");
  std::vector<std::int64_t> ids;
  for (const auto& m : s.members) {
    if (ids.size() < present) ids.push_back(m.id);
  }
  s = Must(app.bodies().SetAttendance(actor, s.session.id, ids), "attendance");
  for (const auto& title : items) {
    s = Must(app.bodies().AddItem(actor, s.session.id, title, bodies::DecisionKind::kOrdinary,
                                  "Принять к сведению и исполнению: " + title),
             "item");
    if (!s.quorum.reached) continue;
    bodies::VoteInput v;
    v.vote = {s.quorum.present, 0, 0};
    v.due_on = due;
    auto voted = app.bodies().VoteItem(actor, s.session.id, s.session.items.back().id, v);
    if (voted) s = std::move(*voted);
  }
  return s.session.id;
}

void AmurBodies(Application& app, const core::Actor& actor, std::int64_t region_id,
                const std::vector<std::int64_t>& municipalities, std::ostream& progress) {
  const auto today = app.clock().Today();
  const core::Date jan{today.year, 1, 10};
  auto draft = [&](bodies::BodyKind kind, const char* preset, std::string name, std::optional<std::int64_t> m,
                   std::optional<std::string> subject, int year) {
    bodies::BodyDraft d;
    d.kind = kind;
    d.preset = preset;
    d.name = std::move(name);
    d.municipality_id = m;
    d.subject = std::move(subject);
    d.year = year;
    d.established_on = core::Date{year, 1, 10};
    return d;
  };
  int made = 0;
  // Благовещенск: a union of mathematics teachers (quarterly sessions held), a union of physics teachers of
  // last year not renewed, the municipal methodological council one member short of ten.
  auto blg = PersonsOf(app, municipalities.at(0), 60);
  if (blg.size() >= 40) {
    auto math = MakeBody(app, actor,
                         draft(bodies::BodyKind::kMunicipalUnion, "zdvinsk-mmo", "ММО учителей математики",
                               municipalities[0], std::string("mathematics"), today.year),
                         {blg.begin(), blg.begin() + 8}, jan);
    HoldSession(app, actor, math, Earlier(today, 9, 20), 6, {"План работы ММО на год", "Выборы руководителя"});
    HoldSession(app, actor, math, Earlier(today, 6, 15), 5, {"Итоги региональных диагностических работ"},
                Earlier(today, 1, 28));
    HoldSession(app, actor, math, Earlier(today, 2, 12), 7,
                {"Открытые уроки в рамках недели математики", "Подготовка к олимпиаде"}, today.AddMonths(1));
    MakeBody(app, actor,
             draft(bodies::BodyKind::kMunicipalUnion, "zdvinsk-mmo", "ММО учителей физики", municipalities[0],
                   std::string("physics"), today.year - 1),
             {blg.begin() + 8, blg.begin() + 14}, core::Date{today.year - 1, 1, 10});
    auto council = MakeBody(
        app, actor,
        draft(bodies::BodyKind::kMunicipalCouncil, "nazarovo-council",
              "Муниципальный методический совет г. Благовещенска", municipalities[0], std::nullopt, today.year),
        {blg.begin() + 14, blg.begin() + 23}, jan);
    HoldSession(app, actor, council, Earlier(today, 8, 5), 6, {"Утверждение плана основных мероприятий"});
    made += 3;
  }
  // Белогорск: a union of Russian language teachers.
  auto blk = PersonsOf(app, municipalities.at(1), 20);
  if (blk.size() >= 6) {
    auto rus = MakeBody(app, actor,
                        draft(bodies::BodyKind::kMunicipalUnion, "zdvinsk-mmo", "ММО учителей русского языка",
                              municipalities[1], std::string("russian"), today.year),
                        {blk.begin(), blk.begin() + 6}, jan);
    HoldSession(app, actor, rus, Earlier(today, 4, 10), 4, {"Анализ результатов ОГЭ"});
    ++made;
  }
  // The associations: the subject teachers' council of the heads of municipal unions (003 §App3 3.10), the young
  // teachers' council and three members admitted by its vote.
  auto subject = Must(app.bodies().CreateAssociation(actor, region_id, "subject_teachers",
                                                     "Региональная ассоциация учителей-предметников",
                                                     core::Date{today.year - 1, 1, 10}),
                      "association");
  auto young = Must(app.bodies().CreateAssociation(actor, region_id, "young_teachers",
                                                   "Ассоциация молодых педагогов Амурской области",
                                                   core::Date{today.year - 1, 1, 10}),
                    "association");
  auto add_members = [&](std::int64_t body_id, const std::vector<std::int64_t>& persons, const core::Date& from) {
    for (std::size_t i = 0; i < persons.size(); ++i) {
      bodies::MemberDraft m;
      m.person_id = persons[i];
      m.role = i == 0   ? bodies::MemberRole::kChair
               : i == 1 ? bodies::MemberRole::kSecretary
                        : bodies::MemberRole::kMember;
      m.starts_on = from;
      Must(app.bodies().AddMember(actor, body_id, m), "council member");
    }
  };
  // The heads (chairs) of this year's municipal unions (003 §App3 3.10).
  std::vector<std::int64_t> heads;
  if (blg.size() >= 40) heads.push_back(blg[0]);
  if (blk.size() >= 6) heads.push_back(blk[0]);
  add_members(subject.council_body_id, heads, today);
  const core::Date born_after = today.AddMonths(-12 * 33);
  auto young_blg = PersonsOf(app, municipalities.at(0), 12, born_after);
  auto young_blk = PersonsOf(app, municipalities.at(1), 6, born_after);
  if (young_blg.size() >= 9) {
    add_members(young.council_body_id, {young_blg.begin(), young_blg.begin() + 5}, Earlier(today, 10, 1));
    auto council = Must(app.bodies().Get(actor, young.council_body_id), "council");
    auto session = HoldSession(app, actor, council, Earlier(today, 3, 14), 5, {"План мероприятий ассоциации"});
    for (std::size_t i = 5; i < 9; ++i) {
      bodies::ApplicationDraft a;
      a.person_id = young_blg[i];
      a.applied_on = Earlier(today, 4, 1);
      a.consent_on = a.applied_on;
      auto app_rec = Must(app.bodies().Apply(actor, young.id, a), "application");
      Must(app.bodies().Decide(actor, young.id, app_rec.id, session, {5, 0, 0}), "admission");
    }
    for (auto p : young_blk) {
      bodies::ApplicationDraft a;
      a.person_id = p;
      a.consent_on = today;
      Must(app.bodies().Apply(actor, young.id, a), "application");
      break;
    }
  }
  progress << "  коллегиальных органов: " << made << ", ассоциаций: 2\n" << std::flush;
}

// The national scale: in every municipality outside Amur oblast a council (7–12 members) and three unions of
// this year (4–10 members), one union of last year, with 0–4 sessions this year; written in bulk.
void NationalBodies(Application& app, std::int64_t amur_region_id, std::ostream& progress) {
  const auto today = app.clock().Today();
  std::mt19937_64 rnd(20261124);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rnd); };
  auto conn = app.db().Acquire();
  conn->Begin();
  try {
    // Persons of each municipality (the first 40 by id) and its region.
    std::map<std::int64_t, std::pair<std::int64_t, std::vector<std::int64_t>>> muni;
    conn->QueryEach(
        "SELECT p.municipality_id, p.region_id, p.id FROM persons p WHERE p.municipality_id IS NOT NULL AND "
        "p.region_id <> ? ORDER BY p.municipality_id, p.id",
        std::vector<storage::Value>{storage::Of(amur_region_id)}, [&](const storage::RowView& r) {
          auto& slot = muni[r.Int(0)];
          slot.first = r.Int(1);
          if (slot.second.size() < 40) slot.second.push_back(r.Int(2));
        });
    auto next_id = [&](const char* table) {
      return conn->Query(std::string("SELECT COALESCE(MAX(id), 0) FROM ") + table).rows.at(0).Int(0) + 1;
    };
    std::int64_t body_id = next_id("bodies"), member_id = next_id("body_members"),
                 session_id = next_id("body_sessions");
    std::vector<std::vector<storage::Value>> bodies, members, sessions, attendance;
    const std::string now = core::FormatTimestamp(app.clock().Now());
    using storage::Of;
    const char* subjects[] = {"mathematics", "russian", "physics", "history", "biology", "english"};
    for (const auto& [municipality_id, slot] : muni) {
      const auto& [region_id, persons] = slot;
      if (persons.size() < 30) continue;
      std::size_t cursor = 0;
      auto body = [&](const char* kind, const char* preset, std::string name, std::optional<std::string> subject,
                      int year, int size, int sessions_count) {
        const std::int64_t id = body_id++;
        bodies.push_back({Of(id), Of(kind), Of(preset), Of(std::move(name)), Of(subject), Of(year), Of(region_id),
                          Of(municipality_id), storage::Null(), storage::Null(), Of(core::Date{year, 1, 10}.Iso()),
                          Of(now), Of(now)});
        std::vector<std::int64_t> body_members;
        for (int i = 0; i < size && cursor < persons.size(); ++i, ++cursor) {
          const char* role = i == 0 ? "chair" : i == 1 ? "deputy" : i == 2 ? "secretary" : "member";
          members.push_back({Of(member_id), Of(id), Of(persons[cursor]), Of(role), Of(core::Date{year, 1, 10}.Iso()),
                             storage::Null(), Of(now)});
          body_members.push_back(member_id++);
        }
        for (int s = 0; s < sessions_count; ++s) {
          core::Date held{year, 1 + s * 3, pick(1, 28)};
          if (held > today) break;
          const std::int64_t sid = session_id++;
          sessions.push_back(
              {Of(sid), Of(id), Of(s + 1), Of(held.Iso()), Of("Заседание"), storage::Null(), storage::Null(), Of(now)});
          for (auto mid : body_members) {
            if (pick(0, 9) < 7) attendance.push_back({Of(sid), Of(mid)});
          }
        }
      };
      body("municipal_council", "nazarovo-council", "Муниципальный методический совет", std::nullopt, today.year,
           pick(7, 12), pick(1, 4));
      for (int u = 0; u < 3; ++u) {
        const char* subject = subjects[(municipality_id + u) % 6];
        body("municipal_union", "zdvinsk-mmo", std::string("ММО (") + subject + ")", std::string(subject), today.year,
             pick(4, 10), pick(0, 4));
      }
      body("municipal_union", "zdvinsk-mmo", "ММО прошлого года", std::string("chemistry"), today.year - 1, pick(4, 6),
           pick(2, 4));
    }
    conn->BulkInsert("bodies",
                     {"id", "kind", "preset", "name", "subject", "year", "region_id", "municipality_id",
                      "organisation_id", "association_id", "established_on", "created_at", "updated_at"},
                     bodies);
    conn->BulkInsert("body_members", {"id", "body_id", "person_id", "role", "starts_on", "ends_on", "created_at"},
                     members);
    conn->BulkInsert("body_sessions",
                     {"id", "body_id", "number", "held_on", "title", "place", "protocol_document_id", "created_at"},
                     sessions);
    conn->BulkInsert("body_attendance", {"session_id", "member_id"}, attendance);
    if (conn->backend() == storage::Backend::kPostgres) {
      for (const char* table : {"bodies", "body_members", "body_sessions"}) {
        conn->Query(std::string("SELECT setval(pg_get_serial_sequence('") + table + "', 'id'), (SELECT MAX(id) FROM " +
                    table + "))");
      }
    }
    conn->Commit();
    // Fresh statistics, so that the first dashboard after the load is planned on them, not on an empty table's.
    for (const char* table : {"bodies", "body_members", "body_sessions", "body_attendance"}) {
      conn->Execute(std::string("ANALYZE ") + table);
    }
    progress << "  коллегиальных органов по стране: " << bodies.size() << ", заседаний: " << sessions.size() << "\n"
             << std::flush;
  } catch (...) {
    if (conn->InTransaction()) conn->Rollback();
    throw;
  }
}

}  // namespace

void WriteDemoBodies(Application& app, const core::Actor& actor, std::int64_t region_id,
                     const std::vector<std::int64_t>& municipality_ids, bool national, std::ostream& progress) {
  progress << "Коллегиальные органы и ассоциации…\n" << std::flush;
  AmurBodies(app, actor, region_id, municipality_ids, progress);
  if (national) NationalBodies(app, region_id, progress);
}

}  // namespace metodset::demo
