// Use cases of associations (SPEC §9; 003 §App3 subject teachers, §App4 young teachers): applications with the
// consent of §App3 Прил. 2, admission and exclusion by the council's vote, withdrawal, territorial branches, the
// member registry and the numbered certificate (docs/api/BODIES.md "Associations").
#include <algorithm>
#include <set>

#include "modules/bodies/application/access_rules.hpp"
#include "modules/bodies/application/bodies_service.hpp"
#include "platform/core/text.hpp"
#include "platform/office/docx_writer.hpp"

namespace metodset::bodies {
namespace {

core::DomainError AssociationNotFound() { return core::NotFound("Ассоциация не найдена"); }

core::TerritoryPath RegionPath(std::int64_t region_id) { return {region_id, std::nullopt, std::nullopt, std::nullopt}; }

bool IsYoung(const AssociationRecord& a) { return a.kind == "young_teachers"; }

}  // namespace

core::Result<AssociationRecord> BodiesService::CreateAssociation(const core::Actor& actor, std::int64_t region_id,
                                                                 const std::string& kind, const std::string& name,
                                                                 std::optional<core::Date> established_on) {
  if (kind != "subject_teachers" && kind != "young_teachers") {
    return core::ValidationError("kind", "Вид ассоциации: subject_teachers или young_teachers");
  }
  std::optional<core::Grant> grant;
  if (actor.principal) {
    grant = actor.principal->GrantFor(RegionPath(region_id), access::kAssociationKeepers);
    if (!grant) return core::Forbidden("Ассоциации создаёт региональный администратор");
  }
  const bool young = kind == "young_teachers";
  const auto today = clock_.Today();
  const auto now = core::FormatTimestamp(clock_.Now());
  AssociationRecord a;
  auto done = storage_.Transact([&](BodiesStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    BodyRecord council;
    council.kind = young ? BodyKind::kYoungTeachersCouncil : BodyKind::kAssociationCouncil;
    council.preset = young ? "amur-young-teachers" : "amur-subject-association";
    council.name = "Совет: " + name;
    council.year = today.year;
    council.place.region_id = region_id;
    council.established_on = established_on.value_or(today);
    council.year = council.established_on.year;
    BodyRecord assembly = council;
    assembly.kind = young ? BodyKind::kYoungTeachersAssembly : BodyKind::kAssociationAssembly;
    assembly.name = (young ? "Собрание: " : "Общее собрание членов: ") + name;
    a.kind = kind;
    a.preset = council.preset;
    a.name = core::NormaliseSpaces(name);
    a.region_id = region_id;
    a.council_body_id = store.InsertBody(council, now);
    a.assembly_body_id = store.InsertBody(assembly, now);
    a.id = store.InsertAssociation(a);
    store.LinkBodyToAssociation(a.council_body_id, a.id);
    store.LinkBodyToAssociation(a.assembly_body_id, a.id);
    auto entry = audit::EntryFor(actor, "create", "association", a.id, RegionPath(region_id), grant);
    audit::ChangeSet changes;
    changes.Created("kind", kind);
    changes.Created("name", a.name);
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return a;
}

core::Result<std::vector<AssociationRecord>> BodiesService::Associations(const core::Actor& actor) {
  if (!actor.principal) return core::Unauthenticated();
  std::vector<AssociationRecord> list;
  const auto today = clock_.Today();
  storage_.Read([&](BodiesStore& store) { list = store.ListAssociations(today); });
  return list;
}

core::Result<AssociationCard> BodiesService::GetAssociation(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  AssociationCard card;
  bool found = false;
  const auto today = clock_.Today();
  storage_.Read([&](BodiesStore& store) {
    for (auto& a : store.ListAssociations(today)) {
      if (a.id == id) {
        card.association = std::move(a);
        found = true;
      }
    }
    if (found) card.branches = store.Branches(id, today);
  });
  if (!found) return AssociationNotFound();
  return card;
}

core::Result<std::vector<RegistryMember>> BodiesService::Registry(const core::Actor& actor, std::int64_t id,
                                                                  RegistryFilter filter) {
  if (!actor.principal) return core::Unauthenticated();
  filter.scope = core::ScopeFilterFor(*actor.principal, access::kKeepers);
  if (filter.scope.Empty()) return core::Forbidden("Реестр членов ассоциации доступен её кураторам");
  std::vector<RegistryMember> list;
  bool found = false;
  storage_.Read([&](BodiesStore& store) {
    found = store.FindAssociation(id).has_value();
    if (found) list = store.Registry(id, filter);
  });
  if (!found) return AssociationNotFound();
  return list;
}

core::Result<std::vector<ApplicationRecord>> BodiesService::Applications(const core::Actor& actor, std::int64_t id,
                                                                         std::optional<std::string> status) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<AssociationRecord> a;
  std::vector<ApplicationRecord> list;
  storage_.Read([&](BodiesStore& store) {
    a = store.FindAssociation(id);
    if (a) list = store.Applications(id, status);
  });
  if (!a) return AssociationNotFound();
  if (!actor.principal->Reaches(RegionPath(a->region_id), access::kAssociationKeepers)) {
    // An applicant sees her own applications.
    if (!actor.principal->person_id) return core::Forbidden("Заявления рассматривает совет ассоциации");
    std::erase_if(list, [&](const ApplicationRecord& r) { return r.person_id != *actor.principal->person_id; });
  }
  return list;
}

core::Result<ApplicationRecord> BodiesService::Apply(const core::Actor& actor, std::int64_t id,
                                                     const ApplicationDraft& draft) {
  if (!actor.principal) return core::Unauthenticated();
  const auto today = clock_.Today();
  ApplicationRecord app;
  auto done = storage_.Transact([&](BodiesStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto a = store.FindAssociation(id, true);
    if (!a) return AssociationNotFound();
    auto grant = actor.principal->GrantFor(RegionPath(a->region_id), access::kAssociationKeepers);
    const auto person_id = draft.person_id ? draft.person_id : actor.principal->person_id;
    if (!person_id) return core::ValidationError("person_id", "Укажите заявителя", "person_required");
    const bool own = actor.principal->person_id && *actor.principal->person_id == *person_id;
    if (!own && !grant) return core::Forbidden("Заявление подаёт сам педагог");
    auto person = store.FindPerson(*person_id);
    if (!person || person->place.region_id != a->region_id) {
      return core::ValidationError("person_id", "Педагог не найден в реестре региона", "person_not_found");
    }
    if (!draft.consent_on) {
      return core::ValidationError("consent_on",
                                   "Нужно согласие на обработку персональных данных (приложение 2 к положению об "
                                   "ассоциации учителей-предметников): укажите его дату",
                                   "consent_required");
    }
    app.applied_on = draft.applied_on.value_or(today);
    if (app.applied_on > today) return core::ValidationError("applied_on", "Дата заявления не может быть в будущем");
    if (*draft.consent_on > app.applied_on) {
      return core::ValidationError("consent_on", "Согласие не может быть датировано позже заявления",
                                   "consent_required");
    }
    if (IsYoung(*a)) {
      if (auto age = CheckYoungTeacherAge(person->birth_date, app.applied_on); !age) return age.error();
    } else {
      // 003 §App3 3.4: «на основании личного заявления … и рекомендации одного из членов Ассоциации».
      if (!draft.recommender_person_id) {
        return core::ValidationError("recommender_person_id",
                                     "Нужна рекомендация одного из членов ассоциации (п. 3.4 приложения 3)",
                                     "recommendation_required");
      }
      auto recommender = store.ActiveRegistryMember(id, *draft.recommender_person_id);
      if (!recommender) {
        return core::ValidationError("recommender_person_id",
                                     "Рекомендовать может только действующий член ассоциации (п. 3.4 приложения 3)",
                                     "recommendation_required");
      }
      app.recommender_person_id = draft.recommender_person_id;
    }
    if (store.ActiveRegistryMember(id, *person_id)) {
      return core::Conflict("already_member", person->full_name + " уже состоит в ассоциации", "person_id");
    }
    for (const auto& other : store.Applications(id, std::string("submitted"))) {
      if (other.person_id == *person_id) {
        return core::Conflict("application_pending", "Заявление этого педагога уже ждёт решения совета", "person_id");
      }
    }
    app.association_id = id;
    app.person_id = *person_id;
    app.full_name = person->full_name;
    app.consent_on = *draft.consent_on;
    if (draft.text) {
      auto t = core::NormaliseSpaces(*draft.text);
      if (!t.empty()) app.text = t;
    }
    app.status = "submitted";
    app.id = store.InsertApplication(app);
    auto entry = audit::EntryFor(actor, "create", "association_application", app.id, person->place.Path(), grant);
    audit::ChangeSet changes;
    changes.Created("association", a->name);
    changes.Created("person", person->full_name);
    changes.Created("applied_on", app.applied_on.Iso());
    changes.Created("consent_on", app.consent_on.Iso());
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  std::optional<ApplicationRecord> stored;
  storage_.Read([&](BodiesStore& store) { stored = store.FindApplication(app.id); });
  return stored ? *stored : app;
}

namespace {

// The council session of an association for a vote, or the error.
core::Result<void> CheckCouncilSession(const AssociationRecord& a, const SessionRecord& s) {
  if (s.body_id != a.council_body_id) {
    return core::ValidationError("session_id", "Решение принимает совет ассоциации: выберите заседание её совета",
                                 "session_not_of_council");
  }
  return core::Ok{};
}

}  // namespace

core::Result<AdmissionResult> BodiesService::Decide(const core::Actor& actor, std::int64_t id,
                                                    std::int64_t application_id, std::int64_t session_id,
                                                    const Vote& vote) {
  if (!actor.principal) return core::Unauthenticated();
  std::int64_t member_id = 0;
  auto done = storage_.Transact([&](BodiesStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto a = store.FindAssociation(id, true);
    if (!a) return AssociationNotFound();
    auto grant = actor.principal->GrantFor(RegionPath(a->region_id), access::kAssociationKeepers);
    if (!grant) return core::Forbidden("Решения о приёме принимает совет ассоциации");
    auto app = store.FindApplication(application_id);
    if (!app || app->association_id != id) return core::NotFound("Заявление не найдено");
    if (app->status != "submitted") {
      return core::Conflict("already_decided", "По заявлению уже принято решение", "application_id");
    }
    auto session = store.FindSession(session_id);
    if (!session) return core::ValidationError("session_id", "Заседание не найдено", "session_not_of_council");
    if (auto ok = CheckCouncilSession(*a, *session); !ok) return ok.error();
    auto card = SessionCardOf(store, session_id);
    if (!card) return card.error();
    if (session->held_on < app->applied_on) {
      return core::ValidationError("session_id", "Заседание совета раньше заявления");
    }
    if (store.ActiveRegistryMember(id, app->person_id)) {
      return core::Conflict("already_member", app->full_name + " уже состоит в ассоциации", "application_id");
    }
    auto person = store.FindPerson(app->person_id);
    // 003 §App4 5.2: under 35 at admission too, not only on the day of the application.
    if (IsYoung(*a)) {
      if (auto age = CheckYoungTeacherAge(person ? std::optional(person->birth_date) : std::nullopt, session->held_on);
          !age) {
        return age.error();
      }
    }
    ItemRecord item;
    item.session_id = session_id;
    item.number = static_cast<int>(card->session.items.size()) + 1;
    item.title = "О приёме в члены ассоциации: " + app->full_name;
    item.decision_kind = DecisionKind::kAdmission;
    item.decision_text = "Принять " + app->full_name + " в члены ассоциации";
    std::int64_t item_id = 0;
    if (auto voted = VoteIn(store, trail, actor, *card, item, vote, *grant, item_id); !voted) return voted.error();
    RegistryMember m;
    m.association_id = id;
    m.person_id = app->person_id;
    m.number = store.NextMemberNumber(id);
    m.admitted_on = session->held_on;
    m.consent_on = app->consent_on;
    m.status = "active";
    m.session_id = session_id;
    m.id = store.InsertRegistryMember(m);
    member_id = m.id;
    MemberRecord assembly_member;
    assembly_member.body_id = a->assembly_body_id;
    assembly_member.person_id = app->person_id;
    assembly_member.role = MemberRole::kMember;
    assembly_member.starts_on = session->held_on;
    store.InsertMember(assembly_member);
    app->status = "admitted";
    app->decided_on = session->held_on;
    app->session_id = session_id;
    app->member_id = m.id;
    store.UpdateApplication(*app);
    auto entry = audit::EntryFor(actor, "admit", "association_member", m.id,
                                 person ? person->place.Path() : RegionPath(a->region_id), grant);
    audit::ChangeSet changes;
    changes.Created("association", a->name);
    changes.Created("person", app->full_name);
    changes.Created("number", std::to_string(m.number));
    changes.Created("admitted_on", m.admitted_on.Iso());
    changes.Created("consent_on", m.consent_on.Iso());
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  AdmissionResult result;
  std::optional<core::Result<SessionCard>> card;
  storage_.Read([&](BodiesStore& store) {
    result.application = *store.FindApplication(application_id);
    result.member = *store.FindRegistryMember(member_id);
    card = SessionCardOf(store, session_id);
  });
  if (!*card) return card->error();
  result.session = std::move(**card);
  return result;
}

core::Result<RegistryMember> BodiesService::Exclude(const core::Actor& actor, std::int64_t id, std::int64_t member_id,
                                                    std::int64_t session_id, const Vote& vote,
                                                    const std::string& reason) {
  if (!actor.principal) return core::Unauthenticated();
  auto why = core::NormaliseSpaces(reason);
  if (why.empty()) return core::ValidationError("reason", "Укажите основание исключения", "reason_required");
  auto done = storage_.Transact([&](BodiesStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto a = store.FindAssociation(id, true);
    if (!a) return AssociationNotFound();
    auto grant = actor.principal->GrantFor(RegionPath(a->region_id), access::kAssociationKeepers);
    if (!grant) return core::Forbidden("Исключение решает совет ассоциации");
    auto m = store.FindRegistryMember(member_id);
    if (!m || m->association_id != id) return core::NotFound("Член ассоциации не найден");
    if (m->status != "active") return core::Conflict("not_active", "Членство уже прекращено", "member_id");
    auto session = store.FindSession(session_id);
    if (!session) return core::ValidationError("session_id", "Заседание не найдено", "session_not_of_council");
    if (auto ok = CheckCouncilSession(*a, *session); !ok) return ok.error();
    auto card = SessionCardOf(store, session_id);
    if (!card) return card.error();
    ItemRecord item;
    item.session_id = session_id;
    item.number = static_cast<int>(card->session.items.size()) + 1;
    item.title = "Об исключении из членов ассоциации: " + m->full_name;
    item.decision_kind = DecisionKind::kExclusion;
    item.decision_text = "Исключить " + m->full_name + " из членов ассоциации: " + why;
    std::int64_t item_id = 0;
    if (auto voted = VoteIn(store, trail, actor, *card, item, vote, *grant, item_id); !voted) return voted.error();
    m->status = "ended";
    m->ended_on = session->held_on;
    m->end_reason = "exclusion";
    store.UpdateRegistryMember(*m);
    for (auto body_id : {std::optional(a->assembly_body_id), m->branch_id}) {
      if (!body_id) continue;
      auto body = store.FindBody(*body_id);
      if (!body) continue;
      for (auto bm : body->members) {
        if (bm.person_id == m->person_id && !bm.ends_on) {
          bm.ends_on = std::max(bm.starts_on, session->held_on);
          store.UpdateMember(bm);
        }
      }
    }
    auto entry = audit::EntryFor(actor, "exclude", "association_member", m->id, m->place.Path(), grant);
    audit::ChangeSet changes;
    changes.Compare("status", std::string("active"), std::string("ended"));
    changes.Created("reason", why);
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  std::optional<RegistryMember> m;
  storage_.Read([&](BodiesStore& store) { m = store.FindRegistryMember(member_id); });
  return *m;
}

core::Result<RegistryMember> BodiesService::Withdraw(const core::Actor& actor, std::int64_t id, std::int64_t member_id,
                                                     std::optional<core::Date> on) {
  if (!actor.principal) return core::Unauthenticated();
  const auto today = clock_.Today();
  auto done = storage_.Transact([&](BodiesStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto a = store.FindAssociation(id, true);
    if (!a) return AssociationNotFound();
    auto grant = actor.principal->GrantFor(RegionPath(a->region_id), access::kAssociationKeepers);
    auto m = store.FindRegistryMember(member_id);
    if (!m || m->association_id != id) return core::NotFound("Член ассоциации не найден");
    const bool own = actor.principal->person_id && *actor.principal->person_id == m->person_id;
    if (!grant && !own) return core::Forbidden("Выйти из ассоциации может сам член по заявлению");
    if (m->status != "active") return core::Conflict("not_active", "Членство уже прекращено", "member_id");
    const auto end = on.value_or(today);
    if (end < m->admitted_on) return core::ValidationError("ended_on", "Дата выхода раньше приёма");
    m->status = "ended";
    m->ended_on = end;
    m->end_reason = "application";
    store.UpdateRegistryMember(*m);
    for (auto body_id : {std::optional(a->assembly_body_id), m->branch_id}) {
      if (!body_id) continue;
      auto body = store.FindBody(*body_id);
      if (!body) continue;
      for (auto bm : body->members) {
        if (bm.person_id == m->person_id && !bm.ends_on) {
          bm.ends_on = std::max(bm.starts_on, end);
          store.UpdateMember(bm);
        }
      }
    }
    auto entry = audit::EntryFor(actor, "withdraw", "association_member", m->id, m->place.Path(), grant);
    audit::ChangeSet changes;
    changes.Compare("status", std::string("active"), std::string("ended"));
    changes.Created("ended_on", end.Iso());
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  std::optional<RegistryMember> m;
  storage_.Read([&](BodiesStore& store) { m = store.FindRegistryMember(member_id); });
  return *m;
}

core::Result<BodyCard> BodiesService::CreateBranch(const core::Actor& actor, std::int64_t id,
                                                   const BranchDraft& draft) {
  if (!actor.principal) return core::Unauthenticated();
  const auto today = clock_.Today();
  const auto now = core::FormatTimestamp(clock_.Now());
  std::int64_t body_id = 0;
  auto done = storage_.Transact([&](BodiesStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto a = store.FindAssociation(id, true);  // locks: two branches of one municipality cannot race
    if (!a) return AssociationNotFound();
    auto grant = actor.principal->GrantFor(RegionPath(a->region_id), access::kAssociationKeepers);
    if (!grant) return core::Forbidden("Территориальные отделения создаёт совет ассоциации");
    if (!IsYoung(*a)) {
      return core::ValidationError("association_id",
                                   "Территориальные отделения есть только у ассоциации молодых "
                                   "педагогов",
                                   "branch_not_supported");
    }
    auto place = store.PlaceOf(draft.municipality_id, std::nullopt);
    if (!place || place->region_id != a->region_id) {
      return core::ValidationError("municipality_id", "Муниципальное образование не найдено");
    }
    const auto branches = store.Branches(id, today);
    const bool exists = std::any_of(branches.begin(), branches.end(), [&](const BodyRecord& b) {
      return b.place.municipality_id == draft.municipality_id;
    });
    std::set<std::int64_t> ids(draft.member_ids.begin(), draft.member_ids.end());
    if (auto ok = CheckBranch(static_cast<int>(ids.size()), exists, place->municipality_name.value_or("")); !ok) {
      return ok.error();
    }
    std::vector<RegistryMember> members;
    for (auto mid : ids) {
      auto m = store.FindRegistryMember(mid);
      if (!m || m->association_id != id || m->status != "active") {
        return core::ValidationError("member_ids", "Член ассоциации " + std::to_string(mid) + " не найден",
                                     "member_not_found");
      }
      if (m->place.municipality_id != draft.municipality_id) {
        return core::ValidationError(
            "member_ids",
            m->full_name + " работает не в муниципалитете «" + place->municipality_name.value_or("") + "»",
            "member_outside_municipality");
      }
      members.push_back(*m);
    }
    if (draft.head_member_id && !ids.contains(*draft.head_member_id)) {
      return core::ValidationError("head_member_id", "Руководитель отделения должен входить в его состав");
    }
    BodyRecord body;
    body.kind = BodyKind::kYoungTeachersBranch;
    body.preset = "amur-young-teachers";
    body.name = draft.name && !core::NormaliseSpaces(*draft.name).empty()
                    ? core::NormaliseSpaces(*draft.name)
                    : "Территориальное отделение (" + place->municipality_name.value_or("") + ")";
    body.year = today.year;
    body.place = *place;
    body.association_id = id;
    body.established_on = today;
    body_id = store.InsertBody(body, now);
    for (auto& m : members) {
      MemberRecord bm;
      bm.body_id = body_id;
      bm.person_id = m.person_id;
      bm.role = draft.head_member_id == m.id ? MemberRole::kChair : MemberRole::kMember;
      bm.starts_on = today;
      store.InsertMember(bm);
      m.branch_id = body_id;
      store.UpdateRegistryMember(m);
    }
    auto entry = audit::EntryFor(actor, "branch", "body", body_id, body.place.Path(), grant);
    audit::ChangeSet changes;
    changes.Created("association", a->name);
    changes.Created("name", body.name);
    changes.Created("members", std::to_string(members.size()));
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return Get(actor, body_id);
}

core::Result<std::string> BodiesService::CertificateDocx(const core::Actor& actor, std::int64_t id,
                                                         std::int64_t member_id) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<AssociationRecord> a;
  std::optional<RegistryMember> m;
  storage_.Read([&](BodiesStore& store) {
    a = store.FindAssociation(id);
    m = store.FindRegistryMember(member_id);
  });
  if (!a) return AssociationNotFound();
  if (!m || m->association_id != id) return core::NotFound("Член ассоциации не найден");
  const bool own = actor.principal->person_id && *actor.principal->person_id == m->person_id;
  if (!own && !actor.principal->Reaches(RegionPath(a->region_id), access::kAssociationKeepers)) {
    return core::NotFound("Член ассоциации не найден");
  }
  if (m->status != "active") return core::Conflict("not_active", "Членство прекращено: свидетельство не выдаётся");
  office::DocxData data;
  data.fields["association"] = a->name;
  data.fields["number"] = std::to_string(m->number);
  data.fields["full_name"] = m->full_name;
  data.fields["organisation"] = m->place.organisation_name.value_or("—");
  data.fields["admitted_on"] = m->admitted_on.Russian();
  data.fields["issued_on"] = clock_.Today().Russian();
  data.fields["section"] = IsYoung(*a) ? "п. 5.4 приложения 4" : "п. 3.4 приложения 3";
  return office::RenderDocx("association_certificate", data);
}

}  // namespace metodset::bodies
