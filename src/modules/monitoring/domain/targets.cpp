#include "modules/monitoring/domain/targets.hpp"

#include <cmath>

namespace metodset::monitoring {

const std::vector<ProgrammeTarget>& AmurProgrammeTargets() {
  static const std::vector<ProgrammeTarget> targets = {
      {"needs_monitoring",
       "Разработка и внедрение муниципальных мониторингов профессиональных потребностей и дефицитов работников "
       "образования",
       100,
       TargetSource::kCampaign,
       {"3.12"}},
      {"adaptation_monitoring",
       "Разработка и внедрение муниципальных мониторингов адаптации молодых педагогов к специфике профессиональной "
       "деятельности",
       100,
       TargetSource::kCampaign,
       {"2.3"}},
      {"mentoring", "Организация наставничества для молодых педагогов", 100, TargetSource::kMentoring, {}},
      {"union_programmes",
       "Разработка и внедрение муниципальных программ по развитию и сопровождению школьных методических объединений",
       100,
       TargetSource::kCampaign,
       {"3.1"}},
      {"union_contests",
       "Проведение муниципальных конкурсов школьных, муниципальных методических объединений",
       100,
       TargetSource::kCampaign,
       {"3.22"}},
      {"gifted",
       "Муниципальные программы или проекты повышения профессиональной компетентности педагогов в области работы с "
       "одаренными детьми",
       100,
       TargetSource::kCampaign,
       {"3.26"}},
      {"profile",
       "Муниципальные программы или проекты в области организации предпрофильной подготовки и профильного обучения",
       100,
       TargetSource::kCampaign,
       {"3.27"}},
      {"inclusive",
       "Муниципальные программы или проекты в области организации инклюзивных практик",
       100,
       TargetSource::kCampaign,
       {"3.29"}},
      {"project_research",
       "Муниципальные программы или проекты в области проектной и исследовательской деятельности обучающихся",
       100,
       TargetSource::kCampaign,
       {"3.28"}},
      {"low_results",
       "«Дорожные карты» повышения качества образования в школах с низкими результатами обучения",
       100,
       TargetSource::kCampaign,
       {"3.31"}},
      {"digital",
       "Муниципальные программы или проекты в области цифровизации образовательного процесса",
       70,
       TargetSource::kCampaign,
       {"3.30"}},
      {"innovation_sites", "Деятельность региональных инновационных площадок", 60, TargetSource::kCampaign, {"7.1"}},
      {"internship_sites",
       "Деятельность стажировочных площадок, ресурсных центров по одному из направлений инновационной деятельности",
       80,
       TargetSource::kCampaign,
       {"7.5", "7.4"}},
      {"national_project",
       "Участие в реализации одного из направлений национального проекта «Образование»",
       100,
       TargetSource::kCampaign,
       {"7.2", "7.3"}},
      {"contest_stages",
       "Проведение муниципальных этапов конкурсов «Учитель года Амурской области», «Сердце отдаю детям», «За "
       "нравственный подвиг учителя»",
       100,
       TargetSource::kCampaign,
       {"3.19"}},
  };
  return targets;
}

TargetValue ShareValue(const ProgrammeTarget& target, long long numerator, long long denominator) {
  TargetValue v;
  v.numerator = numerator;
  v.denominator = denominator;
  if (denominator > 0) {
    v.actual = std::round(1000.0 * static_cast<double>(numerator) / static_cast<double>(denominator)) / 10.0;
    v.met = *v.actual >= target.target;
  }
  return v;
}

TargetValue CampaignTargetValue(const ProgrammeTarget& target, const Catalog& catalog,
                                const std::vector<std::vector<AnswerFact>>& facts) {
  std::vector<int> indices;
  int index = 0;
  for (const auto& c : catalog.criteria)
    for (const auto& i : c.indicators) {
      for (const auto& n : target.indicators)
        if (i.number == n) indices.push_back(index);
      ++index;
    }
  long long yes = 0;
  for (const auto& form : facts) {
    for (int k : indices)
      if (k < static_cast<int>(form.size()) && form[k].met && form[k].accepted) {
        ++yes;
        break;
      }
  }
  return ShareValue(target, yes, static_cast<long long>(facts.size()));
}

}  // namespace metodset::monitoring
