import "server-only";
import { prisma } from "@/lib/db";
import type { IndicatorRef, RowContext } from "@/lib/import/types";
import { defaultYearRange } from "@/lib/import/year-range";
import { createRegionResolver } from "@/lib/regions/resolver";

export type ImportContext = RowContext & {
  indicatorIds: Map<string, number>;
  /** Every region name and alias (zh), to find the region a yearbook title names. */
  regionNames: string[];
};

/** What an import needs to validate rows, read once per file: regions with aliases and indicators. */
export async function loadImportContext(now = new Date()): Promise<ImportContext> {
  const [regions, indicators] = await Promise.all([
    prisma.region.findMany({ select: { adcode: true, nameZh: true, nameEn: true, aliases: { select: { alias: true } } } }),
    prisma.indicator.findMany({ select: { id: true, code: true, unit: true, nameZh: true, nameEn: true, allowNegative: true } }),
  ]);
  const resolve = createRegionResolver(regions.map((r) => ({ adcode: r.adcode, nameZh: r.nameZh, nameEn: r.nameEn, aliases: r.aliases.map((a) => a.alias) })));
  const byKey = new Map<string, IndicatorRef>();
  for (const i of indicators) {
    const ref = { code: i.code, unit: i.unit, nameZh: i.nameZh, nameEn: i.nameEn, allowNegative: i.allowNegative };
    for (const key of [i.code, i.nameZh, i.nameEn.toLowerCase()]) byKey.set(key, ref);
  }
  return {
    resolveRegion: (text) => {
      const r = resolve(text);
      return r.ok ? { ok: true, adcode: r.adcode } : { ok: false, error: r.error };
    },
    findIndicator: (text) => byKey.get(text) ?? byKey.get(text.toLowerCase()) ?? null,
    ...defaultYearRange(now),
    indicatorCodes: indicators.map((i) => i.code),
    indicatorIds: new Map(indicators.map((i) => [i.code, i.id])),
    regionNames: regions.flatMap((r) => [r.nameZh, ...r.aliases.map((a) => a.alias)]),
  };
}
