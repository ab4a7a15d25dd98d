-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "allowNegative" BOOLEAN NOT NULL DEFAULT false;
