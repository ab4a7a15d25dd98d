import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TransactionClient } from "@/lib/generated/prisma/internal/prismaNamespace";
import { writeAudit } from "@/lib/data/audit";
import { planRowFromDocument } from "@/lib/data/plan-document-map";
import { impliedLevel } from "@/lib/progress/kinds";
import { VALIDATION_MESSAGES } from "@/lib/validation/messages";
import { targetKindIssues } from "@/lib/validation/target-kind";
import {
  writeBaselineFigures,
  writeBaselineObservations,
  writeGoals,
  writeIndicators,
  writeRoles,
  writeScope,
  writeTargets,
} from "@/lib/data/plan-publish-parts";
import { checkPlanDocument } from "@/lib/plan-document/check";
import { documentHash } from "@/lib/plan-document/canonical";
import type { DocumentIssue } from "@/lib/plan-document/issues";
import type { PlanDocument } from "@/lib/plan-document/schema";
import { formatPath } from "@/lib/plan-document/issues";

export type PublishSummary = Awaited<ReturnType<typeof applyPlanDocument>>;

/** A 422 listing every problem of a document, each with its path. */
export function documentError(issues: DocumentIssue[]): AppError {
  return new AppError(
    "VALIDATION",
    msg("规划文档有误，未写入任何内容；请按所列位置修改", "The plan document has problems; nothing was written. Correct it at the places listed"),
    { issues },
  );
}

async function checkAgainstDatabase(tx: TransactionClient, doc: PlanDocument): Promise<void> {
  const [indicators, regions] = await Promise.all([
    tx.indicator.findMany({ select: { code: true, unit: true } }),
    tx.region.findMany({ select: { adcode: true } }),
  ]);
  const issues = checkPlanDocument(doc, { indicators: new Map(indicators.map((i) => [i.code, i.unit])), regions: new Set(regions.map((r) => r.adcode)) });
  // the kind rules of the API and the catalogue form (lib/validation/target-kind.ts), at the document's paths
  doc.targets.forEach((t, i) => {
    for (const k of targetKindIssues(t)) issues.push({ path: formatPath(["targets", i, ...k.path]), message: VALIDATION_MESSAGES[k.key] });
    if ((t.kind === "growth_rate" || t.kind === "reduction") && t.baseline?.value !== undefined && t.rate !== undefined) {
      if (impliedLevel(t.kind, { year: t.baseline.year, value: t.baseline.value }, t.rate, t.year) === null) {
        issues.push({
          path: formatPath(["targets", i, "baseline", "value"]),
          message: msg(
            "基期值须大于 0，增长率目标的基期年须早于目标年",
            "the baseline must be above 0, and a growth target's baseline year before its target year",
          ),
        });
      }
    }
  });
  if (issues.length) throw documentError(issues);
}

/**
 * Publishes a plan document inside `tx`: creates the plan, or — when the slug exists and
 * the document differs from every version published before — writes the differences as
 * plan version n+1 (revised targets get a new TargetVersion; nothing is overwritten).
 * A document identical to a published version writes nothing ("unchanged").
 */
export async function applyPlanDocument(tx: TransactionClient, doc: PlanDocument, actorId: number | null) {
  const hash = documentHash(doc);
  const plan = await tx.plan.findUnique({
    where: { slug: doc.slug },
    include: { versions: { select: { version: true, documentHash: true }, orderBy: { version: "desc" } } },
  });
  const latest = plan?.versions[0]?.version ?? null;
  if (plan && plan.versions.some((v) => v.documentHash === hash)) {
    // Published already: nothing to write, except a baseline figure whose cell is empty
    // (deleted by hand, or never written): that is a change, and it is filled.
    const indicatorIds = new Map((await tx.indicator.findMany({ select: { id: true, code: true } })).map((i) => [i.code, i.id]));
    const known = doc.baselineFigures.every((b) => indicatorIds.has(b.indicator));
    const observationsWritten = known ? await writeBaselineObservations(tx, { actorId, indicatorIds }, doc) : 0;
    return { slug: doc.slug, status: "unchanged" as const, version: { from: latest, to: latest }, observationsWritten };
  }
  await checkAgainstDatabase(tx, doc);
  const version = latest === null ? (plan ? plan.version : 1) : latest + 1;
  const row = planRowFromDocument(doc);
  const { id: planId } = plan
    ? await tx.plan.update({ where: { id: plan.id }, data: { ...row, version } })
    : await tx.plan.create({ data: { ...row, version, isDefault: (await tx.plan.count({ where: { isDefault: true } })) === 0 } });

  const indicators = await writeIndicators(tx, doc);
  const regions = await writeScope(tx, planId, doc);
  const goals = await writeGoals(tx, planId, doc);
  const roles = await writeRoles(tx, planId, doc);
  const targets = await writeTargets(tx, { planId, planVersion: version, actorId, indicatorIds: indicators.ids, goalIds: goals.ids }, doc);
  const baselineFigures = await writeBaselineFigures(tx, { planId, actorId, indicatorIds: indicators.ids }, doc);
  await tx.planVersion.create({
    data: { planId, version, document: JSON.parse(JSON.stringify(doc)) as Prisma.InputJsonObject, documentHash: hash, createdById: actorId },
  });

  const summary = {
    slug: doc.slug,
    status: plan ? ("updated" as const) : ("created" as const),
    version: { from: latest, to: version },
    indicators: { created: indicators.created, kept: indicators.kept },
    regions,
    goals: { created: goals.created.length, updated: goals.updated, removed: goals.removed },
    roles,
    targets,
    baselineFigures,
  };
  await writeAudit(
    actorId,
    {
      action: "plan.publish",
      entityType: "plan",
      entityId: doc.slug,
      after: { version, created: targets.created.length, revised: targets.revised.length, removed: targets.removed.length },
    },
    tx,
  );
  return summary;
}

class DryRunRollback extends Error {
  constructor(readonly summary: PublishSummary) {
    super("dry run");
  }
}

/** Admins publish a document; with dryRun the same writes run and are rolled back. */
export async function publishPlanDocument(actor: Actor, doc: PlanDocument, opts: { dryRun: boolean }): Promise<PublishSummary & { dryRun: boolean }> {
  authorize(actor, "plan.publish");
  const user = requireUser(actor);
  try {
    const summary = await prisma.$transaction(
      async (tx) => {
        const s = await applyPlanDocument(tx, doc, user.userId);
        if (opts.dryRun) throw new DryRunRollback(s);
        return s;
      },
      { timeout: 120_000 },
    );
    return { ...summary, dryRun: false };
  } catch (e) {
    if (e instanceof DryRunRollback) return { ...e.summary, dryRun: true };
    throw e;
  }
}
