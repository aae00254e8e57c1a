// The people registry's JSON shapes, written from docs/api/PEOPLE.md while the server's routes (and so
// their OpenAPI schemas) are being implemented; to be replaced by aliases of ../../api/schema once the
// routes are in openapi.json.

/** A length of service in the traditional reckoning (30 days = 1 month, 12 months = 1 year). */
export interface Experience {
  years: number;
  months: number;
  days: number;
}

/** A status derived from the dated records, as of a date. */
export type PersonStatus = 'young_specialist' | 'young_teacher' | 'attestation_due' | 'pd_due';

/** One row of the people registry. */
export interface PersonSummary {
  id: number;
  full_name: string;
  last_name: string;
  first_name: string;
  middle_name: string | null;
  birth_date: string;
  organisation_id: number | null;
  organisation_name: string | null;
  municipality_id: number | null;
  municipality_name: string | null;
  position: string | null;
  subjects: string[];
  /** The category in force today, `none` if none. */
  category: string;
  category_until: string | null;
  statuses: PersonStatus[];
}

/** A place of work, current or past. */
export interface Employment {
  id?: number;
  organisation_id: number | null;
  organisation_name?: string;
  position: string;
  subjects: string[];
  is_main: boolean;
  pedagogical: boolean;
  started_on: string;
  ended_on: string | null;
}

/** An education record. */
export interface Education {
  id?: number;
  level: string;
  pedagogical: boolean;
  institution: string;
  speciality: string | null;
  graduated_year: number | null;
}

/** An award of a qualification category. */
export interface CategoryAward {
  id?: number;
  category: string;
  awarded_on: string;
  valid_until?: string;
  directive: string | null;
}

/** A professional development course. */
export interface Course {
  id?: number;
  programme: string;
  provider: string | null;
  hours: number;
  started_on: string;
  ended_on: string;
}

/** A dated achievement (contest, commission membership…). */
export interface Achievement {
  id?: number;
  kind: string;
  level: string | null;
  title: string;
  achieved_on: string;
  valid_until: string | null;
  document_id: number | null;
}

/** A consent to the processing of personal data. */
export interface Consent {
  id?: number;
  purpose: string;
  form: string;
  given_on: string;
  withdrawn_on: string | null;
  document_id: number | null;
}

/** The facts computed from the dated records as of `on`. */
export interface DerivedFacts {
  on: string;
  age: number;
  experience: {
    total: Experience;
    pedagogical: Experience;
    specialty: (Experience & { subject: string })[];
  };
  category: { code: string; awarded_on: string | null; valid_until: string | null; lapsed_on: string | null };
  young_specialist: boolean;
  young_teacher: boolean;
  attestation_due: boolean;
  pd_due: boolean;
  last_course_on: string | null;
}

/** A person's whole card. */
export interface Person {
  id: number;
  last_name: string;
  first_name: string;
  middle_name: string | null;
  birth_date: string;
  email: string | null;
  phone: string | null;
  region_id: number | null;
  municipality_id: number | null;
  organisation_id: number | null;
  organisation_name: string | null;
  municipality_name: string | null;
  employments: Employment[];
  educations: Education[];
  categories: CategoryAward[];
  courses: Course[];
  achievements: Achievement[];
  consents: Consent[];
  derived: DerivedFacts;
  created_at: string;
  updated_at: string;
}

/** The body of create and update: the card without ids, place, derived facts and timestamps. */
export interface PersonInput {
  last_name: string;
  first_name: string;
  middle_name: string | null;
  birth_date: string;
  email: string | null;
  phone: string | null;
  employments: Omit<Employment, 'id' | 'organisation_name'>[];
  educations: Omit<Education, 'id'>[];
  categories: Omit<CategoryAward, 'id' | 'valid_until'>[];
  courses: Omit<Course, 'id'>[];
  achievements: Omit<Achievement, 'id'>[];
  consents: Omit<Consent, 'id'>[];
  allow_duplicate?: boolean;
}

/** The answer of the duplicate check. */
export interface Duplicates {
  items: PersonSummary[];
  outside_scope: boolean;
}

/** A background job (import check and load). */
export interface Job<Result> {
  id: string;
  kind: string;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  result: Result | null;
  error: string | null;
}

/** What a people import found or did. */
export interface PeopleImportReport {
  committed: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rows: { row: number; action: 'create' | 'update' | 'unchanged'; name: string }[];
  errors: { row: number; column: string; column_title: string; message: string }[];
}
