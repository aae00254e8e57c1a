#include "modules/mentoring/domain/mentoring_profile.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace metodset::mentoring {
namespace {

template <typename E>
struct Names {
  E value;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<Names<MenteeCategory>, 4> kCategories{{
    {MenteeCategory::kYoungSpecialist, "young_specialist", "Молодой специалист"},
    {MenteeCategory::kStudentIntern, "student_intern", "Студент-стажёр"},
    {MenteeCategory::kWorkingStudent, "working_student", "Работающий студент"},
    {MenteeCategory::kAfterMilitaryService, "after_military_service", "Демобилизованный из рядов Вооружённых Сил РФ"},
}};

constexpr std::array<Names<MentorKind>, 3> kKinds{{
    {MentorKind::kSubject, "subject", "Наставник-предметник"},
    {MentorKind::kConsultant, "consultant", "Наставник-консультант"},
    {MentorKind::kCollective, "collective", "Коллективный наставник"},
}};

// The wording follows 003 §App2 3.6 item by item.
constexpr std::array<Names<ReplacementReason>, 6> kReasons{{
    {ReplacementReason::kPersonalApplication, "personal_application", "Личное заявление подшефного или наставника"},
    {ReplacementReason::kLongAbsence, "long_absence", "Длительное отсутствие наставника"},
    {ReplacementReason::kDismissal, "dismissal", "Увольнение наставника"},
    {ReplacementReason::kTransfer, "transfer", "Перевод подшефного или наставника на другую работу"},
    {ReplacementReason::kDisciplinaryAction, "disciplinary_action",
     "Привлечение наставника к дисциплинарной ответственности"},
    {ReplacementReason::kPsychologicalIncompatibility, "psychological_incompatibility",
     "Психологическая несовместимость наставника и подшефного"},
}};

constexpr std::array<Names<AbsenceCause>, 7> kCauses{{
    {AbsenceCause::kIllness, "illness", "Болезнь"},
    {AbsenceCause::kChildCare, "child_care", "Уход за ребёнком"},
    {AbsenceCause::kFamilyMemberCare, "family_member_care", "Уход за нетрудоспособным членом семьи"},
    {AbsenceCause::kLongLeave, "long_leave", "Длительный отпуск сроком до одного года"},
    {AbsenceCause::kBusinessTrip, "business_trip", "Командировка"},
    {AbsenceCause::kStudy, "study", "Обучение"},
    {AbsenceCause::kOther, "other", "Иная причина"},
}};

template <typename E, std::size_t N>
const Names<E>& Of(const std::array<Names<E>, N>& table, E value) {
  return *std::find_if(table.begin(), table.end(), [&](const Names<E>& n) { return n.value == value; });
}

template <typename E, std::size_t N>
std::optional<E> Parse(const std::array<Names<E>, N>& table, std::string_view code) {
  for (const auto& n : table) {
    if (n.code == code) return n.value;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::vector<E> Values(const std::array<Names<E>, N>& table) {
  std::vector<E> values;
  values.reserve(N);
  for (const auto& n : table) values.push_back(n.value);
  return values;
}

core::DomainError ProfileError(std::string field, std::string message) {
  return core::ValidationError(std::move(field), std::move(message), "mentoring_profile_invalid");
}

}  // namespace

MentoringProfile AmurMentoring() {
  MentoringProfile p;
  p.code = "amur-003-app2";
  p.title = "Наставничество в образовательной организации (Амурская область)";
  p.source = {.seed = "003",
              .document = "Приказ министерства образования и науки Амурской области",
              .number = "696",
              .date = {2020, 7, 13},
              .title = "Положение о наставничестве в образовательной организации",
              .appendix = "приложение 2"};
  // 3.3: «стаж педагогической деятельности не менее 5 лет».
  p.mentor_min_experience_years = {5, "3.3"};
  // 3.1: «по рекомендации методического совета»; 3.3: «на заседании методического совета выбирают наставника».
  p.council_recommendation_required = {true, "3.1, 3.3"};
  // 3.4: «учителя, имеющие стаж работы в школе не менее 5 лет».
  p.collective_member_min_school_experience_years = {5, "3.4"};
  // 3.4: «часть педагогического коллектива» — a collective is more than one teacher.
  p.collective_min_members = {2, "3.4"};
  // 3.5: «не более двух подшефных педагогов» at a time.
  p.max_mentees_per_mentor = {2, "3.5"};
  // 3.1: «с указанием срока наставничества (не менее одного года)».
  p.min_term_months = {12, "3.1"};
  // 3.1: «не позднее двух недель с даты приема на работу».
  p.directive_due_days = {14, "3.1"};
  // 4.4: «не реже 2-х раз в год».
  p.min_mentor_reports_per_year = {2, "4.4"};
  // 3.2: young specialists and working students «через 1 месяц после начала работы»; student-interns and those
  // after military service have no delay in the text, so their term starts on the first working day.
  p.terms = {
      {MenteeCategory::kYoungSpecialist, 1, 36, "3.2"},
      {MenteeCategory::kStudentIntern, 0, 12, "3.2"},
      {MenteeCategory::kWorkingStudent, 1, std::nullopt, "3.2"},
      {MenteeCategory::kAfterMilitaryService, 0, 24, "3.2"},
  };
  p.replacement_reasons = {AllReplacementReasons(), "3.6"};
  // 2.2: consultant functions may be performed by a teacher of another subject. Mentoring across municipalities is
  // not foreseen by a regulation written for one organisation: off unless the installation turns it on.
  p.reach = {.other_subject = {true, "2.2"}, .other_municipality = {false, ""}};
  return p;
}

core::Result<void> ValidateProfile(const MentoringProfile& p) {
  if (p.mentor_min_experience_years.value < 0) {
    return ProfileError("mentor_min_experience_years", "Стаж наставника не может быть отрицательным");
  }
  if (p.collective_member_min_school_experience_years.value < 0) {
    return ProfileError("collective_member_min_school_experience_years",
                        "Стаж участника коллективного наставничества не может быть отрицательным");
  }
  if (p.collective_min_members.value < 1) {
    return ProfileError("collective_min_members", "В коллективном наставнике должен быть хотя бы один педагог");
  }
  if (p.max_mentees_per_mentor.value < 1) {
    return ProfileError("max_mentees_per_mentor", "Наставник должен иметь право хотя бы на одного подшефного");
  }
  if (p.min_term_months.value < 1) {
    return ProfileError("min_term_months", "Наименьший срок наставничества — не меньше одного месяца");
  }
  if (p.directive_due_days.value < 0) {
    return ProfileError("directive_due_days", "Срок издания приказа не может быть отрицательным");
  }
  if (p.min_mentor_reports_per_year.value < 1 || p.min_mentor_reports_per_year.value > 12) {
    return ProfileError("min_mentor_reports_per_year", "Отчётов наставника в год — от 1 до 12");
  }
  for (const auto category : AllMenteeCategories()) {
    const TermRule* rule = FindTermRule(p, category);
    if (!rule) {
      return ProfileError("terms", "Не задан срок наставничества для категории «" + std::string(Label(category)) + "»");
    }
    if (rule->start_delay_months < 0 || (rule->months && *rule->months < 1)) {
      return ProfileError("terms", "Срок наставничества для категории «" + std::string(Label(category)) +
                                       "» должен быть положительным");
    }
  }
  if (p.replacement_reasons.value.empty()) {
    return ProfileError("replacement_reasons", "Не задано ни одного основания замены наставника");
  }
  return core::Ok{};
}

const TermRule* FindTermRule(const MentoringProfile& profile, MenteeCategory category) {
  for (const auto& rule : profile.terms) {
    if (rule.category == category) return &rule;
  }
  return nullptr;
}

std::string_view Label(MenteeCategory category) { return Of(kCategories, category).label; }
std::string_view Label(MentorKind kind) { return Of(kKinds, kind).label; }
std::string_view Label(ReplacementReason reason) { return Of(kReasons, reason).label; }
std::string_view Label(AbsenceCause cause) { return Of(kCauses, cause).label; }

std::string_view Code(MenteeCategory category) { return Of(kCategories, category).code; }
std::string_view Code(MentorKind kind) { return Of(kKinds, kind).code; }
std::string_view Code(ReplacementReason reason) { return Of(kReasons, reason).code; }
std::string_view Code(AbsenceCause cause) { return Of(kCauses, cause).code; }

std::optional<MenteeCategory> ParseMenteeCategory(std::string_view code) { return Parse(kCategories, code); }
std::optional<MentorKind> ParseMentorKind(std::string_view code) { return Parse(kKinds, code); }
std::optional<ReplacementReason> ParseReplacementReason(std::string_view code) { return Parse(kReasons, code); }
std::optional<AbsenceCause> ParseAbsenceCause(std::string_view code) { return Parse(kCauses, code); }

const std::vector<MenteeCategory>& AllMenteeCategories() {
  static const std::vector<MenteeCategory> kValues = Values(kCategories);
  return kValues;
}
const std::vector<ReplacementReason>& AllReplacementReasons() {
  static const std::vector<ReplacementReason> kValues = Values(kReasons);
  return kValues;
}
const std::vector<AbsenceCause>& AllAbsenceCauses() {
  static const std::vector<AbsenceCause> kValues = Values(kCauses);
  return kValues;
}

}  // namespace metodset::mentoring
