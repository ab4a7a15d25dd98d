import { describe, expect, it } from "vitest";
import { MergeFiller, parseMergeRef, type MergeRange } from "@/lib/import/yearbook/merges";
import { planTable, type GridRow, type PlanLookups } from "@/lib/import/yearbook/table-plan";
import { tableRowRecords } from "@/lib/import/yearbook/table-rows";
import { FIXTURES, INDICATORS, REGIONS } from "../fixtures/yearbook-tables";

const short = (n: string) => n.replace(/市$/, "");
const look: PlanLookups = {
  isRegion: (t) => REGIONS.some((r) => r === t.trim() || short(r) === t.trim()),
  isIndicator: (t) => INDICATORS.includes(t.normalize("NFKC").trim()),
  regionInText: (t) => [...REGIONS].sort((a, b) => b.length - a.length).find((r) => t.includes(r)) ?? null,
};

function grid(rows: (string[] | null)[], merges: string[] = []): GridRow[] {
  const filler = new MergeFiller(merges.map(parseMergeRef).filter((m): m is MergeRange => m !== null));
  return rows.flatMap((cells, i) => (cells === null ? [] : [{ number: i + 1, cells: filler.fill(i + 1, cells) }]));
}

describe("yearbook tables: layout, header row, figures", () => {
  it("has at least 15 fixture tables", () => expect(FIXTURES.length).toBeGreaterThanOrEqual(15));

  it.each(FIXTURES.map((f) => [f.name, f] as const))("%s", (_name, f) => {
    const rows = grid(f.rows, f.merges);
    const planned = planTable(rows, f.opts ?? {}, look, f.footSource ?? null);
    if ("error" in f.expect) {
      expect(planned.ok).toBe(false);
      if (!planned.ok) expect(planned.errors.map((e) => e.zh).join(" ")).toMatch(f.expect.error);
      if (!planned.ok) expect(planned.errors.every((e) => e.en.length > 0)).toBe(true);
      return;
    }
    if (!planned.ok) throw new Error(planned.errors.map((e) => e.zh).join("\n"));
    const { plan } = planned;
    expect({ layout: plan.layout, headerRow: plan.headerRow }).toEqual({ layout: f.expect.layout, headerRow: f.expect.headerRow });
    const records: unknown[] = [];
    const skipped: unknown[] = [];
    for (const row of rows.filter((r) => r.number > plan.headerRow)) {
      const out = tableRowRecords(plan, row);
      if ("skipped" in out) skipped.push([out.skipped.row, out.skipped.reason]);
      else
        for (const r of out.records) {
          records.push([r.cells.value, r.raw.region, r.raw.indicator, r.raw.year, r.raw.value, r.raw.unit, ...(r.raw.flags ? [r.raw.flags] : [])]);
          if (f.expect.source) expect(r.raw.source).toBe(f.expect.source);
        }
    }
    expect(records).toEqual(f.expect.records);
    expect(skipped).toEqual(f.expect.skipped);
  });
});
