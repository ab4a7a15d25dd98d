-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "baselineCards" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "clusterCode" TEXT,
ADD COLUMN     "comparisonRegionCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The plan already in the database (成渝城市群发展规划): the facts its overview page used
-- to hard-code. The seed writes the same values into a new database.
UPDATE "Plan" SET
  "clusterCode" = 'CHENGYU',
  "comparisonRegionCodes" = ARRAY['CN-WEST', '100000']::TEXT[],
  "baselineCards" = '[{"indicator":"area","share":"area_share_national"},{"indicator":"resident_population","share":"population_share_national"},{"indicator":"gdp","share":"gdp_share_national"},{"indicator":"town_density","compare":true}]'::JSONB
WHERE "slug" = 'chengyu-2016';
