#pragma once
// What the mentoring rules need to know of mentors and mentees as of one date. The application derives the
// facts from the people registry (people::Derive) and the current pairs; the domain only reads them, so it
// does not depend on the people module (tests/architecture: other modules only through module.hpp).

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/mentoring/domain/mentoring_profile.hpp"
#include "platform/core/date.hpp"

namespace metodset::mentoring {

/// A length of service as full years, months and days: the shape of people::Experience, copied from
/// people::Derive(person, on).pedagogical by the application.
struct ServiceLength {
  int years = 0;
  int months = 0;
  int days = 0;
  auto operator<=>(const ServiceLength&) const = default;
};

/// «4 года 11 месяцев 30 дней» (zero parts omitted; «0 дней» for none).
std::string ServiceLengthText(const ServiceLength& length);

/// The methodological council's recommendation of a mentor (003 §App2 3.1, 3.3): the protocol of its session.
struct CouncilRecommendation {
  std::string protocol_number;
  core::Date date;
};

/// A candidate mentor as of `on`.
struct MentorFacts {
  std::int64_t person_id = 0;
  std::string name;  // ФИО, for the texts
  core::Date on;
  ServiceLength pedagogical_experience;  // through `on`
  std::optional<CouncilRecommendation> council_recommendation;
  int active_mentees = 0;                       // pairs in force on `on`
  std::optional<std::int64_t> organisation_id;  // the current main employment's
  std::optional<std::int64_t> municipality_id;
  std::vector<std::string> subjects;  // codes (or titles) of the subjects taught; only compared for equality
  bool contest_winner = false;  // 2.2: a consultant is «победитель … конкурсов профессионального мастерства»
};

/// A mentee (or a newly hired teacher who needs a mentor).
struct MenteeFacts {
  std::int64_t person_id = 0;
  std::string name;
  MenteeCategory category = MenteeCategory::kYoungSpecialist;
  core::Date hired_on;
  std::optional<core::Date> graduation_on;  // working students (3.2)
  std::optional<std::int64_t> organisation_id;
  std::optional<std::int64_t> municipality_id;
  std::vector<std::string> subjects;
  bool has_mentor = false;  // a pair in force: the proposal leaves her out
};

/// The mentor teaches at least one subject of the mentee.
bool TeachesSubjectOf(const MentorFacts& mentor, const MenteeFacts& mentee);

/// A teacher of a collective mentor (3.4).
struct CollectiveMemberFacts {
  std::int64_t person_id = 0;
  std::string name;
  ServiceLength service_in_school;  // «стаж работы в школе»: work in the mentee's organisation, through `on`
};

/// A collective mentor as of `on` (3.4).
struct CollectiveMentorFacts {
  core::Date on;
  std::vector<CollectiveMemberFacts> members;
  std::optional<CouncilRecommendation> council_recommendation;
  int active_mentees = 0;
};

}  // namespace metodset::mentoring
