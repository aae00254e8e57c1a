-- Mentoring (issue 7, SPEC §7, 003 §App2): pairs of a mentor and a mentee with their term, the council's
-- recommendation, both consents and the head's directive; plan items and reports. Dates TEXT `YYYY-MM-DD`.

CREATE TABLE mentorship_pairs (
  id INTEGER PRIMARY KEY,
  mentee_id INTEGER NOT NULL REFERENCES persons(id),
  -- NULL for a collective mentor (its teachers are in mentorship_collective_members).
  mentor_id INTEGER REFERENCES persons(id),
  -- subject | consultant | collective (MentorKind codes); category: MenteeCategory codes.
  kind TEXT NOT NULL,
  category TEXT NOT NULL,
  subject TEXT,
  -- The place of the mentee's organisation when the pair was proposed: scopes read and write by it.
  region_id INTEGER NOT NULL REFERENCES regions(id),
  municipality_id INTEGER REFERENCES municipalities(id),
  organisation_id INTEGER REFERENCES organisations(id),
  -- proposed → active → completed | replaced | cancelled (a proposal may also be cancelled).
  status TEXT NOT NULL,
  hired_on TEXT NOT NULL,
  graduation_on TEXT,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  council_protocol TEXT,
  council_date TEXT,
  mentor_consent_on TEXT,
  mentee_consent_on TEXT,
  directive_number TEXT,
  directive_on TEXT,
  directive_late INTEGER NOT NULL DEFAULT 0,
  replaces_id INTEGER REFERENCES mentorship_pairs(id),
  replaced_by_id INTEGER REFERENCES mentorship_pairs(id),
  -- Why the pair ended: a ReplacementReason code for a replacement, free text otherwise.
  end_reason TEXT,
  end_details TEXT,
  ended_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX mentorship_pairs_mentee ON mentorship_pairs(mentee_id, status);
CREATE INDEX mentorship_pairs_mentor ON mentorship_pairs(mentor_id, status);
CREATE INDEX mentorship_pairs_municipality ON mentorship_pairs(municipality_id, status);
CREATE INDEX mentorship_pairs_organisation ON mentorship_pairs(organisation_id, status);
-- One active subject mentor per mentee (003 §App2 2.2): the database refuses a second one even when two
-- coordinators appoint at the same moment. The two-mentee limit of 3.5 is kept by the write transaction.
CREATE UNIQUE INDEX mentorship_pairs_one_subject_mentor ON mentorship_pairs(mentee_id)
  WHERE status = 'active' AND kind = 'subject';

CREATE TABLE mentorship_collective_members (
  pair_id INTEGER NOT NULL REFERENCES mentorship_pairs(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id),
  PRIMARY KEY (pair_id, person_id)
);

-- The plan of professional formation (003 §App2 4.5).
CREATE TABLE mentorship_plan_items (
  id INTEGER PRIMARY KEY,
  pair_id INTEGER NOT NULL REFERENCES mentorship_pairs(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  due_on TEXT NOT NULL,
  done_on TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX mentorship_plan_items_pair ON mentorship_plan_items(pair_id, due_on);

-- Reports of the mentor (at least twice a year, 4.4) and of the mentee (6.6).
CREATE TABLE mentorship_reports (
  id INTEGER PRIMARY KEY,
  pair_id INTEGER NOT NULL REFERENCES mentorship_pairs(id) ON DELETE CASCADE,
  author TEXT NOT NULL,
  -- The due date of the report period the report falls in (NULL after the pair's last period).
  period_due_on TEXT,
  submitted_on TEXT NOT NULL,
  text TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE INDEX mentorship_reports_pair ON mentorship_reports(pair_id, submitted_on);
