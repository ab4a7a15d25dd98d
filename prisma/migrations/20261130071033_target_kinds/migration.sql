-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('level', 'growth_rate', 'reduction', 'cumulative');

-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "kind" "TargetKind" NOT NULL DEFAULT 'level',
ADD COLUMN     "rate" DECIMAL(10,4);
