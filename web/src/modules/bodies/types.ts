// The collegial bodies API's JSON shapes (docs/api/BODIES.md, issue 6, SPEC §8–§9): aliases of the server's
// OpenAPI schemas (../../api/schema, generated from docs/api/openapi.json by `npm run gen:api`), so that a change
// of the server's contract is a compile error here.
import type { components, operations } from '../../api/schema';
import type { Check, Page, RequestOf, ResponseOf, Same } from '../../api/types';

type Schemas = components['schemas'];

/** The JSON body of an operation's 201 answer. */
type Created<Op> = Op extends { responses: { 201: { content: { 'application/json': infer Body } } } } ? Body : never;

// ---- bodies ------------------------------------------------------------------------------------------

/** The rules of one kind of body under a preset (regulation profile). */
export type BodyProfile = Schemas['BodyProfile'];

/** A preset: a regulation with the kinds of body it describes. */
export type BodyPreset = Schemas['BodyPreset'];

/** A body as lists show it. */
export type BodySummary = Schemas['BodySummary'];

/** A body's card. */
export type Body = Schemas['Body'];

/** A membership of a person in a body. */
export type BodyMember = Schemas['BodyMember'];

/** A member's role in a body (001 §3.8.2, 004 §5.2, 003 §App4 6.13). */
export type MemberRole = BodyMember['role'];

/** The least number of sessions per period. */
export type SessionsRule = NonNullable<BodyProfile['min_sessions']>;

/** A kind of decision; the profile names a majority for each (`ordinary` when it names none). */
export type DecisionKind = BodyProfile['majorities'][number]['decision_kind'];

/** A problem found by the compliance check. */
export type ComplianceIssue = Schemas['ComplianceIssue'];

/** What a compliance check found wrong with a body. */
export type IssueCode = ComplianceIssue['code'];

/** The body of POST /bodies. */
export type BodyInput = Schemas['BodyInput'];

/** The body of POST /bodies/{id}/members and PUT …/members/{member_id}. */
export type MemberInput = RequestOf<operations['post_api_v1_bodies_id_members']>;

// ---- sessions ----------------------------------------------------------------------------------------

/** A session as the body's list shows it. */
export type SessionSummary = Schemas['BodySessionSummary'];

/** A session with attendance, quorum, agenda and decisions. */
export type Session = Schemas['BodySession'];

/** An agenda item with its vote and decision. */
export type AgendaItem = Schemas['BodySessionItem'];

/** The votes cast on an agenda item. */
export type Vote = NonNullable<AgendaItem['vote']>;

/** The body of a vote. */
export type VoteInput = RequestOf<operations['post_api_v1_sessions_id_items_item_id_vote']>;

/** The body of a decision's update (text, owner, deadline, done). */
export type DecisionInput = RequestOf<operations['put_api_v1_sessions_id_items_item_id_decision']>;

/** The answer of the protocol's registration in the document registry. */
export type ProtocolRegistration = Schemas['BodyProtocolRegistration'];

// ---- compliance and associations ---------------------------------------------------------------------

/** The compliance dashboard of a territory for a year. */
export type Compliance = Schemas['BodiesCompliance'];

/** One body with problems on the compliance dashboard. */
export type ComplianceRow = Compliance['items'][number];

/** An association (subject teachers, 003 §App3; young teachers, 003 §App4). */
export type Association = Schemas['Association'];

/** An association's card: its rules and branches. */
export type AssociationCard = Schemas['AssociationCard'];

/** An application for membership of an association. */
export type Application = Schemas['AssociationApplication'];

/** The body of an application. */
export type ApplicationInput = RequestOf<operations['post_api_v1_associations_id_applications']>;

// ---- compile-time checks against the server's contract -----------------------------------------------

export type BodiesContractChecks = [
  Check<Same<ResponseOf<operations['get_api_v1_bodies']>, Page<BodySummary>>>,
  Check<Same<ResponseOf<operations['get_api_v1_bodies_id']>, Body>>,
  Check<Same<ResponseOf<operations['get_api_v1_bodies_presets']>, { items: BodyPreset[] }>>,
  Check<Same<Created<operations['post_api_v1_bodies']>, Body>>,
  Check<Same<Created<operations['post_api_v1_bodies_id_members']>, Body>>,
  Check<Same<ResponseOf<operations['put_api_v1_bodies_id_members_member_id']>, Body>>,
  Check<Same<ResponseOf<operations['delete_api_v1_bodies_id_members_member_id']>, Body>>,
  Check<Same<RequestOf<operations['put_api_v1_bodies_id_members_member_id']>, MemberInput>>,
  Check<Same<ResponseOf<operations['get_api_v1_bodies_id_sessions']>, { items: SessionSummary[] }>>,
  Check<Same<Created<operations['post_api_v1_bodies_id_sessions']>, Session>>,
  Check<Same<ResponseOf<operations['get_api_v1_sessions_id']>, Session>>,
  Check<Same<ResponseOf<operations['put_api_v1_sessions_id_attendance']>, Session>>,
  Check<Same<Created<operations['post_api_v1_sessions_id_items']>, Session>>,
  Check<Same<ResponseOf<operations['post_api_v1_sessions_id_items_item_id_vote']>, Session>>,
  Check<Same<ResponseOf<operations['put_api_v1_sessions_id_items_item_id_decision']>, Session>>,
  Check<Same<Created<operations['post_api_v1_sessions_id_protocol']>, ProtocolRegistration>>,
  Check<Same<ResponseOf<operations['get_api_v1_bodies_compliance']>, Compliance>>,
  Check<Same<ResponseOf<operations['get_api_v1_associations']>, { items: Association[] }>>,
  Check<Same<ResponseOf<operations['get_api_v1_associations_id']>, AssociationCard>>,
  Check<Same<ResponseOf<operations['get_api_v1_associations_id_applications']>, { items: Application[] }>>,
  Check<Same<Created<operations['post_api_v1_associations_id_applications']>, Application>>,
];
