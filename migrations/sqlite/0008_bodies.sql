-- Collegial bodies and associations (issue 6, SPEC §8, §9; 001 §3.8, 004 §5, 003 §App3, §App4).
-- PostgreSQL twin: migrations/postgres/0008_bodies.sql.

-- A collegial body: its kind and the regulation profile (preset) whose rules it follows; its place (region,
-- municipality, organisation) scopes reads and writes.
CREATE TABLE bodies (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  preset TEXT NOT NULL,
  name TEXT NOT NULL,
  subject TEXT,
  -- The year the body was created for (unions are created every year, 004 §5.1.1).
  year INTEGER NOT NULL,
  region_id INTEGER NOT NULL REFERENCES regions(id),
  municipality_id INTEGER REFERENCES municipalities(id),
  organisation_id INTEGER REFERENCES organisations(id),
  -- The association a council, assembly or territorial branch belongs to (associations.id).
  association_id INTEGER,
  established_on TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX bodies_place ON bodies (region_id, municipality_id, organisation_id);
CREATE INDEX bodies_year ON bodies (year, kind);
-- At most one territorial branch of an association per municipality (003 §App4, SPEC §9).
CREATE UNIQUE INDEX bodies_one_branch_per_municipality ON bodies (association_id, municipality_id)
  WHERE kind = 'young_teachers_branch';

-- Membership with a role and a term; a membership that ended stays (ends_on set).
CREATE TABLE body_members (
  id INTEGER PRIMARY KEY,
  body_id INTEGER NOT NULL REFERENCES bodies(id),
  person_id INTEGER NOT NULL REFERENCES persons(id),
  -- chair | deputy | secretary | curator | member | advisory (MemberRole codes)
  role TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX body_members_body ON body_members (body_id);
CREATE INDEX body_members_person ON body_members (person_id);

-- A session (заседание, собрание) with its protocol in the document registry.
CREATE TABLE body_sessions (
  id INTEGER PRIMARY KEY,
  body_id INTEGER NOT NULL REFERENCES bodies(id),
  number INTEGER NOT NULL,
  held_on TEXT NOT NULL,
  title TEXT,
  place TEXT,
  protocol_document_id INTEGER REFERENCES documents(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX body_sessions_body ON body_sessions (body_id, held_on);

-- Members present at a session.
CREATE TABLE body_attendance (
  session_id INTEGER NOT NULL REFERENCES body_sessions(id),
  member_id INTEGER NOT NULL REFERENCES body_members(id),
  PRIMARY KEY (session_id, member_id)
);

-- An agenda item with its vote and, when adopted, the decision with owner and deadline.
CREATE TABLE body_items (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES body_sessions(id),
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  -- ordinary | election | composition | admission | exclusion (DecisionKind codes)
  decision_kind TEXT NOT NULL,
  proposal TEXT,
  votes_for INTEGER,
  votes_against INTEGER,
  votes_abstain INTEGER,
  present_at_vote INTEGER,
  members_at_vote INTEGER,
  -- adopted, or NULL before the vote (a vote short of its majority is refused, not stored)
  outcome TEXT,
  decision_text TEXT,
  owner_person_id INTEGER REFERENCES persons(id),
  due_on TEXT,
  done_on TEXT
);
CREATE INDEX body_items_session ON body_items (session_id);

-- An association (003 §App3 subject teachers, §App4 young teachers) with its council and assembly.
CREATE TABLE associations (
  id INTEGER PRIMARY KEY,
  -- subject_teachers | young_teachers
  kind TEXT NOT NULL,
  preset TEXT NOT NULL,
  name TEXT NOT NULL,
  region_id INTEGER NOT NULL REFERENCES regions(id),
  council_body_id INTEGER NOT NULL REFERENCES bodies(id),
  assembly_body_id INTEGER NOT NULL REFERENCES bodies(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The member registry: a numbered membership (certificate number, 003 §App4 5.4) with the consent of
-- 003 §App3 Прил. 2.
CREATE TABLE association_members (
  id INTEGER PRIMARY KEY,
  association_id INTEGER NOT NULL REFERENCES associations(id),
  person_id INTEGER NOT NULL REFERENCES persons(id),
  number INTEGER NOT NULL,
  admitted_on TEXT NOT NULL,
  consent_on TEXT NOT NULL,
  branch_id INTEGER REFERENCES bodies(id),
  -- active | ended
  status TEXT NOT NULL,
  ended_on TEXT,
  -- application | exclusion
  end_reason TEXT,
  session_id INTEGER REFERENCES body_sessions(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX association_members_number ON association_members (association_id, number);
CREATE UNIQUE INDEX association_members_one_active ON association_members (association_id, person_id)
  WHERE status = 'active';

-- An application for membership (003 §App3 Прил. 1; 003 §App4 5.3).
CREATE TABLE association_applications (
  id INTEGER PRIMARY KEY,
  association_id INTEGER NOT NULL REFERENCES associations(id),
  person_id INTEGER NOT NULL REFERENCES persons(id),
  applied_on TEXT NOT NULL,
  consent_on TEXT NOT NULL,
  recommender_person_id INTEGER REFERENCES persons(id),
  text TEXT,
  -- submitted | admitted
  status TEXT NOT NULL,
  decided_on TEXT,
  session_id INTEGER REFERENCES body_sessions(id),
  member_id INTEGER REFERENCES association_members(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX association_applications_association ON association_applications (association_id, status);
