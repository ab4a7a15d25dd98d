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
import { toNumberOrNull } from "@/lib/data/decimal";
import { loadImportContext } from "@/lib/data/import-context";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { fieldError } from "@/lib/validation/parse";
import type { TargetCreate, TargetPatch } from "@/lib/validation/catalogue";
import { recordTargetVersion } from "@/lib/data/target-versions";
import { targetFigureView } from "@/lib/data/targets";
import { VALIDATION_MESSAGES } from "@/lib/validation/messages";
import { targetKindIssues, type TargetKindName } from "@/lib/validation/target-kind";
import { impliedLevel } from "@/lib/progress/kinds";

const view = (t: Target) => ({
  id: t.id,
  ...targetFigureView(t),
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

const isRateKind = (k: TargetKindName): k is "growth_rate" | "reduction" => k === "growth_rate" || k === "reduction";

/** Refuses fields that do not fit the kind (see targetKindIssues), naming the first path. */
function checkKind(fields: Parameters<typeof targetKindIssues>[0]): void {
  const issue = targetKindIssues(fields)[0];
  if (issue) throw fieldError(issue.path.join("."), VALIDATION_MESSAGES[issue.key]);
}

/**
 * The value column of a growth_rate / reduction target: the level its rate implies in
 * `year` (lib/progress/kinds.ts), kept in step on every write so that every view showing
 * a target value shows a level in the indicator's unit. The evaluation recomputes it from
 * the rate and never reads this copy.
 */
function impliedValue(
  kind: "growth_rate" | "reduction",
  baseline: { year: number; value: number } | null,
  rate: number | null | undefined,
  year: number,
): string {
  const v = impliedLevel(kind, baseline, rate, year);
  if (v === null)
    throw fieldError("baseline.value", msg("基期值应为正数，且基期年应早于目标年", "the baseline value must be positive and its year before the target year"));
  return String(v);
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
  checkKind(input);
  const baselineValue = input.baseline?.value ? inUnit(input.baseline.value.value, input.unit, indicator.unit, "baseline.value") : null;
  const baseline = input.baseline && baselineValue !== null ? { year: input.baseline.year, value: baselineValue } : null;
  const data = {
    planId: plan.id,
    indicatorId: ctx.indicatorIds.get(indicator.code)!,
    regionAdcode: region.adcode,
    year: input.year,
    value: isRateKind(input.kind)
      ? impliedValue(input.kind, baseline, input.rate, input.year)
      : String(inUnit(input.value!.value, input.unit, indicator.unit, "value")),
    type: input.type,
    kind: input.kind,
    rate: isRateKind(input.kind) ? (input.rate ?? null) : null,
    tolerancePct: input.tolerancePct ?? null,
    baselineYear: input.baseline?.year ?? null,
    baselineValue: baselineValue === null ? null : String(baselineValue),
    clause: input.clause,
  };
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.target.create({ data });
      await recordTargetVersion(tx, row, user.userId);
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
      const k = mergeKind(before, patch, (v, path) => inUnit(v, unit, before.indicator.unit, path));
      const row = await tx.target.update({
        where: { id },
        data: {
          year: patch.year,
          value: k.value,
          type: patch.type,
          kind: k.kind,
          rate: k.rate,
          tolerancePct: patch.tolerancePct,
          ...(patch.baseline !== undefined
            ? { baselineYear: k.baseline.year, baselineValue: k.baseline.value === null ? null : String(k.baseline.value) }
            : {}),
          clause: patch.clause,
        },
      });
      // a change of figures is a new version; the previous one stays in TargetVersion
      const versioned = await recordTargetVersion(tx, row, user.userId);
      await writeAudit(user.userId, { action: "target.update", entityType: "target", entityId: String(id), before: view(before), after: view(versioned) }, tx);
      return view(versioned);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", DUPLICATE);
    throw e;
  }
}

/**
 * The kind-related columns after a patch: the patch over the stored row, checked as a
 * whole (targetKindIssues). Switching to level or cumulative drops a stored rate unless
 * the patch sends one; a growth_rate / reduction target's value is recomputed whenever
 * its kind, rate, year or baseline may have changed.
 */
function mergeKind(before: Target, patch: TargetPatch, convert: (value: number, path: string) => number) {
  const kind: TargetKindName = patch.kind ?? before.kind;
  const rate = patch.rate !== undefined ? patch.rate : isRateKind(kind) ? toNumberOrNull(before.rate) : null;
  const year = patch.year ?? before.year;
  const baseline =
    patch.baseline !== undefined
      ? { year: patch.baseline?.year ?? null, value: patch.baseline?.value ? convert(patch.baseline.value.value, "baseline.value") : null }
      : { year: before.baselineYear, value: toNumberOrNull(before.baselineValue) };
  const baselineForCheck = baseline.year === null ? null : baseline;
  checkKind({ kind, rate, baseline: baselineForCheck, value: isRateKind(kind) ? patch.value : (patch.value ?? before.value) });
  const complete = baseline.year !== null && baseline.value !== null ? { year: baseline.year, value: baseline.value } : null;
  const value = isRateKind(kind) ? impliedValue(kind, complete, rate, year) : patch.value ? String(convert(patch.value.value, "value")) : undefined;
  return { kind: patch.kind, rate: patch.rate !== undefined || patch.kind !== undefined ? rate : undefined, value, baseline };
}
