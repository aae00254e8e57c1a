#include "modules/mentoring/application/registry_facts.hpp"

#include <algorithm>
#include <set>

namespace metodset::mentoring {
namespace {

bool Current(const people::Employment& e, const core::Date& on) {
  return e.started_on <= on && (!e.ended_on || *e.ended_on >= on);
}

}  // namespace

std::optional<core::Date> HiredOn(const people::Person& person, std::optional<std::int64_t> organisation_id,
                                  const core::Date& on) {
  if (!organisation_id) return std::nullopt;
  const people::Employment* best = nullptr;
  auto better = [&](const people::Employment& e) {
    if (!best) return true;
    if (e.is_main != best->is_main) return e.is_main;
    return e.started_on > best->started_on;
  };
  for (const auto& e : person.employments) {
    if (e.organisation_id == organisation_id && e.pedagogical && Current(e, on) && better(e)) best = &e;
  }
  if (!best) {
    // Hired after `on` (a proposal before the first working day) or no longer there: the latest employment there.
    for (const auto& e : person.employments) {
      if (e.organisation_id == organisation_id && (!best || e.started_on > best->started_on)) best = &e;
    }
  }
  if (!best) return std::nullopt;
  return best->started_on;
}

std::vector<std::string> SubjectCodesOf(const people::Person& person, const core::Date& on) {
  std::set<std::string> codes;
  for (const auto& e : person.employments) {
    if (Current(e, on)) codes.insert(e.subjects.begin(), e.subjects.end());
  }
  return {codes.begin(), codes.end()};
}

std::vector<std::string> SubjectTitles(const std::vector<std::string>& codes,
                                       const std::map<std::string, std::string>& titles) {
  std::vector<std::string> out;
  out.reserve(codes.size());
  for (const auto& code : codes) {
    auto it = titles.find(code);
    out.push_back(it == titles.end() ? code : it->second);
  }
  return out;
}

bool TeachesOn(const people::Person& person, const core::Date& on) {
  return std::any_of(person.employments.begin(), person.employments.end(),
                     [&](const people::Employment& e) { return e.pedagogical && Current(e, on); });
}

ServiceLength LengthOf(const people::Experience& experience) {
  return {experience.years, experience.months, experience.days};
}

MentorFacts MentorFactsOf(const RegistryPerson& person, const people::DerivedFacts& derived, int active_mentees,
                          const std::optional<CouncilRecommendation>& council,
                          const std::map<std::string, std::string>& titles) {
  MentorFacts m;
  m.person_id = person.person.id;
  m.name = people::FullName(person.person);
  m.on = derived.on;
  m.pedagogical_experience = LengthOf(derived.pedagogical);
  m.council_recommendation = council;
  m.active_mentees = active_mentees;
  m.organisation_id = person.place.organisation_id;
  m.municipality_id = person.place.municipality_id;
  m.subjects = SubjectTitles(SubjectCodesOf(person.person, derived.on), titles);
  // 2.2: a consultant is «победитель ПНПО, различных конкурсов профессионального мастерства».
  m.contest_winner = std::any_of(
      person.person.achievements.begin(), person.person.achievements.end(),
      [&](const people::Achievement& a) { return a.kind == "contest_winner" && a.achieved_on <= derived.on; });
  return m;
}

MenteeFacts MenteeFactsOf(const RegistryPerson& person, MenteeCategory category, const core::Date& hired_on,
                          const std::optional<core::Date>& graduation_on, const core::Date& on, bool has_mentor,
                          const std::map<std::string, std::string>& titles) {
  MenteeFacts m;
  m.person_id = person.person.id;
  m.name = people::FullName(person.person);
  m.category = category;
  m.hired_on = hired_on;
  m.graduation_on = graduation_on;
  m.organisation_id = person.place.organisation_id;
  m.municipality_id = person.place.municipality_id;
  // A mentee hired after `on` is proposed a mentor for the subjects she is hired to teach.
  m.subjects = SubjectTitles(SubjectCodesOf(person.person, std::max(on, hired_on)), titles);
  m.has_mentor = has_mentor;
  return m;
}

}  // namespace metodset::mentoring
