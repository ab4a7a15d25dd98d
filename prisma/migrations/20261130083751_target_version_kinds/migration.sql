-- AlterTable
ALTER TABLE "TargetVersion" ADD COLUMN     "kind" "TargetKind" NOT NULL DEFAULT 'level',
ADD COLUMN     "rate" DECIMAL(10,4);

-- versions recorded before this migration carry the target's kind and rate of today
UPDATE "TargetVersion" v SET "kind" = t."kind", "rate" = t."rate" FROM "Target" t WHERE t."id" = v."targetId";
