-- AlterTable
ALTER TABLE "Observation" ADD COLUMN     "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "nearlyAchievedPct" DECIMAL(6,2) NOT NULL DEFAULT 95;

-- Figures already recorded: published when they were recorded (the default's meaning).
UPDATE "Observation" SET "publishedAt" = "createdAt";
