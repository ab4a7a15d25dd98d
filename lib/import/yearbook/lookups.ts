// The lookups layout detection needs (table-plan.ts), built from what validation uses:
// a header or stub cell is a region when the region resolver accepts it, an indicator
// when it is a known code or name, and a title names the longest region name in it.

import type { RowContext } from "../types";
import type { PlanLookups } from "./table-plan";

export function planLookups(ctx: RowContext, regionNames: readonly string[]): PlanLookups {
  const names = [...new Set(regionNames.map((n) => n.normalize("NFKC").trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  return {
    isRegion: (text) => text.trim() !== "" && ctx.resolveRegion(text).ok,
    isIndicator: (text) => text.trim() !== "" && ctx.findIndicator(text.normalize("NFKC").trim()) !== null,
    regionInText: (text) => {
      const t = text.normalize("NFKC");
      return names.find((n) => t.includes(n)) ?? null;
    },
  };
}
