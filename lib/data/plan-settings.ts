import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import { toNumber } from "@/lib/data/decimal";
import { fieldError } from "@/lib/validation/parse";
import { VALIDATION_MESSAGES } from "@/lib/validation/messages";
import type { PlanSettingsPatch } from "@/lib/validation/plan-settings";

const SELECT = { id: true, slug: true, nearlyAchievedPct: true, onTrackLagPp: true, atRiskLagPp: true, ceilingMarginPp: true, fourEyes: true } as const;

type Dec = { toString(): string };
type Row = { slug: string; nearlyAchievedPct: Dec; onTrackLagPp: Dec; atRiskLagPp: Dec; ceilingMarginPp: Dec; fourEyes: boolean };
const view = (p: Row) => ({
  plan: p.slug,
  nearlyAchievedPct: toNumber(p.nearlyAchievedPct),
  onTrackLagPp: toNumber(p.onTrackLagPp),
  atRiskLagPp: toNumber(p.atRiskLagPp),
  ceilingMarginPp: toNumber(p.ceilingMarginPp),
  fourEyes: p.fourEyes,
});
export type PlanSettings = ReturnType<typeof view>;

/** Every plan's settings with its name, for the admin page. */
export async function listPlanSettings(actor: Actor) {
  authorize(actor, "plan.settings");
  const rows = await prisma.plan.findMany({ select: { ...SELECT, nameZh: true, nameEn: true }, orderBy: { id: "asc" } });
  return rows.map((p) => ({ ...view(p), nameZh: p.nameZh, nameEn: p.nameEn }));
}

/** Changes a plan's thresholds; the progress cache keys on Plan.updatedAt, so answers follow at once. */
export async function updatePlanSettings(actor: Actor, slug: string, patch: PlanSettingsPatch): Promise<PlanSettings> {
  authorize(actor, "plan.settings");
  const user = requireUser(actor);
  return prisma.$transaction(async (tx) => {
    const before = await tx.plan.findUnique({ where: { slug }, select: SELECT });
    if (!before) throw new AppError("NOT_FOUND", msg(`没有规划“${slug}”`, `No plan "${slug}"`));
    const onTrack = patch.onTrackLagPp ?? toNumber(before.onTrackLagPp);
    const atRisk = patch.atRiskLagPp ?? toNumber(before.atRiskLagPp);
    // green must stay narrower than red, else no target could ever be amber
    if (atRisk <= onTrack) throw fieldError(patch.atRiskLagPp !== undefined ? "atRiskLagPp" : "onTrackLagPp", VALIDATION_MESSAGES.thresholdOrder);
    const row = await tx.plan.update({
      where: { id: before.id },
      data: {
        nearlyAchievedPct: patch.nearlyAchievedPct,
        onTrackLagPp: patch.onTrackLagPp,
        atRiskLagPp: patch.atRiskLagPp,
        ceilingMarginPp: patch.ceilingMarginPp,
        fourEyes: patch.fourEyes,
      },
      select: SELECT,
    });
    await writeAudit(user.userId, { action: "plan.settings", entityType: "plan", entityId: String(before.id), before: view(before), after: view(row) }, tx);
    return view(row);
  });
}
