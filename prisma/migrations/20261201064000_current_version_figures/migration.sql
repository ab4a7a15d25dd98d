-- Issue 17: "ObservationCurrent" carries the figure of each series' current version as
-- well as its id: kind, value, as entered, source and the two moments. An import's checks
-- and its versioning statement read the current figures of every series the file
-- touches; with the id alone each was a second lookup in "Observation" (the primary key,
-- then a heap page, for a series with a long history one far from the others), which a
-- file of new series never pays. Now they read this table alone.

-- AlterTable: added empty, filled from the versions, then required
ALTER TABLE "ObservationCurrent" ADD COLUMN "kind" "ObservationKind",
ADD COLUMN "value" DECIMAL(24,8),
ADD COLUMN "valueAsEntered" TEXT,
ADD COLUMN "unitAsEntered" TEXT,
ADD COLUMN "source" TEXT,
ADD COLUMN "publishedAt" TIMESTAMP(3),
ADD COLUMN "createdAt" TIMESTAMP(3);

UPDATE "ObservationCurrent" c
SET kind = o.kind, value = o.value, "valueAsEntered" = o."valueAsEntered", "unitAsEntered" = o."unitAsEntered",
    source = o.source, "publishedAt" = o."publishedAt", "createdAt" = o."createdAt"
FROM "Observation" o WHERE o.id = c."observationId";

ALTER TABLE "ObservationCurrent" ALTER COLUMN "kind" SET NOT NULL,
ALTER COLUMN "source" SET NOT NULL,
ALTER COLUMN "publishedAt" SET NOT NULL,
ALTER COLUMN "createdAt" SET NOT NULL;

-- The insert trigger (migration supersedes_checked_by_trigger) now copies the figure too.
CREATE OR REPLACE FUNCTION observation_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  SELECT n.id, n."supersedesId" INTO bad FROM new_rows n
  WHERE n."supersedesId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "Observation" o
    WHERE o.id = n."supersedesId" AND o."indicatorId" = n."indicatorId" AND o."regionAdcode" = n."regionAdcode"
      AND o.year = n.year AND o.version < n.version)
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'observation % supersedes %, which is not an earlier version of the same series', bad.id, bad."supersedesId"
      USING ERRCODE = 'foreign_key_violation', TABLE = 'Observation', COLUMN = 'supersedesId';
  END IF;
  INSERT INTO "ObservationCurrent" AS c
    ("indicatorId", "regionAdcode", year, "observationId", version, kind, value, "valueAsEntered", "unitAsEntered", source, "publishedAt", "createdAt")
  SELECT DISTINCT ON ("indicatorId", "regionAdcode", year)
    "indicatorId", "regionAdcode", year, id, version, kind, value, "valueAsEntered", "unitAsEntered", source, "publishedAt", "createdAt"
  FROM new_rows ORDER BY "indicatorId", "regionAdcode", year, version DESC
  ON CONFLICT ("indicatorId", "regionAdcode", year)
  DO UPDATE SET "observationId" = EXCLUDED."observationId", version = EXCLUDED.version, kind = EXCLUDED.kind, value = EXCLUDED.value,
    "valueAsEntered" = EXCLUDED."valueAsEntered", "unitAsEntered" = EXCLUDED."unitAsEntered", source = EXCLUDED.source,
    "publishedAt" = EXCLUDED."publishedAt", "createdAt" = EXCLUDED."createdAt";
  INSERT INTO "DataChange" ("indicatorId", "regionAdcode")
  SELECT DISTINCT "indicatorId", "regionAdcode" FROM new_rows;
  RETURN NULL;
END $$;

-- The app never updates or deletes a version, but a data repair by hand might (and tests
-- do): the table follows, so it never disagrees with the versions there are, and the
-- change log tells the evaluation caches. An update of the current version is copied; a
-- deleted current version is replaced by the newest one left, or the series has none.
CREATE OR REPLACE FUNCTION observation_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ObservationCurrent" c
  SET version = n.version, kind = n.kind, value = n.value, "valueAsEntered" = n."valueAsEntered", "unitAsEntered" = n."unitAsEntered",
      source = n.source, "publishedAt" = n."publishedAt", "createdAt" = n."createdAt"
  FROM new_rows n
  WHERE c."indicatorId" = n."indicatorId" AND c."regionAdcode" = n."regionAdcode" AND c.year = n.year AND c."observationId" = n.id;
  INSERT INTO "DataChange" ("indicatorId", "regionAdcode")
  SELECT DISTINCT "indicatorId", "regionAdcode" FROM new_rows;
  RETURN NULL;
END $$;

CREATE TRIGGER observation_current_copy AFTER UPDATE ON "Observation"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION observation_after_update();

CREATE OR REPLACE FUNCTION observation_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ObservationCurrent" c USING old_rows o
  WHERE c."indicatorId" = o."indicatorId" AND c."regionAdcode" = o."regionAdcode" AND c.year = o.year AND c."observationId" = o.id;
  INSERT INTO "ObservationCurrent" AS c
    ("indicatorId", "regionAdcode", year, "observationId", version, kind, value, "valueAsEntered", "unitAsEntered", source, "publishedAt", "createdAt")
  SELECT DISTINCT ON (v."indicatorId", v."regionAdcode", v.year)
    v."indicatorId", v."regionAdcode", v.year, v.id, v.version, v.kind, v.value, v."valueAsEntered", v."unitAsEntered", v.source, v."publishedAt", v."createdAt"
  FROM (SELECT DISTINCT "indicatorId", "regionAdcode", year FROM old_rows) s
  JOIN "Observation" v ON v."indicatorId" = s."indicatorId" AND v."regionAdcode" = s."regionAdcode" AND v.year = s.year
  ORDER BY v."indicatorId", v."regionAdcode", v.year, v.version DESC
  ON CONFLICT ("indicatorId", "regionAdcode", year) DO NOTHING;
  INSERT INTO "DataChange" ("indicatorId", "regionAdcode")
  SELECT DISTINCT "indicatorId", "regionAdcode" FROM old_rows;
  RETURN NULL;
END $$;

CREATE TRIGGER observation_current_on_delete AFTER DELETE ON "Observation"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION observation_after_delete();
