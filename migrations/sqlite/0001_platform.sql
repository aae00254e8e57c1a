-- Platform schema: catalogues, territory, identity, audit, documents (issue 2).
-- Timestamps are TEXT `YYYY-MM-DDTHH:MM:SS.mmmZ` written by the application; dates are TEXT `YYYY-MM-DD`.

CREATE TABLE catalogue_items (
  catalogue TEXT NOT NULL,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (catalogue, code)
);

CREATE TABLE regions (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

CREATE TABLE municipalities (
  id INTEGER PRIMARY KEY,
  region_id INTEGER NOT NULL REFERENCES regions(id),
  name TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  method_service_kind TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (region_id, name)
);
CREATE INDEX municipalities_region ON municipalities(region_id, sort_key);

CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  -- Denormalised from the municipality so that a region-scoped, name-ordered page is one index range scan.
  region_id INTEGER NOT NULL REFERENCES regions(id),
  name TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  short_name TEXT NOT NULL,
  search_text TEXT NOT NULL,
  kind TEXT NOT NULL,
  inn TEXT UNIQUE,
  address TEXT,
  head_name TEXT,
  email TEXT,
  phone TEXT,
  -- Codes of the organisation-flags catalogue, sorted, comma-separated ("rural,small"); empty for none.
  flags TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX organisations_municipality ON organisations(municipality_id, sort_key);
CREATE INDEX organisations_sort ON organisations(sort_key);
CREATE INDEX organisations_region ON organisations(region_id, sort_key);

CREATE TABLE structures (
  id INTEGER PRIMARY KEY,
  region_id INTEGER NOT NULL REFERENCES regions(id),
  municipality_id INTEGER REFERENCES municipalities(id),
  organisation_id INTEGER REFERENCES organisations(id),
  name TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  level TEXT NOT NULL,
  block INTEGER NOT NULL,
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX structures_scope ON structures(region_id, municipality_id, organisation_id);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  display_name TEXT NOT NULL,
  person_id INTEGER,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
);

CREATE TABLE user_grants (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  scope TEXT NOT NULL,
  PRIMARY KEY (user_id, role, scope)
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  ip TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE login_attempts (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL,
  ip TEXT NOT NULL,
  at TEXT NOT NULL,
  succeeded INTEGER NOT NULL
);
CREATE INDEX login_attempts_login ON login_attempts(login, at);
CREATE INDEX login_attempts_ip ON login_attempts(ip, at);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id INTEGER,
  actor_login TEXT,
  role TEXT,
  scope TEXT,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id INTEGER,
  region_id INTEGER,
  municipality_id INTEGER,
  organisation_id INTEGER,
  ip TEXT NOT NULL,
  request_id TEXT NOT NULL,
  outcome TEXT NOT NULL,
  detail TEXT
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_object ON audit_log(object_type, object_id);
CREATE INDEX audit_log_municipality ON audit_log(municipality_id, at);

CREATE TABLE audit_changes (
  entry_id INTEGER NOT NULL REFERENCES audit_log(id),
  position INTEGER NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  PRIMARY KEY (entry_id, position)
);

-- SPEC §14: the audit log cannot be edited; the application has no such path and the database refuses too.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_changes_no_update BEFORE UPDATE ON audit_changes BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_changes_no_delete BEFORE DELETE ON audit_changes BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  region_id INTEGER NOT NULL REFERENCES regions(id),
  municipality_id INTEGER REFERENCES municipalities(id),
  organisation_id INTEGER REFERENCES organisations(id),
  kind TEXT NOT NULL,
  number TEXT NOT NULL,
  date TEXT NOT NULL,
  title TEXT NOT NULL,
  issuer TEXT NOT NULL,
  retention_until TEXT,
  created_by INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE INDEX documents_scope ON documents(region_id, municipality_id, organisation_id, date);

CREATE TABLE document_links (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  object_type TEXT NOT NULL,
  object_id INTEGER NOT NULL,
  PRIMARY KEY (document_id, object_type, object_id)
);
CREATE INDEX document_links_object ON document_links(object_type, object_id);

CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX attachments_document ON attachments(document_id);
