-- PostgreSQL twin of migrations/sqlite/0004_person_counts.sql: persons per place, kept by a trigger.

CREATE TABLE person_counts (
  region_id BIGINT NOT NULL,
  municipality_id BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (region_id, municipality_id, organisation_id)
);
CREATE INDEX person_counts_municipality ON person_counts(municipality_id);
CREATE INDEX person_counts_organisation ON person_counts(organisation_id);

INSERT INTO person_counts (region_id, municipality_id, organisation_id, n)
  SELECT region_id, COALESCE(municipality_id, 0), COALESCE(organisation_id, 0), COUNT(*)
  FROM persons GROUP BY region_id, COALESCE(municipality_id, 0), COALESCE(organisation_id, 0);

CREATE FUNCTION persons_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE person_counts SET n = n - 1 WHERE region_id = OLD.region_id
      AND municipality_id = COALESCE(OLD.municipality_id, 0) AND organisation_id = COALESCE(OLD.organisation_id, 0);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO person_counts (region_id, municipality_id, organisation_id, n)
    VALUES (NEW.region_id, COALESCE(NEW.municipality_id, 0), COALESCE(NEW.organisation_id, 0), 1)
    ON CONFLICT (region_id, municipality_id, organisation_id) DO UPDATE SET n = person_counts.n + 1;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER persons_count_insert_delete AFTER INSERT OR DELETE ON persons
  FOR EACH ROW EXECUTE FUNCTION persons_count();
CREATE TRIGGER persons_count_move AFTER UPDATE OF region_id, municipality_id, organisation_id ON persons
  FOR EACH ROW WHEN (OLD.region_id IS DISTINCT FROM NEW.region_id OR OLD.municipality_id IS DISTINCT FROM NEW.municipality_id
                     OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id)
  EXECUTE FUNCTION persons_count();
