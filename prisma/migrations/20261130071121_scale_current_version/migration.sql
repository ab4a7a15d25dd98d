-- AlterTable
ALTER TABLE "Observation" ADD COLUMN     "isCurrent" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "DataChange" (
    "id" BIGSERIAL NOT NULL,
    "indicatorId" INTEGER,
    "regionAdcode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Observation_indicatorId_regionAdcode_isCurrent_year_idx" ON "Observation"("indicatorId", "regionAdcode", "isCurrent", "year");

-- Backfill: only the newest version of each series is current.
UPDATE "Observation" o SET "isCurrent" = false
WHERE EXISTS (SELECT 1 FROM "Observation" n
              WHERE n."indicatorId" = o."indicatorId" AND n."regionAdcode" = o."regionAdcode" AND n.year = o.year AND n.version > o.version);

-- Every insert into "Observation" (the entry form, an import, a retraction, the seed, a
-- test's factory) goes through this, once per statement, in the writing transaction:
-- the older versions of the series it wrote stop being current (a new row is current by
-- the column default; a statement writing two versions of one series leaves only the
-- newer current: versions only ever grow, see versionStagedSql), and the (indicator,
-- region) pairs it touched go to the change log the evaluation caches read.
CREATE FUNCTION observation_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Observation" o SET "isCurrent" = false
  FROM (SELECT "indicatorId", "regionAdcode", year, max(version) AS version FROM new_rows GROUP BY 1, 2, 3) n
  WHERE o."indicatorId" = n."indicatorId" AND o."regionAdcode" = n."regionAdcode" AND o.year = n.year
    AND o."isCurrent" AND o.version < n.version;
  INSERT INTO "DataChange" ("indicatorId", "regionAdcode")
  SELECT DISTINCT "indicatorId", "regionAdcode" FROM new_rows;
  RETURN NULL;
END $$;

CREATE TRIGGER observation_after_insert AFTER INSERT ON "Observation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION observation_after_insert();

-- The other inputs of an evaluation: a target (its indicator and region), an indicator
-- (unit, names: all its regions), a region (names: all its indicators), a plan
-- (thresholds, years: everything). Few rows, so row triggers.
CREATE FUNCTION data_change_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  r := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  IF TG_TABLE_NAME = 'Target' THEN
    IF TG_OP = 'UPDATE' THEN
      INSERT INTO "DataChange" ("indicatorId", "regionAdcode") VALUES (OLD."indicatorId", OLD."regionAdcode");
    END IF;
    INSERT INTO "DataChange" ("indicatorId", "regionAdcode") VALUES (r."indicatorId", r."regionAdcode");
  ELSIF TG_TABLE_NAME = 'Indicator' THEN
    INSERT INTO "DataChange" ("indicatorId", "regionAdcode") VALUES (r.id, NULL);
  ELSIF TG_TABLE_NAME = 'Region' THEN
    INSERT INTO "DataChange" ("indicatorId", "regionAdcode") VALUES (NULL, r.adcode);
  ELSE
    INSERT INTO "DataChange" ("indicatorId", "regionAdcode") VALUES (NULL, NULL);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER target_data_change AFTER INSERT OR UPDATE OR DELETE ON "Target" FOR EACH ROW EXECUTE FUNCTION data_change_after_write();
CREATE TRIGGER indicator_data_change AFTER INSERT OR UPDATE OR DELETE ON "Indicator" FOR EACH ROW EXECUTE FUNCTION data_change_after_write();
CREATE TRIGGER region_data_change AFTER INSERT OR UPDATE OR DELETE ON "Region" FOR EACH ROW EXECUTE FUNCTION data_change_after_write();
CREATE TRIGGER plan_data_change AFTER INSERT OR UPDATE OR DELETE ON "Plan" FOR EACH ROW EXECUTE FUNCTION data_change_after_write();
