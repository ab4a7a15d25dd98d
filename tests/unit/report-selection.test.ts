import { describe, expect, it } from "vitest";
import { exportQuerySchema, reportCreateSchema, reportSelectionSchema, reportUpdateSchema, shareCreateSchema } from "@/lib/validation/report";

const base = { plan: "chengyu-2016", indicators: ["urban_population"], regions: ["510500"], years: { from: 2014, to: 2020 } };

describe("report selection schema", () => {
  it("fills defaults: lens schedule, series charts with trajectory and projection, no early warnings", () => {
    expect(reportSelectionSchema.parse(base)).toEqual({
      ...base,
      lens: "schedule",
      charts: { kind: "series", showTrajectory: true, showProjection: true },
      warnings: false,
    });
  });

  it("allows empty lists (= all indicators / regions) and drops duplicates", () => {
    const s = reportSelectionSchema.parse({ ...base, indicators: [], regions: ["510500", "510500", "510700"] });
    expect(s.indicators).toEqual([]);
    expect(s.regions).toEqual(["510500", "510700"]);
  });

  it.each(["schedule", "unsd", "statcan", "escap", "linear"])("accepts lens %s", (lens) => {
    expect(reportSelectionSchema.parse({ ...base, lens }).lens).toBe(lens);
  });

  it.each([
    ["an unknown lens", { ...base, lens: "vibes" }, "lens"],
    ["years in reverse", { ...base, years: { from: 2020, to: 2014 } }, "years.to"],
    ["a fractional year", { ...base, years: { from: 2014.5, to: 2020 } }, "years.from"],
    ["a missing plan", { ...base, plan: "" }, "plan"],
    ["an unknown chart kind", { ...base, charts: { kind: "pie" } }, "charts.kind"],
    ["an over-long adcode", { ...base, regions: ["x".repeat(17)] }, "regions.0"],
  ])("rejects %s", (_label, input, path) => {
    const r = reportSelectionSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });
});

describe("report create / update / share / export inputs", () => {
  it("parses a pinned moment and defaults to private, live, no annotations", () => {
    const live = reportCreateSchema.parse({ title: " 年度监测报告 ", selection: base });
    expect(live).toMatchObject({ title: "年度监测报告", pinnedAt: null, visibility: "private", annotations: [], commentary: "" });
    const pinned = reportCreateSchema.parse({ title: "t", selection: base, pinnedAt: "2025-03-01T10:00:00+08:00" });
    expect(pinned.pinnedAt?.toISOString()).toBe("2025-03-01T02:00:00.000Z");
  });

  it("requires the version an edit started from", () => {
    expect(reportUpdateSchema.safeParse({ title: "x" }).success).toBe(false);
    expect(reportUpdateSchema.parse({ version: 3, pinnedAt: null })).toEqual({ version: 3, pinnedAt: null });
  });

  it("distinguishes an omitted expiry (default) from null (never)", () => {
    expect(shareCreateSchema.parse({})).toEqual({ allowExport: true });
    expect(shareCreateSchema.parse({ expiresAt: null, allowExport: false })).toEqual({ expiresAt: null, allowExport: false });
  });

  it.each([
    [{ format: "pdf" }, true],
    [{ format: "png", chart: "urban_population:510500" }, true],
    [{ format: "docx" }, true],
    [{ format: "odt" }, false],
    [{ format: "png", chart: "../../etc" }, false],
  ])("export query %j → %s", (q, ok) => {
    expect(exportQuerySchema.safeParse(q).success).toBe(ok);
  });
});
