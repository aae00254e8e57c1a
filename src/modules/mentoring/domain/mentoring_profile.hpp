#pragma once
// The mentoring regulation profile (SPEC §4, §7): every number of the rules as data with the section that sets
// it, and the preset of the Amur regulation (003 §App2 — Положение о наставничестве в образовательной
// организации, приложение 2 к приказу Минобрнауки Амурской области от 13.07.2020 № 696).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/date.hpp"
#include "platform/core/result.hpp"

namespace metodset::mentoring {

/// Category of a mentee; each has its own term (003 §App2 3.2).
enum class MenteeCategory {
  kYoungSpecialist,       // молодой специалист
  kStudentIntern,         // студент-стажёр
  kWorkingStudent,        // работающий студент
  kAfterMilitaryService,  // демобилизованный из рядов Вооружённых Сил РФ
};

/// Kind of mentor (003 §App2 2.2, 3.4).
enum class MentorKind {
  kSubject,     // наставник-предметник: of the mentee's subject area
  kConsultant,  // наставник-консультант: professionally successful, any subject
  kCollective,  // коллективный наставник: part of the staff, each with ≥ 5 years in the school
};

/// Ground for replacing a mentor (003 §App2 3.6).
enum class ReplacementReason {
  kPersonalApplication,  // личное заявление подшефного или наставника
  kLongAbsence,          // длительное отсутствие наставника
  kDismissal,            // увольнение наставника
  kTransfer,  // перевод на другую работу подшефного или наставника
  kDisciplinaryAction,  // привлечение наставника к дисциплинарной ответственности
  kPsychologicalIncompatibility,  // психологическая несовместимость наставника и подшефного
};

/// Cause of a long absence of the mentor, as listed in 003 §App2 3.6.
enum class AbsenceCause {
  kIllness,
  kChildCare,
  kFamilyMemberCare,  // уход за нетрудоспособным членом семьи
  kLongLeave,         // длительный отпуск сроком до одного года
  kBusinessTrip,
  kStudy,
  kOther,  // «и иным причинам»: the details must say which
};

/// A value of the profile with the section of the source regulation that sets it.
template <typename T>
struct Cited {
  T value{};
  std::string section;  // "3.3"; empty when the value is the installation's choice, not the regulation's
};

/// The document a profile comes from.
struct RegulationSource {
  std::string seed;      // "003": the file prefix in /work/shared/seeds
  std::string document;  // the order that approved it
  std::string number;
  core::Date date;
  std::string title;  // «Положение о наставничестве в образовательной организации»
  std::string appendix;  // «приложение 2»
};

/// The term of mentoring for one mentee category (003 §App2 3.2).
struct TermRule {
  MenteeCategory category = MenteeCategory::kYoungSpecialist;
  int start_delay_months = 0;  // «через 1 месяц после начала работы»
  std::optional<int> months;   // none: until the graduation date (working students)
  std::string section;
};

/// How far a mentor may be from the mentee when the system proposes pairs. Not set by 003 §App2, which speaks
/// of one organisation; the installation chooses how far the municipal service may reach.
struct MatchingReach {
  Cited<bool> other_subject;       // a mentor of another subject, as a consultant (2.2)
  Cited<bool> other_municipality;  // a mentor of the same subject in another municipality
};

/// The mentoring rules of one regulation as data; an administrator may copy and edit it (SPEC §4).
struct MentoringProfile {
  std::string code;
  std::string title;
  RegulationSource source;
  // 3.3: «стаж педагогической деятельности не менее 5 лет».
  Cited<int> mentor_min_experience_years;
  // 3.1: «по рекомендации методического совета»; 3.3: the council chooses the mentor at its session.
  Cited<bool> council_recommendation_required;
  // 3.4: a collective mentor's teachers have «стаж работы в школе не менее 5 лет».
  Cited<int> collective_member_min_school_experience_years;
  // 3.4: «часть педагогического коллектива» — more than one teacher.
  Cited<int> collective_min_members;
  // 3.5: «не более двух подшефных педагогов» at a time.
  Cited<int> max_mentees_per_mentor;
  // 3.1: «срока наставничества (не менее одного года)».
  Cited<int> min_term_months;
  // 3.1: «не позднее двух недель с даты приема на работу».
  Cited<int> directive_due_days;
  // 4.4: «не реже 2-х раз в год».
  Cited<int> min_mentor_reports_per_year;
  // 3.2: one term per mentee category.
  std::vector<TermRule> terms;
  // 3.6: the grounds a replacement may cite.
  Cited<std::vector<ReplacementReason>> replacement_reasons;
  MatchingReach reach;
};

/// The preset of 003 §App2 (Amur region, order № 696 of 13.07.2020).
MentoringProfile AmurMentoring();

/// Checks that an edited profile is usable: positive numbers, a term for every category, 1–12 reports a year.
core::Result<void> ValidateProfile(const MentoringProfile& profile);

/// The term rule of a category, or nullptr when the profile has none.
const TermRule* FindTermRule(const MentoringProfile& profile, MenteeCategory category);

/// Russian labels for the UI and the texts of the checks.
std::string_view Label(MenteeCategory category);
std::string_view Label(MentorKind kind);
std::string_view Label(ReplacementReason reason);
std::string_view Label(AbsenceCause cause);

/// Stable codes for storage and the API ("young_specialist", "subject", "dismissal", "illness", …).
std::string_view Code(MenteeCategory category);
std::string_view Code(MentorKind kind);
std::string_view Code(ReplacementReason reason);
std::string_view Code(AbsenceCause cause);

/// The value of a code; nullopt for anything else.
std::optional<MenteeCategory> ParseMenteeCategory(std::string_view code);
std::optional<MentorKind> ParseMentorKind(std::string_view code);
std::optional<ReplacementReason> ParseReplacementReason(std::string_view code);
std::optional<AbsenceCause> ParseAbsenceCause(std::string_view code);

/// Every value of each enumeration, in the order of the regulation.
const std::vector<MenteeCategory>& AllMenteeCategories();
const std::vector<ReplacementReason>& AllReplacementReasons();
const std::vector<AbsenceCause>& AllAbsenceCauses();

}  // namespace metodset::mentoring
