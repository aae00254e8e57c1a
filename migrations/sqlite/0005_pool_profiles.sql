-- Regulation profiles of methodist pools (issue 4, SPEC §4, §5): one row per saved version of a profile of a
-- region or of one of its municipalities. A version is never changed: saving an edit adds version N+1, and the
-- current profile of (territory, code) is its latest version; an eligibility check names the version it used.

CREATE TABLE pool_profile_versions (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  version INTEGER NOT NULL,
  -- The territory that keeps the profile: regional (municipality_id NULL) or municipal.
  level TEXT NOT NULL,
  region_id INTEGER NOT NULL REFERENCES regions(id),
  municipality_id INTEGER REFERENCES municipalities(id),
  title TEXT NOT NULL,
  -- The regulation the profile comes from (also inside `profile`, kept here for lists).
  source_title TEXT NOT NULL,
  source_number TEXT,
  source_date TEXT,
  -- The preset the first version was copied from (`tomsk-rma-2022`), NULL for none.
  preset TEXT,
  -- The whole profile as JSON (src/modules/pool/storage/profile_json.hpp).
  profile TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL
);
-- One row per version of (territory, code): of two concurrent saves of the same version only one succeeds.
CREATE UNIQUE INDEX pool_profile_versions_key
  ON pool_profile_versions(region_id, COALESCE(municipality_id, 0), code, version);
CREATE INDEX pool_profile_versions_municipality ON pool_profile_versions(municipality_id);
