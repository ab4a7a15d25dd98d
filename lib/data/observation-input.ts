import "server-only";
import { loadImportContext } from "@/lib/data/import-context";
import type { ObservationWrite } from "@/lib/data/observation-writes";
import type { IndicatorRef } from "@/lib/import/types";
import { msg } from "@/lib/i18n/message";
import { convertValue } from "@/lib/units/convert";
import { fieldError } from "@/lib/validation/parse";
import type { ObservationInput } from "@/lib/validation/observation";

export interface ResolvedObservation {
  write: ObservationWrite;
  indicator: IndicatorRef & { id: number };
  /** in the indicator's unit */
  value: number;
}

/**
 * Turns a parsed entry into a write, the way an import row is: the region text resolved
 * (code, name, short name, historic alias, cluster), the indicator found by code or
 * name, the value converted into the indicator's unit. Problems are field errors (422).
 */
export async function resolveObservationInput(input: ObservationInput): Promise<ResolvedObservation> {
  const ctx = await loadImportContext();
  const region = ctx.resolveRegion(input.region);
  if (!region.ok) throw fieldError("region", region.error);
  const indicator = ctx.findIndicator(input.indicator);
  if (!indicator) {
    throw fieldError("indicator", msg(`无法识别的指标“${input.indicator}”；可用代码：${(ctx.indicatorCodes ?? []).join("、")}`, `unrecognised indicator "${input.indicator}"; codes: ${(ctx.indicatorCodes ?? []).join(", ")}`));
  }
  const converted = convertValue(input.value.value, input.unit, indicator.unit);
  if (!converted.ok) throw fieldError("unit", converted.error);
  return {
    indicator: { ...indicator, id: ctx.indicatorIds.get(indicator.code)! },
    value: converted.value,
    write: {
      indicatorId: ctx.indicatorIds.get(indicator.code)!,
      regionAdcode: region.adcode,
      year: input.year,
      value: String(converted.value),
      valueAsEntered: input.value.asEntered,
      unitAsEntered: input.unit || null,
      source: input.source,
      note: input.note || null,
      flags: input.flags,
    },
  };
}
