-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('country', 'macro_region', 'cluster', 'province', 'prefecture', 'district', 'county');

-- CreateEnum
CREATE TYPE "ClusterMembership" AS ENUM ('full', 'partial', 'outside');

-- CreateEnum
CREATE TYPE "AliasKind" AS ENUM ('short_name', 'historic', 'other');

-- CreateEnum
CREATE TYPE "RegionRoleKind" AS ENUM ('core_city', 'regional_centre', 'node_city');

-- CreateEnum
CREATE TYPE "GoalKind" AS ENUM ('overall_goal', 'goal_area', 'outlook', 'positioning_overall', 'positioning', 'spatial_structure', 'axis', 'belt', 'core', 'zone', 'cooperation_group', 'category', 'section');

-- CreateEnum
CREATE TYPE "IndicatorAttribute" AS ENUM ('binding', 'expected');

-- CreateEnum
CREATE TYPE "TargetType" AS ENUM ('min', 'max', 'approx');

-- CreateEnum
CREATE TYPE "ObservationKind" AS ENUM ('value', 'retraction');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('admin', 'analyst', 'viewer');

-- CreateEnum
CREATE TYPE "AssessmentRating" AS ENUM ('good', 'basically_on_track', 'lagging', 'seriously_lagging');

-- CreateEnum
CREATE TYPE "ReportVisibility" AS ENUM ('private', 'team');

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "docNumber" TEXT NOT NULL,
    "issuingBodiesZh" TEXT NOT NULL,
    "issuingBodiesEn" TEXT NOT NULL,
    "issueDate" DATE NOT NULL,
    "periodStart" INTEGER NOT NULL,
    "periodEnd" INTEGER NOT NULL,
    "outlookYear" INTEGER NOT NULL,
    "baseYear" INTEGER NOT NULL,
    "scopeZh" TEXT NOT NULL,
    "scopeEn" TEXT NOT NULL,
    "sourceZh" TEXT NOT NULL,
    "onTrackLagPp" DECIMAL(6,2) NOT NULL DEFAULT 10,
    "atRiskLagPp" DECIMAL(6,2) NOT NULL DEFAULT 30,
    "ceilingMarginPp" DECIMAL(6,2) NOT NULL DEFAULT 10,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "adcode" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parentAdcode" TEXT,
    "inCluster" "ClusterMembership" NOT NULL,
    "inClusterNote" TEXT,
    "lat" DOUBLE PRECISION,
    "lon" DOUBLE PRECISION,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("adcode")
);

-- CreateTable
CREATE TABLE "RegionAlias" (
    "id" SERIAL NOT NULL,
    "regionAdcode" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "kind" "AliasKind" NOT NULL,

    CONSTRAINT "RegionAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionRole" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "regionAdcode" TEXT NOT NULL,
    "role" "RegionRoleKind" NOT NULL,
    "labelZh" TEXT NOT NULL,
    "textZh" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "clause" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RegionRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "parentId" INTEGER,
    "kind" "GoalKind" NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "textZh" TEXT,
    "textEn" TEXT,
    "year" INTEGER,
    "clause" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalRegion" (
    "goalId" INTEGER NOT NULL,
    "regionAdcode" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GoalRegion_pkey" PRIMARY KEY ("goalId","regionAdcode")
);

-- CreateTable
CREATE TABLE "GoalTarget" (
    "goalId" INTEGER NOT NULL,
    "targetId" INTEGER NOT NULL,

    CONSTRAINT "GoalTarget_pkey" PRIMARY KEY ("goalId","targetId")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "definitionZh" TEXT NOT NULL,
    "definitionEn" TEXT NOT NULL,
    "attribute" "IndicatorAttribute",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "regionAdcode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(20,6) NOT NULL,
    "type" "TargetType" NOT NULL,
    "tolerancePct" DECIMAL(8,4),
    "baselineYear" INTEGER,
    "baselineValue" DECIMAL(20,6),
    "clause" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "regionAdcode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "ObservationKind" NOT NULL DEFAULT 'value',
    "value" DECIMAL(24,8),
    "valueAsEntered" TEXT,
    "unitAsEntered" TEXT,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "flags" TEXT[],
    "supersedesId" INTEGER,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "UserRole" NOT NULL DEFAULT 'viewer',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" SERIAL NOT NULL,
    "goalId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "rating" "AssessmentRating" NOT NULL,
    "narrative" TEXT NOT NULL,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "supersedesId" INTEGER,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "commentary" TEXT NOT NULL DEFAULT '',
    "selection" JSONB NOT NULL,
    "pinnedAt" TIMESTAMP(3),
    "visibility" "ReportVisibility" NOT NULL DEFAULT 'private',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportAnnotation" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "regionAdcode" TEXT NOT NULL,
    "year" INTEGER,
    "body" TEXT NOT NULL,

    CONSTRAINT "ReportAnnotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareLink" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "allowExport" BOOLEAN NOT NULL DEFAULT true,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "lastViewedAt" TIMESTAMP(3),

    CONSTRAINT "ShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "meta" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_slug_key" ON "Plan"("slug");

-- CreateIndex
CREATE INDEX "Region_parentAdcode_idx" ON "Region"("parentAdcode");

-- CreateIndex
CREATE INDEX "RegionAlias_alias_idx" ON "RegionAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "RegionAlias_regionAdcode_alias_key" ON "RegionAlias"("regionAdcode", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "RegionRole_planId_regionAdcode_role_key" ON "RegionRole"("planId", "regionAdcode", "role");

-- CreateIndex
CREATE INDEX "Goal_parentId_idx" ON "Goal"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_planId_key_key" ON "Goal"("planId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Target_planId_indicatorId_regionAdcode_year_key" ON "Target"("planId", "indicatorId", "regionAdcode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_supersedesId_key" ON "Observation"("supersedesId");

-- CreateIndex
CREATE INDEX "Observation_regionAdcode_indicatorId_year_idx" ON "Observation"("regionAdcode", "indicatorId", "year");

-- CreateIndex
CREATE INDEX "Observation_createdAt_idx" ON "Observation"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_indicatorId_regionAdcode_year_version_key" ON "Observation"("indicatorId", "regionAdcode", "year", "version");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_supersedesId_key" ON "Assessment"("supersedesId");

-- CreateIndex
CREATE INDEX "Assessment_goalId_year_idx" ON "Assessment"("goalId", "year");

-- CreateIndex
CREATE INDEX "Report_ownerId_idx" ON "Report"("ownerId");

-- CreateIndex
CREATE INDEX "ReportAnnotation_reportId_idx" ON "ReportAnnotation"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_tokenHash_key" ON "ShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ShareLink_reportId_idx" ON "ShareLink"("reportId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentAdcode_fkey" FOREIGN KEY ("parentAdcode") REFERENCES "Region"("adcode") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionAlias" ADD CONSTRAINT "RegionAlias_regionAdcode_fkey" FOREIGN KEY ("regionAdcode") REFERENCES "Region"("adcode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionRole" ADD CONSTRAINT "RegionRole_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionRole" ADD CONSTRAINT "RegionRole_regionAdcode_fkey" FOREIGN KEY ("regionAdcode") REFERENCES "Region"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalRegion" ADD CONSTRAINT "GoalRegion_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalRegion" ADD CONSTRAINT "GoalRegion_regionAdcode_fkey" FOREIGN KEY ("regionAdcode") REFERENCES "Region"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalTarget" ADD CONSTRAINT "GoalTarget_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalTarget" ADD CONSTRAINT "GoalTarget_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_regionAdcode_fkey" FOREIGN KEY ("regionAdcode") REFERENCES "Region"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_regionAdcode_fkey" FOREIGN KEY ("regionAdcode") REFERENCES "Region"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Observation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportAnnotation" ADD CONSTRAINT "ReportAnnotation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
