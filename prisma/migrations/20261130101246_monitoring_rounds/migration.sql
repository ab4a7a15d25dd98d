-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('lead', 'support');

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('open', 'frozen');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('submitted', 'returned', 'accepted', 'withdrawn');

-- AlterEnum
ALTER TYPE "UserRole" ADD VALUE 'reporter';

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "fourEyes" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'zh',
ADD COLUMN     "mailDigest" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "mailReminders" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "unitId" INTEGER;

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" TEXT,
    "contact" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetUnit" (
    "targetId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "role" "AssignmentRole" NOT NULL,

    CONSTRAINT "TargetUnit_pkey" PRIMARY KEY ("targetId","unitId")
);

-- CreateTable
CREATE TABLE "SeriesUnit" (
    "indicatorId" INTEGER NOT NULL,
    "regionAdcode" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "role" "AssignmentRole" NOT NULL,

    CONSTRAINT "SeriesUnit_pkey" PRIMARY KEY ("indicatorId","regionAdcode","unitId")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "RoundStatus" NOT NULL DEFAULT 'open',
    "freezeNo" INTEGER NOT NULL DEFAULT 0,
    "frozenAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundTarget" (
    "roundId" INTEGER NOT NULL,
    "targetId" INTEGER NOT NULL,

    CONSTRAINT "RoundTarget_pkey" PRIMARY KEY ("roundId","targetId")
);

-- CreateTable
CREATE TABLE "Submission" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER,
    "indicatorId" INTEGER NOT NULL,
    "regionAdcode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(24,8) NOT NULL,
    "valueAsEntered" TEXT,
    "unitAsEntered" TEXT,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "publishedAt" TIMESTAMP(3),
    "status" "SubmissionStatus" NOT NULL DEFAULT 'submitted',
    "unitId" INTEGER,
    "submittedById" INTEGER NOT NULL,
    "replacesId" INTEGER,
    "reviewComment" TEXT,
    "reviewedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "observationId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundResult" (
    "roundId" INTEGER NOT NULL,
    "freezeNo" INTEGER NOT NULL,
    "targetId" INTEGER NOT NULL,
    "entry" JSONB NOT NULL,
    "observationIds" INTEGER[],
    "frozenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundResult_pkey" PRIMARY KEY ("roundId","freezeNo","targetId")
);

-- CreateTable
CREATE TABLE "MailLog" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "userId" INTEGER,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_nameZh_key" ON "Unit"("nameZh");

-- CreateIndex
CREATE INDEX "TargetUnit_unitId_idx" ON "TargetUnit"("unitId");

-- CreateIndex
CREATE INDEX "SeriesUnit_unitId_idx" ON "SeriesUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Round_planId_year_key" ON "Round"("planId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_replacesId_key" ON "Submission"("replacesId");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_observationId_key" ON "Submission"("observationId");

-- CreateIndex
CREATE INDEX "Submission_roundId_status_idx" ON "Submission"("roundId", "status");

-- CreateIndex
CREATE INDEX "Submission_indicatorId_regionAdcode_year_idx" ON "Submission"("indicatorId", "regionAdcode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "MailLog_key_key" ON "MailLog"("key");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetUnit" ADD CONSTRAINT "TargetUnit_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetUnit" ADD CONSTRAINT "TargetUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeriesUnit" ADD CONSTRAINT "SeriesUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundTarget" ADD CONSTRAINT "RoundTarget_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundTarget" ADD CONSTRAINT "RoundTarget_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundResult" ADD CONSTRAINT "RoundResult_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;
