#pragma once
// Ports of the monitoring module: the tables of migrations/*/0007_monitoring.sql inside one transaction or
// snapshot, and the registry of evidence sources that pre-fill the form (issue 5 item 3).

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "modules/audit/module.hpp"
#include "modules/monitoring/domain/catalog.hpp"
#include "modules/monitoring/domain/review.hpp"
#include "platform/core/date.hpp"
#include "platform/core/principal.hpp"

namespace metodset::monitoring {

struct CampaignRecord {
  std::int64_t id = 0;
  std::int64_t region_id = 0;  // 0: a national campaign (every region's municipalities; the federal operator's)
  int year = 0;
  std::int64_t catalog_id = 0;
  core::Date opens_on;
  core::Date closes_on;
  std::string status = "open";  // open | closed
  std::optional<std::string> closed_at;
  std::string created_at;
  std::string updated_at;
  bool closed() const { return status == "closed"; }
};

struct FormRecord {
  std::int64_t id = 0;
  std::int64_t campaign_id = 0;
  std::int64_t region_id = 0;
  std::int64_t municipality_id = 0;
  std::string municipality_name;
  std::string municipality_sort_key;
  std::optional<std::string> submitted_at;
  std::optional<std::string> reminded_at;
  core::TerritoryPath Path() const { return {region_id, municipality_id, std::nullopt, std::nullopt}; }
};

/// Evidence of an indicator: a document of the registry, an uploaded file (a document with its attachment), a
/// link, or an object of the system (a mentoring pair, a pool…) proposed by pre-fill.
struct Evidence {
  std::string kind;  // document | file | link | object
  std::optional<std::int64_t> document_id;
  std::optional<std::int64_t> attachment_id;
  std::string url;
  std::string object_type;
  std::optional<std::int64_t> object_id;
  std::string title;  // document title, file name or object title
};

struct AnswerRecord {
  std::int64_t id = 0;  // 0: never saved (state empty)
  std::int64_t form_id = 0;
  std::int64_t indicator_id = 0;
  AnswerState state = AnswerState::kEmpty;
  std::optional<bool> met;
  std::string comment;
  std::optional<Evidence> evidence;
  std::optional<std::string> review_message;
  bool corrected = false;
  std::string updated_at;
};

/// The facts of one answer that scoring needs, read in bulk for a whole campaign.
struct AnswerFactRow {
  std::int64_t form_id = 0;
  std::int64_t indicator_id = 0;
  AnswerState state = AnswerState::kEmpty;
  bool met = false;
};

/// One form's answers summed up by the database: counts per state and the indicators answered met (accepted or
/// not), for scoring a whole campaign without reading every answer row.
struct FormFactsRow {
  std::int64_t form_id = 0;
  int draft = 0, submitted = 0, accepted = 0, returned = 0;
  std::vector<std::int64_t> met_accepted;  // indicator ids
  std::vector<std::int64_t> met_other;     // met, not (yet) accepted
};

struct RecommendationRecord {
  std::int64_t id = 0;
  std::int64_t form_id = 0;
  std::int64_t indicator_id = 0;
  std::string indicator_number;
  std::string indicator_title;
  std::string text;
  std::string status = "new";  // new | in_progress | done
  std::string status_note;
  std::string updated_at;
};

/// A municipality that may take part in a campaign.
struct MunicipalityRef {
  std::int64_t id = 0;
  std::int64_t region_id = 0;
  std::string name;
  std::string sort_key;
};

/// Port: the monitoring tables inside one transaction or snapshot.
class MonitoringStore {
 public:
  virtual ~MonitoringStore() = default;
  /// Catalogues a caller reaching these regions reads (presets and the regions' own versions), with criteria.
  virtual std::vector<Catalog> Catalogs(const core::ScopeFilter& regions) = 0;
  virtual std::optional<Catalog> LoadCatalog(std::int64_t id) = 0;
  virtual int LastVersion(const std::string& code) = 0;
  /// Stores the catalogue and its indicators; returns the new id.
  virtual std::int64_t InsertCatalog(const Catalog& catalog, const std::string& now) = 0;
  /// The latest version of a code.
  virtual std::optional<std::int64_t> LatestCatalog(const std::string& code) = 0;

  /// Campaigns of the regions in `regions`, or of which a municipality in `municipalities` has a form.
  virtual std::vector<CampaignRecord> Campaigns(const core::ScopeFilter& scope, std::optional<int> year) = 0;
  virtual std::optional<CampaignRecord> FindCampaign(std::int64_t id) = 0;
  virtual bool CampaignExists(std::int64_t region_id, int year) = 0;
  virtual std::int64_t InsertCampaign(const CampaignRecord& campaign) = 0;
  virtual void UpdateCampaign(const CampaignRecord& campaign) = 0;
  virtual std::vector<MunicipalityRef> Municipalities(std::int64_t region_id) = 0;
  virtual bool RegionExists(std::int64_t region_id) = 0;
  virtual std::string RegionName(std::int64_t region_id) = 0;
  virtual void InsertForms(const CampaignRecord& campaign, const std::vector<MunicipalityRef>& municipalities,
                           const std::string& now) = 0;
  /// Forms of a campaign (all, or those whose municipality is in `only`), by municipality name.
  virtual std::vector<FormRecord> Forms(std::int64_t campaign_id) = 0;
  virtual std::optional<FormRecord> FindForm(std::int64_t id) = 0;
  virtual void MarkForm(std::int64_t form_id, std::optional<std::string> submitted_at,
                        std::optional<std::string> reminded_at, const std::string& now) = 0;

  virtual std::vector<AnswerRecord> Answers(std::int64_t form_id) = 0;
  /// Every saved answer of a campaign (for scores, ranking and targets).
  virtual void AnswerFacts(std::int64_t campaign_id, const std::function<void(const AnswerFactRow&)>& each) = 0;
  /// The same, aggregated per form in the database.
  virtual void FormFacts(std::int64_t campaign_id, const std::function<void(const FormFactsRow&)>& each) = 0;
  virtual void SaveAnswer(const AnswerRecord& answer, std::optional<std::int64_t> user_id, const std::string& now) = 0;
  /// Whether the caller's document exists (evidence check is done by the service with the documents module).
  virtual std::optional<std::string> DocumentTitle(std::int64_t document_id) = 0;

  virtual std::map<std::string, std::string> LibraryTexts(std::int64_t catalog_id) = 0;
  virtual void PutLibraryText(std::int64_t catalog_id, const std::string& number, const std::string& text,
                              const std::string& now) = 0;
  virtual std::vector<RecommendationRecord> Recommendations(std::int64_t form_id) = 0;
  virtual void InsertRecommendation(const RecommendationRecord& r, const std::string& now) = 0;
  virtual void UpdateRecommendation(const RecommendationRecord& r, const std::string& now) = 0;

  /// Young specialists of a region (persons.young_specialist_until ≥ on) and how many have an active mentor.
  virtual std::pair<long long, long long> MentoringCoverage(std::int64_t region_id, const core::Date& on) = 0;
};

/// Port: transactions over the store with the audit trail bound to the same transaction.
class MonitoringStorage {
 public:
  virtual ~MonitoringStorage() = default;
  virtual core::Result<void> Transact(
      const std::function<core::Result<void>(MonitoringStore&, audit::AuditTrail&)>& work) = 0;
  virtual void Read(const std::function<void(MonitoringStore&)>& work) = 0;
};

/// Evidence the system already holds, proposed for an indicator (the coordinator confirms it).
struct Proposal {
  std::string indicator_number;
  std::string source;  // the source's Russian name: «Реестр документов», «Наставничество»
  std::string title;
  Evidence evidence;
};

/// What a source is asked about: a municipality's form and the period whose evidence counts (the two years
/// before the campaign's window opens, up to its end).
struct ProposalContext {
  std::int64_t municipality_id = 0;
  int year = 0;
  core::Date from;
  core::Date to;
};

/// Port: one source of pre-fill proposals. Each module that holds evidence registers its own (issue 5 item 3).
class EvidenceSource {
 public:
  virtual ~EvidenceSource() = default;
  virtual void Propose(const ProposalContext& context, const Catalog& catalog, std::vector<Proposal>& out) = 0;
};

/// The sources the composition root registered.
class EvidenceRegistry {
 public:
  void Register(std::unique_ptr<EvidenceSource> source) { sources_.push_back(std::move(source)); }
  std::vector<Proposal> Propose(const ProposalContext& context, const Catalog& catalog) const {
    std::vector<Proposal> out;
    for (const auto& s : sources_) s->Propose(context, catalog, out);
    return out;
  }

 private:
  std::vector<std::unique_ptr<EvidenceSource>> sources_;
};

}  // namespace metodset::monitoring
