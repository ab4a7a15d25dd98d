-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "baseVersionId" INTEGER,
ADD COLUMN     "flags" TEXT[] DEFAULT ARRAY[]::TEXT[];
