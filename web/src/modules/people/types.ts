// The people registry's JSON shapes: aliases of the server's OpenAPI schemas (../../api/schema, generated from
// docs/api/openapi.json by `npm run gen:api`), so that a change of the server's contract is a compile error.
// Nothing here is written by hand: the server describes every part of the card, its sections and the facts
// derived from them (docs/api/PEOPLE.md).
import type { components, operations } from '../../api/schema';
import type { Check, Page, RequestOf, ResponseOf, Same } from '../../api/types';

type Schemas = components['schemas'];
type ServerPerson = Schemas['Person'];
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

/** A place of work as the card's form sends it (`id` of an existing item sent back, none for a new one). */
export type EmploymentInput = Schemas['EmploymentInput'];

/** A place of work, current or past, as the card shows it (every field present, with its id). */
export type Employment = Schemas['Employment'];

/** An education record as the form sends it. */
export type EducationInput = Schemas['EducationInput'];

/** An award of a qualification category as the form sends it (`valid_until` is the server's to compute). */
export type CategoryAwardInput = Schemas['CategoryAwardInput'];

/** A professional development course as the form sends it. */
export type CourseInput = Schemas['CourseInput'];

/** A dated achievement (contest, commission membership…) as the form sends it. */
export type AchievementInput = Schemas['AchievementInput'];

/** A consent to the processing of personal data as the form sends it. */
export type ConsentInput = Schemas['ConsentInput'];

/** An education record of a card. */
export type Education = Schemas['Education'];

/** An award of a qualification category of a card; it is in force through `valid_until`. */
export type CategoryAward = Schemas['CategoryAward'];

/** A professional development course of a card. */
export type Course = Schemas['Course'];

/** An achievement of a card. */
export type Achievement = Schemas['Achievement'];

/** A consent of a card. */
export type Consent = Schemas['Consent'];

/** The category in force on the card's date, `none` if none. */
export type CategoryInForce = Schemas['CategoryInForce'];

/** The experience in one subject. */
export type SpecialtyExperience = Schemas['SpecialtyExperience'];

/** The facts computed from the dated records as of `on`. */
export type DerivedFacts = ServerPerson['derived'];

/** A person's whole card. */
export type Person = ServerPerson;

/** The body of create and update: the card without place, derived facts and timestamps. */
export type PersonInput = ServerPersonInput;

// ---- compile-time checks against the server's contract ---------------------------------------------

/** The JSON body of an operation's 201 answer. */
type Created<Op> = Op extends { responses: { 201: { content: { 'application/json': infer Body } } } } ? Body : never;

export type PeopleContractChecks = [
  Check<Same<ResponseOf<operations['get_api_v1_people']>, Page<PersonSummary>>>,
  Check<Same<ResponseOf<operations['get_api_v1_people_id']>, ServerPerson>>,
  Check<Same<ResponseOf<operations['get_api_v1_people_me']>, ServerPerson>>,
  Check<Same<ResponseOf<operations['put_api_v1_people_me_contacts']>, ServerPerson>>,
  Check<Same<ResponseOf<operations['post_api_v1_people_me_consents_id_withdraw']>, ServerPerson>>,
  // Creation answers 201, which ResponseOf (the 200 body) does not read.
  Check<Same<Created<operations['post_api_v1_people']>, ServerPerson>>,
  Check<Same<ResponseOf<operations['put_api_v1_people_id']>, ServerPerson>>,
  Check<Same<ResponseOf<operations['get_api_v1_people_duplicates']>, Duplicates>>,
  Check<Same<RequestOf<operations['post_api_v1_people']>, ServerPersonInput>>,
  Check<Same<RequestOf<operations['put_api_v1_people_id']>, ServerPersonInput>>,
  Check<Same<Job['result'], unknown>>,
];
