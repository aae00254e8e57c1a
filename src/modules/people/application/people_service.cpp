// Use cases of the people registry: list, card, create, update, delete, duplicates, export, own card.
#include "modules/people/application/people_service.hpp"

#include <algorithm>
#include <map>

#include "modules/people/application/access_rules.hpp"
#include "platform/core/text.hpp"

namespace metodset::people {
namespace {

core::DomainError NotFoundPerson() { return core::NotFound("Работник не найден"); }

std::optional<std::string> DateText(const std::optional<core::Date>& d) {
  return d ? std::optional<std::string>(d->Iso()) : std::nullopt;
}

// Sections compared as text so that the audit names the sections that changed.
std::string SectionText(const Person& p, const std::string& section) {
  std::string out;
  auto add = [&](const std::string& s) { out += s + "|"; };
  if (section == "employments") {
    for (const auto& e : p.employments) {
      add(std::to_string(e.organisation_id.value_or(0)) + e.organisation_name + e.position + std::to_string(e.is_main) +
          std::to_string(e.pedagogical) + e.started_on.Iso() + DateText(e.ended_on).value_or(""));
      for (const auto& s : e.subjects) add(s);
    }
  } else if (section == "educations") {
    for (const auto& e : p.educations) {
      add(e.level + std::to_string(e.pedagogical) + e.institution + e.speciality.value_or("") +
          std::to_string(e.graduated_year.value_or(0)));
    }
  } else if (section == "categories") {
    for (const auto& c : p.categories) add(c.category + c.awarded_on.Iso() + c.directive.value_or(""));
  } else if (section == "courses") {
    for (const auto& c : p.courses) {
      add(c.programme + c.provider.value_or("") + std::to_string(c.hours) + c.started_on.Iso() + c.ended_on.Iso());
    }
  } else if (section == "achievements") {
    for (const auto& a : p.achievements) {
      add(a.kind + a.level.value_or("") + a.title + a.achieved_on.Iso() + DateText(a.valid_until).value_or("") +
          std::to_string(a.document_id.value_or(0)));
    }
  } else if (section == "consents") {
    for (const auto& c : p.consents) {
      add(c.purpose + c.form + c.given_on.Iso() + DateText(c.withdrawn_on).value_or("") +
          std::to_string(c.document_id.value_or(0)));
    }
  }
  return out;
}

std::size_t SectionSize(const Person& p, const std::string& section) {
  if (section == "employments") return p.employments.size();
  if (section == "educations") return p.educations.size();
  if (section == "categories") return p.categories.size();
  if (section == "courses") return p.courses.size();
  if (section == "achievements") return p.achievements.size();
  return p.consents.size();
}

/// The changed fields and sections (for a section, the number of records before and after).
std::vector<audit::FieldChange> Diff(const Person* before, const Person* after) {
  std::vector<audit::FieldChange> changes;
  auto field = [&](const char* name, auto get) {
    std::optional<std::string> old_value = before ? get(*before) : std::nullopt;
    std::optional<std::string> new_value = after ? get(*after) : std::nullopt;
    if (old_value != new_value) changes.push_back({name, old_value, new_value});
  };
  field("last_name", [](const Person& p) { return std::optional<std::string>(p.last_name); });
  field("first_name", [](const Person& p) { return std::optional<std::string>(p.first_name); });
  field("middle_name", [](const Person& p) { return p.middle_name; });
  field("birth_date", [](const Person& p) { return std::optional<std::string>(p.birth_date.Iso()); });
  field("email", [](const Person& p) { return p.email; });
  field("phone", [](const Person& p) { return p.phone; });
  for (const char* section : {"employments", "educations", "categories", "courses", "achievements", "consents"}) {
    const std::string old_text = before ? SectionText(*before, section) : "";
    const std::string new_text = after ? SectionText(*after, section) : "";
    if (old_text == new_text) continue;
    auto count = [&](const Person* p) {
      return p ? std::optional<std::string>(std::to_string(SectionSize(*p, section)) + " зап.") : std::nullopt;
    };
    changes.push_back({section, count(before), count(after)});
  }
  return changes;
}

void SortSections(Person& p) {
  // docs/api/PEOPLE.md: sections sorted by date, newest first.
  std::stable_sort(p.employments.begin(), p.employments.end(),
                   [](const Employment& a, const Employment& b) { return a.started_on > b.started_on; });
  std::stable_sort(p.categories.begin(), p.categories.end(),
                   [](const CategoryAward& a, const CategoryAward& b) { return a.awarded_on > b.awarded_on; });
  std::stable_sort(p.courses.begin(), p.courses.end(),
                   [](const Course& a, const Course& b) { return a.ended_on > b.ended_on; });
  std::stable_sort(p.achievements.begin(), p.achievements.end(),
                   [](const Achievement& a, const Achievement& b) { return a.achieved_on > b.achieved_on; });
  std::stable_sort(p.consents.begin(), p.consents.end(),
                   [](const Consent& a, const Consent& b) { return a.given_on > b.given_on; });
  std::stable_sort(p.educations.begin(), p.educations.end(), [](const Education& a, const Education& b) {
    return a.graduated_year.value_or(0) > b.graduated_year.value_or(0);
  });
}

PersonCard CardOf(PersonRecord record, const core::Date& on) {
  SortSections(record.person);
  auto derived = Derive(record.person, on);
  return {std::move(record), std::move(derived)};
}

/// Keeps ids only of the section items that already belong to the person (a client cannot adopt others').
template <typename T>
void KeepOwnIds(std::vector<T>& items, const std::vector<T>* before) {
  for (auto& item : items) {
    const bool own = before && std::any_of(before->begin(), before->end(),
                                           [&](const T& b) { return b.id != 0 && b.id == item.id; });
    if (!own) item.id = 0;
  }
}

}  // namespace

PeopleService::Statuses PeopleService::StatusesOf(const PersonListItem& item, const core::Date& today,
                                                  int attestation_months) {
  // The same rules as Derive, read from the summary columns (docs/api/PEOPLE.md "Derived facts").
  Statuses codes;
  const auto& s = item.summary;
  if (s.young_specialist_until && *s.young_specialist_until >= today) codes.codes[codes.size++] = ("young_specialist");
  if (AgeOn(item.birth_date, today) < 35) codes.codes[codes.size++] = ("young_teacher");
  if (s.category_until && *s.category_until <= today.AddMonths(attestation_months)) {
    codes.codes[codes.size++] = ("attestation_due");
  }
  if (!s.last_course_on || s.last_course_on->AddMonths(36) <= today) codes.codes[codes.size++] = ("pd_due");
  return codes;
}

std::string PeopleService::CategoryInForceOf(const PersonListItem& item, const core::Date& today) {
  if (item.summary.category && item.summary.category_until && *item.summary.category_until >= today) {
    return *item.summary.category;
  }
  return "none";
}

core::Result<PersonPage> PeopleService::List(const core::Actor& actor, const PersonFilter& filter) {
  PersonPage page;
  auto done = List(actor, filter, page);
  if (!done) return done.error();
  return page;
}

core::Result<void> PeopleService::List(const core::Actor& actor, const PersonFilter& filter, PersonPage& page) {
  if (!actor.principal) return core::Unauthenticated();
  if (filter.sort != "name" && filter.sort != "-name") {
    return core::ValidationError("sort", "Сортировка возможна по name или -name");
  }
  if (filter.status && *filter.status != "young_specialist" && *filter.status != "young_teacher" &&
      *filter.status != "attestation_due" && *filter.status != "pd_due") {
    return core::ValidationError("status",
                                 "Статус: young_specialist, young_teacher, attestation_due или pd_due");
  }
  if (filter.attestation_months < 0 || filter.attestation_months > 60) {
    return core::ValidationError("attestation_months", "Горизонт аттестации — от 0 до 60 месяцев");
  }
  const auto scope = core::ScopeFilterFor(*actor.principal, access::kKeepers);
  if (scope.Empty()) {
    page.items.clear();
    page.total = 0;
    return core::Ok{};
  }
  storage_.Read([&](PeopleStore& store) { store.List(filter, scope, clock_.Today(), page); });
  return core::Ok{};
}

core::Result<PersonCard> PeopleService::Get(const core::Actor& actor, std::int64_t id, std::optional<core::Date> on) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<PersonRecord> record;
  storage_.Read([&](PeopleStore& store) { record = store.Find(id); });
  // Outside the caller's scope a person does not exist for her (ADR 0003): 404, not 403.
  if (!record || !actor.principal->Reaches(record->place.Path(record->person.id), access::kKeepers)) {
    return NotFoundPerson();
  }
  return CardOf(std::move(*record), on.value_or(clock_.Today()));
}

core::Result<PersonCard> PeopleService::Create(const core::Actor& actor, Person draft, bool allow_duplicate) {
  return Save(actor, std::nullopt, std::move(draft), allow_duplicate, false);
}

core::Result<PersonCard> PeopleService::Update(const core::Actor& actor, std::int64_t id, Person draft) {
  return Save(actor, id, std::move(draft), true, false);
}

core::Result<PersonCard> PeopleService::Save(const core::Actor& actor, std::optional<std::int64_t> id, Person draft,
                                             bool allow_duplicate, bool self) {
  if (!actor.principal) return core::Unauthenticated();
  const auto today = clock_.Today();
  const auto now = core::FormatTimestamp(clock_.Now());
  std::optional<PersonRecord> saved;
  auto done = storage_.Transact([&](PeopleStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    std::optional<PersonRecord> before;
    std::optional<core::Grant> grant;
    if (id) {
      before = store.Find(*id);
      const auto roles = self ? access::kSelf : access::kKeepers;
      if (!before || !actor.principal->Reaches(before->place.Path(*id), roles)) return NotFoundPerson();
      grant = actor.principal->GrantFor(before->place.Path(*id), roles);
      draft.id = *id;
      KeepOwnIds(draft.employments, &before->person.employments);
      KeepOwnIds(draft.educations, &before->person.educations);
      KeepOwnIds(draft.categories, &before->person.categories);
      KeepOwnIds(draft.courses, &before->person.courses);
      KeepOwnIds(draft.achievements, &before->person.achievements);
      KeepOwnIds(draft.consents, &before->person.consents);
    } else {
      draft.id = 0;
      KeepOwnIds<Employment>(draft.employments, nullptr);
      KeepOwnIds<Education>(draft.educations, nullptr);
      KeepOwnIds<CategoryAward>(draft.categories, nullptr);
      KeepOwnIds<Course>(draft.courses, nullptr);
      KeepOwnIds<Achievement>(draft.achievements, nullptr);
      KeepOwnIds<Consent>(draft.consents, nullptr);
    }
    // Registry organisations lend their name; an unknown id is an error of that employment.
    for (std::size_t i = 0; i < draft.employments.size(); ++i) {
      auto& e = draft.employments[i];
      if (!e.organisation_id) continue;
      auto place = store.PlaceOfOrganisation(*e.organisation_id);
      if (!place) {
        return core::ValidationError("employments[" + std::to_string(i) + "].organisation_id",
                                     "Организация не найдена в реестре");
      }
      e.organisation_name = place->organisation_name.value_or("");
    }
    auto valid = ValidatePerson(std::move(draft), today, store.Catalogues());
    if (!valid) return valid.error();
    const auto summary = Summarise(*valid, today);
    PersonPlace place;
    if (summary.organisation_id) {
      place = *store.PlaceOfOrganisation(*summary.organisation_id);
    } else if (before) {
      place = before->place;
      place.organisation_id.reset();
      place.organisation_name.reset();
    } else {
      return core::ValidationError("employments",
                                   "Укажите место работы в организации реестра: по нему работник попадает в реестр");
    }
    if (!self) {
      // The new place must lie within the writer's scope as well (a coordinator cannot move a person away).
      auto target = actor.principal->GrantFor(place.Path(valid->id ? std::optional(valid->id) : std::nullopt),
                                              access::kKeepers);
      if (!target) {
        return core::Forbidden("Место работы вне вашей области ответственности");
      }
      if (!grant) grant = target;
    }
    if (!id && !allow_duplicate) {
      for (const auto& same : store.FindSame(*valid)) {
        (void)same;
        return core::Conflict("duplicate",
                              "Работник с такими ФИО и датой рождения уже есть в реестре (" + valid->birth_date.Russian() +
                                  "). Если это другой человек, подтвердите добавление",
                              "last_name");
      }
    }
    std::int64_t person_id = 0;
    if (id) {
      store.Update(*valid, summary, place, now);
      person_id = *id;
    } else {
      person_id = store.Insert(*valid, summary, place, now);
    }
    saved = store.Find(person_id);
    auto changes = Diff(before ? &before->person : nullptr, &saved->person);
    if (!before || !changes.empty()) {
      auto entry = audit::EntryFor(actor, before ? "update" : "create", "person", person_id,
                                   saved->place.Path(person_id), grant);
      entry.changes = std::move(changes);
      trail.Record(std::move(entry));
    }
    return core::Ok{};
  });
  if (!done) return done.error();
  return CardOf(std::move(*saved), today);
}

core::Result<void> PeopleService::Delete(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  return storage_.Transact([&](PeopleStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto before = store.Find(id);
    if (!before || !actor.principal->Reaches(before->place.Path(id), access::kKeepers)) return NotFoundPerson();
    auto grant = actor.principal->GrantFor(before->place.Path(id), access::kKeepers);
    store.Delete(id);
    auto entry = audit::EntryFor(actor, "delete", "person", id, before->place.Path(id), grant);
    entry.changes = Diff(&before->person, nullptr);
    trail.Record(std::move(entry));
    return core::Ok{};
  });
}

core::Result<Duplicates> PeopleService::FindDuplicates(const core::Actor& actor, const Person& key) {
  if (!actor.principal) return core::Unauthenticated();
  Duplicates found;
  storage_.Read([&](PeopleStore& store) {
    for (auto& item : store.FindSame(key)) {
      if (actor.principal->Reaches(item.place.Path(item.id), access::kKeepers)) {
        found.items.push_back(std::move(item));
      } else {
        // Only the fact: who she is and where stays hidden outside the scope (SPEC §14).
        found.outside_scope = true;
      }
    }
  });
  return found;
}

core::Result<office::Sheet> PeopleService::Export(const core::Actor& actor, PersonFilter filter) {
  if (!actor.principal) return core::Unauthenticated();
  filter.page = 1;
  filter.size = 0;
  auto page = List(actor, filter);
  if (!page) return page.error();
  const auto today = clock_.Today();
  std::map<std::string, std::map<std::string, std::string>> titles;
  office::Sheet sheet;
  sheet.name = "Педагоги";
  sheet.header = {"ФИО", "Дата рождения", "Организация", "Муниципальное образование", "Должность", "Предметы",
                  "Категория", "Категория действует до", "Статусы"};
  sheet.widths = {36, 14, 40, 28, 28, 30, 22, 14, 30};
  auto done = storage_.Transact([&](PeopleStore&, audit::AuditTrail& trail) -> core::Result<void> {
    core::TerritoryPath path;
    std::optional<core::Grant> used;
    for (const auto& g : actor.principal->grants) {
      if (auto located = locator_.Locate(g.scope)) {
        path = *located;
        used = g;
        break;
      }
    }
    if (!used) path.region_id = locator_.SoleRegion().value_or(0);
    auto e = audit::EntryFor(actor, "export", "person", std::nullopt, path, used);
    e.detail = "Выгрузка реестра педагогов: " + std::to_string(page->items.size()) + " строк";
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  static const std::map<std::string, std::string> kStatusTitles = {{"young_specialist", "молодой специалист"},
                                                                   {"young_teacher", "молодой педагог"},
                                                                   {"attestation_due", "аттестация"},
                                                                   {"pd_due", "курсы ПК"}};
  for (const auto& item : page->items) {
    std::string statuses;
    for (const auto& s : StatusesOf(item, today, filter.attestation_months)) {
      statuses += (statuses.empty() ? "" : ", ") + kStatusTitles.at(std::string(s));
    }
    std::string subjects;
    for (const auto& s : item.summary.subjects) subjects += (subjects.empty() ? "" : ", ") + s;
    Person name{.last_name = item.last_name, .first_name = item.first_name, .middle_name = item.middle_name};
    const auto category = CategoryInForceOf(item, today);
    sheet.rows.push_back({FullName(name), item.birth_date.Russian(), item.place.organisation_name.value_or(""),
                          item.place.municipality_name.value_or(""), item.summary.position.value_or(""), subjects,
                          category, category != "none" && item.summary.category_until
                                        ? office::Cell(item.summary.category_until->Russian())
                                        : office::Cell(std::monostate{}),
                          statuses});
  }
  return sheet;
}

core::Result<PersonCard> PeopleService::Me(const core::Actor& actor, std::optional<core::Date> on) {
  if (!actor.principal) return core::Unauthenticated();
  if (!actor.principal->person_id) return core::NotFound("Ваша учётная запись не связана с карточкой работника");
  std::optional<PersonRecord> record;
  storage_.Read([&](PeopleStore& store) { record = store.Find(*actor.principal->person_id); });
  if (!record) return core::NotFound("Ваша учётная запись не связана с карточкой работника");
  return CardOf(std::move(*record), on.value_or(clock_.Today()));
}

core::Result<PersonCard> PeopleService::UpdateMyContacts(const core::Actor& actor, std::optional<std::string> email,
                                                         std::optional<std::string> phone) {
  auto me = Me(actor, std::nullopt);
  if (!me) return me.error();
  Person p = me->record.person;
  p.email = std::move(email);
  p.phone = std::move(phone);
  return Save(actor, p.id, std::move(p), true, true);
}

core::Result<PersonCard> PeopleService::WithdrawMyConsent(const core::Actor& actor, std::int64_t consent_id) {
  auto me = Me(actor, std::nullopt);
  if (!me) return me.error();
  Person p = me->record.person;
  auto it = std::find_if(p.consents.begin(), p.consents.end(), [&](const Consent& c) { return c.id == consent_id; });
  if (it == p.consents.end()) return core::NotFound("Согласие не найдено");
  if (it->withdrawn_on) return core::Conflict("already_withdrawn", "Согласие уже отозвано");
  it->withdrawn_on = clock_.Today();
  return Save(actor, p.id, std::move(p), true, true);
}

}  // namespace metodset::people
