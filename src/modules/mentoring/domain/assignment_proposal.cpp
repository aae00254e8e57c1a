#include "modules/mentoring/domain/assignment_proposal.hpp"

// LEMON's headers are heavy: this is the only source that includes them. CostScaling does not compile as C++20;
// NetworkSimplex does and suits sparse networks like this one.
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "modules/mentoring/domain/mentor_eligibility.hpp"
#include "modules/mentoring/domain/wording.hpp"

namespace metodset::mentoring {
namespace {

using Graph = lemon::SmartDigraph;
using Simplex = lemon::NetworkSimplex<Graph, int, std::int64_t>;

// A place mentors share with mentees; its proximity is the pairs' proximity through it and sets the cost.
struct PlaceKey {
  Proximity proximity = Proximity::kSameOrganisationSameSubject;
  std::int64_t place = 0;  // organisation or municipality id; 0 for the region
  int subject = -1;        // interned subject; -1 for any subject
  bool operator==(const PlaceKey&) const = default;
};

struct PlaceKeyHash {
  std::size_t operator()(const PlaceKey& k) const {
    std::size_t h = std::hash<std::int64_t>{}(k.place);
    h ^= std::hash<int>{}(k.subject) + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h * 31 + static_cast<std::size_t>(k.proximity);
  }
};

// The places a person of this organisation, municipality and subjects belongs to under the profile's reach.
template <typename Facts>
std::vector<PlaceKey> PlacesOf(const MentoringProfile& profile, const Facts& person, const std::vector<int>& subjects) {
  std::vector<PlaceKey> places;
  for (const int s : subjects) {
    if (s < 0) continue;
    if (person.organisation_id) places.push_back({Proximity::kSameOrganisationSameSubject, *person.organisation_id, s});
    if (person.municipality_id) places.push_back({Proximity::kSameMunicipalitySameSubject, *person.municipality_id, s});
    if (profile.reach.other_municipality.value) places.push_back({Proximity::kOtherMunicipalitySameSubject, 0, s});
  }
  if (profile.reach.other_subject.value) {
    if (person.organisation_id) places.push_back({Proximity::kSameOrganisationOtherSubject, *person.organisation_id});
    if (person.municipality_id) places.push_back({Proximity::kSameMunicipalityOtherSubject, *person.municipality_id});
  }
  return places;
}

// Passes every blocking requirement of CheckMentor at the proposal stage except the free slot: the slots are the
// flow's capacities, and a full mentor still counts as a candidate when a mentee is left without one.
bool Qualified(const MentoringProfile& profile, const MentorFacts& mentor) {
  const Assessment a = CheckMentor(profile, mentor, CheckStage::kProposal);
  return std::all_of(a.requirements.begin(), a.requirements.end(),
                     [](const Requirement& r) { return r.met || !r.blocking || r.code == "free_slot"; });
}

std::string NoMentorText(const MentoringProfile& profile, const MenteeFacts& mentee) {
  const auto& experience = profile.mentor_min_experience_years;
  std::string text =
      "Нет наставника в пределах досягаемости: в организации и муниципалитете подшефного нет педагога по предметам " +
      detail::QuotedList(mentee.subjects) + " со стажем педагогической деятельности не менее " +
      detail::YearsGenitive(experience.value) + detail::SectionRef(experience.section);
  if (profile.reach.other_subject.value) text += "; нет и педагога другого предмета для наставника-консультанта";
  if (profile.reach.other_municipality.value) text += "; нет такого педагога этих предметов и в других муниципалитетах";
  return text;
}

std::string SlotsTakenText(const MentoringProfile& profile, int candidates) {
  const auto& limit = profile.max_mentees_per_mentor;
  return "Все подходящие наставники заняты: " +
         detail::CountOf(candidates, "кандидат уже имеет", "кандидата уже имеют", "кандидатов уже имеют") + " по " +
         std::to_string(limit.value) + " подшефных или получили их в этом предложении; одновременно не более " +
         std::to_string(limit.value) + detail::SectionRef(limit.section);
}

// The qualified mentors in reach of a mentee, free or not: scanned only for the mentees left out.
int CountCandidates(const MentoringProfile& profile, const MenteeFacts& mentee, const std::vector<MentorFacts>& mentors,
                    const std::unordered_map<std::int64_t, std::vector<std::size_t>>& by_organisation,
                    const std::unordered_map<std::int64_t, std::vector<std::size_t>>& by_municipality,
                    const std::unordered_map<std::string, std::vector<std::size_t>>& by_subject) {
  std::unordered_set<std::size_t> seen;
  int count = 0;
  const auto consider = [&](const auto& index, const auto& key) {
    const auto it = index.find(key);
    if (it == index.end()) return;
    for (const std::size_t i : it->second) {
      if (seen.insert(i).second && ProximityOf(profile, mentee, mentors[i])) ++count;
    }
  };
  if (mentee.organisation_id) consider(by_organisation, *mentee.organisation_id);
  if (mentee.municipality_id) consider(by_municipality, *mentee.municipality_id);
  if (profile.reach.other_municipality.value) {
    for (const auto& s : mentee.subjects) consider(by_subject, s);
  }
  return count;
}

}  // namespace

core::Result<AssignmentProposal> ProposeAssignments(const MentoringProfile& profile,
                                                    const std::vector<MenteeFacts>& mentees,
                                                    const std::vector<MentorFacts>& mentors,
                                                    const AssignmentCosts& costs) {
  for (std::size_t k = 0; k < kProximityCount; ++k) {
    const auto cost = costs.by_proximity[k];
    if (cost < 0 || cost > kMaxAssignmentCost) {
      return core::ValidationError("costs", "Стоимость пары — от 0 до " + std::to_string(kMaxAssignmentCost),
                                   "assignment_cost_out_of_range");
    }
    if (k > 0 && cost < costs.by_proximity[k - 1]) {
      return core::ValidationError("costs", "Более дальний наставник не может стоить дешевле более близкого",
                                   "assignment_costs_not_monotone");
    }
  }
  if (mentees.size() > kMaxProposalMentees) {
    return core::ValidationError("mentees", "Слишком много подшефных для одного расчёта", "too_many_mentees");
  }

  AssignmentProposal proposal;
  std::unordered_set<std::int64_t> needing;
  for (const auto& m : mentees) {
    if (!m.has_mentor) needing.insert(m.person_id);
  }
  proposal.mentees_considered = needing.size();

  std::unordered_map<std::string, int> subject_ids;
  const auto intern = [&](const std::vector<std::string>& subjects, bool add) {
    std::vector<int> ids;
    for (const auto& s : subjects) {
      auto it = subject_ids.find(s);
      if (it == subject_ids.end() && add) it = subject_ids.emplace(s, static_cast<int>(subject_ids.size())).first;
      ids.push_back(it == subject_ids.end() ? -1 : it->second);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
  };

  Graph graph;
  Graph::ArcMap<int> capacity(graph);
  Graph::ArcMap<std::int64_t> cost(graph);
  const Graph::Node source = graph.addNode();
  const Graph::Node sink = graph.addNode();
  const auto add_arc = [&](Graph::Node from, Graph::Node to, int cap, std::int64_t price) {
    const Graph::Arc arc = graph.addArc(from, to);
    capacity[arc] = cap;
    cost[arc] = price;
    return arc;
  };

  // Mentors: the qualified ones indexed for the reasons of those left out; those with free slots feed their places.
  std::unordered_map<std::int64_t, std::vector<std::size_t>> by_organisation;
  std::unordered_map<std::int64_t, std::vector<std::size_t>> by_municipality;
  std::unordered_map<std::string, std::vector<std::size_t>> by_subject;
  std::unordered_map<PlaceKey, int, PlaceKeyHash> place_index;
  std::vector<Graph::Node> place_node;
  std::vector<Proximity> place_proximity;
  struct Feed {
    Graph::Arc arc;
    std::size_t mentor;
    int place;
  };
  std::vector<Feed> feeds;
  for (std::size_t i = 0; i < mentors.size(); ++i) {
    const auto& m = mentors[i];
    // A person who still needs a mentor is not proposed as one in the same proposal.
    if (needing.contains(m.person_id) || !Qualified(profile, m)) continue;
    if (m.organisation_id) by_organisation[*m.organisation_id].push_back(i);
    if (m.municipality_id) by_municipality[*m.municipality_id].push_back(i);
    if (profile.reach.other_municipality.value) {
      for (const auto& s : m.subjects) by_subject[s].push_back(i);
    }
    const int slots = FreeSlots(profile, m.active_mentees);
    if (slots == 0) continue;
    const Graph::Node node = graph.addNode();
    add_arc(source, node, slots, 0);
    for (const auto& key : PlacesOf(profile, m, intern(m.subjects, true))) {
      auto [it, added] = place_index.emplace(key, static_cast<int>(place_node.size()));
      if (added) {
        place_node.push_back(graph.addNode());
        place_proximity.push_back(key.proximity);
      }
      feeds.push_back({add_arc(node, place_node[it->second], slots, 0), i, it->second});
    }
  }

  // Mentees: each place she belongs to feeds her at its proximity's cost.
  struct Take {
    Graph::Arc arc;
    std::size_t mentee;
    int place;
  };
  std::vector<Take> takes;
  int reachable = 0;
  for (std::size_t e = 0; e < mentees.size(); ++e) {
    const auto& m = mentees[e];
    if (m.has_mentor) continue;
    std::optional<Graph::Node> node;
    for (const auto& key : PlacesOf(profile, m, intern(m.subjects, false))) {
      const auto it = place_index.find(key);
      if (it == place_index.end()) continue;
      if (!node) {
        node = graph.addNode();
        add_arc(*node, sink, 1, 0);
        ++reachable;
      }
      takes.push_back({add_arc(place_node[it->second], *node, 1, costs.Of(key.proximity)), e, it->second});
    }
  }

  // An augmenting path assigns one more mentee and changes the other pairs' cost by less than max_cost per mentee,
  // so a bypass dearer than that carries only the mentees that cannot be assigned at all.
  const std::int64_t max_cost = *std::max_element(costs.by_proximity.begin(), costs.by_proximity.end());
  add_arc(source, sink, reachable, max_cost * (reachable + 1) + 1);
  proposal.network_arcs = static_cast<std::size_t>(graph.arcNum());

  Simplex simplex(graph);
  simplex.upperMap(capacity).costMap(cost).stSupply(source, sink, reachable);
  if (simplex.run() != Simplex::OPTIMAL) {
    return core::DomainError{core::ErrorKind::kInternal, "assignment_failed", "Не удалось рассчитать предложение", {}};
  }

  // Read the pairs back: at each place, the mentors' units meet the mentees' units in order. Any such pairing is a
  // valid one (both belong to the place), and it is priced by ProximityOf, which is never dearer than the place.
  std::vector<std::vector<std::pair<std::size_t, int>>> supplied(place_node.size());
  for (const auto& f : feeds) {
    if (const int units = simplex.flow(f.arc); units > 0) supplied[f.place].push_back({f.mentor, units});
  }
  std::vector<std::size_t> next(place_node.size(), 0);
  std::vector<bool> assigned(mentees.size(), false);
  for (const auto& t : takes) {
    if (simplex.flow(t.arc) <= 0) continue;
    auto& queue = supplied[t.place];
    auto& head = next[t.place];
    const std::size_t mentor = queue[head].first;
    if (--queue[head].second == 0) ++head;
    const Proximity proximity =
        ProximityOf(profile, mentees[t.mentee], mentors[mentor]).value_or(place_proximity[t.place]);
    assigned[t.mentee] = true;
    proposal.pairs.push_back({.mentee_index = t.mentee,
                              .mentor_index = mentor,
                              .mentee_id = mentees[t.mentee].person_id,
                              .mentor_id = mentors[mentor].person_id,
                              .proximity = proximity,
                              .kind = KindFor(proximity),
                              .cost = costs.Of(proximity)});
    proposal.total_cost += costs.Of(proximity);
  }
  std::sort(proposal.pairs.begin(), proposal.pairs.end(),
            [](const ProposedPair& x, const ProposedPair& y) { return x.mentee_index < y.mentee_index; });

  for (std::size_t e = 0; e < mentees.size(); ++e) {
    if (mentees[e].has_mentor || assigned[e]) continue;
    UnassignedMentee u{.mentee_index = e, .mentee_id = mentees[e].person_id};
    u.candidates = CountCandidates(profile, mentees[e], mentors, by_organisation, by_municipality, by_subject);
    if (u.candidates == 0) {
      u.reason = UnassignedReason::kNoMentorInReach;
      u.text = NoMentorText(profile, mentees[e]);
    } else {
      u.reason = UnassignedReason::kAllSlotsTaken;
      u.text = SlotsTakenText(profile, u.candidates);
    }
    proposal.unassigned.push_back(std::move(u));
  }
  return proposal;
}

}  // namespace metodset::mentoring
