// The people registry's JSON shapes: aliases of the server's OpenAPI schemas (../../api/schema, generated from
// docs/api/openapi.json by `npm run gen:api`), so that a change of the server's contract is a compile error.
//
// The server's document describes some parts only as `{"type":"object"}` — the card's sections other than
// employments, the category in force and the experience by subject — which openapi-typescript turns into
// `Record<string, never>`, a type no object with fields fits. Only those parts are written here, from
// docs/api/PEOPLE.md (the server's answers match it); the checks at the end fail to compile once the server
// describes them, and then they are to be replaced by aliases too.
import type { components, operations } from '../../api/schema';
import type { Check, Page, RequestOf, ResponseOf, Same } from '../../api/types';

type Schemas = components['schemas'];
type ServerPerson = Schemas['Person'];
type ServerDerived = ServerPerson['derived'];
type ServerPersonInput = Schemas['PersonInput'];

// ---- aliases of the server's schemas ---------------------------------------------------------------

/** A length of service in the traditional reckoning (30 days = 1 month, 12 months = 1 year). */
export type Experience = Schemas['Experience'];

/** One row of the people registry. */
export type PersonSummary = Schemas['PersonSummary'];

/** A status derived from the dated records, as of a date. */
export type PersonStatus = PersonSummary['statuses'][number];

/** The answer of the duplicate check. */
export type Duplicates = Schemas['PersonDuplicates'];

/** The body of a teacher's change of the own e-mail and phone. */
export type ContactsInput = RequestOf<operations['put_api_v1_people_me_contacts']>;

/** What a people import found (preview) or did (commit). */
export type PeopleImportReport = Schemas['PeopleImportReport'];

/** One row of an import preview. */
export type PeopleImportRow = PeopleImportReport['rows'][number];

/** One problem found in an imported file. */
export type PeopleImportError = PeopleImportReport['errors'][number];

/** The answer of POST /people/import: the background job to poll. */
export type ImportTicket = Schemas['ImportJob'];

/** A background job as GET /jobs/{id} returns it. */
export type Job = ResponseOf<operations['get_api_v1_jobs_id']>;

/** A people import job: the server's schema leaves `result` open, its description names PeopleImportReport. */
export type PeopleImportJob = Omit<Job, 'result'> & { result: PeopleImportReport | null };

/** A place of work as the card's form sends it. */
export type EmploymentInput = NonNullable<ServerPersonInput['employments']>[number];

/** A place of work, current or past, as the card shows it (every field present, with its id). */
export type Employment = Required<EmploymentInput> & { id: number };

// ---- the parts the server's schema leaves untyped (docs/api/PEOPLE.md) -----------------------------

/** An education record as the form sends it. */
export interface EducationInput {
  level: string;
  pedagogical: boolean;
  institution: string;
  speciality: string | null;
  graduated_year: number | null;
}

/** An award of a qualification category as the form sends it. */
export interface CategoryAwardInput {
  category: string;
  awarded_on: string;
  directive: string | null;
}

/** A professional development course as the form sends it. */
export interface CourseInput {
  programme: string;
  provider: string | null;
  hours: number;
  started_on: string;
  ended_on: string;
}

/** A dated achievement (contest, commission membership…) as the form sends it. */
export interface AchievementInput {
  kind: string;
  level: string | null;
  title: string;
  achieved_on: string;
  valid_until: string | null;
  document_id: number | null;
}

/** A consent to the processing of personal data as the form sends it. */
export interface ConsentInput {
  purpose: string;
  form: string;
  given_on: string;
  withdrawn_on: string | null;
  document_id: number | null;
}

/** An education record of a card. */
export type Education = EducationInput & { id: number };

/** An award of a qualification category of a card; it is in force through `valid_until`. */
export type CategoryAward = CategoryAwardInput & { id: number; valid_until: string };

/** A professional development course of a card. */
export type Course = CourseInput & { id: number };

/** An achievement of a card. */
export type Achievement = AchievementInput & { id: number };

/** A consent of a card. */
export type Consent = ConsentInput & { id: number };

/** The category in force on the card's date, `none` if none. */
export interface CategoryInForce {
  code: string;
  awarded_on: string | null;
  valid_until: string | null;
  lapsed_on: string | null;
}

/** The experience in one subject. */
export type SpecialtyExperience = Experience & { subject: string };

/** The facts computed from the dated records as of `on`. */
export type DerivedFacts = Omit<ServerDerived, 'category' | 'experience'> & {
  category: CategoryInForce;
  experience: Omit<ServerDerived['experience'], 'specialty'> & { specialty?: SpecialtyExperience[] };
};

type UntypedSections = 'educations' | 'categories' | 'courses' | 'achievements' | 'consents';

/** A person's whole card. */
export type Person = Omit<ServerPerson, UntypedSections | 'employments' | 'derived'> & {
  employments: Employment[];
  educations: Education[];
  categories: CategoryAward[];
  courses: Course[];
  achievements: Achievement[];
  consents: Consent[];
  derived: DerivedFacts;
};

/** The body of create and update: the card without ids, place, derived facts and timestamps. */
export type PersonInput = Omit<ServerPersonInput, UntypedSections> & {
  educations?: EducationInput[];
  categories?: CategoryAwardInput[];
  courses?: CourseInput[];
  achievements?: AchievementInput[];
  consents?: ConsentInput[];
};

// ---- compile-time checks against the server's contract ---------------------------------------------

type Untyped = Record<string, never>;

export type PeopleContractChecks = [
  Check<Same<ResponseOf<operations['get_api_v1_people']>, Page<PersonSummary>>>,
  Check<Same<ResponseOf<operations['get_api_v1_people_id']>, ServerPerson>>,
  Check<Same<ResponseOf<operations['get_api_v1_people_me']>, ServerPerson>>,
  Check<Same<ResponseOf<operations['put_api_v1_people_me_contacts']>, ServerPerson>>,
  Check<Same<ResponseOf<operations['post_api_v1_people_me_consents_id_withdraw']>, ServerPerson>>,
  Check<Same<ResponseOf<operations['post_api_v1_people']>, ServerPerson>>,
  Check<Same<ResponseOf<operations['put_api_v1_people_id']>, ServerPerson>>,
  Check<Same<ResponseOf<operations['get_api_v1_people_duplicates']>, Duplicates>>,
  Check<Same<RequestOf<operations['post_api_v1_people']>, ServerPersonInput>>,
  Check<Same<RequestOf<operations['put_api_v1_people_id']>, ServerPersonInput>>,
  // The hand-written parts: a failure here means the server now describes them; alias them instead.
  Check<Same<ServerPerson['employments'][number], Untyped>>,
  Check<Same<ServerPerson['educations'][number], Untyped>>,
  Check<Same<ServerPerson['categories'][number], Untyped>>,
  Check<Same<ServerPerson['courses'][number], Untyped>>,
  Check<Same<ServerPerson['achievements'][number], Untyped>>,
  Check<Same<ServerPerson['consents'][number], Untyped>>,
  Check<Same<ServerDerived['category'], Untyped>>,
  Check<Same<NonNullable<ServerDerived['experience']['specialty']>[number], Untyped>>,
  Check<Same<NonNullable<ServerPersonInput['educations']>[number], Untyped>>,
  Check<Same<NonNullable<ServerPersonInput['categories']>[number], Untyped>>,
  Check<Same<NonNullable<ServerPersonInput['courses']>[number], Untyped>>,
  Check<Same<NonNullable<ServerPersonInput['achievements']>[number], Untyped>>,
  Check<Same<NonNullable<ServerPersonInput['consents']>[number], Untyped>>,
  Check<Same<Job['result'], unknown>>,
];
