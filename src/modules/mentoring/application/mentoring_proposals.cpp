// Use cases over many persons: candidates for one mentee, the region-wide proposal, accepting it, coverage.
#include <algorithm>
#include <set>

#include "modules/mentoring/application/access_rules.hpp"
#include "modules/mentoring/application/mentoring_service.hpp"
#include "modules/mentoring/application/pair_rules.hpp"
#include "modules/mentoring/application/registry_facts.hpp"

namespace metodset::mentoring {
namespace {

PersonRef RefOf(const RegistryPerson& p, std::vector<std::string> subjects) {
  return {p.person.id, people::FullName(p.person), p.place, std::move(subjects)};
}

core::DomainError UnitNotFound() { return core::NotFound("Территория не найдена"); }

}  // namespace

core::Result<void> MentoringService::ReachUnit(const core::Actor& actor, const core::Scope& unit) {
  if (unit.kind != core::ScopeKind::kRegion && unit.kind != core::ScopeKind::kMunicipality &&
      unit.kind != core::ScopeKind::kOrganisation) {
    return core::ValidationError("municipality", "Укажите регион, муниципальное образование или организацию");
  }
  auto path = locator_.Locate(unit);
  if (!path || !actor.principal->Reaches(*path, access::kKeepers)) return UnitNotFound();
  return core::Ok{};
}

core::Result<CandidateList> MentoringService::Candidates(const core::Actor& actor, std::int64_t mentee_id,
                                                         std::optional<core::Date> on_date) {
  if (!actor.principal) return core::Unauthenticated();
  const core::Date on = on_date.value_or(clock_.Today());
  std::optional<RegistryPerson> mentee;
  std::vector<RegistryPerson> persons;
  PairLoads loads;
  std::map<std::string, std::string> titles;
  bool reached = false;
  storage_.Read([&](MentoringStore& store) {
    auto found = store.LoadPersons({mentee_id});
    if (found.empty()) return;
    mentee = std::move(found.front());
    reached = actor.principal->Reaches(mentee->place.Path(mentee->person.id), access::kKeepers);
    if (!reached) return;
    // The profile's reach decides how far to look: the municipality, or the region (MatchingReach).
    core::Scope unit{core::ScopeKind::kRegion, mentee->place.region_id};
    if (!profile_.reach.other_municipality.value && mentee->place.municipality_id) {
      unit = {core::ScopeKind::kMunicipality, *mentee->place.municipality_id};
    }
    persons = store.PersonsIn(unit);
    loads = store.LoadsIn(unit);
    titles = store.SubjectTitles();
  });
  if (!mentee || !reached) return core::NotFound("Подшефный не найден");
  const auto hired = HiredOn(mentee->person, mentee->place.organisation_id, on);
  if (!hired) {
    return core::ValidationError("mentee", "У подшефного нет места работы в организации реестра",
                                 "mentee_without_organisation");
  }
  CandidateList list;
  list.on = on;
  list.hired_on = *hired;
  const auto mentee_facts = MenteeFactsOf(*mentee, MenteeCategory::kYoungSpecialist, *hired, std::nullopt, on,
                                          loads.mentees_with_pair.contains(mentee_id), titles);
  list.mentee = RefOf(*mentee, mentee_facts.subjects);
  std::vector<MentorFacts> mentors;
  std::vector<const RegistryPerson*> source;
  std::vector<ServiceLength> experience;
  for (const auto& p : persons) {
    // Only persons the caller may read are offered (ADR 0003), and only those who teach on the date.
    if (p.person.id == mentee_id || !TeachesOn(p.person, on)) continue;
    if (!actor.principal->Reaches(p.place.Path(p.person.id), access::kKeepers)) continue;
    const auto derived = people::Derive(p.person, on);
    const int active = loads.active_by_mentor.contains(p.person.id) ? loads.active_by_mentor.at(p.person.id) : 0;
    const int proposed = loads.proposed_by_mentor.contains(p.person.id) ? loads.proposed_by_mentor.at(p.person.id) : 0;
    mentors.push_back(MentorFactsOf(p, derived, active + proposed, std::nullopt, titles));
    source.push_back(&p);
    experience.push_back(LengthOf(derived.pedagogical));
  }
  for (auto& ranked : RankMentorCandidates(profile_, mentee_facts, mentors, CheckStage::kProposal)) {
    const auto* p = source[ranked.mentor_index];
    CandidateView view;
    view.person = RefOf(*p, mentors[ranked.mentor_index].subjects);
    view.experience = experience[ranked.mentor_index];
    view.active_mentees = loads.active_by_mentor.contains(p->person.id) ? loads.active_by_mentor.at(p->person.id) : 0;
    view.proposed_mentees =
        loads.proposed_by_mentor.contains(p->person.id) ? loads.proposed_by_mentor.at(p->person.id) : 0;
    view.ranked = std::move(ranked);
    list.items.push_back(std::move(view));
  }
  return list;
}

core::Result<ProposalView> MentoringService::ProposeFor(const core::Actor& actor, const core::Scope& unit,
                                                        std::optional<core::Date> on_date) {
  if (!actor.principal) return core::Unauthenticated();
  if (auto reached = ReachUnit(actor, unit); !reached) return reached.error();
  const core::Date on = on_date.value_or(clock_.Today());
  std::vector<RegistryPerson> persons;
  PairLoads loads;
  std::map<std::string, std::string> titles;
  storage_.Read([&](MentoringStore& store) {
    persons = store.PersonsIn(unit);
    loads = store.LoadsIn(unit);
    titles = store.SubjectTitles();
  });
  ProposalView view;
  view.on = on;
  view.unit = unit;
  std::vector<MenteeFacts> mentees;
  std::vector<MentorFacts> mentors;
  for (const auto& p : persons) {
    if (!actor.principal->Reaches(p.place.Path(p.person.id), access::kKeepers)) continue;
    if (!TeachesOn(p.person, on)) continue;
    const auto derived = people::Derive(p.person, on);
    if (derived.young_specialist) {
      // A young specialist with an active pair or a pending proposal is not proposed again.
      if (loads.mentees_with_pair.contains(p.person.id)) continue;
      const auto hired = HiredOn(p.person, p.place.organisation_id, on);
      if (!hired) continue;
      mentees.push_back(MenteeFactsOf(p, MenteeCategory::kYoungSpecialist, *hired, std::nullopt, on, false, titles));
      view.mentees.push_back(RefOf(p, mentees.back().subjects));
      view.hired_on.push_back(*hired);
    } else {
      const int active = loads.active_by_mentor.contains(p.person.id) ? loads.active_by_mentor.at(p.person.id) : 0;
      const int proposed =
          loads.proposed_by_mentor.contains(p.person.id) ? loads.proposed_by_mentor.at(p.person.id) : 0;
      mentors.push_back(MentorFactsOf(p, derived, active + proposed, std::nullopt, titles));
      view.mentors.push_back(RefOf(p, mentors.back().subjects));
    }
  }
  view.mentors_considered = mentors.size();
  auto proposal = ProposeAssignments(profile_, mentees, mentors);
  if (!proposal) return proposal.error();
  view.proposal = std::move(*proposal);
  return view;
}

core::Result<std::vector<PairRecord>> MentoringService::Accept(const core::Actor& actor, const AcceptRequest& request) {
  if (!actor.principal) return core::Unauthenticated();
  if (core::ScopeFilterFor(*actor.principal, access::kKeepers).Empty()) return rules::NotKeeper();
  if (request.pairs.empty()) return core::ValidationError("pairs", "Выберите хотя бы одну пару");
  std::set<std::int64_t> mentees;
  for (std::size_t i = 0; i < request.pairs.size(); ++i) {
    if (!mentees.insert(request.pairs[i].mentee_id).second) {
      return core::ValidationError("pairs[" + std::to_string(i) + "].mentee_id",
                                   "Подшефный выбран дважды: одному подшефному — одна пара из предложения");
    }
  }
  const auto today = clock_.Today();
  const auto now = core::FormatTimestamp(clock_.Now());
  std::vector<std::int64_t> ids;
  auto done = storage_.Transact([&](MentoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    // Every person of the batch is locked at once, in id order: two batches sharing a mentor never deadlock.
    std::vector<std::int64_t> persons;
    for (const auto& d : request.pairs) {
      persons.push_back(d.mentee_id);
      if (d.mentor_id) persons.push_back(*d.mentor_id);
      persons.insert(persons.end(), d.collective.begin(), d.collective.end());
    }
    store.LockPersons(persons);
    for (std::size_t i = 0; i < request.pairs.size(); ++i) {
      PairDraft draft = request.pairs[i];
      draft.appointment = request.appointment;
      auto created = CreatePair(store, trail, actor, draft, "pairs[" + std::to_string(i) + "].", today, now);
      if (!created) return created.error();
      ids.push_back(*created);
    }
    return core::Ok{};
  });
  if (!done) return done.error();
  std::vector<PairRecord> pairs;
  storage_.Read([&](MentoringStore& store) {
    for (auto id : ids) {
      if (auto pair = store.Find(id)) pairs.push_back(std::move(*pair));
    }
  });
  return pairs;
}

core::Result<CoverageReport> MentoringService::Coverage(const core::Actor& actor, std::optional<core::Scope> unit,
                                                        std::optional<core::Date> on_date) {
  if (!actor.principal) return core::Unauthenticated();
  if (!unit) {
    // The caller's own territory: the first grant of a keeping role.
    for (const auto& g : actor.principal->grants) {
      if (std::find(access::kKeepers.begin(), access::kKeepers.end(), g.role) == access::kKeepers.end()) continue;
      if (g.scope.kind == core::ScopeKind::kAll) {
        if (auto region = locator_.SoleRegion()) unit = core::Scope{core::ScopeKind::kRegion, *region};
      } else if (g.scope.kind != core::ScopeKind::kSelf) {
        unit = g.scope;
      }
      if (unit) break;
    }
    if (!unit) return rules::NotKeeper();
  }
  if (auto reached = ReachUnit(actor, *unit); !reached) return reached.error();
  CoverageReport report;
  report.on = on_date.value_or(clock_.Today());
  report.unit = *unit;
  storage_.Read([&](MentoringStore& store) { report.rows = store.Coverage(*unit, report.on); });
  for (const auto& r : report.rows) {
    report.young_specialists += r.young_specialists;
    report.with_mentor += r.with_mentor;
  }
  return report;
}

}  // namespace metodset::mentoring
