// Use cases of regulation profiles: presets, copy into a territory, list, read, versions, save a new version.
#include "modules/pool/application/profile_service.hpp"

#include <utility>

#include "modules/pool/application/access_rules.hpp"
#include "modules/pool/domain/declared_candidate.hpp"

namespace metodset::pool {
namespace {

constexpr const char* kObjectType = "pool_profile";

core::DomainError NotFoundProfile() { return core::NotFound("Профиль не найден"); }

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string Joined(const std::vector<Nominator>& items) {
  std::vector<std::string> codes;
  for (const auto n : items) codes.emplace_back(Code(n));
  return Joined(codes);
}

std::string Flag(bool value) { return value ? "да" : "нет"; }

std::string EvidenceText(const EvidenceRule& rule) {
  std::string text(Code(rule.kind));
  switch (rule.kind) {
    case EvidenceKind::kAchievement:
      text += " " + rule.achievement_kind;
      if (!rule.levels.empty()) text += " (" + Joined(rule.levels) + ")";
      break;
    case EvidenceKind::kEmployment: {
      std::vector<std::string> ids;
      for (const auto id : rule.organisation_ids) ids.push_back(std::to_string(id));
      text += " " + Joined(ids);
      break;
    }
    case EvidenceKind::kCourse:
      text += " «" + rule.programme_contains + "» от " + std::to_string(rule.min_hours) + " ч.";
      break;
  }
  return text;
}

/// The profile as named text fields, to record the fields an edit changed (the names are the JSON form's).
std::vector<std::pair<std::string, std::string>> Fields(const PoolProfile& p) {
  std::vector<std::pair<std::string, std::string>> f;
  f.emplace_back("title", p.title);
  f.emplace_back("level", std::string(Code(p.level)));
  f.emplace_back("source.seed", p.source.seed);
  f.emplace_back("source.title", p.source.title);
  f.emplace_back("source.approved_by", p.source.approved_by);
  f.emplace_back("source.number", p.source.number);
  f.emplace_back("source.date", p.source.date ? p.source.date->Iso() : "");
  f.emplace_back("source.regulation_id",
                 p.source.regulation_id ? std::to_string(*p.source.regulation_id) : std::string());
  f.emplace_back("eligibility_section", p.eligibility_section);
  f.emplace_back("require_current_employment", Flag(p.require_current_employment));
  f.emplace_back("accepted_categories", Joined(p.accepted_categories));
  f.emplace_back("education.levels", Joined(p.education.levels));
  f.emplace_back("education.pedagogical", Flag(p.education.pedagogical));
  f.emplace_back("experience.kind", std::string(Code(p.experience.kind)));
  f.emplace_back("experience.min_years", std::to_string(p.experience.min_years));
  for (std::size_t i = 0; i < p.criteria.size(); ++i) {
    const auto& c = p.criteria[i];
    std::vector<std::string> evidence;
    for (const auto& rule : c.evidence) evidence.push_back(EvidenceText(rule));
    f.emplace_back("criteria[" + std::to_string(i) + "]",
                   std::to_string(c.number) + ") " + c.wording + " [" + Joined(evidence) + "]" +
                       (c.manual_confirmation ? " [подтверждение документом]" : ""));
  }
  f.emplace_back("min_criteria", std::to_string(p.min_criteria));
  f.emplace_back("nominators", Joined(p.nominators));
  f.emplace_back("application_required", Flag(p.application_required));
  f.emplace_back("change_nominators", Joined(p.change_nominators));
  for (std::size_t i = 0; i < p.nomination_bases.size(); ++i) {
    const auto& b = p.nomination_bases[i];
    f.emplace_back("nomination_bases[" + std::to_string(i) + "]", b.code + ": " + b.title);
  }
  for (std::size_t i = 0; i < p.directions.size(); ++i) {
    const auto& d = p.directions[i];
    f.emplace_back("directions[" + std::to_string(i) + "]", d.code + ": " + d.title);
  }
  f.emplace_back("directive.issuer", p.directive.issuer);
  f.emplace_back("directive.agreement_with", p.directive.agreement_with.value_or(""));
  return f;
}

std::optional<std::string> Value(const std::vector<std::pair<std::string, std::string>>& fields,
                                 const std::string& name) {
  for (const auto& [field, value] : fields) {
    if (field == name) return value.empty() ? std::nullopt : std::optional<std::string>(value);
  }
  return std::nullopt;
}

/// The fields that differ between two profiles (lists item by item, in the order of the profile).
std::vector<audit::FieldChange> Diff(const PoolProfile& before, const PoolProfile& after) {
  const auto old_fields = Fields(before);
  const auto new_fields = Fields(after);
  std::vector<std::string> names;
  for (const auto& [name, value] : new_fields) names.push_back(name);
  for (const auto& [name, value] : old_fields) {
    if (!Value(new_fields, name) && Value(old_fields, name)) names.push_back(name);
  }
  audit::ChangeSet changes;
  for (const auto& name : names) changes.Compare(name, Value(old_fields, name), Value(new_fields, name));
  return changes.Take();
}

core::Result<ProfileTerritory> ResolveTerritory(core::TerritoryLocator& locator,
                                                const std::optional<std::int64_t>& region_id,
                                                const std::optional<std::int64_t>& municipality_id) {
  if (municipality_id) {
    const auto path = locator.Locate({core::ScopeKind::kMunicipality, *municipality_id});
    if (!path) return core::ValidationError("municipality_id", "Муниципальное образование не найдено");
    if (region_id && *region_id != path->region_id) {
      return core::ValidationError("municipality_id", "Муниципальное образование не относится к указанному региону");
    }
    return ProfileTerritory{path->region_id, municipality_id};
  }
  if (!region_id) return core::ValidationError("region_id", "Укажите регион или муниципальное образование");
  if (!locator.Locate({core::ScopeKind::kRegion, *region_id})) {
    return core::ValidationError("region_id", "Регион не найден");
  }
  return ProfileTerritory{*region_id, std::nullopt};
}

std::string LevelWord(PoolLevel level) {
  switch (level) {
    case PoolLevel::kRegional:
      return "регионального";
    case PoolLevel::kMunicipal:
      return "муниципального";
    case PoolLevel::kSchool:
      return "школьного";
  }
  return {};
}

}  // namespace

core::Result<ProfileVersion> ProfileService::CreateFromPreset(const core::Actor& actor, const PresetCopy& request) {
  if (!actor.principal) return core::Unauthenticated();
  auto preset = PresetNamed(request.preset);
  if (!preset) {
    std::string names;
    for (const auto& name : PresetNames()) names += (names.empty() ? "" : ", ") + name;
    return core::ValidationError("preset", "Неизвестный образец профиля; есть: " + names);
  }
  auto territory = ResolveTerritory(locator_, request.region_id, request.municipality_id);
  if (!territory) return territory.error();
  const auto path = territory->Path();
  const auto grant = actor.principal->GrantFor(path, access::kEditors);
  if (!grant)
    return core::Forbidden("Профили этой территории ведёт её региональный оператор или муниципальный координатор");

  // The pool level follows the territory that keeps the profile: a municipality copying the regional preset
  // gets a municipal profile with the same rules, to edit.
  preset->level = territory->Level();
  preset->version = 1;
  if (request.code) preset->code = *request.code;

  std::optional<ProfileVersion> saved;
  auto done = storage_.Transact([&](PoolStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto valid = ValidateProfile(*preset, store.Catalogues());
    if (!valid) return valid.error();
    if (store.LatestVersion(*territory, valid->code) > 0) {
      return core::Conflict("profile_exists",
                            "У этой территории уже есть профиль с кодом «" + valid->code +
                                "»: откройте его и сохраните изменения как новую версию или укажите другой код",
                            "code");
    }
    const auto id = store.Insert({*territory, *valid, request.preset,
                                  actor.principal->user_id ? std::optional(actor.principal->user_id) : std::nullopt,
                                  core::FormatTimestamp(clock_.Now())});
    if (!id) return core::Conflict("profile_exists", "Профиль с кодом «" + valid->code + "» только что создан", "code");
    saved = store.Find(*id);
    auto entry = audit::EntryFor(actor, "create", kObjectType, *id, path, grant);
    entry.detail = "Профиль «" + valid->title + "» из образца " + request.preset;
    audit::ChangeSet changes;
    changes.Created("preset", request.preset);
    changes.Created("code", valid->code);
    changes.Created("version", "1");
    changes.Created("level", std::string(Code(valid->level)));
    changes.Created("title", valid->title);
    entry.changes = changes.Take();
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return std::move(*saved);
}

core::Result<ProfilePage> ProfileService::List(const core::Actor& actor, const ProfileFilter& filter) {
  if (!actor.principal) return core::Unauthenticated();
  ProfilePage page;
  const auto visibility = access::VisibilityOf(*actor.principal, locator_);
  if (visibility.Empty()) return page;
  storage_.Read([&](PoolStore& store) { page = store.List(filter, visibility); });
  return page;
}

core::Result<ProfileVersion> ProfileService::Get(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<ProfileVersion> found;
  storage_.Read([&](PoolStore& store) { found = store.Find(id); });
  // Outside the caller's reach a profile does not exist for her (ADR 0003): 404, not 403.
  if (!found || !access::CanRead(*actor.principal, locator_, found->summary.territory)) return NotFoundProfile();
  return std::move(*found);
}

core::Result<std::vector<ProfileVersionSummary>> ProfileService::Versions(const core::Actor& actor, std::int64_t id) {
  auto version = Get(actor, id);
  if (!version) return version.error();
  std::vector<ProfileVersionSummary> versions;
  storage_.Read(
      [&](PoolStore& store) { versions = store.Versions(version->summary.territory, version->summary.code); });
  return versions;
}

core::Result<ProfileVersion> ProfileService::Update(const core::Actor& actor, std::int64_t id, PoolProfile draft) {
  auto current = Get(actor, id);
  if (!current) return current.error();
  const auto territory = current->summary.territory;
  const auto path = territory.Path();
  const auto grant = actor.principal->GrantFor(path, access::kEditors);
  if (!grant)
    return core::Forbidden("Профили этой территории ведёт её региональный оператор или муниципальный координатор");

  std::optional<ProfileVersion> saved;
  auto done = storage_.Transact([&](PoolStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    const auto& before = current->profile;
    const int latest = store.LatestVersion(territory, before.code);
    if (latest != before.version) {
      return core::Conflict("stale_version", "Профиль уже изменён: последняя версия — " + std::to_string(latest) +
                                                 ". Откройте её и внесите изменения снова");
    }
    if (draft.code != before.code) {
      return core::ValidationError("code", "Код профиля не меняется между версиями: «" + before.code + "»");
    }
    if (draft.level != current->summary.level) {
      return core::ValidationError("level", "Профиль этой территории — профиль " + LevelWord(current->summary.level) +
                                                " актива: уровень «" + std::string(Code(current->summary.level)) + "»");
    }
    draft.version = before.version;
    auto valid = ValidateProfile(std::move(draft), store.Catalogues());
    if (!valid) return valid.error();
    if (*valid == before) {
      saved = *current;
      return core::Ok{};
    }
    valid->version = before.version + 1;
    const auto new_id = store.Insert({territory, *valid, current->summary.preset,
                                      actor.principal->user_id ? std::optional(actor.principal->user_id) : std::nullopt,
                                      core::FormatTimestamp(clock_.Now())});
    if (!new_id) {
      return core::Conflict("stale_version",
                            "Профиль только что изменён другим пользователем. Откройте последнюю "
                            "версию и внесите изменения снова");
    }
    saved = store.Find(*new_id);
    auto entry = audit::EntryFor(actor, "update", kObjectType, *new_id, path, grant);
    entry.detail = "Версия " + std::to_string(valid->version) + " профиля «" + valid->title + "» (после версии " +
                   std::to_string(before.version) + ", id " + std::to_string(id) + ")";
    entry.changes = Diff(before, *valid);
    entry.changes.insert(entry.changes.begin(),
                         {"version", std::to_string(before.version), std::to_string(valid->version)});
    trail.Record(std::move(entry));
    return core::Ok{};
  });
  if (!done) return done.error();
  return std::move(*saved);
}

}  // namespace metodset::pool
