// The monitoring API's JSON shapes (docs/api/MONITORING.md). The request bodies are aliases of the server's
// OpenAPI schemas (a change of the contract is a compile error); the answers are written by hand from the
// contract because the OpenAPI document describes them only as objects.
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

/** A version of the criteria catalogue (003 §App6). */
export interface CatalogSummary {
  id: number;
  code: string;
  version: number;
  title: string;
  region_id: number | null;
  based_on_id: number | null;
  criteria_count: number;
  indicator_count: number;
  max_score: number;
  created_at: string;
}

export type CampaignStatus = 'open' | 'closed';

/** A yearly campaign as lists show it. */
export interface CampaignSummary {
  id: number;
  region_id: number;
  year: number;
  catalog_id: number;
  catalog_title: string;
  catalog_version: number;
  opens_on: string;
  closes_on: string;
  status: CampaignStatus;
  closed_at: string | null;
  forms_total: number;
  forms_submitted: number;
  forms_accepted: number;
  overdue: boolean;
}

/** The derived status of a municipality's form. */
export type FormStatus = 'not_started' | 'draft' | 'submitted' | 'returned' | 'accepted';

/** A municipality's form as the campaign card lists it. */
export interface FormSummary {
  id: number;
  campaign_id: number;
  municipality_id: number;
  municipality_name: string;
  status: FormStatus;
  answered: number;
  draft: number;
  submitted: number;
  accepted: number;
  returned: number;
  indicator_count: number;
  score: number | null;
  claimed: number;
  submitted_at: string | null;
  reminded_at: string | null;
}

/** A campaign with its forms (scoped: a coordinator gets only her own). */
export interface Campaign extends CampaignSummary {
  forms: FormSummary[];
}

/** The body that opens a campaign. */
export type CampaignInput = Schemas['MonitoringCampaignInput'];

/** Evidence of an indicator: a registry document, an uploaded file (registered as a document), a link, an object. */
export type Evidence =
  | { kind: 'document'; document_id: number; title?: string }
  | { kind: 'file'; document_id: number; attachment_id: number; file_name: string; title?: string }
  | { kind: 'link'; url: string; title?: string }
  | { kind: 'object'; object_type: string; object_id: number; title?: string; url?: string };

/** Evidence the system already holds, proposed for an indicator (pre-fill). */
export interface Proposal {
  source: string;
  title: string;
  evidence: Evidence;
}

/** The review state of one indicator. */
export type AnswerState = 'empty' | 'draft' | 'submitted' | 'returned' | 'accepted';

/** One indicator of a form with its answer. */
export interface Answer {
  indicator_id: number;
  number: string;
  area: string;
  title: string;
  points: number;
  additional: boolean;
  state: AnswerState;
  met: boolean | null;
  comment: string;
  evidence: Evidence | null;
  review_message: string | null;
  corrected: boolean;
  /** The caller may change this answer now (her form, the campaign takes answers, the indicator is not locked). */
  editable: boolean;
  /** The caller may accept or return it now. */
  can_review: boolean;
  score: number;
  updated_at: string | null;
  proposals: Proposal[];
}

/** A criterion of a form with its indicators and score. */
export interface FormCriterion {
  number: number;
  title: string;
  score: number;
  max_score: number;
  indicators: Answer[];
}

/** A municipality's form. */
export interface Form extends FormSummary {
  year: number;
  campaign: { id: number; year: number; status: CampaignStatus; opens_on: string; closes_on: string };
  municipality: { id: number; name: string };
  campaign_status: CampaignStatus;
  opens_on: string;
  closes_on: string;
  can_edit: boolean;
  can_review: boolean;
  max_score: number;
  criteria: FormCriterion[];
}

/** The body that saves one answer as a draft. */
export type AnswerInput = Schemas['MonitoringAnswerInput'];

/** A municipality's row of the results. */
export interface ResultRow {
  form_id: number;
  municipality_id: number;
  municipality_name: string;
  rank: number;
  total: number;
  max: number;
  claimed: number;
  criteria: { number: number; score: number; max: number }[];
  deficits: { number: string; title: string }[];
  status: FormStatus;
}

/** A campaign's results: scores per criterion and in total, ranks, deficits (provisional until closed). */
export interface Results {
  campaign: CampaignSummary;
  final: boolean;
  max_score: number;
  criteria: { number: number; title: string; max: number }[];
  rows: ResultRow[];
  of: number;
  region: { average: number; median: number; max: number; min: number };
}

/** A municipality's (or, with `region`, the region's) results across years. */
export interface Dynamics {
  municipality_id: number | null;
  region_id: number | null;
  years: { year: number; campaign_id: number; total: number | null; max: number; rank: number | null; of: number; region_average: number }[];
}

export type RecommendationStatus = 'new' | 'in_progress' | 'done';

/** An addressed recommendation for a deficit of a municipality. */
export interface Recommendation {
  id: number;
  form_id: number;
  indicator_number: string;
  indicator_title: string;
  text: string;
  status: RecommendationStatus;
  status_note: string;
  updated_at: string | null;
}

/** The body that changes a recommendation (a coordinator sends only the status and its note). */
export type RecommendationInput = Schemas['MonitoringRecommendationInput'];

/** The library's text for an indicator. */
export interface LibraryItem {
  indicator_number: string;
  title: string;
  text: string;
  custom: boolean;
}

/** An expected result of the programme with its actual value. */
export interface Target {
  code: string;
  title: string;
  target_percent: number;
  actual_percent: number | null;
  numerator: number;
  denominator: number;
  met: boolean | null;
  source: 'campaign' | 'mentoring';
  indicators: string[];
}

/** The programme targets of a year. */
export interface Targets {
  year: number;
  region_id: number;
  campaign_id: number | null;
  items: Target[];
}
