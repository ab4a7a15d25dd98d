import "server-only";
import { prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { toNumber, toNumberOrNull } from "@/lib/data/decimal";

/** The plan's published versions, and each target's versions (newest last). */
export async function listPlanVersions(actor: Actor, slug: string) {
  authorize(actor, "plan.read");
  const plan = await prisma.plan.findUnique({
    where: { slug },
    select: {
      slug: true,
      version: true,
      versions: { orderBy: { version: "asc" }, select: { version: true, documentHash: true, createdAt: true, createdById: true } },
      targets: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: { id: true, year: true, regionAdcode: true, version: true, indicator: { select: { code: true } }, versions: { orderBy: { version: "asc" } } },
      },
    },
  });
  if (!plan) throw new AppError("NOT_FOUND", msg(`没有规划“${slug}”`, `No plan "${slug}"`));
  return {
    plan: plan.slug,
    version: plan.version,
    versions: plan.versions.map((v) => ({
      version: v.version,
      documentHash: v.documentHash,
      createdAt: v.createdAt.toISOString(),
      createdById: v.createdById,
    })),
    targets: plan.targets.map((t) => ({
      id: t.id,
      indicator: t.indicator.code,
      region: t.regionAdcode,
      year: t.year,
      version: t.version,
      versions: t.versions.map((v) => ({
        version: v.version,
        value: toNumber(v.value),
        type: v.type,
        tolerancePct: toNumberOrNull(v.tolerancePct),
        baseline: v.baselineYear !== null ? { year: v.baselineYear, value: toNumberOrNull(v.baselineValue) } : null,
        planVersion: v.planVersion,
        createdAt: v.createdAt.toISOString(),
      })),
    })),
  };
}
