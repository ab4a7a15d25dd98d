-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "isDefault" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "noteEn" TEXT,
ADD COLUMN     "noteZh" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "note" TEXT,
ADD COLUMN     "sortOrder" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "source" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "wording" TEXT,
ADD COLUMN     "wordingLang" TEXT;

-- CreateTable
CREATE TABLE "PlanRegion" (
    "planId" INTEGER NOT NULL,
    "regionAdcode" TEXT NOT NULL,
    "membership" "ClusterMembership" NOT NULL,
    "note" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanRegion_pkey" PRIMARY KEY ("planId","regionAdcode")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "documentHash" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanBaselineFigure" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "regionAdcode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(24,8) NOT NULL,
    "valueAsPublished" TEXT NOT NULL,
    "unitAsPublished" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "flags" TEXT[],
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PlanBaselineFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetVersion" (
    "id" SERIAL NOT NULL,
    "targetId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "value" DECIMAL(20,6) NOT NULL,
    "type" "TargetType" NOT NULL,
    "tolerancePct" DECIMAL(8,4),
    "baselineYear" INTEGER,
    "baselineValue" DECIMAL(20,6),
    "planVersion" INTEGER,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TargetVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanRegion_regionAdcode_idx" ON "PlanRegion"("regionAdcode");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_planId_version_key" ON "PlanVersion"("planId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PlanBaselineFigure_planId_indicatorId_regionAdcode_year_key" ON "PlanBaselineFigure"("planId", "indicatorId", "regionAdcode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "TargetVersion_targetId_version_key" ON "TargetVersion"("targetId", "version");

-- AddForeignKey
ALTER TABLE "PlanRegion" ADD CONSTRAINT "PlanRegion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRegion" ADD CONSTRAINT "PlanRegion_regionAdcode_fkey" FOREIGN KEY ("regionAdcode") REFERENCES "Region"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanBaselineFigure" ADD CONSTRAINT "PlanBaselineFigure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanBaselineFigure" ADD CONSTRAINT "PlanBaselineFigure_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanBaselineFigure" ADD CONSTRAINT "PlanBaselineFigure_regionAdcode_fkey" FOREIGN KEY ("regionAdcode") REFERENCES "Region"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetVersion" ADD CONSTRAINT "TargetVersion_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: membership moves from Region to the plan. Every existing plan is the first
-- plan, whose scope is what Region.inCluster recorded (the cluster grouping itself included).
INSERT INTO "PlanRegion" ("planId", "regionAdcode", "membership", "note", "sortOrder")
SELECT p.id, r.adcode, r."inCluster", r."inClusterNote", r."sortOrder"
FROM "Plan" p CROSS JOIN "Region" r
WHERE r."inCluster" <> 'outside';

-- Every existing target gets its first version, so history starts from today's figures.
INSERT INTO "TargetVersion" ("targetId", "version", "value", "type", "tolerancePct", "baselineYear", "baselineValue", "planVersion", "createdAt")
SELECT t.id, 1, t.value, t.type, t."tolerancePct", t."baselineYear", t."baselineValue", 1, t."createdAt" FROM "Target" t;

-- The plan this product was made for is the default plan.
UPDATE "Plan" SET "isDefault" = true WHERE id = (SELECT id FROM "Plan" ORDER BY (slug = 'chengyu-2016') DESC, id LIMIT 1);
