import "server-only";
import { prisma } from "@/lib/db";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { parseUnit } from "@/lib/units/unit-registry";
import { writeAudit } from "@/lib/data/audit";
import { indicatorView } from "@/lib/data/indicators";
import { isUniqueViolation } from "@/lib/data/db-errors";
import type { IndicatorCreate, IndicatorPatch } from "@/lib/validation/catalogue";

const view = indicatorView;

/** A known spelling is stored as its canonical symbol (km2 → km²), so conversion always finds it. */
const canonicalUnit = (unit: string) => parseUnit(unit)?.symbol ?? unit.trim();

export async function createIndicator(actor: Actor, input: IndicatorCreate) {
  authorize(actor, "indicator.write");
  const user = requireUser(actor);
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.indicator.create({
        data: {
          ...input,
          unit: canonicalUnit(input.unit),
          definitionZh: input.definitionZh ?? "",
          definitionEn: input.definitionEn ?? "",
          attribute: input.attribute ?? null,
        },
      });
      await writeAudit(user.userId, { action: "indicator.create", entityType: "indicator", entityId: row.code, after: view(row) }, tx);
      return view(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", msg(`指标代码“${input.code}”已存在`, `The indicator code "${input.code}" already exists`));
    throw e;
  }
}

/**
 * Changes names, definitions, attribute or unit. Stored values and targets are in the
 * indicator's unit, so the unit can only change while the indicator has neither.
 */
export async function updateIndicator(actor: Actor, code: string, patch: IndicatorPatch) {
  authorize(actor, "indicator.write");
  const user = requireUser(actor);
  return prisma.$transaction(async (tx) => {
    const before = await tx.indicator.findUnique({ where: { code }, include: { _count: { select: { observations: true, targets: true } } } });
    if (!before) throw new AppError("NOT_FOUND", msg(`没有代码为“${code}”的指标`, `No indicator with code "${code}"`));
    const unit = patch.unit === undefined ? undefined : canonicalUnit(patch.unit);
    if (unit !== undefined && unit !== before.unit && before._count.observations + before._count.targets > 0) {
      throw new AppError(
        "CONFLICT",
        msg(
          `指标已有 ${before._count.observations} 条观测和 ${before._count.targets} 个目标，均以“${before.unit}”计，不能更改单位`,
          `The indicator has ${before._count.observations} observations and ${before._count.targets} targets stored in "${before.unit}"; its unit cannot change`,
        ),
      );
    }
    const row = await tx.indicator.update({ where: { code }, data: { ...patch, unit } });
    await writeAudit(user.userId, { action: "indicator.update", entityType: "indicator", entityId: code, before: view(before), after: view(row) }, tx);
    return view(row);
  });
}
