import "server-only";
import { prisma } from "@/lib/db";
import { planQuery } from "@/lib/data/plan-selection";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { Target } from "@/lib/generated/prisma/client";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { convertValue } from "@/lib/units/convert";
import { writeAudit } from "@/lib/data/audit";
import { toNumber, toNumberOrNull } from "@/lib/data/decimal";
import { loadImportContext } from "@/lib/data/import-context";
import { isUniqueViolation } from "@/lib/data/observation-versions";
import { fieldError } from "@/lib/validation/parse";
import type { TargetCreate, TargetPatch } from "@/lib/validation/catalogue";

const view = (t: Target) => ({
  id: t.id,
  year: t.year,
  value: toNumber(t.value),
  type: t.type,
  tolerancePct: toNumberOrNull(t.tolerancePct),
  baseline: t.baselineYear !== null && t.baselineValue !== null ? { year: t.baselineYear, value: toNumber(t.baselineValue) } : null,
  clause: t.clause,
  regionAdcode: t.regionAdcode,
  indicatorId: t.indicatorId,
});

/** value (and baseline value) written in `unit` → the indicator's unit. */
function inUnit(value: number, unit: string, indicatorUnit: string, path: string): number {
  const c = convertValue(value, unit, indicatorUnit);
  if (!c.ok) throw fieldError(path, c.error);
  return c.value;
}

const DUPLICATE = msg("该规划已有同一指标、地区和年份的目标", "The plan already has a target for this indicator, region and year");

export async function createTarget(actor: Actor, input: TargetCreate) {
  authorize(actor, "target.write");
  const user = requireUser(actor);
  const ctx = await loadImportContext();
  const region = ctx.resolveRegion(input.region);
  if (!region.ok) throw fieldError("region", region.error);
  const indicator = ctx.findIndicator(input.indicator);
  if (!indicator) throw fieldError("indicator", msg(`无法识别的指标“${input.indicator}”`, `unrecognised indicator "${input.indicator}"`));
  const plan = await prisma.plan.findFirst({ ...planQuery(input.plan), select: { id: true } });
  if (!plan) throw fieldError("plan", msg("没有这个规划", "No such plan"));
  const data = {
    planId: plan.id,
    indicatorId: ctx.indicatorIds.get(indicator.code)!,
    regionAdcode: region.adcode,
    year: input.year,
    value: String(inUnit(input.value.value, input.unit, indicator.unit, "value")),
    type: input.type,
    tolerancePct: input.tolerancePct ?? null,
    baselineYear: input.baseline?.year ?? null,
    baselineValue: input.baseline ? String(inUnit(input.baseline.value.value, input.unit, indicator.unit, "baseline.value")) : null,
    clause: input.clause,
  };
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.target.create({ data });
      await writeAudit(user.userId, { action: "target.create", entityType: "target", entityId: String(row.id), after: view(row) }, tx);
      return view(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", DUPLICATE);
    throw e;
  }
}

export async function updateTarget(actor: Actor, id: number, patch: TargetPatch) {
  authorize(actor, "target.write");
  const user = requireUser(actor);
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.target.findUnique({ where: { id }, include: { indicator: { select: { unit: true } } } });
      if (!before) throw new AppError("NOT_FOUND", msg("没有这个目标", "No such target"));
      const unit = patch.unit ?? "";
      const row = await tx.target.update({
        where: { id },
        data: {
          year: patch.year,
          value: patch.value ? String(inUnit(patch.value.value, unit, before.indicator.unit, "value")) : undefined,
          type: patch.type,
          tolerancePct: patch.tolerancePct,
          ...(patch.baseline !== undefined
            ? { baselineYear: patch.baseline?.year ?? null, baselineValue: patch.baseline ? String(inUnit(patch.baseline.value.value, unit, before.indicator.unit, "baseline.value")) : null }
            : {}),
          clause: patch.clause,
        },
      });
      await writeAudit(user.userId, { action: "target.update", entityType: "target", entityId: String(id), before: view(before), after: view(row) }, tx);
      return view(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", DUPLICATE);
    throw e;
  }
}
