import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createReport } from "@/app/api/v1/reports/route";
import { GET as getReport, PATCH as patchReport } from "@/app/api/v1/reports/[id]/route";
import { GET as exportReport } from "@/app/api/v1/reports/[id]/export/route";
import { importObservationsCsv } from "@/lib/data/import-observations";
import { prisma } from "@/lib/db";
import { limits } from "@/lib/limits";
import { renderQueue } from "@/lib/pdf/browser";
import { POST as createShare } from "@/app/api/v1/reports/[id]/shares/route";
import { GET as shareExport } from "@/app/share/[token]/export/route";
import { seedAll } from "@/prisma/seed";
import { call, callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

type P = { id: string };
let analyst: Awaited<ReturnType<typeof createUser>>;
let viewer = "";

// everything in the sample: every indicator and region, all years
const everything = { plan: "chengyu-2016", indicators: [], regions: [], years: { from: 2000, to: 2030 } };
const exportAs = (token: string, id: number, format: string) => call<P>(exportReport, `/api/v1/reports/${id}/export?format=${format}`, { token, params: { id: String(id) } });
const newReport = async (body: Record<string, unknown>) => (await callJson(createReport, "/api/v1/reports", { token: analyst.token, body })).body.report;

describe("report exports", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    analyst = await createUser("analyst");
    viewer = (await createUser("viewer")).token;
  });

  it("exports one CSV row per figure with the import's columns, status and as-of", async () => {
    const report = await newReport({ title: "全部数据", selection: everything, visibility: "team" });
    const res = await exportAs(viewer, report.id, "csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="report-\d+-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/);
    const rows = parse(await res.text(), { columns: true, bom: true }) as Record<string, string>[];
    const observations = await prisma.observation.count();
    expect(rows).toHaveLength(observations);
    expect(Object.keys(rows[0]!)).toEqual(["region", "indicator", "year", "value", "unit", "source", "note", "flags", "status", "as_of", "completion"]);
    expect(rows.find((r) => r.region === "510500" && r.year === "2018")).toMatchObject({
      indicator: "urban_population",
      value: "161.97",
      unit: "万人",
      flags: "definition_differs",
      status: expect.stringMatching(/^[a-z_]+$/),
    });
    expect(rows.find((r) => r.region === "CHENGYU" && r.indicator === "gdp" && r.year === "2017")).toMatchObject({ value: "50900", unit: "亿元", status: "" });
    expect(new Set(rows.map((r) => r.as_of)).size).toBe(1);
  });

  it("round-trips: importing the exported CSV changes nothing (0 created, 0 updated, all unchanged)", async () => {
    const report = await newReport({ title: "round trip", selection: everything });
    const csv = await (await exportAs(analyst.token, report.id, "csv")).text();
    const versionsBefore = await prisma.observation.count();
    const result = await importObservationsCsv(Readable.from([csv]), { actorId: analyst.user.id, fileName: "export.csv" });
    expect(result.fileErrors).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.created).toBe(0);
    expect(result.updated).toBe(0);
    expect(result.unchanged).toBe(result.rows);
    expect(result.rows).toBe(versionsBefore);
    expect(await prisma.observation.count()).toBe(versionsBefore);
  });

  it("neutralizes formula-like text in the CSV (apostrophe) and still round-trips it exactly", async () => {
    const hyperlink = '=HYPERLINK("http://evil.example/?x=1","点我")';
    const hostile = `region,indicator,year,value,unit,source,note\n泸州市,urban_population,2001,170.5,万人,"${hyperlink.replace(/"/g, '""')}",-统计局\n泸州市,urban_population,2002,171,万人,@SUM(A1),+86 28\n泸州市,urban_population,2003,172,万人,'=already quoted,'-x\n`;
    const first = await importObservationsCsv(Readable.from([hostile]), { actorId: analyst.user.id, fileName: "hostile.csv" });
    expect(first.errors).toEqual([]);
    expect(first.created).toBe(3);
    const stored = await prisma.observation.findMany({ where: { year: { gte: 2001, lte: 2003 } }, orderBy: { year: "asc" }, select: { source: true, note: true } });
    // a hand-written apostrophe before a trigger is the escape itself (as in Excel): it is removed on import
    expect(stored).toEqual([
      { source: hyperlink, note: "-统计局" },
      { source: "@SUM(A1)", note: "+86 28" },
      { source: "=already quoted", note: "-x" },
    ]);

    const report = await newReport({ title: "hostile", selection: { ...everything, indicators: ["urban_population"], regions: ["510500"], years: { from: 2001, to: 2003 } } });
    const csv = await (await exportAs(analyst.token, report.id, "csv")).text();
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.source, r.note])).toEqual([
      [`'${hyperlink}`, "'-统计局"],
      ["'@SUM(A1)", "'+86 28"],
      ["'=already quoted", "'-x"],
    ]);
    // no cell of the file begins with a formula trigger
    expect(rows.flatMap((r) => Object.entries(r)).filter(([k, v]) => k !== "value" && /^[=+\-@\t\r]/.test(v))).toEqual([]);

    const again = await importObservationsCsv(Readable.from([csv]), { actorId: analyst.user.id, fileName: "export.csv" });
    expect(again.errors).toEqual([]);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });

    const xlsx = await exportAs(analyst.token, report.id, "xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const cell = wb.getWorksheet("figures")!.getRow(2).getCell(6);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(hyperlink);
  });

  it("exports the same rows as XLSX, values as numbers, with statuses and an about sheet", async () => {
    const report = await newReport({ title: "xlsx", selection: { ...everything, indicators: ["urban_population"] } });
    const res = await exportAs(analyst.token, report.id, "xlsx");
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["figures", "statuses", "about"]);
    const sheet = wb.getWorksheet("figures")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "region", "indicator", "year", "value", "unit", "source", "note", "flags", "status", "as_of", "completion"]);
    const figures = await prisma.observation.count({ where: { indicator: { code: "urban_population" } } });
    expect(sheet.rowCount - 1).toBe(figures);
    const luzhou = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === "510500" && r.getCell(3).value === 2018)!;
    expect(luzhou.getCell(4).value).toBe(161.97);
    expect(wb.getWorksheet("statuses")!.rowCount - 1).toBe(7);
  });

  it("a pinned report keeps its figures after a revision and lists what changed, with both values", async () => {
    const report = await newReport({ title: "pinned", selection: { ...everything, indicators: ["urban_population"], regions: ["510500"] } });
    const pinnedAt = new Date();
    const pinned = await callJson<any, P>(patchReport, `/api/v1/reports/${report.id}`, { token: analyst.token, method: "PATCH", body: { version: 1, pinnedAt: pinnedAt.toISOString() }, params: { id: String(report.id) } });
    expect(pinned.status).toBe(200);
    // a revision after the pin
    const revision = "region,indicator,year,value,unit,source\n泸州市,urban_population,2018,170.5,万人,泸州统计年鉴2019\n";
    const imported = await importObservationsCsv(Readable.from([revision]), { actorId: analyst.user.id, fileName: "revision.csv", confirmWarnings: true /* +53% from 2014 */ });
    expect(imported.updated).toBe(1);

    const res = await callJson<any, P>(getReport, `/api/v1/reports/${report.id}`, { token: analyst.token, params: { id: String(report.id) } });
    expect(res.body.data.asOf).toBe(pinnedAt.toISOString());
    expect(res.body.data.figures.find((f: any) => f.year === 2018).value).toBe(161.97);
    expect(res.body.changes.figures).toEqual([
      expect.objectContaining({
        region: "510500",
        year: 2018,
        kind: "changed",
        // the revision carries no flags: that is a change too
        fields: ["value", "source", "flags"],
        before: expect.objectContaining({ value: "161.97" }),
        after: expect.objectContaining({ value: "170.5", source: "泸州统计年鉴2019" }),
      }),
    ]);
    const csv = parse(await (await exportAs(analyst.token, report.id, "csv")).text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(csv.find((r) => r.year === "2018")!.value).toBe("161.97");
    expect(csv[0]!.as_of).toBe(pinnedAt.toISOString());
  });

  it("a full render queue answers PDF and PNG exports (also through a share link) 503 with Retry-After, at once", async () => {
    const report = await newReport({ title: "busy", selection: everything, visibility: "team" });
    const share = await callJson<any, P>(createShare, `/api/v1/reports/${report.id}/shares`, { token: analyst.token, body: {}, params: { id: String(report.id) } });
    const { RENDER_CONCURRENCY, RENDER_QUEUE_SIZE } = limits();
    expect([RENDER_CONCURRENCY, RENDER_QUEUE_SIZE]).toEqual([2, 4]);
    let open!: () => void;
    const busy = new Promise<void>((resolve) => (open = resolve));
    const blockers = Array.from({ length: RENDER_CONCURRENCY + RENDER_QUEUE_SIZE }, () => renderQueue().run(() => busy));
    expect(renderQueue().stats()).toEqual({ active: 2, waiting: 4 });
    try {
      const started = Date.now();
      const responses = [
        await exportAs(viewer, report.id, "pdf"),
        await exportAs(viewer, report.id, "png"),
        await call<{ token: string }>(shareExport, `/share/${share.body.token}/export?format=pdf`, { params: { token: share.body.token } }),
      ];
      expect(Date.now() - started).toBeLessThan(5_000);
      for (const res of responses) {
        expect(res.status).toBe(503);
        expect(Number(res.headers.get("retry-after"))).toBe(10);
        expect((await res.json()).error).toMatchObject({ code: "UNAVAILABLE", message: { zh: expect.stringContaining("队列已满"), en: expect.stringContaining("queue is full") } });
      }
      // CSV and XLSX do not use the queue
      expect((await exportAs(viewer, report.id, "csv")).status).toBe(200);
    } finally {
      open();
      await Promise.all(blockers);
    }
    expect(renderQueue().stats()).toEqual({ active: 0, waiting: 0 });
  });

  it("refuses an unknown export format with 422", async () => {
    const report = await newReport({ title: "fmt", selection: everything });
    expect((await exportAs(analyst.token, report.id, "docx")).status).toBe(422);
  });
});
