-- Issue 17: "supersedesId" loses its foreign key. PostgreSQL checks a foreign key row by
-- row, and each check locks the referenced row (FOR KEY SHARE): superseding 20,000
-- figures wrote a lock into 20,000 old versions, scattered over the history, which no
-- new series pays for. The insert trigger now checks the whole statement at once, and
-- more strictly than the key did: the replaced version must exist, belong to the same
-- series and be an earlier version of it. Nothing deletes observations.

-- DropForeignKey
ALTER TABLE "Observation" DROP CONSTRAINT "Observation_supersedesId_fkey";

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
  INSERT INTO "ObservationCurrent" AS c ("indicatorId", "regionAdcode", year, "observationId", version)
  SELECT DISTINCT ON ("indicatorId", "regionAdcode", year) "indicatorId", "regionAdcode", year, id, version
  FROM new_rows ORDER BY "indicatorId", "regionAdcode", year, version DESC
  ON CONFLICT ("indicatorId", "regionAdcode", year)
  DO UPDATE SET "observationId" = EXCLUDED."observationId", version = EXCLUDED.version;
  INSERT INTO "DataChange" ("indicatorId", "regionAdcode")
  SELECT DISTINCT "indicatorId", "regionAdcode" FROM new_rows;
  RETURN NULL;
END $$;
