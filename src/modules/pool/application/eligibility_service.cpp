// Use cases of eligibility: one person, the screening of a scope, a candidate list.
#include "modules/pool/application/eligibility_service.hpp"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "modules/pool/application/access_rules.hpp"

namespace metodset::pool {
namespace {

// A candidate list is typed or pasted by a reviewer; a whole region is screened with Screen.
constexpr std::size_t kMaxCandidates = 5000;

std::string FullNameOf(const people::PersonListItem& item) {
  std::string name = item.last_name + " " + item.first_name;
  if (item.middle_name && !item.middle_name->empty()) name += " " + *item.middle_name;
  return name;
}

ScreenedPerson Screened(const people::PersonListItem& item, const Eligibility& e) {
  ScreenedPerson s;
  s.id = item.id;
  s.full_name = FullNameOf(item);
  s.organisation_id = item.place.organisation_id;
  s.organisation_name = item.place.organisation_name;
  s.municipality_id = item.place.municipality_id;
  s.municipality_name = item.place.municipality_name;
  s.outcome = e.outcome;
  if (const auto* failed = e.FirstFailed()) s.first_failed = failed->code;
  for (const auto& c : e.criteria) {
    if (c.status == CriterionStatus::kProven || c.status == CriterionStatus::kConfirmed)
      s.criteria_met.push_back(c.number);
    if (c.status == CriterionStatus::kAwaitingConfirmation) s.criteria_awaiting.push_back(c.number);
  }
  return s;
}

// The same counting as ScreenAll, keeping each person's verdict for the list.
void Count(Screening& counts, const Eligibility& e) {
  ++counts.total;
  switch (e.outcome) {
    case Outcome::kEligible:
      ++counts.eligible;
      break;
    case Outcome::kNeedsConfirmation:
      ++counts.needs_confirmation;
      break;
    case Outcome::kIneligible:
      ++counts.ineligible;
      break;
  }
  if (const auto* failed = e.FirstFailed()) ++counts.first_failed[failed->code];
}

// Whether a criterion of the profile is proven by courses (the only reason to read them).
bool ReadsCourses(const PoolProfile& profile) {
  for (const auto& c : profile.criteria) {
    for (const auto& rule : c.evidence) {
      if (rule.kind == EvidenceKind::kCourse) return true;
    }
  }
  return false;
}

/// Checks `items` (in their order: ФИО) against the profile with their records loaded in bulk; `listed` chooses
/// the persons that go to the list.
template <typename Listed>
void ScreenItems(PoolStorage& storage, const PoolProfile& profile, const std::vector<people::PersonListItem>& items,
                 const core::Date& on, Listed listed, ScreeningResult& result) {
  // The list rows already hold who the persons are; the store adds their records.
  std::vector<people::Person> persons(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto& p = persons[i];
    p.id = items[i].id;
    p.last_name = items[i].last_name;
    p.first_name = items[i].first_name;
    p.middle_name = items[i].middle_name;
    p.birth_date = items[i].birth_date;
  }
  storage.Read([&](PoolStore& store) { store.LoadSections(persons, ReadsCourses(profile)); });
  std::vector<ScreenedPerson> all;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto e = CheckEligibility(profile, persons[i], on);
    Count(result.counts, e);
    if (listed(e.outcome)) all.push_back(Screened(items[i], e));
  }
  result.persons_total = static_cast<std::int64_t>(all.size());
  result.persons = std::move(all);
}

void Page(ScreeningResult& result, int page, int size) {
  auto& persons = result.persons;
  const auto from = std::min(persons.size(), static_cast<std::size_t>(page - 1) * static_cast<std::size_t>(size));
  const auto to = std::min(persons.size(), from + static_cast<std::size_t>(size));
  persons = std::vector<ScreenedPerson>(std::make_move_iterator(persons.begin() + static_cast<std::ptrdiff_t>(from)),
                                        std::make_move_iterator(persons.begin() + static_cast<std::ptrdiff_t>(to)));
}

core::Result<void> CheckPaging(const ScreeningRequest& request) {
  if (request.page < 1) return core::ValidationError("page", "Номер страницы — целое число не меньше 1");
  if (request.size < 1 || request.size > 500) return core::ValidationError("size", "Размер страницы — от 1 до 500");
  return core::Ok{};
}

}  // namespace

core::Result<ProfileVersion> EligibilityService::ReadableProfile(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<ProfileVersion> found;
  storage_.Read([&](PoolStore& store) { found = store.Find(id); });
  if (!found || !access::CanRead(*actor.principal, locator_, found->summary.territory)) {
    return core::NotFound("Профиль не найден");
  }
  return std::move(*found);
}

core::Result<PersonEligibility> EligibilityService::Check(const core::Actor& actor, std::int64_t profile_id,
                                                          std::int64_t person_id, std::optional<core::Date> on) {
  auto profile = ReadableProfile(actor, profile_id);
  if (!profile) return profile.error();
  const auto date = on.value_or(clock_.Today());
  // The people registry's own read: its scope rules decide whom the caller may check.
  auto card = people_.Get(actor, person_id, date);
  if (!card) return card.error();
  CatalogueTitles titles;
  storage_.Read([&](PoolStore& store) { titles = store.Titles(); });
  auto eligibility = CheckEligibility(profile->profile, card->record.person, date, {}, titles);
  return PersonEligibility{std::move(profile->summary), std::move(card->record), std::move(eligibility)};
}

core::Result<ScreeningResult> EligibilityService::Screen(const core::Actor& actor, std::int64_t profile_id,
                                                         const ScreeningRequest& request) {
  auto profile = ReadableProfile(actor, profile_id);
  if (!profile) return profile.error();
  if (auto paging = CheckPaging(request); !paging) return paging.error();
  const auto& territory = profile->summary.territory;
  // The pool is formed from the workers of the profile's territory (000 and 002 §3.2).
  people::PersonFilter filter;
  filter.municipality_id = request.municipality_id;
  filter.organisation_id = request.organisation_id;
  if (territory.municipality_id) {
    if (request.municipality_id && request.municipality_id != territory.municipality_id) {
      return core::ValidationError("municipality", "Профиль действует в другом муниципальном образовании");
    }
    filter.municipality_id = territory.municipality_id;
  }
  filter.size = 0;
  auto scope = people_.List(actor, filter);
  if (!scope) return scope.error();
  std::erase_if(scope->items,
                [&](const people::PersonListItem& item) { return item.place.region_id != territory.region_id; });

  ScreeningResult result;
  result.on = request.on.value_or(clock_.Today());
  ScreenItems(
      storage_, profile->profile, scope->items, result.on,
      [&](Outcome o) { return request.outcome ? o == *request.outcome : o != Outcome::kIneligible; }, result);
  Page(result, request.page, request.size);
  result.profile = std::move(profile->summary);
  return result;
}

core::Result<ScreeningResult> EligibilityService::ScreenCandidates(const core::Actor& actor, std::int64_t profile_id,
                                                                   const std::vector<std::int64_t>& person_ids,
                                                                   const ScreeningRequest& request) {
  auto profile = ReadableProfile(actor, profile_id);
  if (!profile) return profile.error();
  if (auto paging = CheckPaging(request); !paging) return paging.error();
  if (person_ids.empty()) return core::ValidationError("person_ids", "Укажите хотя бы одного кандидата");
  if (person_ids.size() > kMaxCandidates) {
    return core::ValidationError("person_ids", "Не больше " + std::to_string(kMaxCandidates) + " кандидатов за раз");
  }
  // The caller's scope under the people registry's rules, in ФИО order; a candidate outside it does not exist.
  people::PersonFilter filter;
  filter.size = 0;
  auto scope = people_.List(actor, filter);
  if (!scope) return scope.error();
  std::unordered_set<std::int64_t> readable;
  readable.reserve(scope->items.size());
  for (const auto& item : scope->items) readable.insert(item.id);
  std::unordered_set<std::int64_t> wanted;
  for (std::size_t i = 0; i < person_ids.size(); ++i) {
    if (!readable.contains(person_ids[i])) {
      return core::ValidationError("person_ids[" + std::to_string(i) + "]",
                                   "Работник № " + std::to_string(person_ids[i]) + " не найден");
    }
    wanted.insert(person_ids[i]);
  }
  std::erase_if(scope->items, [&](const people::PersonListItem& item) { return !wanted.contains(item.id); });

  ScreeningResult result;
  result.on = request.on.value_or(clock_.Today());
  ScreenItems(
      storage_, profile->profile, scope->items, result.on,
      [&](Outcome o) { return !request.outcome || o == *request.outcome; }, result);
  Page(result, request.page, request.size);
  result.profile = std::move(profile->summary);
  return result;
}

}  // namespace metodset::pool
