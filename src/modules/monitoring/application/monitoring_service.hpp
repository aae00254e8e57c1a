#pragma once
// Use cases of the monitoring of municipal methodological services (docs/api/MONITORING.md): catalogues and
// their versions, campaigns, forms filled and reviewed indicator by indicator, results, recommendations,
// dynamics, programme targets and the data of the reports.

#include <map>
#include <memory>
#include <mutex>

#include "modules/documents/module.hpp"
#include "modules/monitoring/application/monitoring_store.hpp"
#include "modules/monitoring/domain/scoring.hpp"
#include "modules/monitoring/domain/targets.hpp"
#include "platform/core/clock.hpp"
#include "platform/core/result.hpp"

namespace metodset::monitoring {

struct CampaignView {
  CampaignRecord campaign;
  std::string catalog_title;
  int catalog_version = 1;
  std::string catalog_code;
  int forms_total = 0;
  int forms_submitted = 0;  // nothing left to send (every indicator submitted, accepted or returned-and-sent)
  int forms_accepted = 0;
  bool overdue = false;
};

struct FormSummaryView {
  FormRecord form;
  FormStatus status = FormStatus::kNotStarted;
  int answered = 0, drafts = 0, submitted = 0, accepted = 0, returned = 0;
  int indicator_count = 0;
  int score = 0;
  int claimed = 0;
};

struct FormView {
  FormSummaryView summary;
  CampaignRecord campaign;
  std::shared_ptr<const Catalog> catalog;
  std::vector<AnswerRecord> answers;             // catalogue order; state empty for unsaved
  std::vector<std::vector<Proposal>> proposals;  // catalogue order
  FormScore score;
  bool can_edit = false;    // the caller fills this form and the campaign takes answers now
  bool can_review = false;  // the caller reviews this form and the campaign is open
};

struct ResultRow {
  FormRecord form;
  int rank = 0;
  FormScore score;
  FormStatus status = FormStatus::kNotStarted;
};

struct ResultsView {
  CampaignView campaign;
  std::string region_name;
  std::shared_ptr<const Catalog> catalog;
  std::vector<ResultRow> rows;  // by rank; a coordinator gets her own row only
  int of = 0;                   // municipalities ranked
  double average = 0;
  double median = 0;
  int max = 0;
  int min = 0;
};

struct DynamicsPoint {
  int year = 0;
  std::int64_t campaign_id = 0;
  std::optional<int> total;  // the municipality's (null for the region view)
  std::optional<int> rank;
  int of = 0;
  int max_score = 0;
  double region_average = 0;
};

struct TargetRow {
  ProgrammeTarget target;
  TargetValue value;
};

struct TargetsView {
  int year = 0;
  std::int64_t region_id = 0;
  std::optional<std::int64_t> campaign_id;
  std::vector<TargetRow> rows;
};

struct AnswerInput {
  std::optional<bool> met;
  std::string comment;
  std::optional<Evidence> evidence;  // kind document | link | object (file: UploadEvidence)
};

struct RecommendationInput {
  std::optional<std::string> text;
  std::optional<std::string> status;
  std::optional<std::string> status_note;
};

class MonitoringService {
 public:
  MonitoringService(MonitoringStorage& storage, documents::DocumentService& documents, const EvidenceRegistry& sources,
                    const core::Clock& clock)
      : storage_(storage), documents_(documents), sources_(sources), clock_(clock) {}

  core::Result<std::vector<Catalog>> Catalogs(const core::Actor& actor);
  core::Result<Catalog> GetCatalog(const core::Actor& actor, std::int64_t id);
  core::Result<std::vector<Catalog>> Versions(const core::Actor& actor, std::int64_t id);
  /// A new version of the catalogue `id` (a copy when `draft` has no criteria); past campaigns keep theirs.
  core::Result<Catalog> NewVersion(const core::Actor& actor, std::int64_t id, Catalog draft);

  core::Result<std::vector<CampaignView>> Campaigns(const core::Actor& actor, std::optional<int> year);
  core::Result<CampaignView> GetCampaign(const core::Actor& actor, std::int64_t id);
  struct OpenInput {
    int year = 0;
    std::optional<std::int64_t> region_id;
    std::optional<std::int64_t> catalog_id;
    std::optional<core::Date> opens_on;
    std::optional<core::Date> closes_on;
    std::optional<std::vector<std::int64_t>> municipality_ids;
  };
  core::Result<CampaignView> Open(const core::Actor& actor, OpenInput input);
  core::Result<CampaignView> ChangeWindow(const core::Actor& actor, std::int64_t id, Window window);
  core::Result<std::vector<FormRecord>> Remind(const core::Actor& actor, std::int64_t id);
  core::Result<CampaignView> Close(const core::Actor& actor, std::int64_t id);
  core::Result<std::vector<FormSummaryView>> Forms(const core::Actor& actor, std::int64_t campaign_id);

  core::Result<FormView> GetForm(const core::Actor& actor, std::int64_t id);
  core::Result<FormView> SaveAnswer(const core::Actor& actor, std::int64_t form_id, const std::string& number,
                                    AnswerInput input);
  /// An uploaded file as evidence: registered as a document of the municipality with its attachment.
  core::Result<FormView> UploadEvidence(const core::Actor& actor, std::int64_t form_id, const std::string& number,
                                        documents::Upload upload);
  core::Result<documents::AttachmentFile> EvidenceFile(const core::Actor& actor, std::int64_t form_id,
                                                       const std::string& number);
  core::Result<FormView> Submit(const core::Actor& actor, std::int64_t form_id);
  core::Result<FormView> Accept(const core::Actor& actor, std::int64_t form_id, const std::string& number);
  core::Result<FormView> Return(const core::Actor& actor, std::int64_t form_id, const std::string& number,
                                std::string message);
  core::Result<FormView> AcceptAll(const core::Actor& actor, std::int64_t form_id);

  core::Result<ResultsView> Results(const core::Actor& actor, std::int64_t campaign_id);
  /// Results without a caller (command line, bench): every row.
  ResultsView ResultsOf(MonitoringStore& store, const CampaignRecord& campaign);
  core::Result<std::vector<DynamicsPoint>> Dynamics(const core::Actor& actor, std::optional<std::int64_t> municipality,
                                                    std::optional<std::int64_t> region);
  core::Result<TargetsView> Targets(const core::Actor& actor, std::optional<int> year,
                                    std::optional<std::int64_t> region);

  struct LibraryItem {
    std::string number;
    std::string title;
    std::string text;
    bool custom = false;
  };
  core::Result<std::vector<LibraryItem>> Library(const core::Actor& actor, std::optional<std::int64_t> catalog_id);
  core::Result<LibraryItem> PutLibrary(const core::Actor& actor, std::int64_t catalog_id, const std::string& number,
                                       std::string text);
  core::Result<std::vector<RecommendationRecord>> Recommendations(const core::Actor& actor, std::int64_t form_id);
  core::Result<RecommendationRecord> UpdateRecommendation(const core::Actor& actor, std::int64_t form_id,
                                                          std::int64_t rec_id, RecommendationInput input);

  /// The data of the region report and of the score table (the reviewer; the export is audited).
  core::Result<ResultsView> ReportData(const core::Actor& actor, std::int64_t campaign_id, const std::string& format);
  /// The form, its results row and its recommendations, for the municipality report.
  struct MunicipalityReport {
    FormView form;
    int rank = 0;
    int of = 0;
    std::vector<RecommendationRecord> recommendations;
  };
  core::Result<MunicipalityReport> MunicipalityReportData(const core::Actor& actor, std::int64_t form_id);

  /// The catalogue of a campaign (cached: catalogues never change once stored).
  std::shared_ptr<const Catalog> CatalogOf(MonitoringStore& store, std::int64_t catalog_id);

 private:
  core::Result<FormView> LoadForm(MonitoringStore& store, const core::Actor& actor, std::int64_t form_id,
                                  bool with_proposals = false);
  FormView BuildForm(MonitoringStore& store, const core::Actor& actor, const FormRecord& form,
                     const CampaignRecord& campaign, bool with_proposals);
  CampaignView BuildCampaign(MonitoringStore& store, const CampaignRecord& campaign);
  void EnsureRecommendations(MonitoringStore& store, const FormView& form);

  MonitoringStorage& storage_;
  documents::DocumentService& documents_;
  const EvidenceRegistry& sources_;
  const core::Clock& clock_;
  std::mutex cache_mutex_;
  std::map<std::int64_t, std::shared_ptr<const Catalog>> catalogs_;
};

}  // namespace metodset::monitoring
