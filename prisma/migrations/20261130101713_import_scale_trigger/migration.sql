-- Issue 15/17: the current-version trigger costs what the statement changes, not what
-- the table holds. A version 1 is the first version of its series (versions start at 1
-- and only grow, see versionStagedSql), so it has no older version to stop being
-- current: only rows with a later version make the trigger look for the one they
-- replace, one probe of the current-version index per series. A fresh import (every row
-- a version 1) now probes nothing, where it probed the index once per row before.
CREATE OR REPLACE FUNCTION observation_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Observation" o SET "isCurrent" = false
  FROM (SELECT "indicatorId", "regionAdcode", year, max(version) AS version FROM new_rows WHERE version > 1 GROUP BY 1, 2, 3) n
  WHERE o."indicatorId" = n."indicatorId" AND o."regionAdcode" = n."regionAdcode" AND o.year = n.year
    AND o."isCurrent" AND o.version < n.version;
  INSERT INTO "DataChange" ("indicatorId", "regionAdcode")
  SELECT DISTINCT "indicatorId", "regionAdcode" FROM new_rows;
  RETURN NULL;
END $$;
