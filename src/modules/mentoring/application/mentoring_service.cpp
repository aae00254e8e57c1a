// Use cases of mentoring pairs: list, card, propose, appoint, plan, reports, replace, complete, cancel.
#include "modules/mentoring/application/mentoring_service.hpp"

#include <algorithm>

#include "modules/mentoring/application/access_rules.hpp"
#include "modules/mentoring/application/pair_rules.hpp"
#include "modules/mentoring/application/registry_facts.hpp"
#include "platform/core/text.hpp"

namespace metodset::mentoring {
namespace {

std::optional<std::string> DateText(const std::optional<core::Date>& d) {
  return d ? std::optional<std::string>(d->Iso()) : std::nullopt;
}

}  // namespace

std::string_view Code(PairStatus status) {
  switch (status) {
    case PairStatus::kProposed:
      return "proposed";
    case PairStatus::kActive:
      return "active";
    case PairStatus::kCompleted:
      return "completed";
    case PairStatus::kReplaced:
      return "replaced";
    case PairStatus::kCancelled:
      return "cancelled";
  }
  return {};
}

std::string_view Label(PairStatus status) {
  switch (status) {
    case PairStatus::kProposed:
      return "предложена";
    case PairStatus::kActive:
      return "действует";
    case PairStatus::kCompleted:
      return "завершена";
    case PairStatus::kReplaced:
      return "наставник заменён";
    case PairStatus::kCancelled:
      return "отменена";
  }
  return {};
}

std::optional<PairStatus> ParsePairStatus(std::string_view code) {
  for (auto s : {PairStatus::kProposed, PairStatus::kActive, PairStatus::kCompleted, PairStatus::kReplaced,
                 PairStatus::kCancelled}) {
    if (Code(s) == code) return s;
  }
  return std::nullopt;
}

core::Result<PairPage> MentoringService::List(const core::Actor& actor, const PairFilter& filter) {
  if (!actor.principal) return core::Unauthenticated();
  const auto scope = core::ScopeFilterFor(*actor.principal, access::kKeepers);
  PairPage page;
  // A mentor and a mentee see their own pairs too (SPEC §1: the mentor keeps plans and reports).
  if (scope.Empty() && !actor.principal->person_id) return page;
  storage_.Read([&](MentoringStore& store) { store.List(filter, scope, actor.principal->person_id, page); });
  return page;
}

core::Result<PairCard> MentoringService::Get(const core::Actor& actor, std::int64_t id, std::optional<core::Date> on) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<PairRecord> pair;
  std::map<std::string, std::string> titles;
  storage_.Read([&](MentoringStore& store) {
    pair = store.Find(id);
    if (pair) titles = store.SubjectTitles();
  });
  // Outside the caller's scope a pair does not exist for her (ADR 0003): 404, not 403.
  if (!pair || !rules::Reads(*actor.principal, *pair)) return rules::PairNotFound();
  return CardOf(std::move(*pair), on.value_or(clock_.Today()), std::move(titles));
}

core::Result<PairCard> MentoringService::Card(std::int64_t id, const core::Date& on) {
  std::optional<PairRecord> pair;
  std::map<std::string, std::string> titles;
  storage_.Read([&](MentoringStore& store) {
    pair = store.Find(id);
    titles = store.SubjectTitles();
  });
  if (!pair) return rules::PairNotFound();
  return CardOf(std::move(*pair), on, std::move(titles));
}

PairCard MentoringService::CardOf(PairRecord record, const core::Date& on,
                                  std::map<std::string, std::string> titles) const {
  PairCard card;
  card.on = on;
  card.subject_titles = std::move(titles);
  const auto& p = record;
  if (p.replaces_id) {
    card.term_explanation = "Продолжение наставничества после замены наставника (пара № " +
                            std::to_string(*p.replaces_id) + "): с " + p.starts_on.Russian() + " по " +
                            p.ends_on.Russian();
  } else if (auto term = MentorshipTerm(profile_, p.category, p.hired_on, p.graduation_on)) {
    card.term_explanation = term->explanation;
  }
  card.directive_deadline = DirectiveDeadline(profile_, p.hired_on);
  if (p.directive_on && !p.replaces_id)
    card.directive_check = CheckDirectiveDate(profile_, p.hired_on, *p.directive_on);
  if (p.status != PairStatus::kProposed && p.status != PairStatus::kCancelled) {
    std::vector<core::Date> submitted;
    for (const auto& r : p.reports) {
      if (r.author == "mentor") submitted.push_back(r.submitted_on);
    }
    // A pair that ended early (replaced, completed) owes the reports of its periods up to its last day.
    core::Date last = p.ends_on;
    if (p.ended_on && *p.ended_on < last) last = *p.ended_on;
    if (last >= p.starts_on) card.report_statuses = ReportStatuses(profile_, p.starts_on, last, submitted, on);
    card.reports_overdue = std::any_of(card.report_statuses.begin(), card.report_statuses.end(),
                                       [](const ReportStatus& s) { return s.state == ReportState::kMissed; });
  }
  if (p.status == PairStatus::kActive || p.status == PairStatus::kProposed) {
    card.plan_overdue =
        std::any_of(p.plan.begin(), p.plan.end(), [&](const PlanItem& i) { return !i.done_on && i.due_on < on; });
  }
  card.record = std::move(record);
  return card;
}

core::Result<std::int64_t> MentoringService::CreatePair(MentoringStore& store, audit::AuditTrail& trail,
                                                        const core::Actor& actor, const PairDraft& draft,
                                                        const std::string& at, const core::Date& today,
                                                        const std::string& now) {
  std::vector<std::int64_t> ids{draft.mentee_id};
  if (draft.kind == MentorKind::kCollective) {
    ids.insert(ids.end(), draft.collective.begin(), draft.collective.end());
  } else if (draft.mentor_id) {
    ids.push_back(*draft.mentor_id);
  }
  // Lock first, then count: a concurrent appointment of the same mentor waits here until this one commits.
  store.LockPersons(ids);
  auto loaded = store.LoadPersons(ids);
  auto find = [&](std::int64_t id) -> const RegistryPerson* {
    for (const auto& p : loaded) {
      if (p.person.id == id) return &p;
    }
    return nullptr;
  };
  const RegistryPerson* mentee = find(draft.mentee_id);
  if (!mentee || !actor.principal->Reaches(mentee->place.Path(mentee->person.id), access::kKeepers)) {
    return core::ValidationError(at + "mentee_id", "Подшефный не найден в вашей области ответственности",
                                 "mentee_not_found");
  }
  auto grant = actor.principal->GrantFor(mentee->place.Path(), access::kKeepers);
  if (!grant) {
    return core::Forbidden("Пару наставничества закрепляет администрация организации подшефного");
  }
  if (!mentee->place.organisation_id) {
    return core::ValidationError(at + "mentee_id", "У подшефного нет места работы в организации реестра",
                                 "mentee_without_organisation");
  }
  std::vector<const RegistryPerson*> mentors;
  if (draft.kind == MentorKind::kCollective) {
    if (draft.collective.empty()) {
      return core::ValidationError(at + "collective", "Укажите педагогов коллективного наставника", "collective_empty");
    }
    for (std::size_t i = 0; i < draft.collective.size(); ++i) {
      const auto* m = find(draft.collective[i]);
      if (!m || !actor.principal->Reaches(m->place.Path(m->person.id), access::kKeepers)) {
        return core::ValidationError(at + "collective[" + std::to_string(i) + "]",
                                     "Педагог не найден в вашей области ответственности", "mentor_not_found");
      }
      mentors.push_back(m);
    }
  } else {
    if (!draft.mentor_id) return core::ValidationError(at + "mentor_id", "Укажите наставника", "mentor_required");
    const auto* m = find(*draft.mentor_id);
    if (!m || !actor.principal->Reaches(m->place.Path(m->person.id), access::kKeepers)) {
      return core::ValidationError(at + "mentor_id", "Наставник не найден в вашей области ответственности",
                                   "mentor_not_found");
    }
    mentors.push_back(m);
  }

  PairRecord pair;
  pair.mentee_id = mentee->person.id;
  pair.mentee_name = people::FullName(mentee->person);
  pair.kind = draft.kind;
  pair.category = draft.category;
  pair.place = mentee->place;
  const auto hired = draft.hired_on ? draft.hired_on : HiredOn(mentee->person, mentee->place.organisation_id, today);
  if (!hired) {
    return core::ValidationError(at + "hired_on", "Укажите дату приёма подшефного на работу", "hired_on_required");
  }
  pair.hired_on = *hired;
  pair.graduation_on = draft.graduation_on;
  auto term = MentorshipTerm(profile_, draft.category, pair.hired_on, draft.graduation_on);
  if (!term) {
    auto error = term.error();
    error.field = at + error.field;
    return error;
  }
  pair.starts_on = term->starts_on;
  pair.ends_on = term->ends_on;
  const auto& a = draft.appointment;
  pair.council = a.council;
  pair.mentor_consent_on = a.mentor_consent_on;
  pair.mentee_consent_on = a.mentee_consent_on;

  const bool appoint = a.HasDirective();
  const auto titles = store.SubjectTitles();
  const core::Date on = appoint && a.directive_on ? *a.directive_on : today;
  if (appoint) {
    auto papers = rules::CheckPapers(profile_, a, pair.hired_on, false, at);
    if (!papers) return papers.error();
  }
  const auto mentee_facts =
      MenteeFactsOf(*mentee, draft.category, pair.hired_on, draft.graduation_on, on, false, titles);
  if (draft.kind == MentorKind::kCollective) {
    CollectiveMentorFacts collective{.on = on, .council_recommendation = a.council};
    for (const auto* m : mentors) {
      if (m->person.id == mentee->person.id) {
        return core::ValidationError(at + "collective", "Подшефный не может входить в коллективного наставника",
                                     "not_self");
      }
      // 3.4: «стаж работы в школе» — work in the mentee's organisation through `on`.
      std::vector<people::Employment> here;
      for (const auto& e : m->person.employments) {
        if (e.organisation_id == mentee->place.organisation_id) here.push_back(e);
      }
      collective.members.push_back(
          {m->person.id, people::FullName(m->person), LengthOf(people::ExperienceThrough(here, on, false))});
      pair.collective.push_back({m->person.id, people::FullName(m->person)});
    }
    auto assessment =
        CheckCollectiveMentor(profile_, collective, appoint ? CheckStage::kAppointment : CheckStage::kProposal);
    if (auto refusal = rules::Refusal(assessment, "коллективный наставник", at + "collective")) return *refusal;
  } else {
    const auto* m = mentors.front();
    pair.mentor_id = m->person.id;
    pair.mentor_name = people::FullName(m->person);
    // 3.5 counts the pairs in force; a proposal also counts the pending proposals, so that the council is not
    // offered a mentor whose places are already promised.
    int load = store.CountMentorPairs(m->person.id, PairStatus::kActive);
    if (!appoint) load += store.CountMentorPairs(m->person.id, PairStatus::kProposed);
    const auto derived = people::Derive(m->person, on);
    const auto mentor_facts = MentorFactsOf(*m, derived, load, a.council, titles);
    auto assessment = CheckMentorForMentee(profile_, mentor_facts, mentee_facts, draft.kind,
                                           appoint ? CheckStage::kAppointment : CheckStage::kProposal);
    if (auto refusal = rules::Refusal(assessment, pair.mentor_name, at + "mentor_id")) return *refusal;
  }
  if (draft.subject) {
    pair.subject = draft.subject;
  } else if (draft.kind == MentorKind::kSubject && pair.mentor_id) {
    const auto mentee_codes = SubjectCodesOf(mentee->person, std::max(on, pair.hired_on));
    const auto mentor_codes = SubjectCodesOf(mentors.front()->person, on);
    for (const auto& c : mentee_codes) {
      if (std::find(mentor_codes.begin(), mentor_codes.end(), c) != mentor_codes.end()) {
        pair.subject = c;
        break;
      }
    }
  }
  if (draft.kind == MentorKind::kSubject) {
    if (auto existing = store.ActiveSubjectPair(mentee->person.id, std::nullopt)) {
      return rules::SubjectMentorTaken(*existing, at + "mentee_id");
    }
  }
  if (draft.kind == MentorKind::kCollective) {
    pair.mentor_name = "Коллективный наставник";
    for (std::size_t i = 0; i < pair.collective.size(); ++i) {
      pair.mentor_name += (i == 0 ? ": " : ", ") + pair.collective[i].name;
    }
  }
  pair.status = appoint ? PairStatus::kActive : PairStatus::kProposed;
  if (appoint) {
    pair.directive_number = core::NormaliseSpaces(*a.directive_number);
    pair.directive_on = a.directive_on;
    pair.directive_late = IsDirectiveLate(profile_, pair.hired_on, *a.directive_on);
  }
  pair.id = store.Insert(pair, now);
  auto entry =
      audit::EntryFor(actor, appoint ? "appoint" : "create", "mentorship_pair", pair.id, pair.place.Path(), grant);
  audit::ChangeSet changes;
  changes.Created("mentee", pair.mentee_name);
  changes.Created("mentor", pair.mentor_name);
  changes.Created("kind", std::string(Code(pair.kind)));
  changes.Created("status", std::string(Code(pair.status)));
  changes.Created("starts_on", pair.starts_on.Iso());
  changes.Created("ends_on", pair.ends_on.Iso());
  if (appoint) {
    changes.Created("directive", *pair.directive_number + " от " + pair.directive_on->Russian());
    if (pair.directive_late) changes.Created("directive_late", "true");
  }
  entry.changes = changes.Take();
  trail.Record(std::move(entry));
  return pair.id;
}

core::Result<PairCard> MentoringService::Propose(const core::Actor& actor, const PairDraft& draft) {
  if (!actor.principal) return core::Unauthenticated();
  if (core::ScopeFilterFor(*actor.principal, access::kKeepers).Empty()) return rules::NotKeeper();
  const auto today = clock_.Today();
  const auto now = core::FormatTimestamp(clock_.Now());
  std::int64_t id = 0;
  auto done = storage_.Transact([&](MentoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto created = CreatePair(store, trail, actor, draft, "", today, now);
    if (!created) return created.error();
    id = *created;
    return core::Ok{};
  });
  if (!done) return done.error();
  return Card(id, today);
}

core::Result<PairCard> MentoringService::Appoint(const core::Actor& actor, std::int64_t id,
                                                 const Appointment& appointment) {
  if (!actor.principal) return core::Unauthenticated();
  const auto today = clock_.Today();
  const auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](MentoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto pair = store.FindForUpdate(id);
    if (!pair) return rules::PairNotFound();
    auto grant = rules::WriteGrant(*actor.principal, *pair);
    if (!grant) return grant.error();
    if (pair->status != PairStatus::kProposed) {
      return core::Conflict("not_proposed", "Назначить приказом можно только предложенную пару; статус пары — «" +
                                                std::string(Label(pair->status)) + "»");
    }
    Appointment a = appointment;
    if (!a.council) a.council = pair->council;
    if (!a.mentor_consent_on) a.mentor_consent_on = pair->mentor_consent_on;
    if (!a.mentee_consent_on) a.mentee_consent_on = pair->mentee_consent_on;
    auto papers = rules::CheckPapers(profile_, a, pair->hired_on, false, "");
    if (!papers) return papers.error();
    const core::Date on = *a.directive_on;

    std::vector<std::int64_t> ids{pair->mentee_id};
    if (pair->mentor_id) ids.push_back(*pair->mentor_id);
    for (const auto& m : pair->collective) ids.push_back(m.person_id);
    // Lock first, then count: of two coordinators appointing the same mentor at once, the second one counts the
    // first one's pair (003 §App2 3.5).
    store.LockPersons(ids);
    auto loaded = store.LoadPersons(ids);
    auto find = [&](std::int64_t pid) -> const RegistryPerson* {
      for (const auto& p : loaded) {
        if (p.person.id == pid) return &p;
      }
      return nullptr;
    };
    const auto* mentee = find(pair->mentee_id);
    if (!mentee) return core::Conflict("mentee_gone", "Подшефного больше нет в реестре");
    const auto titles = store.SubjectTitles();
    if (pair->kind == MentorKind::kCollective) {
      CollectiveMentorFacts collective{.on = on, .council_recommendation = a.council};
      for (const auto& member : pair->collective) {
        const auto* m = find(member.person_id);
        if (!m) return core::Conflict("mentor_gone", member.name + ": больше нет в реестре");
        std::vector<people::Employment> here;
        for (const auto& e : m->person.employments) {
          if (e.organisation_id == pair->place.organisation_id) here.push_back(e);
        }
        collective.members.push_back({m->person.id, member.name, LengthOf(people::ExperienceThrough(here, on, false))});
      }
      auto assessment = CheckCollectiveMentor(profile_, collective, CheckStage::kAppointment);
      if (auto refusal = rules::Refusal(assessment, "коллективный наставник", "collective")) return *refusal;
    } else {
      const auto* m = pair->mentor_id ? find(*pair->mentor_id) : nullptr;
      if (!m) return core::Conflict("mentor_gone", "Наставника больше нет в реестре");
      const int active = store.CountMentorPairs(m->person.id, PairStatus::kActive);
      const auto mentor_facts = MentorFactsOf(*m, people::Derive(m->person, on), active, a.council, titles);
      const auto mentee_facts =
          MenteeFactsOf(*mentee, pair->category, pair->hired_on, pair->graduation_on, on, false, titles);
      auto assessment =
          CheckMentorForMentee(profile_, mentor_facts, mentee_facts, pair->kind, CheckStage::kAppointment);
      if (auto refusal = rules::Refusal(assessment, pair->mentor_name, "mentor_id")) return *refusal;
    }
    if (pair->kind == MentorKind::kSubject) {
      if (auto existing = store.ActiveSubjectPair(pair->mentee_id, pair->id)) {
        return rules::SubjectMentorTaken(*existing, "mentee_id");
      }
    }
    audit::ChangeSet changes;
    changes.Compare("status", std::string(Code(pair->status)), "active");
    pair->status = PairStatus::kActive;
    pair->council = a.council;
    pair->mentor_consent_on = a.mentor_consent_on;
    pair->mentee_consent_on = a.mentee_consent_on;
    pair->directive_number = core::NormaliseSpaces(*a.directive_number);
    pair->directive_on = a.directive_on;
    pair->directive_late = IsDirectiveLate(profile_, pair->hired_on, *a.directive_on);
    changes.Created("directive", *pair->directive_number + " от " + pair->directive_on->Russian());
    if (pair->directive_late) changes.Created("directive_late", "true");
    store.Update(*pair, now);
    auto entry = audit::EntryFor(actor, "appoint", "mentorship_pair", pair->id, pair->place.Path(), *grant);
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return Card(id, today);
}

core::Result<PairCard> MentoringService::AddPlanItem(const core::Actor& actor, std::int64_t id, PlanItem item) {
  if (!actor.principal) return core::Unauthenticated();
  item.title = core::NormaliseSpaces(item.title);
  if (item.title.empty()) return core::ValidationError("title", "Укажите содержание пункта плана");
  if (item.done_on && *item.done_on > clock_.Today()) {
    return core::ValidationError("done_on", "Дата выполнения не может быть позже сегодняшней");
  }
  const auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](MentoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto pair = store.FindForUpdate(id);
    if (!pair) return rules::PairNotFound();
    auto grant = rules::WriteGrant(*actor.principal, *pair);
    if (!grant) return grant.error();
    if (pair->status != PairStatus::kProposed && pair->status != PairStatus::kActive) {
      return core::Conflict("pair_closed", "План ведётся только по предложенной или действующей паре");
    }
    item.id = store.AddPlanItem(id, item, now);
    auto entry = audit::EntryFor(actor, "update", "mentorship_pair", id, pair->place.Path(), *grant);
    entry.detail = "План профессионального становления: добавлен пункт «" + item.title + "»";
    audit::ChangeSet changes;
    changes.Created("plan", item.title + " — до " + item.due_on.Russian());
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return Card(id, clock_.Today());
}

core::Result<PairCard> MentoringService::UpdatePlanItem(const core::Actor& actor, std::int64_t id, PlanItem item) {
  if (!actor.principal) return core::Unauthenticated();
  item.title = core::NormaliseSpaces(item.title);
  if (item.title.empty()) return core::ValidationError("title", "Укажите содержание пункта плана");
  if (item.done_on && *item.done_on > clock_.Today()) {
    return core::ValidationError("done_on", "Дата выполнения не может быть позже сегодняшней");
  }
  auto done = storage_.Transact([&](MentoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto pair = store.FindForUpdate(id);
    if (!pair) return rules::PairNotFound();
    auto grant = rules::WriteGrant(*actor.principal, *pair);
    if (!grant) return grant.error();
    auto it = std::find_if(pair->plan.begin(), pair->plan.end(), [&](const PlanItem& p) { return p.id == item.id; });
    if (it == pair->plan.end()) return core::NotFound("Пункт плана не найден");
    audit::ChangeSet changes;
    changes.Compare("plan[" + std::to_string(item.id) + "].title", it->title, item.title);
    changes.Compare("plan[" + std::to_string(item.id) + "].due_on", it->due_on.Iso(), item.due_on.Iso());
    changes.Compare("plan[" + std::to_string(item.id) + "].done_on", DateText(it->done_on), DateText(item.done_on));
    store.UpdatePlanItem(id, item);
    auto entry = audit::EntryFor(actor, "update", "mentorship_pair", id, pair->place.Path(), *grant);
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return Card(id, clock_.Today());
}

core::Result<PairCard> MentoringService::SubmitReport(const core::Actor& actor, std::int64_t id,
                                                      const std::string& author, std::optional<core::Date> submitted_on,
                                                      std::string text) {
  if (!actor.principal) return core::Unauthenticated();
  if (author != "mentor" && author != "mentee") {
    return core::ValidationError("author", "Автор отчёта: mentor (наставник) или mentee (подшефный)");
  }
  text = core::NormaliseSpaces(text);
  if (text.empty()) return core::ValidationError("text", "Отчёт пуст");
  const auto today = clock_.Today();
  const core::Date day = submitted_on.value_or(today);
  if (day > today) return core::ValidationError("submitted_on", "Дата отчёта не может быть позже сегодняшней");
  const auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](MentoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto pair = store.FindForUpdate(id);
    if (!pair) return rules::PairNotFound();
    // The author reports for herself; a keeper of the pair's place records a report handed in on paper.
    auto grant = actor.principal->GrantFor(pair->place.Path(), access::kKeepers);
    const auto& me = actor.principal->person_id;
    const bool own =
        me && (author == "mentor" ? (pair->mentor_id == me ||
                                     std::any_of(pair->collective.begin(), pair->collective.end(),
                                                 [&](const CollectiveMember& m) { return m.person_id == *me; }))
                                  : pair->mentee_id == *me);
    if (!grant && !own) {
      if (rules::Reads(*actor.principal, *pair)) {
        return core::Forbidden(author == "mentor" ? "Отчёт наставника сдаёт наставник"
                                                  : "Отчёт подшефного сдаёт подшефный");
      }
      return rules::PairNotFound();
    }
    if (pair->status != PairStatus::kActive && pair->status != PairStatus::kCompleted) {
      return core::Conflict("pair_not_appointed", "Отчёты сдаются по действующей или завершённой паре");
    }
    if (day < pair->starts_on) {
      return core::ValidationError("submitted_on", "Дата отчёта " + day.Russian() + " раньше начала наставничества " +
                                                       pair->starts_on.Russian());
    }
    PairReport report{.author = author, .submitted_on = day, .text = text};
    for (const auto& due : ReportDueDates(profile_, pair->starts_on, pair->ends_on)) {
      if (due >= day) {
        report.period_due_on = due;
        break;
      }
    }
    report.id = store.AddReport(id, report, actor.principal->user_id, now);
    std::optional<core::Grant> used = grant;
    if (!used && !actor.principal->grants.empty()) used = actor.principal->grants.front();
    auto entry = audit::EntryFor(actor, "report", "mentorship_pair", id, pair->place.Path(), used);
    entry.detail = std::string(author == "mentor" ? "Отчёт наставника" : "Отчёт подшефного") + " от " + day.Russian();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return Card(id, today);
}

core::Result<PairCard> MentoringService::Replace(const core::Actor& actor, std::int64_t id,
                                                 ReplacementRequest request) {
  if (!actor.principal) return core::Unauthenticated();
  const auto today = clock_.Today();
  const auto now = core::FormatTimestamp(clock_.Now());
  std::int64_t new_id = 0;
  auto done = storage_.Transact([&](MentoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto old = store.FindForUpdate(id);
    if (!old) return rules::PairNotFound();
    auto grant = rules::WriteGrant(*actor.principal, *old);
    if (!grant) return grant.error();
    if (old->status != PairStatus::kActive) {
      return core::Conflict("not_active", "Заменить наставника можно только в действующей паре; статус пары — «" +
                                              std::string(Label(old->status)) + "»");
    }
    auto& r = request.replacement;
    r.pair_id = old->id;
    r.pair_started_on = old->starts_on;
    if (old->directive_on && *old->directive_on < r.pair_started_on) r.pair_started_on = *old->directive_on;
    r.previous_mentor_id = old->mentor_id.value_or(0);
    // 3.6: a ground from the list, the party or cause it names, the head's directive.
    auto valid = ValidateReplacement(profile_, r);
    if (!valid) return valid.error();
    const auto ground = ReplacementGroundText(*valid);

    // The old pair ends first: the new subject mentor takes the mentee's one place (the partial unique index).
    audit::ChangeSet old_changes;
    old_changes.Compare("status", "active", "replaced");
    old->status = PairStatus::kReplaced;
    old->end_reason = std::string(Code(*valid->reason));
    old->end_details = valid->details.empty() ? ground : ground + ": " + valid->details;
    old->ended_on = valid->directive_on;
    old_changes.Created("end_reason", *old->end_details);
    store.Update(*old, now);

    PairDraft draft;
    draft.mentee_id = old->mentee_id;
    draft.mentor_id = valid->new_mentor_id;
    draft.kind = request.kind.value_or(old->kind == MentorKind::kCollective ? MentorKind::kSubject : old->kind);
    draft.category = old->category;
    draft.subject = old->subject;
    draft.hired_on = old->hired_on;
    draft.graduation_on = old->graduation_on;
    draft.appointment = request.appointment;
    draft.appointment.directive_number = valid->directive_number;
    draft.appointment.directive_on = valid->directive_on;
    auto created = CreatePair(store, trail, actor, draft, "", today, now);
    if (!created) return created.error();
    new_id = *created;
    auto fresh = store.Find(new_id);
    // The new pair continues the mentee's term from the replacement directive; the directive's deadline of 3.1
    // counts from the hiring and does not apply to a replacement.
    fresh->replaces_id = old->id;
    fresh->starts_on = std::max(*valid->directive_on, old->starts_on);
    fresh->ends_on = old->ends_on;
    fresh->directive_late = false;
    store.Update(*fresh, now);
    old->replaced_by_id = new_id;
    store.Update(*old, now);
    old_changes.Created("replaced_by", std::to_string(new_id));
    auto entry = audit::EntryFor(actor, "replace", "mentorship_pair", old->id, old->place.Path(), *grant);
    entry.detail = "Замена наставника: " + ground + "; приказ № " + valid->directive_number + " от " +
                   valid->directive_on->Russian();
    entry.changes = old_changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return Card(new_id, today);
}

core::Result<PairCard> MentoringService::Complete(const core::Actor& actor, std::int64_t id,
                                                  std::optional<core::Date> ended_on) {
  if (!actor.principal) return core::Unauthenticated();
  const auto today = clock_.Today();
  const auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](MentoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto pair = store.FindForUpdate(id);
    if (!pair) return rules::PairNotFound();
    auto grant = rules::WriteGrant(*actor.principal, *pair);
    if (!grant) return grant.error();
    if (pair->status != PairStatus::kActive) {
      return core::Conflict("not_active", "Завершить можно только действующую пару; статус пары — «" +
                                              std::string(Label(pair->status)) + "»");
    }
    const core::Date day = ended_on.value_or(std::min(today, pair->ends_on));
    if (day < pair->starts_on && (!pair->directive_on || day < *pair->directive_on)) {
      return core::ValidationError("ended_on", "Дата завершения раньше начала наставничества");
    }
    audit::ChangeSet changes;
    changes.Compare("status", "active", "completed");
    changes.Created("ended_on", day.Iso());
    pair->status = PairStatus::kCompleted;
    pair->ended_on = day;
    store.Update(*pair, now);
    auto entry = audit::EntryFor(actor, "complete", "mentorship_pair", id, pair->place.Path(), *grant);
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return Card(id, today);
}

core::Result<PairCard> MentoringService::Cancel(const core::Actor& actor, std::int64_t id,
                                                std::optional<std::string> reason) {
  if (!actor.principal) return core::Unauthenticated();
  const auto today = clock_.Today();
  const auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](MentoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto pair = store.FindForUpdate(id);
    if (!pair) return rules::PairNotFound();
    auto grant = rules::WriteGrant(*actor.principal, *pair);
    if (!grant) return grant.error();
    if (pair->status != PairStatus::kProposed) {
      return core::Conflict("not_proposed",
                            "Отменить можно только предложение; действующая пара завершается или "
                            "наставник заменяется по п. 3.6");
    }
    audit::ChangeSet changes;
    changes.Compare("status", "proposed", "cancelled");
    pair->status = PairStatus::kCancelled;
    pair->ended_on = today;
    if (reason) pair->end_details = core::NormaliseSpaces(*reason);
    store.Update(*pair, now);
    auto entry = audit::EntryFor(actor, "cancel", "mentorship_pair", id, pair->place.Path(), *grant);
    entry.detail = pair->end_details;
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return Card(id, today);
}

}  // namespace metodset::mentoring
