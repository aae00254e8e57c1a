// Hand-written from docs/api/CONTRACT.md until docs/api/openapi.json is committed; then `npm run gen:api`
// produces schema.d.ts and these aliases should point at its components.

/** A paged list as every list endpoint returns it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

/** The error envelope of every failed request. */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

/** A role held by a user within a territory or organisation. */
export interface Grant {
  role: string;
  scope: string;
  scope_title: string;
}

/** The logged-in user. */
export interface User {
  id: number;
  login: string;
  display_name: string;
  person_id: number | null;
  grants: Grant[];
}

/** The answer of login and of /auth/me. */
export interface SessionInfo {
  user: User;
  csrf_token: string;
}

/** A catalogue entry (organisation kind, flag…). */
export interface CatalogueItem {
  code: string;
  title: string;
}

/** The public region summary on the home page. */
export interface PublicSummary {
  region: { id: number; name: string } | null;
  municipalities: number;
  organisations: number;
}

/** A municipality node of the territory tree. */
export interface TreeMunicipality {
  id: number;
  name: string;
  kind: string;
  organisation_count: number;
}

/** The territory tree: regions with their municipalities, limited to the user's scope. */
export interface TerritoryTree {
  regions: { id: number; name: string; municipalities: TreeMunicipality[] }[];
}

/** A municipality as the municipalities list returns it. */
export interface Municipality {
  id: number;
  region_id: number;
  name: string;
  kind: string;
  method_service_kind: string | null;
  organisation_count: number;
}

/** An educational organisation. */
export interface Organisation {
  id: number;
  municipality_id: number;
  municipality_name: string;
  name: string;
  short_name: string;
  kind: string;
  inn: string | null;
  address: string | null;
  head_name: string | null;
  email: string | null;
  phone: string | null;
  flags: string[];
  created_at: string;
  updated_at: string;
}

/** The body of organisation create and update. */
export type OrganisationInput = Omit<Organisation, 'id' | 'municipality_name' | 'created_at' | 'updated_at'>;

/** One row of an import preview. */
export interface ImportRow {
  row: number;
  action: 'create' | 'update';
  name: string;
}

/** One problem found in an imported file. */
export interface ImportError {
  row: number;
  column: string;
  column_title: string;
  message: string;
}

/** The answer of an organisation import, preview or commit. */
export interface ImportReport {
  committed: boolean;
  created: number;
  updated: number;
  rows: ImportRow[];
  errors: ImportError[];
}

/** A changed field in an audit entry. */
export interface AuditChange {
  field: string;
  old: string | number | boolean | null;
  new: string | number | boolean | null;
}

/** An audit log entry. */
export interface AuditEntry {
  id: number;
  at: string;
  actor_login: string | null;
  role: string | null;
  scope: string | null;
  action: string;
  object_type: string;
  object_id: number | string | null;
  changes: AuditChange[];
  ip: string;
  outcome: 'ok' | 'denied' | 'failed';
}

/** A file attached to a document. */
export interface Attachment {
  id: number;
  file_name: string;
  size: number;
  sha256: string;
  content_type?: string;
  created_at?: string;
}

/** A registered document (directive, protocol, plan…). */
export interface DocumentRecord {
  id: number;
  kind: string;
  number: string;
  date: string;
  title: string;
  issuer: string;
  retention_until: string | null;
  links: { object_type: string; object_id: number }[];
  attachments: Attachment[];
}

/** The body of document registration. */
export interface DocumentInput {
  kind: string;
  number: string;
  date: string;
  title: string;
  issuer: string;
}
