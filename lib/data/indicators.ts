import "server-only";
import { prisma } from "@/lib/db";

export async function listIndicators() {
  const rows = await prisma.indicator.findMany({ orderBy: { id: "asc" } });
  return rows.map((i) => ({
    code: i.code,
    nameZh: i.nameZh,
    nameEn: i.nameEn,
    unit: i.unit,
    definitionZh: i.definitionZh,
    definitionEn: i.definitionEn,
    attribute: i.attribute,
  }));
}

export type IndicatorSummary = Awaited<ReturnType<typeof listIndicators>>[number];
