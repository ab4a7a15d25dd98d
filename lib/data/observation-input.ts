import "server-only";
import { AppError } from "@/lib/errors";
import { loadImportContext } from "@/lib/data/import-context";
import type { ObservationWrite } from "@/lib/data/observation-writes";
import type { IndicatorRef } from "@/lib/import/types";
import { validateRow } from "@/lib/import/validate-row";
import { INVALID_INPUT } from "@/lib/validation/parse";
import type { ObservationInput } from "@/lib/validation/observation";

export interface ResolvedObservation {
  write: ObservationWrite;
  indicator: IndicatorRef & { id: number };
  /** in the indicator's unit */
  value: number;
}

/**
 * Turns a parsed entry into a write through the one validation path of file rows
 * (validateRow, with the same context an import loads): the region text resolved (code,
 * name, short name, historic alias, cluster), the indicator found by code or name, the
 * value converted into the indicator's unit and checked to fit the column, negative
 * counts and control characters refused, the year read by the same parser ("2020年").
 * Problems are field errors (422), one issue per cell, named by the form's field names
 * (the same as the file's column keys).
 */
export async function resolveObservationInput(input: ObservationInput): Promise<ResolvedObservation> {
  const ctx = await loadImportContext();
  const v = validateRow(
    {
      region: input.region,
      indicator: input.indicator,
      year: String(input.year),
      value: input.value.asEntered,
      unit: input.unit,
      source: input.source,
      note: input.note,
      flags: input.flags.join(";"),
    },
    1,
    ctx,
  );
  if (!v.ok) {
    const issues = v.errors.map((e) => ({ path: e.column, message: e.detail }));
    throw new AppError("VALIDATION", issues.length === 1 ? issues[0]!.message : INVALID_INPUT, { issues });
  }
  const r = v.row;
  const indicator = ctx.findIndicator(r.indicatorCode)!;
  const indicatorId = ctx.indicatorIds.get(r.indicatorCode)!;
  return {
    indicator: { ...indicator, id: indicatorId },
    value: r.value,
    write: {
      indicatorId,
      regionAdcode: r.adcode,
      year: r.year,
      value: String(r.value),
      valueAsEntered: r.valueAsEntered,
      unitAsEntered: r.unitAsEntered || null,
      source: r.source,
      note: r.note || null,
      flags: r.flags,
    },
  };
}
