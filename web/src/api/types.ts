// The API's types, taken from the server's OpenAPI document: `npm run gen:api` turns
// ../docs/api/openapi.json into ./schema.d.ts (a build artefact, not committed). Only UI-side helpers are
// written by hand here; a change of the server's contract therefore shows up as a compile error.
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/** The JSON body a successful (200) answer of an operation carries. */
export type ResponseOf<Op> = Op extends { responses: { 200: { content: { 'application/json': infer Body } } } } ? Body : never;

/** The JSON body an operation accepts. */
export type RequestOf<Op> = Op extends { requestBody: { content: { 'application/json': infer Body } } } ? Body : never;

// ---- the component schemas -------------------------------------------------------------------------

/** The error envelope of every failed request (schema `Error`, renamed so as not to hide the JS `Error`). */
export type ApiErrorBody = Schemas['Error'];

/** The logged-in user. */
export type User = Schemas['User'];

/** A role held by a user within a territory or organisation. */
export type Grant = User['grants'][number];

/** A role code as the server sends it. */
export type RoleCode = Grant['role'];

/** The answer of login and of /auth/me. */
export type Session = Schemas['Session'];

/** A catalogue (organisation kinds, flags, document kinds…). */
export type Catalogue = Schemas['Catalogue'];

/** A catalogue entry. */
export type CatalogueItem = Schemas['CatalogueItem'];

/** The public region summary on the home page. */
export type PublicSummary = Schemas['PublicSummary'];

/** A region. */
export type Region = Schemas['Region'];

/** A municipality, as the municipalities list and the territory tree return it. */
export type Municipality = Schemas['Municipality'];

/** The territory tree: regions with their municipalities, limited to the user's scope. */
export type TerritoryTree = Schemas['TerritoryTree'];

/** A region node of the territory tree. */
export type TreeRegion = TerritoryTree['regions'][number];

/** A municipality node of the territory tree. */
export type TreeMunicipality = TreeRegion['municipalities'][number];

/** An educational organisation. */
export type Organisation = Schemas['Organisation'];

/** A methodological structure (council, association, centre…). */
export type Structure = Schemas['Structure'];

/** The answer of an organisation import, preview or commit. */
export type ImportReport = Schemas['ImportReport'];

/** One row of an import preview. */
export type ImportRow = ImportReport['rows'][number];

/** One problem found in an imported file. */
export type ImportError = ImportReport['errors'][number];

/** An audit log entry. */
export type AuditEntry = Schemas['AuditEntry'];

/** A changed field in an audit entry. */
export type AuditChange = AuditEntry['changes'][number];

/** A file attached to a document. */
export type Attachment = Schemas['Attachment'];

/** A registered document (schema `Document`, renamed so as not to hide the DOM `Document`). */
export type DocumentRecord = Schemas['Document'];

/** A link of a document to another object (an organisation, a structure…). */
export type DocumentLink = DocumentRecord['links'][number];

// ---- request bodies (they are part of the operations, not of the component schemas) ---------------

/** The body of organisation create and update. */
export type OrganisationInput = RequestOf<operations['post_api_v1_organisations']>;

/** The body of document registration. */
export type DocumentInput = RequestOf<operations['post_api_v1_documents']>;

/** The body of structure create and update. */
export type StructureInput = RequestOf<operations['post_api_v1_structures']>;

/** The body of municipality create and update. */
export type MunicipalityInput = RequestOf<operations['post_api_v1_territory_municipalities']>;

/** The body of login. */
export type LoginInput = RequestOf<operations['post_api_v1_auth_login']>;

// ---- UI-side helpers -------------------------------------------------------------------------------

/** A paged list as every list endpoint returns it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

// Compile-time checks that the hand-written envelope and the PUT body still match the server's contract.
/** `true` when A and B are mutually assignable. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only for `true`: a failed contract check is a type error. */
export type Check<T extends true> = T;
export type PageContractChecks = [
  Check<Same<ResponseOf<operations['get_api_v1_organisations']>, Page<Organisation>>>,
  Check<Same<ResponseOf<operations['get_api_v1_documents']>, Page<DocumentRecord>>>,
  Check<Same<ResponseOf<operations['get_api_v1_audit']>, Page<AuditEntry>>>,
  Check<Same<ResponseOf<operations['get_api_v1_territory_municipalities']>, Page<Municipality>>>,
  Check<Same<ResponseOf<operations['get_api_v1_territory_regions']>, Page<Region>>>,
  Check<Same<ResponseOf<operations['get_api_v1_structures']>, Page<Structure>>>,
  Check<Same<RequestOf<operations['put_api_v1_organisations_id']>, OrganisationInput>>,
  Check<Same<RequestOf<operations['put_api_v1_structures_id']>, StructureInput>>,
  Check<Same<RequestOf<operations['put_api_v1_territory_municipalities_id']>, MunicipalityInput>>,
];
