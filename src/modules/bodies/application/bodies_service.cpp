// Use cases of collegial bodies: list, card, create, members, sessions, attendance, votes, decisions, protocol,
// compliance (docs/api/BODIES.md).
#include "modules/bodies/application/bodies_service.hpp"

#include <algorithm>
#include <set>

#include "modules/bodies/application/access_rules.hpp"
#include "platform/core/text.hpp"
#include "platform/office/docx_writer.hpp"

namespace metodset::bodies {

namespace rules {

core::DomainError BodyNotFound() { return core::NotFound("Коллегиальный орган не найден"); }
core::DomainError SessionNotFound() { return core::NotFound("Заседание не найдено"); }

bool IsMember(const core::Principal& p, const BodyRecord& body, const core::Date& today) {
  if (!p.person_id) return false;
  return std::any_of(body.members.begin(), body.members.end(),
                     [&](const MemberRecord& m) { return m.person_id == *p.person_id && m.ActiveOn(today); });
}

bool Reads(const core::Principal& p, const BodyRecord& body, const core::Date& today) {
  return p.Reaches(body.place.Path(), access::kKeepers) || IsMember(p, body, today);
}

}  // namespace rules

namespace {

std::optional<std::string> DateText(const std::optional<core::Date>& d) {
  return d ? std::optional<std::string>(d->Iso()) : std::nullopt;
}

const KindProfile* ProfileOf(const BodyRecord& body) {
  const auto* preset = FindPreset(body.preset);
  return preset ? preset->Find(body.kind) : nullptr;
}

// Active voting members on a date.
int VotingMembers(const std::vector<MemberRecord>& members, const core::Date& on) {
  return static_cast<int>(std::count_if(members.begin(), members.end(),
                                        [&](const MemberRecord& m) { return m.ActiveOn(on) && Votes(m.role); }));
}

core::Result<std::string> CleanName(const std::string& name, const char* field, const char* what) {
  auto clean = core::NormaliseSpaces(name);
  if (clean.empty())
    return core::ValidationError(field, std::string("Укажите ") + what, std::string(field) + "_required");
  if (clean.size() > 500) return core::ValidationError(field, "Слишком длинное значение (не более 500 символов)");
  return clean;
}

}  // namespace

// ---- bodies ----

core::Result<BodyPage> BodiesService::List(const core::Actor& actor, const BodyFilter& filter) {
  if (!actor.principal) return core::Unauthenticated();
  const auto scope = core::ScopeFilterFor(*actor.principal, access::kKeepers);
  BodyPage page;
  if (scope.Empty() && !actor.principal->person_id) return page;
  const auto today = clock_.Today();
  storage_.Read([&](BodiesStore& store) { store.ListBodies(filter, scope, actor.principal->person_id, today, page); });
  return page;
}

core::Result<BodyCard> BodiesService::Get(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<BodyRecord> body;
  std::vector<core::Date> session_dates;
  bool renewed = true;
  const auto today = clock_.Today();
  storage_.Read([&](BodiesStore& store) {
    body = store.FindBody(id);
    if (body) {
      auto sessions = store.ListSessions(id);
      body->sessions_count = static_cast<std::int64_t>(sessions.size());
      if (!sessions.empty()) body->last_session_on = sessions.front().held_on;
      for (const auto& s : sessions) session_dates.push_back(s.held_on);
      if (body->year < today.year) renewed = store.HasSuccessor(*body, today.year);
    }
  });
  if (!body || !rules::Reads(*actor.principal, *body, today)) return rules::BodyNotFound();
  BodyCard card;
  card.profile = ProfileOf(*body);
  body->members_count = VotingMembers(body->members, today);
  if (card.profile) {
    ComplianceFacts facts{today.year, today, body->established_on, static_cast<int>(body->members_count),
                          std::move(session_dates)};
    facts.renewed = renewed;
    facts.previous_year_body = body->year == today.year - 1;
    card.issues = CheckCompliance(*card.profile, facts).issues;
  }
  card.body = std::move(*body);
  return card;
}

core::Result<BodyCard> BodiesService::Create(const core::Actor& actor, const BodyDraft& draft) {
  if (!actor.principal && actor.system_name.empty()) return core::Unauthenticated();
  if (!draft.kind) return core::ValidationError("kind", "Укажите вид коллегиального органа", "kind_required");
  const auto* preset = FindPreset(draft.preset);
  if (!preset) {
    return core::ValidationError("preset",
                                 "Неизвестный профиль положения; допустимы nazarovo-council, zdvinsk-mmo, "
                                 "amur-subject-association, amur-young-teachers",
                                 "preset_unknown");
  }
  if (!preset->Find(*draft.kind)) {
    return core::ValidationError(
        "kind",
        "Положение «" + preset->title + "» не устанавливает правил для вида «" + std::string(Title(*draft.kind)) + "»",
        "kind_not_in_preset");
  }
  auto name = CleanName(draft.name, "name", "наименование органа");
  if (!name) return name.error();
  const Level level = LevelOf(*draft.kind);
  if (level == Level::kSchool && !draft.organisation_id) {
    return core::ValidationError("organisation_id", "Укажите образовательную организацию", "place_required");
  }
  if (level == Level::kMunicipal && !draft.municipality_id && !draft.organisation_id) {
    return core::ValidationError("municipality_id", "Укажите муниципальное образование", "place_required");
  }
  const auto today = clock_.Today();
  const auto now = core::FormatTimestamp(clock_.Now());
  std::int64_t id = 0;
  auto done = storage_.Transact([&](BodiesStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    BodyRecord body;
    if (draft.municipality_id || draft.organisation_id) {
      auto place = store.PlaceOf(draft.organisation_id ? std::nullopt : draft.municipality_id, draft.organisation_id);
      if (!place) return core::NotFound("Муниципальное образование или организация не найдены");
      body.place = *place;
    } else {
      std::optional<std::int64_t> region = draft.region_id;
      if (!region && actor.principal) {
        for (const auto& g : actor.principal->grants) {
          if (g.role == core::Role::kRegionalAdmin && g.scope.kind == core::ScopeKind::kRegion) region = g.scope.id;
        }
      }
      if (!region) return core::NotFound("Региональный орган может создать только региональный администратор");
      body.place.region_id = *region;
    }
    std::optional<core::Grant> grant;
    if (actor.principal) {
      grant = actor.principal->GrantFor(body.place.Path(), access::kKeepers);
      if (!grant) return core::NotFound("Муниципальное образование или организация не найдены");
    }
    body.kind = *draft.kind;
    body.preset = preset->code;
    body.name = *name;
    if (draft.subject) {
      auto subject = core::NormaliseSpaces(*draft.subject);
      if (!subject.empty()) {
        if (!store.SubjectKnown(subject)) {
          return core::ValidationError("subject", "Неизвестный предмет: укажите код из справочника предметов",
                                       "subject_unknown");
        }
        body.subject = subject;
      }
    }
    body.year = draft.year.value_or(today.year);
    if (body.year < 2000 || body.year > 2100) return core::ValidationError("year", "Год от 2000 до 2100");
    body.established_on = draft.established_on.value_or(core::Date{body.year, 1, 1});
    id = store.InsertBody(body, now);
    auto entry = audit::EntryFor(actor, "create", "body", id, body.place.Path(), grant);
    audit::ChangeSet changes;
    changes.Created("kind", std::string(Code(body.kind)));
    changes.Created("preset", body.preset);
    changes.Created("name", body.name);
    changes.Created("year", std::to_string(body.year));
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  if (!actor.principal) {
    BodyCard card;
    storage_.Read([&](BodiesStore& store) { card.body = *store.FindBody(id); });
    card.profile = ProfileOf(card.body);
    return card;
  }
  return Get(actor, id);
}

namespace {
// Reads the body for a write: 404 outside the scope, 403 for a member who does not keep it.
core::Result<std::pair<BodyRecord, core::Grant>> BodyForWrite(BodiesStore& store, const core::Actor& actor,
                                                              std::int64_t id, const core::Date& today) {
  auto body = store.FindBody(id, true);
  if (!body || !rules::Reads(*actor.principal, *body, today)) return rules::BodyNotFound();
  auto grant = actor.principal->GrantFor(body->place.Path(), access::kKeepers);
  if (!grant) return core::Forbidden("Изменять состав и заседания органа может его куратор в управлении образованием");
  return std::pair{std::move(*body), *grant};
}
}  // namespace

core::Result<BodyCard> BodiesService::Update(const core::Actor& actor, std::int64_t id, const BodyDraft& draft) {
  if (!actor.principal) return core::Unauthenticated();
  auto name = CleanName(draft.name, "name", "наименование органа");
  if (!name) return name.error();
  const auto today = clock_.Today();
  const auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](BodiesStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto found = BodyForWrite(store, actor, id, today);
    if (!found) return found.error();
    auto& [body, grant] = *found;
    audit::ChangeSet changes;
    changes.Compare("name", body.name, *name);
    body.name = *name;
    if (draft.subject) {
      auto subject = core::NormaliseSpaces(*draft.subject);
      std::optional<std::string> next = subject.empty() ? std::nullopt : std::optional(subject);
      if (next && !store.SubjectKnown(*next)) {
        return core::ValidationError("subject", "Неизвестный предмет: укажите код из справочника предметов",
                                     "subject_unknown");
      }
      changes.Compare("subject", body.subject, next);
      body.subject = next;
    }
    if (draft.year) {
      if (*draft.year < 2000 || *draft.year > 2100) return core::ValidationError("year", "Год от 2000 до 2100");
      changes.Compare("year", std::to_string(body.year), std::to_string(*draft.year));
      body.year = *draft.year;
    }
    store.UpdateBody(body, now);
    auto entry = audit::EntryFor(actor, "update", "body", id, body.place.Path(), grant);
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return Get(actor, id);
}

namespace {
core::Result<void> CheckRoleFree(const BodyRecord& body, MemberRole role, const core::Date& on,
                                 std::optional<std::int64_t> except) {
  if (role != MemberRole::kChair && role != MemberRole::kSecretary) return core::Ok{};
  for (const auto& m : body.members) {
    if (m.role == role && m.ActiveOn(on) && m.id != except.value_or(0)) {
      return core::Conflict("role_taken",
                            std::string(role == MemberRole::kChair ? "Председатель (руководитель)" : "Секретарь") +
                                " уже назначен: " + m.full_name + "; сначала завершите его полномочия",
                            "role");
    }
  }
  return core::Ok{};
}
}  // namespace

core::Result<BodyCard> BodiesService::AddMember(const core::Actor& actor, std::int64_t body_id,
                                                const MemberDraft& draft) {
  if (!actor.principal) return core::Unauthenticated();
  if (!draft.role) {
    return core::ValidationError("role", "Роль: chair, deputy, secretary, curator, member или advisory",
                                 "role_unknown");
  }
  const auto today = clock_.Today();
  auto done = storage_.Transact([&](BodiesStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto found = BodyForWrite(store, actor, body_id, today);
    if (!found) return found.error();
    auto& [body, grant] = *found;
    auto person = store.FindPerson(draft.person_id);
    const bool regional = !body.place.municipality_id;
    if (!person || (!actor.principal->Reaches(person->place.Path(), access::kKeepers) &&
                    !(regional && person->place.region_id == body.place.region_id))) {
      return core::ValidationError("person_id", "Педагог не найден в реестре вашей территории", "person_not_found");
    }
    MemberRecord m;
    m.body_id = body_id;
    m.person_id = person->id;
    m.full_name = person->full_name;
    m.role = *draft.role;
    m.starts_on = draft.starts_on.value_or(std::max(today, body.established_on));
    m.ends_on = draft.ends_on;
    if (m.ends_on && *m.ends_on < m.starts_on) {
      return core::ValidationError("ends_on", "Окончание полномочий раньше их начала");
    }
    for (const auto& other : body.members) {
      if (other.person_id == m.person_id && (!other.ends_on || *other.ends_on >= m.starts_on)) {
        return core::Conflict("already_member", person->full_name + " уже входит в состав органа", "person_id");
      }
    }
    if (auto free = CheckRoleFree(body, m.role, m.starts_on, std::nullopt); !free) return free.error();
    // 003 §App3 3.10: «Состав Совета Ассоциации формируется из руководителей муниципальных методических
    // объединений учителей-предметников» — a voting member must head a municipal union on the start date.
    if (body.kind == BodyKind::kAssociationCouncil && Votes(m.role) &&
        !store.HeadsMunicipalUnion(m.person_id, m.starts_on)) {
      return core::ValidationError("person_id",
                                   person->full_name +
                                       " не руководит муниципальным методическим объединением: совет ассоциации "
                                       "формируется из руководителей ММО (п. 3.10 приложения 3)",
                                   "not_union_head");
    }
    m.id = store.InsertMember(m);
    auto entry = audit::EntryFor(actor, "create", "body_member", m.id, body.place.Path(), grant);
    audit::ChangeSet changes;
    changes.Created("body", body.name);
    changes.Created("person", m.full_name);
    changes.Created("role", std::string(Code(m.role)));
    changes.Created("starts_on", m.starts_on.Iso());
    changes.Created("ends_on", DateText(m.ends_on));
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return Get(actor, body_id);
}

core::Result<BodyCard> BodiesService::UpdateMember(const core::Actor& actor, std::int64_t body_id,
                                                   std::int64_t member_id, const MemberDraft& draft) {
  if (!actor.principal) return core::Unauthenticated();
  if (!draft.role) {
    return core::ValidationError("role", "Роль: chair, deputy, secretary, curator, member или advisory",
                                 "role_unknown");
  }
  const auto today = clock_.Today();
  auto done = storage_.Transact([&](BodiesStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto found = BodyForWrite(store, actor, body_id, today);
    if (!found) return found.error();
    auto& [body, grant] = *found;
    auto it = std::find_if(body.members.begin(), body.members.end(),
                           [&](const MemberRecord& m) { return m.id == member_id; });
    if (it == body.members.end()) return core::NotFound("Член органа не найден");
    MemberRecord m = *it;
    audit::ChangeSet changes;
    changes.Compare("role", std::string(Code(m.role)), std::string(Code(*draft.role)));
    m.role = *draft.role;
    if (draft.starts_on) {
      changes.Compare("starts_on", m.starts_on.Iso(), draft.starts_on->Iso());
      m.starts_on = *draft.starts_on;
    }
    changes.Compare("ends_on", DateText(m.ends_on), DateText(draft.ends_on));
    m.ends_on = draft.ends_on;
    if (m.ends_on && *m.ends_on < m.starts_on) {
      return core::ValidationError("ends_on", "Окончание полномочий раньше их начала");
    }
    if (auto free = CheckRoleFree(body, m.role, std::max(today, m.starts_on), m.id); !free) return free.error();
    store.UpdateMember(m);
    auto entry = audit::EntryFor(actor, "update", "body_member", m.id, body.place.Path(), grant);
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return Get(actor, body_id);
}

core::Result<BodyCard> BodiesService::EndMember(const core::Actor& actor, std::int64_t body_id, std::int64_t member_id,
                                                std::optional<core::Date> on) {
  if (!actor.principal) return core::Unauthenticated();
  const auto today = clock_.Today();
  auto done = storage_.Transact([&](BodiesStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto found = BodyForWrite(store, actor, body_id, today);
    if (!found) return found.error();
    auto& [body, grant] = *found;
    auto it = std::find_if(body.members.begin(), body.members.end(),
                           [&](const MemberRecord& m) { return m.id == member_id; });
    if (it == body.members.end()) return core::NotFound("Член органа не найден");
    MemberRecord m = *it;
    // The membership ends before `on`: its last day is the day before. One that had not begun by then is removed
    // (a mistaken entry), unless the member was marked present at a session.
    const auto end = on.value_or(today);
    audit::ChangeSet changes;
    if (end <= m.starts_on) {
      if (store.MemberAttended(m.id)) {
        return core::Conflict("member_attended",
                              m.full_name + " уже отмечен(а) на заседании: полномочия можно прекратить только после " +
                                  m.starts_on.Russian(),
                              "on");
      }
      store.DeleteMember(m.id);
      changes.Deleted("person", m.full_name);
    } else {
      changes.Compare("ends_on", DateText(m.ends_on), end.AddDays(-1).Iso());
      m.ends_on = end.AddDays(-1);
      store.UpdateMember(m);
    }
    auto entry = audit::EntryFor(actor, "end", "body_member", m.id, body.place.Path(), grant);
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return Get(actor, body_id);
}

// ---- sessions ----

core::Result<std::vector<SessionRecord>> BodiesService::Sessions(const core::Actor& actor, std::int64_t body_id) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<BodyRecord> body;
  std::vector<SessionRecord> sessions;
  storage_.Read([&](BodiesStore& store) {
    body = store.FindBody(body_id);
    if (body) sessions = store.ListSessions(body_id);
  });
  if (!body || !rules::Reads(*actor.principal, *body, clock_.Today())) return rules::BodyNotFound();
  return sessions;
}

core::Result<SessionCard> BodiesService::SessionCardOf(BodiesStore& store, std::int64_t id) {
  auto session = store.FindSession(id);
  if (!session) return rules::SessionNotFound();
  auto body = store.FindBody(session->body_id);
  if (!body) return rules::SessionNotFound();
  SessionCard card;
  card.profile = ProfileOf(*body);
  if (!card.profile)
    return core::DomainError{core::ErrorKind::kInternal, "profile_unknown", "Профиль органа неизвестен", {}};
  for (const auto& m : body->members) {
    if (m.ActiveOn(session->held_on)) card.members.push_back(m);
  }
  const int members = VotingMembers(body->members, session->held_on);
  int present = 0;
  for (const auto& m : card.members) {
    if (Votes(m.role) && std::find(session->present.begin(), session->present.end(), m.id) != session->present.end()) {
      ++present;
    }
  }
  card.quorum = Quorum(*card.profile, members, present);
  card.body = std::move(*body);
  card.session = std::move(*session);
  return card;
}

core::Result<SessionCard> BodiesService::GetSession(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<core::Result<SessionCard>> card;
  storage_.Read([&](BodiesStore& store) { card = SessionCardOf(store, id); });
  if (!*card) return card->error();
  if (!rules::Reads(*actor.principal, (*card)->body, clock_.Today())) return rules::SessionNotFound();
  return std::move(**card);
}

core::Result<SessionCard> BodiesService::CreateSession(const core::Actor& actor, std::int64_t body_id,
                                                       const core::Date& held_on, std::optional<std::string> title,
                                                       std::optional<std::string> place) {
  if (!actor.principal) return core::Unauthenticated();
  const auto today = clock_.Today();
  std::int64_t id = 0;
  auto done = storage_.Transact([&](BodiesStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto found = BodyForWrite(store, actor, body_id, today);
    if (!found) return found.error();
    auto& [body, grant] = *found;
    if (held_on < body.established_on) {
      return core::ValidationError(
          "held_on", "Заседание не может быть раньше создания органа (" + body.established_on.Russian() + ")");
    }
    SessionRecord s;
    s.body_id = body_id;
    s.held_on = held_on;
    if (title) {
      auto t = core::NormaliseSpaces(*title);
      if (!t.empty()) s.title = t;
    }
    if (place) {
      auto p = core::NormaliseSpaces(*place);
      if (!p.empty()) s.place = p;
    }
    s.number = store.NextSessionNumber(body_id, held_on.year);
    id = store.InsertSession(s);
    auto entry = audit::EntryFor(actor, "create", "body_session", id, body.place.Path(), grant);
    audit::ChangeSet changes;
    changes.Created("body", body.name);
    changes.Created("number", std::to_string(s.number));
    changes.Created("held_on", held_on.Iso());
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return GetSession(actor, id);
}

core::Result<SessionCard> BodiesService::WriteSession(
    const core::Actor& actor, std::int64_t id,
    const std::function<core::Result<void>(BodiesStore&, SessionCard&, audit::AuditTrail&, const core::Grant&)>& work) {
  if (!actor.principal) return core::Unauthenticated();
  const auto today = clock_.Today();
  auto done = storage_.Transact([&](BodiesStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto peek = store.FindSession(id);
    if (!peek) return rules::SessionNotFound();
    // Lock the body first: writes of one body's sessions run one after another.
    auto found = BodyForWrite(store, actor, peek->body_id, today);
    if (!found) return found.error().kind == core::ErrorKind::kNotFound ? rules::SessionNotFound() : found.error();
    auto card = SessionCardOf(store, id);
    if (!card) return card.error();
    return work(store, *card, trail, found->second);
  });
  if (!done) return done.error();
  return GetSession(actor, id);
}

core::Result<SessionCard> BodiesService::SetAttendance(const core::Actor& actor, std::int64_t id,
                                                       const std::vector<std::int64_t>& present) {
  return WriteSession(
      actor, id,
      [&](BodiesStore& store, SessionCard& card, audit::AuditTrail& trail,
          const core::Grant& grant) -> core::Result<void> {
        for (const auto& item : card.session.items) {
          if (item.vote) {
            return core::Conflict("votes_recorded", "Голосование уже проведено: состав присутствующих изменить нельзя",
                                  "present");
          }
        }
        std::set<std::int64_t> ids(present.begin(), present.end());
        for (auto mid : ids) {
          if (std::none_of(card.members.begin(), card.members.end(),
                           [&](const MemberRecord& m) { return m.id == mid; })) {
            return core::ValidationError("present",
                                         "Член органа " + std::to_string(mid) + " не входит в состав на дату заседания",
                                         "member_not_in_body");
          }
        }
        std::vector<std::int64_t> list(ids.begin(), ids.end());
        store.SetAttendance(card.session.id, list);
        auto entry =
            audit::EntryFor(actor, "attendance", "body_session", card.session.id, card.body.place.Path(), grant);
        audit::ChangeSet changes;
        changes.Compare("present", std::to_string(card.session.present.size()), std::to_string(list.size()));
        entry.changes = changes.Take();
        trail.Record(std::move(entry));
        return core::Ok{};
      });
}

core::Result<SessionCard> BodiesService::AddItem(const core::Actor& actor, std::int64_t id, const std::string& title,
                                                 DecisionKind kind, std::optional<std::string> proposal) {
  auto clean = CleanName(title, "title", "вопрос повестки");
  if (!clean) return clean.error();
  return WriteSession(actor, id,
                      [&](BodiesStore& store, SessionCard& card, audit::AuditTrail& trail,
                          const core::Grant& grant) -> core::Result<void> {
                        ItemRecord item;
                        item.session_id = card.session.id;
                        item.number = static_cast<int>(card.session.items.size()) + 1;
                        item.title = *clean;
                        item.decision_kind = kind;
                        if (proposal) {
                          auto p = core::NormaliseSpaces(*proposal);
                          if (!p.empty()) item.proposal = p;
                        }
                        item.id = store.InsertItem(item);
                        auto entry = audit::EntryFor(actor, "item", "body_session", card.session.id,
                                                     card.body.place.Path(), grant);
                        audit::ChangeSet changes;
                        changes.Created("item", std::to_string(item.number) + ". " + item.title);
                        changes.Created("decision_kind", std::string(Code(kind)));
                        entry.changes = changes.Take();
                        trail.Record(std::move(entry));
                        return core::Ok{};
                      });
}

core::Result<void> BodiesService::VoteIn(BodiesStore& store, audit::AuditTrail& trail, const core::Actor& actor,
                                         SessionCard& card, ItemRecord item, const Vote& vote, const core::Grant& grant,
                                         std::int64_t& item_id) {
  if (item.vote) return core::Conflict("already_voted", "По этому вопросу голосование уже проведено", "item_id");
  if (auto ok = CheckDecision(*card.profile, item.decision_kind, card.quorum.members, card.quorum.present, vote); !ok) {
    return ok.error();
  }
  item.vote = vote;
  item.present_at_vote = card.quorum.present;
  item.members_at_vote = card.quorum.members;
  item.adopted = true;
  if (item.id == 0) {
    item.id = store.InsertItem(item);
  } else {
    store.UpdateItem(item);
  }
  item_id = item.id;
  auto entry = audit::EntryFor(actor, "vote", "body_session", card.session.id, card.body.place.Path(), grant);
  audit::ChangeSet changes;
  changes.Created("item", std::to_string(item.number) + ". " + item.title);
  changes.Created("vote", "за " + std::to_string(vote.for_votes) + ", против " + std::to_string(vote.against) +
                              ", воздержались " + std::to_string(vote.abstain));
  changes.Created("outcome", "adopted");
  entry.changes = changes.Take();
  trail.Record(std::move(entry));
  return core::Ok{};
}

core::Result<SessionCard> BodiesService::VoteItem(const core::Actor& actor, std::int64_t id, std::int64_t item_id,
                                                  const VoteInput& input) {
  return WriteSession(actor, id,
                      [&](BodiesStore& store, SessionCard& card, audit::AuditTrail& trail,
                          const core::Grant& grant) -> core::Result<void> {
                        auto it = std::find_if(card.session.items.begin(), card.session.items.end(),
                                               [&](const ItemRecord& i) { return i.id == item_id; });
                        if (it == card.session.items.end()) return core::NotFound("Вопрос повестки не найден");
                        ItemRecord item = *it;
                        if (input.decision) {
                          auto text = core::NormaliseSpaces(*input.decision);
                          if (!text.empty()) item.decision_text = text;
                        }
                        if (!item.decision_text && item.proposal) item.decision_text = item.proposal;
                        if (input.owner_person_id) {
                          auto owner = store.FindPerson(*input.owner_person_id);
                          if (!owner)
                            return core::ValidationError("owner_person_id", "Ответственный не найден",
                                                         "person_not_found");
                          item.owner_person_id = owner->id;
                        }
                        item.due_on = input.due_on;
                        std::int64_t stored = 0;
                        return VoteIn(store, trail, actor, card, item, input.vote, grant, stored);
                      });
}

core::Result<SessionCard> BodiesService::UpdateDecision(const core::Actor& actor, std::int64_t id, std::int64_t item_id,
                                                        const DecisionInput& input) {
  auto text = CleanName(input.text, "text", "текст решения");
  if (!text) return text.error();
  return WriteSession(
      actor, id,
      [&](BodiesStore& store, SessionCard& card, audit::AuditTrail& trail,
          const core::Grant& grant) -> core::Result<void> {
        auto it = std::find_if(card.session.items.begin(), card.session.items.end(),
                               [&](const ItemRecord& i) { return i.id == item_id; });
        if (it == card.session.items.end()) return core::NotFound("Вопрос повестки не найден");
        ItemRecord item = *it;
        if (!item.adopted) return core::Conflict("not_adopted", "Решение по вопросу ещё не принято", "item_id");
        audit::ChangeSet changes;
        changes.Compare("decision", item.decision_text, *text);
        item.decision_text = *text;
        if (input.owner_person_id) {
          auto owner = store.FindPerson(*input.owner_person_id);
          if (!owner) return core::ValidationError("owner_person_id", "Ответственный не найден", "person_not_found");
        }
        changes.Compare("owner_person_id",
                        item.owner_person_id ? std::optional(std::to_string(*item.owner_person_id)) : std::nullopt,
                        input.owner_person_id ? std::optional(std::to_string(*input.owner_person_id)) : std::nullopt);
        item.owner_person_id = input.owner_person_id;
        changes.Compare("due_on", DateText(item.due_on), DateText(input.due_on));
        item.due_on = input.due_on;
        if (input.done_on && *input.done_on < card.session.held_on) {
          return core::ValidationError("done_on", "Решение не может быть исполнено раньше заседания");
        }
        changes.Compare("done_on", DateText(item.done_on), DateText(input.done_on));
        item.done_on = input.done_on;
        store.UpdateItem(item);
        auto entry = audit::EntryFor(actor, "decision", "body_session", card.session.id, card.body.place.Path(), grant);
        entry.changes = changes.Take();
        trail.Record(std::move(entry));
        return core::Ok{};
      });
}

namespace {

office::DocxData ProtocolData(const SessionCard& card) {
  office::DocxData data;
  data.fields["body_name"] = card.body.name;
  data.fields["body_kind"] = std::string(Title(card.body.kind));
  data.fields["number"] = std::to_string(card.session.number);
  data.fields["date"] = card.session.held_on.Russian();
  data.fields["place"] = card.session.place.value_or("—");
  data.fields["title"] = card.session.title.value_or("Заседание");
  data.fields["quorum"] = card.quorum.text;
  std::string present, absent;
  for (const auto& m : card.members) {
    const bool here =
        std::find(card.session.present.begin(), card.session.present.end(), m.id) != card.session.present.end();
    std::string line = m.full_name + " (" + std::string(Title(m.role)) + ")";
    auto& to = here ? present : absent;
    if (!to.empty()) to += "\n";
    to += line;
  }
  data.fields["present"] = present.empty() ? "—" : present;
  data.fields["absent"] = absent.empty() ? "—" : absent;
  auto& items = data.tables["items"];
  for (const auto& i : card.session.items) {
    std::string vote = i.vote
                           ? "за — " + std::to_string(i.vote->for_votes) + ", против — " +
                                 std::to_string(i.vote->against) + ", воздержались — " + std::to_string(i.vote->abstain)
                           : "голосование не проводилось";
    std::string decision = i.adopted ? "Решение принято" : "Решение не принималось";
    if (i.decision_text) decision += ": " + *i.decision_text;
    if (!i.owner_name.empty()) decision += "\nОтветственный: " + i.owner_name;
    if (i.due_on) decision += "\nСрок: " + i.due_on->Russian();
    items.push_back({{"n", std::to_string(i.number)}, {"question", i.title}, {"vote", vote}, {"decision", decision}});
  }
  if (items.empty())
    items.push_back({{"n", "—"}, {"question", "Вопросы не рассматривались"}, {"vote", "—"}, {"decision", "—"}});
  auto& signatures = data.tables["signatures"];
  for (auto role : card.profile->signatures) {
    std::string name = "________________";
    for (const auto& m : card.members) {
      if (m.role == role) name = m.full_name;
    }
    signatures.push_back({{"sign_title", SignatureTitle(role, card.body.kind)}, {"sign_name", name}});
  }
  data.fields["signatures_section"] = SectionText(card.profile->signatures_section);
  return data;
}

}  // namespace

core::Result<std::string> BodiesService::ProtocolDocx(const core::Actor& actor, std::int64_t id) {
  auto card = GetSession(actor, id);
  if (!card) return card.error();
  return office::RenderDocx("body_protocol", ProtocolData(*card));
}

core::Result<SessionCard> BodiesService::RegisterProtocol(const core::Actor& actor, std::int64_t id) {
  auto card = GetSession(actor, id);
  if (!card) return card.error();
  auto grant = actor.principal->GrantFor(card->body.place.Path(), access::kKeepers);
  if (!grant) return core::Forbidden("Регистрировать протокол может куратор органа");
  auto bytes = office::RenderDocx("body_protocol", ProtocolData(*card));
  if (!bytes) return bytes.error();
  documents::Document doc;
  doc.kind = "protocol";
  doc.region_id = card->body.place.region_id;
  doc.municipality_id = card->body.place.municipality_id;
  doc.organisation_id = card->body.place.organisation_id;
  doc.number = std::to_string(card->session.number);
  doc.date = card->session.held_on;
  doc.title = "Протокол заседания: " + card->body.name;
  doc.issuer = card->body.name;
  doc.links = {{"body_session", card->session.id}};
  // The registry's own transaction keeps the document and its file together; the session then points at it.
  auto created = documents_.CreateWithFile(
      actor, doc,
      {"protocol-" + std::to_string(card->session.id) + ".docx",
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document", std::move(*bytes)});
  if (!created) return created.error();
  const auto document_id = created->id;
  return WriteSession(
      actor, id,
      [&](BodiesStore& store, SessionCard& c, audit::AuditTrail& trail, const core::Grant& g) -> core::Result<void> {
        store.SetProtocol(c.session.id, document_id);
        auto entry = audit::EntryFor(actor, "protocol", "body_session", c.session.id, c.body.place.Path(), g);
        audit::ChangeSet changes;
        changes.Compare("protocol_document_id",
                        c.session.protocol_document_id ? std::optional(std::to_string(*c.session.protocol_document_id))
                                                       : std::nullopt,
                        std::to_string(document_id));
        entry.changes = changes.Take();
        trail.Record(std::move(entry));
        return core::Ok{};
      });
}

// ---- compliance ----

core::Result<ComplianceReport> BodiesService::Compliance(const core::Actor& actor, std::optional<core::Scope> unit,
                                                         std::optional<int> year, std::optional<core::Date> on) {
  if (!actor.principal) return core::Unauthenticated();
  ComplianceReport report;
  report.on = on.value_or(clock_.Today());
  report.year = year.value_or(report.on.year);
  if (report.year < 2000 || report.year > 2100) return core::ValidationError("year", "Год от 2000 до 2100");
  if (!unit) {
    for (const auto& g : actor.principal->grants) {
      if (std::find(access::kKeepers.begin(), access::kKeepers.end(), g.role) != access::kKeepers.end() &&
          g.scope.kind != core::ScopeKind::kSelf) {
        unit = g.scope;
        break;
      }
    }
    if (!unit) return core::Forbidden("Сводка соблюдения доступна кураторам органов");
  }
  report.unit = *unit;
  if (unit->kind == core::ScopeKind::kAll) {
    const bool all = std::any_of(actor.principal->grants.begin(), actor.principal->grants.end(),
                                 [](const core::Grant& g) { return g.scope.kind == core::ScopeKind::kAll; });
    if (!all) return core::NotFound("Территория не найдена");
  }
  std::vector<ComplianceRow> rows;
  std::optional<bool> reachable;
  storage_.Read([&](BodiesStore& store) {
    if (unit->kind != core::ScopeKind::kAll) {
      std::optional<Place> place;
      if (unit->kind == core::ScopeKind::kMunicipality) place = store.PlaceOf(unit->id, std::nullopt);
      if (unit->kind == core::ScopeKind::kOrganisation) place = store.PlaceOf(std::nullopt, unit->id);
      if (unit->kind == core::ScopeKind::kRegion) place = Place{unit->id, {}, {}, {}, {}};
      reachable = place && actor.principal->Reaches(place->Path(), access::kKeepers);
      if (place && place->municipality_name) report.unit_name = *place->municipality_name;
      if (place && place->organisation_name) report.unit_name = *place->organisation_name;
      if (!*reachable) return;
    }
    rows = store.ComplianceRows(*unit, report.year, report.on);
  });
  if (reachable && !*reachable) return core::NotFound("Территория не найдена");
  report.bodies_total = static_cast<std::int64_t>(rows.size());
  for (auto& row : rows) {
    const auto* profile = ProfileOf(row.body);
    if (!profile) continue;
    ComplianceFacts facts{report.year, report.on, row.body.established_on, row.voting_members, std::move(row.sessions)};
    facts.renewed = row.renewed;
    facts.previous_year_body = row.body.year < report.year;
    auto c = CheckCompliance(*profile, facts);
    if (!c.issues.empty()) report.items.push_back({std::move(row.body), std::move(c)});
  }
  return report;
}

}  // namespace metodset::bodies
