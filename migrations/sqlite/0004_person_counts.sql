-- Persons per place, kept by triggers, so that the registry's unfiltered page (a coordinator opening her
-- municipality) counts its total from a few rows instead of scanning every person (docs/PERFORMANCE-people.md).
-- 0 stands for "no municipality / no organisation".

CREATE TABLE person_counts (
  region_id INTEGER NOT NULL,
  municipality_id INTEGER NOT NULL,
  organisation_id INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (region_id, municipality_id, organisation_id)
);
CREATE INDEX person_counts_municipality ON person_counts(municipality_id);
CREATE INDEX person_counts_organisation ON person_counts(organisation_id);

INSERT INTO person_counts (region_id, municipality_id, organisation_id, n)
  SELECT region_id, COALESCE(municipality_id, 0), COALESCE(organisation_id, 0), COUNT(*)
  FROM persons GROUP BY region_id, COALESCE(municipality_id, 0), COALESCE(organisation_id, 0);

CREATE TRIGGER persons_count_insert AFTER INSERT ON persons BEGIN
  INSERT INTO person_counts (region_id, municipality_id, organisation_id, n)
  VALUES (NEW.region_id, COALESCE(NEW.municipality_id, 0), COALESCE(NEW.organisation_id, 0), 1)
  ON CONFLICT (region_id, municipality_id, organisation_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER persons_count_delete AFTER DELETE ON persons BEGIN
  UPDATE person_counts SET n = n - 1 WHERE region_id = OLD.region_id
    AND municipality_id = COALESCE(OLD.municipality_id, 0) AND organisation_id = COALESCE(OLD.organisation_id, 0);
END;
CREATE TRIGGER persons_count_move AFTER UPDATE OF region_id, municipality_id, organisation_id ON persons BEGIN
  UPDATE person_counts SET n = n - 1 WHERE region_id = OLD.region_id
    AND municipality_id = COALESCE(OLD.municipality_id, 0) AND organisation_id = COALESCE(OLD.organisation_id, 0);
  INSERT INTO person_counts (region_id, municipality_id, organisation_id, n)
  VALUES (NEW.region_id, COALESCE(NEW.municipality_id, 0), COALESCE(NEW.organisation_id, 0), 1)
  ON CONFLICT (region_id, municipality_id, organisation_id) DO UPDATE SET n = n + 1;
END;
