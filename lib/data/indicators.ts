import "server-only";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/permissions";
import { prisma } from "@/lib/db";
import type { Indicator } from "@/lib/generated/prisma/client";

/** An indicator as reads, writes and plan documents show it. */
export const indicatorView = (i: Indicator) => ({
  code: i.code,
  nameZh: i.nameZh,
  nameEn: i.nameEn,
  unit: i.unit,
  definitionZh: i.definitionZh,
  definitionEn: i.definitionEn,
  attribute: i.attribute,
});

export async function listIndicators(actor: Actor) {
  authorize(actor, "plan.read");
  const rows = await prisma.indicator.findMany({ orderBy: { id: "asc" } });
  return rows.map(indicatorView);
}

export type IndicatorSummary = Awaited<ReturnType<typeof listIndicators>>[number];
