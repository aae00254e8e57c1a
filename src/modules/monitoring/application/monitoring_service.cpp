// Use cases of the monitoring of municipal methodological services (003 §App6; docs/api/MONITORING.md).
#include "modules/monitoring/application/monitoring_service.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "platform/core/text.hpp"

namespace metodset::monitoring {
namespace {

using core::Role;

// The regional operator runs and reviews the campaign; the municipal coordinator fills her form (SPEC §1).
constexpr std::initializer_list<Role> kReviewers = {Role::kRegionalAdmin};
constexpr std::initializer_list<Role> kFillers = {Role::kMunicipalCoordinator};
constexpr std::initializer_list<Role> kReaders = {Role::kRegionalAdmin, Role::kMunicipalCoordinator};

core::TerritoryPath RegionPath(std::int64_t region_id) { return {region_id, std::nullopt, std::nullopt, std::nullopt}; }

core::DomainError CampaignClosed() {
  return core::Conflict("campaign_closed", "Мониторинг закрыт: результаты зафиксированы и не меняются");
}

core::DomainError UnknownIndicator(const std::string& number) {
  return {core::ErrorKind::kNotFound, "unknown_indicator", "В каталоге мониторинга нет показателя " + number,
          "indicator"};
}

struct Counts {
  int empty = 0, draft = 0, submitted = 0, accepted = 0, returned = 0;
};

FormStatus StatusOf(const Counts& c, int) {
  return DeriveFormStatus(FormCounts{c.draft, c.submitted, c.accepted, c.returned});
}

// Index of each indicator id in the catalogue's order.
std::unordered_map<std::int64_t, int> IndexById(const Catalog& catalog) {
  std::unordered_map<std::int64_t, int> index;
  int k = 0;
  for (const auto& c : catalog.criteria)
    for (const auto& i : c.indicators) index[i.id] = k++;
  return index;
}

std::vector<const Indicator*> Flat(const Catalog& catalog) {
  std::vector<const Indicator*> out;
  for (const auto& c : catalog.criteria)
    for (const auto& i : c.indicators) out.push_back(&i);
  return out;
}

// The regions where the caller is a regional admin (for a region-wide action without an explicit region).
std::optional<std::int64_t> OwnRegion(const core::Principal& p) {
  for (const auto& g : p.grants)
    if (g.role == Role::kRegionalAdmin && g.scope.kind == core::ScopeKind::kRegion) return g.scope.id;
  return std::nullopt;
}

double Median(std::vector<int> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  auto n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

}  // namespace

std::shared_ptr<const Catalog> MonitoringService::CatalogOf(MonitoringStore& store, std::int64_t catalog_id) {
  {
    std::lock_guard lock(cache_mutex_);
    if (auto it = catalogs_.find(catalog_id); it != catalogs_.end()) return it->second;
  }
  auto loaded = store.LoadCatalog(catalog_id);
  if (!loaded) return nullptr;
  auto shared = std::make_shared<const Catalog>(std::move(*loaded));
  std::lock_guard lock(cache_mutex_);
  catalogs_[catalog_id] = shared;
  return shared;
}

// ---- catalogues ----

core::Result<std::vector<Catalog>> MonitoringService::Catalogs(const core::Actor& actor) {
  if (!actor.principal) return core::Unauthenticated();
  auto scope = core::ScopeFilterFor(*actor.principal, kReaders);
  std::vector<Catalog> out;
  storage_.Read([&](MonitoringStore& store) { out = store.Catalogs(scope); });
  return out;
}

core::Result<Catalog> MonitoringService::GetCatalog(const core::Actor& actor, std::int64_t id) {
  auto all = Catalogs(actor);
  if (!all) return all.error();
  for (auto& c : *all)
    if (c.id == id) return c;
  return core::NotFound("Каталог мониторинга не найден");
}

core::Result<std::vector<Catalog>> MonitoringService::Versions(const core::Actor& actor, std::int64_t id) {
  auto all = Catalogs(actor);
  if (!all) return all.error();
  std::string code;
  for (auto& c : *all)
    if (c.id == id) code = c.code;
  if (code.empty()) return core::NotFound("Каталог мониторинга не найден");
  std::vector<Catalog> out;
  for (auto& c : *all)
    if (c.code == code) out.push_back(c);
  std::sort(out.begin(), out.end(), [](const Catalog& a, const Catalog& b) { return a.version < b.version; });
  return out;
}

core::Result<Catalog> MonitoringService::NewVersion(const core::Actor& actor, std::int64_t id, Catalog draft) {
  if (!actor.principal) return core::Unauthenticated();
  if (!actor.principal->HasRole(Role::kRegionalAdmin))
    return core::Forbidden("Новую версию каталога создаёт региональный оператор");
  auto base = GetCatalog(actor, id);
  if (!base) return base.error();
  if (draft.criteria.empty()) draft.criteria = base->criteria;
  if (draft.title.empty()) draft.title = base->title;
  draft.title = core::NormaliseSpaces(draft.title);
  draft.code = base->code;
  draft.based_on_id = base->id;
  draft.region_id = OwnRegion(*actor.principal);
  for (auto& c : draft.criteria)
    for (auto& i : c.indicators) i.id = 0;
  if (auto valid = ValidateCatalog(draft); !valid) return valid.error();
  auto now = core::FormatTimestamp(clock_.Now());
  std::int64_t new_id = 0;
  auto done = storage_.Transact([&](MonitoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    draft.version = store.LastVersion(draft.code) + 1;
    new_id = store.InsertCatalog(draft, now);
    auto path = RegionPath(draft.region_id.value_or(0));
    auto e = audit::EntryFor(actor, "create", "monitoring_catalog", new_id, path,
                             actor.principal->GrantFor(path, kReviewers));
    e.changes.push_back({"version", std::nullopt, std::to_string(draft.version)});
    e.changes.push_back({"based_on_id", std::nullopt, std::to_string(id)});
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  return GetCatalog(actor, new_id);
}

// ---- campaigns ----

CampaignView MonitoringService::BuildCampaign(MonitoringStore& store, const CampaignRecord& campaign) {
  CampaignView v;
  v.campaign = campaign;
  auto catalog = CatalogOf(store, campaign.catalog_id);
  int indicators = catalog ? catalog->IndicatorCount() : 0;
  if (catalog) {
    v.catalog_title = catalog->title;
    v.catalog_version = catalog->version;
    v.catalog_code = catalog->code;
  }
  auto forms = store.Forms(campaign.id);
  std::unordered_map<std::int64_t, Counts> counts;
  store.FormFacts(campaign.id, [&](const FormFactsRow& row) {
    counts[row.form_id] = {0, row.draft, row.submitted, row.accepted, row.returned};
  });
  v.forms_total = static_cast<int>(forms.size());
  for (const auto& f : forms) {
    auto c = counts[f.id];
    c.empty = indicators - c.draft - c.submitted - c.accepted - c.returned;
    auto status = StatusOf(c, indicators);
    if (status == FormStatus::kSubmitted || status == FormStatus::kAccepted) ++v.forms_submitted;
    if (status == FormStatus::kAccepted) ++v.forms_accepted;
  }
  v.overdue = !campaign.closed() && clock_.Today() > campaign.closes_on;
  return v;
}

core::Result<std::vector<CampaignView>> MonitoringService::Campaigns(const core::Actor& actor,
                                                                     std::optional<int> year) {
  if (!actor.principal) return core::Unauthenticated();
  if (!actor.principal->HasRole(Role::kRegionalAdmin) && !actor.principal->HasRole(Role::kMunicipalCoordinator))
    return core::Forbidden("Мониторинг ведут региональный оператор и муниципальные координаторы");
  auto scope = core::ScopeFilterFor(*actor.principal, kReaders);
  std::vector<CampaignView> out;
  storage_.Read([&](MonitoringStore& store) {
    for (const auto& c : store.Campaigns(scope, year)) out.push_back(BuildCampaign(store, c));
  });
  return out;
}

core::Result<CampaignView> MonitoringService::GetCampaign(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  std::optional<CampaignView> view;
  bool visible = false;
  storage_.Read([&](MonitoringStore& store) {
    auto c = store.FindCampaign(id);
    if (!c) return;
    visible = actor.principal->Reaches(RegionPath(c->region_id), kReviewers);
    if (!visible)
      for (const auto& f : store.Forms(id))
        if (actor.principal->Reaches(f.Path(), kFillers)) visible = true;
    if (visible) view = BuildCampaign(store, *c);
  });
  if (!view) return core::NotFound("Мониторинг не найден");
  return *view;
}

core::Result<CampaignView> MonitoringService::Open(const core::Actor& actor, OpenInput input) {
  if (!actor.principal) return core::Unauthenticated();
  if (!actor.principal->HasRole(Role::kRegionalAdmin))
    return core::Forbidden("Мониторинг открывает региональный оператор");
  auto region = input.region_id ? input.region_id : OwnRegion(*actor.principal);
  if (!region) return core::ValidationError("region_id", "Укажите регион мониторинга");
  auto grant = actor.principal->GrantFor(RegionPath(*region), kReviewers);
  if (!grant) return core::ValidationError("region_id", "Можно открыть мониторинг только своего региона");
  Window window = DefaultWindow(input.year);
  if (input.opens_on) window.opens_on = *input.opens_on;
  if (input.closes_on) window.closes_on = *input.closes_on;
  if (auto ok = CheckWindow(input.year, window); !ok) return ok.error();
  auto now = core::FormatTimestamp(clock_.Now());
  std::int64_t id = 0;
  auto done = storage_.Transact([&](MonitoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    if (!store.RegionExists(*region)) return core::ValidationError("region_id", "Регион не найден");
    std::int64_t catalog_id = 0;
    if (input.catalog_id) {
      auto catalog = store.LoadCatalog(*input.catalog_id);
      if (!catalog || (catalog->region_id && *catalog->region_id != *region))
        return core::ValidationError("catalog_id", "Каталог мониторинга не найден");
      catalog_id = catalog->id;
    } else {
      auto latest = store.LatestCatalog("amur-2020");
      if (!latest) return core::ValidationError("catalog_id", "Укажите каталог мониторинга");
      catalog_id = *latest;
    }
    auto all = store.Municipalities(*region);
    std::vector<MunicipalityRef> chosen;
    if (input.municipality_ids) {
      std::set<std::int64_t> seen;
      for (std::size_t k = 0; k < input.municipality_ids->size(); ++k) {
        auto mid = (*input.municipality_ids)[k];
        auto it = std::find_if(all.begin(), all.end(), [&](const MunicipalityRef& m) { return m.id == mid; });
        if (it == all.end())
          return core::ValidationError("municipality_ids[" + std::to_string(k) + "]",
                                       "Муниципальное образование не найдено в регионе мониторинга");
        if (seen.insert(mid).second) chosen.push_back(*it);
      }
    } else {
      chosen = all;
    }
    if (chosen.empty())
      return core::ValidationError("municipality_ids", "Выберите хотя бы одно муниципальное образование");
    if (store.CampaignExists(*region, input.year))
      return core::Conflict("campaign_exists", "Мониторинг за " + std::to_string(input.year) + " год уже открыт",
                            "year");
    CampaignRecord c;
    c.region_id = *region;
    c.year = input.year;
    c.catalog_id = catalog_id;
    c.opens_on = window.opens_on;
    c.closes_on = window.closes_on;
    c.status = "open";
    c.created_at = now;
    c.updated_at = now;
    id = store.InsertCampaign(c);
    c.id = id;
    store.InsertForms(c, chosen, now);
    auto e = audit::EntryFor(actor, "create", "monitoring_campaign", id, RegionPath(*region), grant);
    e.changes = {{"year", std::nullopt, std::to_string(input.year)},
                 {"catalog_id", std::nullopt, std::to_string(catalog_id)},
                 {"opens_on", std::nullopt, window.opens_on.Iso()},
                 {"closes_on", std::nullopt, window.closes_on.Iso()},
                 {"municipalities", std::nullopt, std::to_string(chosen.size())}};
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  return GetCampaign(actor, id);
}

core::Result<CampaignView> MonitoringService::ChangeWindow(const core::Actor& actor, std::int64_t id, Window window) {
  if (!actor.principal) return core::Unauthenticated();
  auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](MonitoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto c = store.FindCampaign(id);
    if (!c) return core::NotFound("Мониторинг не найден");
    auto grant = actor.principal->GrantFor(RegionPath(c->region_id), kReviewers);
    if (!grant)
      return GetCampaign(actor, id).ok() ? core::Forbidden("Сроки меняет региональный оператор")
                                         : core::NotFound("Мониторинг не найден");
    if (c->closed()) return CampaignClosed();
    if (auto ok = CheckWindow(c->year, window); !ok) return ok.error();
    auto e = audit::EntryFor(actor, "update", "monitoring_campaign", id, RegionPath(c->region_id), grant);
    e.changes = {{"opens_on", c->opens_on.Iso(), window.opens_on.Iso()},
                 {"closes_on", c->closes_on.Iso(), window.closes_on.Iso()}};
    c->opens_on = window.opens_on;
    c->closes_on = window.closes_on;
    c->updated_at = now;
    store.UpdateCampaign(*c);
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  return GetCampaign(actor, id);
}

core::Result<std::vector<FormRecord>> MonitoringService::Remind(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  std::vector<FormRecord> reminded;
  auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](MonitoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto c = store.FindCampaign(id);
    if (!c) return core::NotFound("Мониторинг не найден");
    auto grant = actor.principal->GrantFor(RegionPath(c->region_id), kReviewers);
    if (!grant) return core::NotFound("Мониторинг не найден");
    if (c->closed()) return CampaignClosed();
    auto catalog = CatalogOf(store, c->catalog_id);
    std::unordered_map<std::int64_t, Counts> counts;
    store.AnswerFacts(id, [&](const AnswerFactRow& row) {
      auto& k = counts[row.form_id];
      if (row.state == AnswerState::kDraft) ++k.draft;
      if (row.state == AnswerState::kSubmitted) ++k.submitted;
      if (row.state == AnswerState::kAccepted) ++k.accepted;
      if (row.state == AnswerState::kReturned) ++k.returned;
    });
    for (const auto& f : store.Forms(id)) {
      auto k = counts[f.id];
      k.empty = catalog->IndicatorCount() - k.draft - k.submitted - k.accepted - k.returned;
      auto s = StatusOf(k, catalog->IndicatorCount());
      if (s == FormStatus::kSubmitted || s == FormStatus::kAccepted) continue;
      store.MarkForm(f.id, f.submitted_at, now, now);
      auto e = audit::EntryFor(actor, "remind", "monitoring_form", f.id, f.Path(), grant);
      e.detail = "Напоминание о сроке " + c->closes_on.Russian();
      trail.Record(std::move(e));
      reminded.push_back(f);
    }
    return core::Ok{};
  });
  if (!done) return done.error();
  return reminded;
}

core::Result<CampaignView> MonitoringService::Close(const core::Actor& actor, std::int64_t id) {
  if (!actor.principal) return core::Unauthenticated();
  auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](MonitoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto c = store.FindCampaign(id);
    if (!c) return core::NotFound("Мониторинг не найден");
    auto grant = actor.principal->GrantFor(RegionPath(c->region_id), kReviewers);
    if (!grant) {
      bool reads = false;
      for (const auto& f : store.Forms(id))
        if (actor.principal->Reaches(f.Path(), kFillers)) reads = true;
      if (reads) return core::Forbidden("Мониторинг закрывает региональный оператор");
      return core::NotFound("Мониторинг не найден");
    }
    if (c->closed()) return CampaignClosed();
    c->status = "closed";
    c->closed_at = now;
    c->updated_at = now;
    store.UpdateCampaign(*c);
    // The addressed recommendations of every municipality are generated when the results are frozen.
    auto results = ResultsOf(store, *c);
    for (const auto& row : results.rows) {
      FormView fv;
      fv.summary.form = row.form;
      fv.campaign = *c;
      fv.catalog = results.catalog;
      fv.score = row.score;
      EnsureRecommendations(store, fv);
    }
    auto e = audit::EntryFor(actor, "close", "monitoring_campaign", id, RegionPath(c->region_id), grant);
    e.changes = {{"status", "open", "closed"}};
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  return GetCampaign(actor, id);
}

core::Result<std::vector<FormSummaryView>> MonitoringService::Forms(const core::Actor& actor,
                                                                    std::int64_t campaign_id) {
  auto campaign = GetCampaign(actor, campaign_id);
  if (!campaign) return campaign.error();
  std::vector<FormSummaryView> out;
  storage_.Read([&](MonitoringStore& store) {
    auto catalog = CatalogOf(store, campaign->campaign.catalog_id);
    auto index = IndexById(*catalog);
    int n = catalog->IndicatorCount();
    std::unordered_map<std::int64_t, std::vector<AnswerFact>> facts;
    std::unordered_map<std::int64_t, Counts> counts;
    store.FormFacts(campaign_id, [&](const FormFactsRow& row) {
      auto& f = facts[row.form_id];
      f.resize(n);
      for (auto id : row.met_accepted)
        if (auto it = index.find(id); it != index.end()) f[it->second] = {true, true};
      for (auto id : row.met_other)
        if (auto it = index.find(id); it != index.end()) f[it->second] = {true, false};
      counts[row.form_id] = {0, row.draft, row.submitted, row.accepted, row.returned};
    });
    for (const auto& form : store.Forms(campaign_id)) {
      if (!actor.principal->Reaches(form.Path(), kReaders)) continue;
      FormSummaryView s;
      s.form = form;
      auto c = counts[form.id];
      c.empty = n - c.draft - c.submitted - c.accepted - c.returned;
      s.status = StatusOf(c, n);
      s.answered = n - c.empty;
      s.drafts = c.draft;
      s.submitted = c.submitted;
      s.accepted = c.accepted;
      s.returned = c.returned;
      s.indicator_count = n;
      auto score = ScoreForm(*catalog, facts[form.id]);
      s.score = score.total;
      s.claimed = score.claimed;
      out.push_back(std::move(s));
    }
  });
  return out;
}

// ---- forms ----

FormView MonitoringService::BuildForm(MonitoringStore& store, const core::Actor& actor, const FormRecord& form,
                                      const CampaignRecord& campaign, bool with_proposals) {
  FormView v;
  v.campaign = campaign;
  v.catalog = CatalogOf(store, campaign.catalog_id);
  const auto& catalog = *v.catalog;
  auto flat = Flat(catalog);
  auto index = IndexById(catalog);
  v.answers.resize(flat.size());
  for (std::size_t k = 0; k < flat.size(); ++k) {
    v.answers[k].form_id = form.id;
    v.answers[k].indicator_id = flat[k]->id;
  }
  for (auto& a : store.Answers(form.id)) {
    auto it = index.find(a.indicator_id);
    if (it != index.end()) v.answers[it->second] = std::move(a);
  }
  std::vector<AnswerFact> facts;
  std::vector<AnswerState> states;
  Counts c;
  for (const auto& a : v.answers) {
    facts.push_back({a.met.value_or(false), a.state == AnswerState::kAccepted});
    states.push_back(a.state);
    switch (a.state) {
      case AnswerState::kEmpty:
        ++c.empty;
        break;
      case AnswerState::kDraft:
        ++c.draft;
        break;
      case AnswerState::kSubmitted:
        ++c.submitted;
        break;
      case AnswerState::kAccepted:
        ++c.accepted;
        break;
      case AnswerState::kReturned:
        ++c.returned;
        break;
    }
  }
  v.score = ScoreForm(catalog, facts);
  auto& s = v.summary;
  s.form = form;
  s.status = DeriveFormStatus(states);
  s.indicator_count = static_cast<int>(flat.size());
  s.answered = s.indicator_count - c.empty;
  s.drafts = c.draft;
  s.submitted = c.submitted;
  s.accepted = c.accepted;
  s.returned = c.returned;
  s.score = v.score.total;
  s.claimed = v.score.claimed;
  bool open = !campaign.closed();
  v.can_edit =
      open && clock_.Today() >= campaign.opens_on && actor.principal && actor.principal->Reaches(form.Path(), kFillers);
  v.can_review = open && actor.principal && actor.principal->Reaches(form.Path(), kReviewers);
  v.proposals.resize(flat.size());
  if (with_proposals && v.can_edit) {
    std::unordered_map<std::string, int> by_number;
    for (std::size_t k = 0; k < flat.size(); ++k) by_number[flat[k]->number] = static_cast<int>(k);
    ProposalContext context{form.municipality_id, campaign.year, campaign.opens_on.AddMonths(-24), campaign.closes_on};
    for (auto& p : sources_.Propose(context, catalog)) {
      auto it = by_number.find(p.indicator_number);
      if (it != by_number.end()) v.proposals[it->second].push_back(std::move(p));
    }
  }
  return v;
}

// Pre-fill proposals read through other connections: never inside a write transaction (a writer would hold two
// pooled connections at once).
core::Result<FormView> MonitoringService::LoadForm(MonitoringStore& store, const core::Actor& actor,
                                                   std::int64_t form_id, bool with_proposals) {
  if (!actor.principal) return core::Unauthenticated();
  auto form = store.FindForm(form_id);
  if (!form || !actor.principal->Reaches(form->Path(), kReaders)) return core::NotFound("Форма мониторинга не найдена");
  auto campaign = store.FindCampaign(form->campaign_id);
  if (!campaign) return core::NotFound("Форма мониторинга не найдена");
  return BuildForm(store, actor, *form, *campaign, with_proposals);
}

core::Result<FormView> MonitoringService::GetForm(const core::Actor& actor, std::int64_t id) {
  std::optional<core::Result<FormView>> out;
  storage_.Read([&](MonitoringStore& store) { out = LoadForm(store, actor, id, true); });
  return std::move(*out);
}

core::Result<FormView> MonitoringService::SaveAnswer(const core::Actor& actor, std::int64_t form_id,
                                                     const std::string& number, AnswerInput input) {
  if (!actor.principal) return core::Unauthenticated();
  if (!input.met) return core::ValidationError("met", "Укажите, подтверждён ли показатель");
  input.comment = core::NormaliseSpaces(input.comment);
  if (core::Utf8Length(input.comment) > 4000)
    return core::ValidationError("comment", "Комментарий не длиннее 4000 символов");
  // Evidence checks that need the documents module run before the transaction.
  if (input.evidence) {
    auto& e = *input.evidence;
    if (e.kind == "document" || e.kind == "file") {
      if (!e.document_id) return core::ValidationError("evidence.document_id", "Укажите документ из реестра");
      auto doc = documents_.Get(actor, *e.document_id);
      if (!doc) return core::ValidationError("evidence.document_id", "Документ не найден в реестре");
      e.title = doc->title;
      e.url.clear();
      if (e.kind == "file") {
        if (doc->attachments.empty()) return core::ValidationError("evidence.document_id", "У документа нет файла");
        if (!e.attachment_id) e.attachment_id = doc->attachments.front().id;
        bool found = false;
        for (const auto& a : doc->attachments)
          if (a.id == *e.attachment_id) {
            found = true;
            e.title = a.file_name;
          }
        if (!found) return core::ValidationError("evidence.attachment_id", "Файл не найден");
      } else {
        e.attachment_id.reset();
      }
    } else if (e.kind == "link") {
      e.url = core::NormaliseSpaces(e.url);
      if (!(e.url.rfind("http://", 0) == 0 || e.url.rfind("https://", 0) == 0) || e.url.size() < 10 ||
          e.url.size() > 2000 || e.url.find(' ') != std::string::npos)
        return core::ValidationError("evidence.url",
                                     "Ссылка должна начинаться с http:// или https:// (не длиннее 2000 символов)");
      e.title = core::NormaliseSpaces(e.title);
      if (e.title.empty()) e.title = e.url;
      e.document_id.reset();
      e.attachment_id.reset();
    } else if (e.kind == "object") {
      if (e.object_type.empty() || !e.object_id)
        return core::ValidationError("evidence.object_id", "Укажите объект системы, подтверждающий показатель");
      // An object is accepted only as one of the pre-fill proposals of this indicator.
      auto current = GetForm(actor, form_id);
      if (!current) return current.error();
      bool proposed = false;
      std::size_t k = 0;
      for (const auto& cr : current->catalog->criteria)
        for (const auto& i : cr.indicators) {
          if (i.number == number)
            for (const auto& p : current->proposals[k])
              if (p.evidence.kind == "object" && p.evidence.object_type == e.object_type &&
                  p.evidence.object_id == e.object_id) {
                proposed = true;
                e.title = p.evidence.title;
                e.url = p.evidence.url;
              }
          ++k;
        }
      if (!proposed)
        return core::ValidationError("evidence.object_id", "Этот объект системы не подтверждает показатель " + number);
    } else {
      return core::ValidationError("evidence.kind", "Вид подтверждения: document, file, link или object");
    }
  }
  auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](MonitoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto form = LoadForm(store, actor, form_id);
    if (!form) return form.error();
    if (form->campaign.closed()) return CampaignClosed();
    auto grant = actor.principal->GrantFor(form->summary.form.Path(), kFillers);
    if (!grant) return core::Forbidden("Форму заполняет муниципальный координатор своего муниципального образования");
    if (clock_.Today() < form->campaign.opens_on)
      return core::Conflict("campaign_not_open", "Сбор сведений начнётся " + form->campaign.opens_on.Russian());
    const auto& catalog = *form->catalog;
    auto flat = Flat(catalog);
    auto pos = std::find_if(flat.begin(), flat.end(), [&](const Indicator* i) { return i->number == number; });
    if (pos == flat.end()) return UnknownIndicator(number);
    auto k = static_cast<std::size_t>(pos - flat.begin());
    auto answer = form->answers[k];
    if (auto ok = CheckEditable(answer.state, number); !ok) return ok.error();
    audit::ChangeSet changes;
    auto met_text = [](std::optional<bool> m) -> std::optional<std::string> {
      if (!m) return std::nullopt;
      return *m ? "met" : "not_met";
    };
    auto ev_text = [](const std::optional<Evidence>& e) -> std::optional<std::string> {
      if (!e) return std::nullopt;
      return e->kind + ":" + (e->document_id ? std::to_string(*e->document_id) : e->url + e->object_type) + " " +
             e->title;
    };
    changes.Compare("met", met_text(answer.met), met_text(input.met));
    changes.Compare("comment", answer.comment.empty() ? std::nullopt : std::optional(answer.comment),
                    input.comment.empty() ? std::nullopt : std::optional(input.comment));
    changes.Compare("evidence", ev_text(answer.evidence), ev_text(input.evidence));
    bool was_returned = answer.state == AnswerState::kReturned;
    answer.state = AfterEdit(answer.state);
    answer.met = input.met;
    answer.comment = input.comment;
    answer.evidence = input.evidence;
    if (was_returned) answer.corrected = true;
    store.SaveAnswer(answer, actor.principal->user_id > 0 ? std::optional(actor.principal->user_id) : std::nullopt,
                     now);
    auto e = audit::EntryFor(actor, "update", "monitoring_answer", form_id, form->summary.form.Path(), grant);
    e.detail = "Показатель " + number;
    e.changes = changes.Take();
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  return GetForm(actor, form_id);
}

core::Result<FormView> MonitoringService::UploadEvidence(const core::Actor& actor, std::int64_t form_id,
                                                         const std::string& number, documents::Upload upload) {
  if (!actor.principal) return core::Unauthenticated();
  if (upload.bytes.empty()) return core::ValidationError("file", "Файл пуст");
  auto form = GetForm(actor, form_id);
  if (!form) return form.error();
  if (form->campaign.closed()) return CampaignClosed();
  if (!actor.principal->Reaches(form->summary.form.Path(), kFillers))
    return core::Forbidden("Форму заполняет муниципальный координатор своего муниципального образования");
  const auto* indicator = form->catalog->Find(number);
  if (!indicator) return UnknownIndicator(number);
  std::optional<AnswerRecord> current;
  for (const auto& a : form->answers)
    if (a.indicator_id == indicator->id) current = a;
  if (current) {
    if (auto ok = CheckEditable(current->state, number); !ok) return ok.error();
  }
  documents::Document draft;
  draft.region_id = form->summary.form.region_id;
  draft.municipality_id = form->summary.form.municipality_id;
  draft.kind = "report";
  draft.number = "МММС-" + std::to_string(form->campaign.year) + "-" + number;
  draft.date = clock_.Today();
  draft.title = "Подтверждение показателя " + number + " мониторинга ММС за " + std::to_string(form->campaign.year) +
                " год: " + upload.file_name;
  draft.issuer = form->summary.form.municipality_name;
  draft.links.push_back({"monitoring_form", form_id});
  auto doc = documents_.CreateWithFile(actor, draft, std::move(upload));
  if (!doc) return doc.error();
  AnswerInput input;
  input.met = current && current->met ? current->met : std::optional(true);
  input.comment = current ? current->comment : "";
  Evidence e;
  e.kind = "file";
  e.document_id = doc->id;
  if (!doc->attachments.empty()) e.attachment_id = doc->attachments.front().id;
  input.evidence = e;
  return SaveAnswer(actor, form_id, number, std::move(input));
}

core::Result<documents::AttachmentFile> MonitoringService::EvidenceFile(const core::Actor& actor, std::int64_t form_id,
                                                                        const std::string& number) {
  auto form = GetForm(actor, form_id);
  if (!form) return form.error();
  const auto* indicator = form->catalog->Find(number);
  if (!indicator) return UnknownIndicator(number);
  for (const auto& a : form->answers)
    if (a.indicator_id == indicator->id && a.evidence && a.evidence->kind == "file" && a.evidence->document_id &&
        a.evidence->attachment_id)
      return documents_.Download(actor, *a.evidence->document_id, *a.evidence->attachment_id);
  return core::NotFound("К показателю не приложен файл");
}

core::Result<FormView> MonitoringService::Submit(const core::Actor& actor, std::int64_t form_id) {
  if (!actor.principal) return core::Unauthenticated();
  auto now = core::FormatTimestamp(clock_.Now());
  auto done = storage_.Transact([&](MonitoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto form = LoadForm(store, actor, form_id);
    if (!form) return form.error();
    if (form->campaign.closed()) return CampaignClosed();
    auto grant = actor.principal->GrantFor(form->summary.form.Path(), kFillers);
    if (!grant) return core::Forbidden("Форму отправляет муниципальный координатор своего муниципального образования");
    if (clock_.Today() < form->campaign.opens_on)
      return core::Conflict("campaign_not_open", "Сбор сведений начнётся " + form->campaign.opens_on.Russian());
    auto flat = Flat(*form->catalog);
    int sent = 0;
    for (std::size_t k = 0; k < flat.size(); ++k) {
      const auto& a = form->answers[k];
      if (SentOnSubmit(a.state) && a.met.value_or(false) && !a.evidence)
        return core::ValidationError(
            "answers." + flat[k]->number + ".evidence",
            "Показатель " + flat[k]->number + " отмечен как выполненный, но подтверждение не приложено",
            "evidence_required");
    }
    std::vector<std::string> numbers;
    for (std::size_t k = 0; k < flat.size(); ++k) {
      auto a = form->answers[k];
      if (!SentOnSubmit(a.state)) continue;
      a.state = AnswerState::kSubmitted;
      store.SaveAnswer(a, actor.principal->user_id > 0 ? std::optional(actor.principal->user_id) : std::nullopt, now);
      numbers.push_back(flat[k]->number);
      ++sent;
    }
    if (sent == 0) return core::Conflict("nothing_to_submit", "Все показатели уже отправлены на проверку");
    store.MarkForm(form_id, now, form->summary.form.reminded_at, now);
    auto e = audit::EntryFor(actor, "submit", "monitoring_form", form_id, form->summary.form.Path(), grant);
    e.detail = "Отправлено показателей: " + std::to_string(sent);
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  return GetForm(actor, form_id);
}

namespace {
core::Result<FormView> Review(MonitoringStorage& storage, const core::Actor& actor, std::int64_t form_id,
                              const std::vector<std::string>& numbers, bool accept, const std::string& message,
                              const std::string& now,
                              const std::function<core::Result<FormView>(MonitoringStore&, std::int64_t)>& load,
                              const std::function<core::Result<FormView>()>& load_after) {
  auto done = storage.Transact([&](MonitoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto form = load(store, form_id);
    if (!form) return form.error();
    auto grant = actor.principal->GrantFor(form->summary.form.Path(), kReviewers);
    if (!grant) return core::Forbidden("Показатели проверяет региональный оператор");
    if (form->campaign.closed()) return CampaignClosed();
    auto flat = Flat(*form->catalog);
    int changed = 0;
    for (std::size_t k = 0; k < flat.size(); ++k) {
      bool wanted = numbers.empty() ? form->answers[k].state == AnswerState::kSubmitted
                                    : std::find(numbers.begin(), numbers.end(), flat[k]->number) != numbers.end();
      if (!wanted) continue;
      auto a = form->answers[k];
      if (auto ok = CheckReviewable(a.state, flat[k]->number); !ok) return ok.error();
      a.state = accept ? AnswerState::kAccepted : AnswerState::kReturned;
      if (!accept) a.review_message = message;
      a.corrected = false;
      store.SaveAnswer(a, std::nullopt, now);
      auto e = audit::EntryFor(actor, accept ? "accept" : "return", "monitoring_answer", form_id,
                               form->summary.form.Path(), grant);
      e.detail = "Показатель " + flat[k]->number;
      if (!accept) e.changes.push_back({"review_message", std::nullopt, message});
      trail.Record(std::move(e));
      ++changed;
    }
    if (!numbers.empty() && changed == 0) {
      return core::DomainError{core::ErrorKind::kNotFound, "unknown_indicator",
                               "В каталоге мониторинга нет показателя " + numbers.front(), "indicator"};
    }
    if (numbers.empty() && changed == 0) return core::Conflict("not_submitted", "Нет показателей, ожидающих проверки");
    return core::Ok{};
  });
  if (!done) return done.error();
  return load_after();
}
}  // namespace

core::Result<FormView> MonitoringService::Accept(const core::Actor& actor, std::int64_t form_id,
                                                 const std::string& number) {
  if (!actor.principal) return core::Unauthenticated();
  return Review(
      storage_, actor, form_id, {number}, true, "", core::FormatTimestamp(clock_.Now()),
      [&](MonitoringStore& s, std::int64_t id) { return LoadForm(s, actor, id); },
      [&] { return GetForm(actor, form_id); });
}

core::Result<FormView> MonitoringService::Return(const core::Actor& actor, std::int64_t form_id,
                                                 const std::string& number, std::string message) {
  if (!actor.principal) return core::Unauthenticated();
  auto checked = CheckReturnMessage(core::NormaliseSpaces(message));
  if (!checked) return checked.error();
  return Review(
      storage_, actor, form_id, {number}, false, *checked, core::FormatTimestamp(clock_.Now()),
      [&](MonitoringStore& s, std::int64_t id) { return LoadForm(s, actor, id); },
      [&] { return GetForm(actor, form_id); });
}

core::Result<FormView> MonitoringService::AcceptAll(const core::Actor& actor, std::int64_t form_id) {
  if (!actor.principal) return core::Unauthenticated();
  return Review(
      storage_, actor, form_id, {}, true, "", core::FormatTimestamp(clock_.Now()),
      [&](MonitoringStore& s, std::int64_t id) { return LoadForm(s, actor, id); },
      [&] { return GetForm(actor, form_id); });
}

// ---- results ----

ResultsView MonitoringService::ResultsOf(MonitoringStore& store, const CampaignRecord& campaign) {
  ResultsView v;
  v.catalog = CatalogOf(store, campaign.catalog_id);
  v.campaign.campaign = campaign;
  v.region_name = campaign.region_id ? store.RegionName(campaign.region_id) : "Все регионы (национальный мониторинг)";
  const auto& catalog = *v.catalog;
  v.campaign.catalog_title = catalog.title;
  v.campaign.catalog_version = catalog.version;
  v.campaign.catalog_code = catalog.code;
  auto index = IndexById(catalog);
  int n = catalog.IndicatorCount();
  auto forms = store.Forms(campaign.id);
  std::unordered_map<std::int64_t, std::size_t> pos;
  for (std::size_t k = 0; k < forms.size(); ++k) pos[forms[k].id] = k;
  std::vector<std::vector<AnswerFact>> facts(forms.size(), std::vector<AnswerFact>(n));
  std::vector<Counts> counts(forms.size());
  store.FormFacts(campaign.id, [&](const FormFactsRow& row) {
    auto f = pos.find(row.form_id);
    if (f == pos.end()) return;
    auto& form = facts[f->second];
    for (auto id : row.met_accepted)
      if (auto i = index.find(id); i != index.end()) form[i->second] = {true, true};
    for (auto id : row.met_other)
      if (auto i = index.find(id); i != index.end()) form[i->second] = {true, false};
    counts[f->second] = {0, row.draft, row.submitted, row.accepted, row.returned};
  });
  std::vector<RankEntry> entries;
  std::vector<FormScore> scores;
  scores.reserve(forms.size());
  entries.reserve(forms.size());
  for (std::size_t k = 0; k < forms.size(); ++k) {
    scores.push_back(ScoreForm(catalog, facts[k]));
    entries.push_back({forms[k].id, scores.back().total, forms[k].municipality_sort_key});
  }
  std::vector<int> totals;
  for (const auto& r : RankByTotal(entries)) {
    ResultRow row;
    row.form = forms[r.index];
    row.rank = r.rank;
    row.score = std::move(scores[r.index]);
    auto c = counts[r.index];
    c.empty = n - c.draft - c.submitted - c.accepted - c.returned;
    row.status = StatusOf(c, n);
    if (row.status == FormStatus::kSubmitted || row.status == FormStatus::kAccepted) ++v.campaign.forms_submitted;
    if (row.status == FormStatus::kAccepted) ++v.campaign.forms_accepted;
    totals.push_back(row.score.total);
    v.rows.push_back(std::move(row));
  }
  v.campaign.forms_total = static_cast<int>(forms.size());
  v.campaign.overdue = !campaign.closed() && clock_.Today() > campaign.closes_on;
  v.of = static_cast<int>(forms.size());
  if (!totals.empty()) {
    long long sum = 0;
    for (int t : totals) sum += t;
    v.average = std::round(10.0 * static_cast<double>(sum) / static_cast<double>(totals.size())) / 10.0;
    v.median = Median(totals);
    v.max = *std::max_element(totals.begin(), totals.end());
    v.min = *std::min_element(totals.begin(), totals.end());
  }
  return v;
}

core::Result<ResultsView> MonitoringService::Results(const core::Actor& actor, std::int64_t campaign_id) {
  auto campaign = GetCampaign(actor, campaign_id);
  if (!campaign) return campaign.error();
  ResultsView v;
  storage_.Read([&](MonitoringStore& store) { v = ResultsOf(store, campaign->campaign); });
  if (!actor.principal->Reaches(RegionPath(campaign->campaign.region_id), kReviewers)) {
    std::erase_if(v.rows, [&](const ResultRow& r) { return !actor.principal->Reaches(r.form.Path(), kFillers); });
  }
  return v;
}

core::Result<std::vector<DynamicsPoint>> MonitoringService::Dynamics(const core::Actor& actor,
                                                                     std::optional<std::int64_t> municipality,
                                                                     std::optional<std::int64_t> region) {
  if (!actor.principal) return core::Unauthenticated();
  if (!municipality && !region) {
    region = OwnRegion(*actor.principal);
    if (!region) return core::ValidationError("municipality", "Укажите муниципальное образование или регион");
  }
  auto all = Campaigns(actor, std::nullopt);
  if (!all) return all.error();
  std::vector<DynamicsPoint> out;
  bool reached = false;
  bool hidden = false;  // the municipality takes part, but the caller does not reach it
  storage_.Read([&](MonitoringStore& store) {
    for (const auto& c : *all) {
      if (region && c.campaign.region_id != *region) continue;
      auto results = ResultsOf(store, c.campaign);
      DynamicsPoint p;
      p.year = c.campaign.year;
      p.campaign_id = c.campaign.id;
      p.of = results.of;
      p.max_score = results.catalog->MaxScore();
      p.region_average = results.average;
      if (municipality) {
        bool found = false;
        for (const auto& r : results.rows) {
          if (r.form.municipality_id != *municipality) continue;
          if (!actor.principal->Reaches(r.form.Path(), kReaders)) {
            hidden = true;
            continue;
          }
          p.total = r.score.total;
          p.rank = r.rank;
          found = true;
        }
        if (!found) continue;
      }
      reached = true;
      out.push_back(p);
    }
  });
  if (region && !actor.principal->Reaches(RegionPath(*region), kReviewers)) return core::NotFound("Регион не найден");
  if (hidden && !reached) return core::NotFound("Муниципальное образование не найдено");
  std::sort(out.begin(), out.end(), [](const DynamicsPoint& a, const DynamicsPoint& b) { return a.year < b.year; });
  return out;
}

core::Result<TargetsView> MonitoringService::Targets(const core::Actor& actor, std::optional<int> year,
                                                     std::optional<std::int64_t> region) {
  if (!actor.principal) return core::Unauthenticated();
  if (!actor.principal->HasRole(Role::kRegionalAdmin))
    return core::Forbidden("Целевые показатели программы видит региональный оператор");
  if (!region) region = OwnRegion(*actor.principal);
  if (!region) return core::ValidationError("region", "Укажите регион");
  if (!actor.principal->Reaches(RegionPath(*region), kReviewers)) return core::NotFound("Регион не найден");
  TargetsView v;
  v.region_id = *region;
  storage_.Read([&](MonitoringStore& store) {
    core::ScopeFilter scope;
    scope.regions = {*region};
    auto campaigns = store.Campaigns(scope, std::nullopt);
    std::optional<CampaignRecord> chosen;
    for (const auto& c : campaigns) {
      if (year && c.year != *year) continue;
      if (!chosen || c.year > chosen->year) chosen = c;
    }
    v.year = year ? *year : (chosen ? chosen->year : clock_.Today().year);
    std::vector<std::vector<AnswerFact>> facts;
    std::shared_ptr<const Catalog> catalog;
    if (chosen) {
      v.campaign_id = chosen->id;
      catalog = CatalogOf(store, chosen->catalog_id);
      auto index = IndexById(*catalog);
      auto forms = store.Forms(chosen->id);
      std::unordered_map<std::int64_t, std::size_t> pos;
      for (std::size_t k = 0; k < forms.size(); ++k) pos[forms[k].id] = k;
      facts.assign(forms.size(), std::vector<AnswerFact>(catalog->IndicatorCount()));
      store.AnswerFacts(chosen->id, [&](const AnswerFactRow& row) {
        auto f = pos.find(row.form_id);
        auto i = index.find(row.indicator_id);
        if (f != pos.end() && i != index.end())
          facts[f->second][i->second] = {row.met, row.state == AnswerState::kAccepted};
      });
    }
    // The mentoring share is counted at the end of the year (or today within the current year).
    core::Date on{v.year, 12, 31};
    if (clock_.Today() < on) on = clock_.Today();
    for (const auto& t : AmurProgrammeTargets()) {
      TargetRow row{t, {}};
      if (t.source == TargetSource::kMentoring) {
        auto [with, all] = store.MentoringCoverage(*region, on);
        row.value = ShareValue(t, with, all);
      } else if (catalog) {
        row.value = CampaignTargetValue(t, *catalog, facts);
      }
      v.rows.push_back(std::move(row));
    }
  });
  return v;
}

// ---- recommendations ----

core::Result<std::vector<MonitoringService::LibraryItem>> MonitoringService::Library(
    const core::Actor& actor, std::optional<std::int64_t> catalog_id) {
  if (!actor.principal) return core::Unauthenticated();
  if (!actor.principal->HasRole(Role::kRegionalAdmin) && !actor.principal->HasRole(Role::kMunicipalCoordinator))
    return core::Forbidden("Библиотеку рекомендаций ведёт региональный оператор");
  std::vector<LibraryItem> out;
  bool found = true;
  storage_.Read([&](MonitoringStore& store) {
    if (!catalog_id) catalog_id = store.LatestCatalog("amur-2020");
    auto catalog = catalog_id ? CatalogOf(store, *catalog_id) : nullptr;
    if (!catalog) {
      found = false;
      return;
    }
    auto texts = store.LibraryTexts(*catalog_id);
    for (const auto* i : Flat(*catalog)) {
      auto it = texts.find(i->number);
      out.push_back(
          {i->number, i->title, it != texts.end() ? it->second : DefaultRecommendation(*i), it != texts.end()});
    }
  });
  if (!found) return core::NotFound("Каталог мониторинга не найден");
  return out;
}

core::Result<MonitoringService::LibraryItem> MonitoringService::PutLibrary(const core::Actor& actor,
                                                                           std::int64_t catalog_id,
                                                                           const std::string& number,
                                                                           std::string text) {
  if (!actor.principal) return core::Unauthenticated();
  auto region = OwnRegion(*actor.principal);
  if (!actor.principal->HasRole(Role::kRegionalAdmin))
    return core::Forbidden("Библиотеку рекомендаций ведёт региональный оператор");
  text = core::NormaliseSpaces(text);
  if (text.empty() || core::Utf8Length(text) > 4000)
    return core::ValidationError("text", "Текст рекомендации обязателен (не длиннее 4000 символов)");
  auto now = core::FormatTimestamp(clock_.Now());
  LibraryItem item;
  auto done = storage_.Transact([&](MonitoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto catalog = CatalogOf(store, catalog_id);
    if (!catalog) return core::NotFound("Каталог мониторинга не найден");
    const auto* i = catalog->Find(number);
    if (!i) return UnknownIndicator(number);
    auto old = store.LibraryTexts(catalog_id);
    store.PutLibraryText(catalog_id, number, text, now);
    auto path = RegionPath(region.value_or(0));
    auto e = audit::EntryFor(actor, "update", "monitoring_recommendation_text", catalog_id, path,
                             actor.principal->GrantFor(path, kReviewers));
    e.detail = "Показатель " + number;
    auto it = old.find(number);
    e.changes.push_back({"text", it != old.end() ? std::optional(it->second) : std::nullopt, text});
    trail.Record(std::move(e));
    item = {number, i->title, text, true};
    return core::Ok{};
  });
  if (!done) return done.error();
  return item;
}

void MonitoringService::EnsureRecommendations(MonitoringStore& store, const FormView& form) {
  auto existing = store.Recommendations(form.summary.form.id);
  std::set<std::int64_t> have;
  for (const auto& r : existing) have.insert(r.indicator_id);
  auto flat = Flat(*form.catalog);
  std::optional<std::map<std::string, std::string>> texts;
  auto now = core::FormatTimestamp(clock_.Now());
  for (int k : form.score.deficits) {
    const auto* i = flat[k];
    if (have.contains(i->id)) continue;
    if (!texts) texts = store.LibraryTexts(form.catalog->id);
    RecommendationRecord r;
    r.form_id = form.summary.form.id;
    r.indicator_id = i->id;
    auto it = texts->find(i->number);
    r.text = it != texts->end() ? it->second : DefaultRecommendation(*i);
    r.status = "new";
    store.InsertRecommendation(r, now);
  }
}

core::Result<std::vector<RecommendationRecord>> MonitoringService::Recommendations(const core::Actor& actor,
                                                                                   std::int64_t form_id) {
  if (!actor.principal) return core::Unauthenticated();
  std::vector<RecommendationRecord> out;
  auto done = storage_.Transact([&](MonitoringStore& store, audit::AuditTrail&) -> core::Result<void> {
    auto form = LoadForm(store, actor, form_id);
    if (!form) return form.error();
    // Generated per deficit once the results are frozen or the reviewer has looked at the form.
    bool reviewed = form->campaign.closed() || form->summary.accepted > 0 || form->summary.returned > 0;
    if (reviewed) EnsureRecommendations(store, *form);
    out = store.Recommendations(form_id);
    return core::Ok{};
  });
  if (!done) return done.error();
  return out;
}

core::Result<RecommendationRecord> MonitoringService::UpdateRecommendation(const core::Actor& actor,
                                                                           std::int64_t form_id, std::int64_t rec_id,
                                                                           RecommendationInput input) {
  if (!actor.principal) return core::Unauthenticated();
  if (input.status && *input.status != "new" && *input.status != "in_progress" && *input.status != "done")
    return core::ValidationError("status", "Статус рекомендации: new, in_progress или done");
  if (input.text) {
    *input.text = core::NormaliseSpaces(*input.text);
    if (input.text->empty() || core::Utf8Length(*input.text) > 4000)
      return core::ValidationError("text", "Текст рекомендации обязателен (не длиннее 4000 символов)");
  }
  if (input.status_note && core::Utf8Length(*input.status_note) > 2000)
    return core::ValidationError("status_note", "Отметка об исполнении не длиннее 2000 символов");
  auto now = core::FormatTimestamp(clock_.Now());
  RecommendationRecord result;
  auto done = storage_.Transact([&](MonitoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto form = store.FindForm(form_id);
    if (!form || !actor.principal->Reaches(form->Path(), kReaders))
      return core::NotFound("Форма мониторинга не найдена");
    auto reviewer = actor.principal->GrantFor(form->Path(), kReviewers);
    auto filler = actor.principal->GrantFor(form->Path(), kFillers);
    if (!reviewer && input.text)
      return core::Forbidden("Текст рекомендации меняет региональный оператор; координатор отмечает исполнение");
    auto list = store.Recommendations(form_id);
    auto it = std::find_if(list.begin(), list.end(), [&](const RecommendationRecord& r) { return r.id == rec_id; });
    if (it == list.end()) return core::NotFound("Рекомендация не найдена");
    auto r = *it;
    audit::ChangeSet changes;
    if (input.text) {
      changes.Compare("text", r.text, *input.text);
      r.text = *input.text;
    }
    if (input.status) {
      changes.Compare("status", r.status, *input.status);
      r.status = *input.status;
    }
    if (input.status_note) {
      changes.Compare("status_note", r.status_note, *input.status_note);
      r.status_note = *input.status_note;
    }
    store.UpdateRecommendation(r, now);
    auto e = audit::EntryFor(actor, "update", "monitoring_recommendation", rec_id, form->Path(),
                             reviewer ? reviewer : filler);
    e.changes = changes.Take();
    trail.Record(std::move(e));
    for (auto& x : store.Recommendations(form_id))
      if (x.id == rec_id) result = x;
    return core::Ok{};
  });
  if (!done) return done.error();
  return result;
}

// ---- reports ----

core::Result<ResultsView> MonitoringService::ReportData(const core::Actor& actor, std::int64_t campaign_id,
                                                        const std::string& format) {
  if (!actor.principal) return core::Unauthenticated();
  auto campaign = GetCampaign(actor, campaign_id);
  if (!campaign) return campaign.error();
  auto path = RegionPath(campaign->campaign.region_id);
  auto grant = actor.principal->GrantFor(path, kReviewers);
  if (!grant) return core::Forbidden("Отчёт по региону формирует региональный оператор");
  ResultsView v;
  auto done = storage_.Transact([&](MonitoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    v = ResultsOf(store, campaign->campaign);
    auto e = audit::EntryFor(actor, "export", "monitoring_campaign", campaign_id, path, grant);
    e.detail = "Отчёт " + format;
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  return v;
}

core::Result<MonitoringService::MunicipalityReport> MonitoringService::MunicipalityReportData(const core::Actor& actor,
                                                                                              std::int64_t form_id) {
  auto recs = Recommendations(actor, form_id);
  if (!recs) return recs.error();
  MunicipalityReport report;
  report.recommendations = std::move(*recs);
  auto done = storage_.Transact([&](MonitoringStore& store, audit::AuditTrail& trail) -> core::Result<void> {
    auto form = LoadForm(store, actor, form_id);
    if (!form) return form.error();
    report.form = std::move(*form);
    auto results = ResultsOf(store, report.form.campaign);
    report.of = results.of;
    for (const auto& r : results.rows)
      if (r.form.id == form_id) report.rank = r.rank;
    auto path = report.form.summary.form.Path();
    auto e =
        audit::EntryFor(actor, "export", "monitoring_form", form_id, path, actor.principal->GrantFor(path, kReaders));
    e.detail = "Отчёт муниципального образования (DOCX)";
    trail.Record(std::move(e));
    return core::Ok{};
  });
  if (!done) return done.error();
  return report;
}

}  // namespace metodset::monitoring
