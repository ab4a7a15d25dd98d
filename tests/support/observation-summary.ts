// An ObservationSummary (what pages and cards read) for unit tests: one figure of one
// region, the rest of its fields fixed.
import type { ObservationSummary } from "@/lib/data/observations";

export const observationSummary = (
  region: [adcode: string, nameZh: string, nameEn: string],
  indicator: string,
  year: number,
  value: number,
  unit: string,
): ObservationSummary => ({
  id: 1,
  indicator,
  region: { adcode: region[0], nameZh: region[1], nameEn: region[2] },
  year,
  value,
  unit,
  valueAsEntered: null,
  unitAsEntered: null,
  source: "s",
  note: null,
  flags: [],
  version: 1,
  createdAt: "2020-01-01T00:00:00.000Z",
  createdBy: null,
});
