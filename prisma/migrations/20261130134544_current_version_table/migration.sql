-- Issue 17: the current version of each series moves from a flag on "Observation" to a
-- table of its own. Superseding a version used to clear the flag on the old row: a new
-- copy of that row and an entry in each of the six indexes of "Observation", so updating
-- a series cost twice what creating one did. Now it rewrites one small row of
-- "ObservationCurrent" in place (a HOT update: none of its keys change, and fillfactor
-- leaves room on its pages for the new row version).

-- CreateTable
CREATE TABLE "ObservationCurrent" (
    "indicatorId" INTEGER NOT NULL,
    "regionAdcode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "observationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "ObservationCurrent_pkey" PRIMARY KEY ("indicatorId","regionAdcode","year")
) WITH (fillfactor = 70);

-- Backfill: the flagged (newest) version of every series.
INSERT INTO "ObservationCurrent" ("indicatorId", "regionAdcode", year, "observationId", version)
SELECT "indicatorId", "regionAdcode", year, id, version FROM "Observation" WHERE "isCurrent";

-- CreateIndex
CREATE INDEX "ObservationCurrent_regionAdcode_indicatorId_year_idx" ON "ObservationCurrent"("regionAdcode", "indicatorId", "year");

-- DropIndex
DROP INDEX "Observation_indicatorId_regionAdcode_isCurrent_year_idx";

-- DropIndex: reads by region now go through "ObservationCurrent"'s own region index; every
-- other read of "Observation" starts from the series key (the unique index), the id or
-- createdAt. One index less for every version written.
DROP INDEX "Observation_regionAdcode_indicatorId_year_idx";

-- AlterTable
ALTER TABLE "Observation" DROP COLUMN "isCurrent";

-- Every insert into "Observation" (the entry form, an import, a retraction, an undo, the
-- seed, a test's factory) goes through this, once per statement, in the writing
-- transaction: the newest version it wrote of each series becomes the series' current
-- one (versions only ever grow, see versionStagedSql, so the newest written is the
-- newest there is), and the (indicator, region) pairs it touched go to the change log
-- the evaluation caches read. Rows are upserted in key order, the order the versioning
-- statement inserts in, so two writers never lock the same rows in opposite orders.
CREATE OR REPLACE FUNCTION observation_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ObservationCurrent" AS c ("indicatorId", "regionAdcode", year, "observationId", version)
  SELECT DISTINCT ON ("indicatorId", "regionAdcode", year) "indicatorId", "regionAdcode", year, id, version
  FROM new_rows ORDER BY "indicatorId", "regionAdcode", year, version DESC
  ON CONFLICT ("indicatorId", "regionAdcode", year)
  DO UPDATE SET "observationId" = EXCLUDED."observationId", version = EXCLUDED.version;
  INSERT INTO "DataChange" ("indicatorId", "regionAdcode")
  SELECT DISTINCT "indicatorId", "regionAdcode" FROM new_rows;
  RETURN NULL;
END $$;
