import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createReport } from "@/app/api/v1/reports/route";
import { GET as getReport, PATCH as patchReport } from "@/app/api/v1/reports/[id]/route";
import { GET as exportReport } from "@/app/api/v1/reports/[id]/export/route";
import { importObservationsCsv } from "@/lib/data/import-observations";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { call, callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

type P = { id: string };
let analyst: Awaited<ReturnType<typeof createUser>>;
let viewer = "";

// everything in the sample: every indicator and region, all years
const everything = { plan: "chengyu-2016", indicators: [], regions: [], years: { from: 2000, to: 2030 } };
const exportAs = (token: string, id: number, format: string, locale: "zh" | "en" = "zh") =>
  call<P>(exportReport, `/api/v1/reports/${id}/export?format=${format}`, { token, params: { id: String(id) }, headers: { cookie: `pm_locale=${locale}` } });
const newReport = async (body: Record<string, unknown>) => (await callJson(createReport, "/api/v1/reports", { token: analyst.token, body })).body.report;

describe("report exports", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    analyst = await createUser("analyst");
    viewer = (await createUser("viewer")).token;
  });

  it("exports one CSV row per figure: codes and names, headers in the reader's language, China time", async () => {
    const report = await newReport({ title: "全部数据", selection: everything, visibility: "team" });
    const res = await exportAs(viewer, report.id, "csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="report-\d+-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/);
    const rows = parse(await res.text(), { columns: true, bom: true }) as Record<string, string>[];
    const observations = await prisma.observation.count();
    expect(rows).toHaveLength(observations);
    expect(Object.keys(rows[0]!)).toEqual([
      "地区",
      "地区名称",
      "指标",
      "指标名称",
      "年份",
      "数值",
      "单位",
      "原文数值",
      "原文单位",
      "来源",
      "备注",
      "标记",
      "标记说明",
      "发布时间（北京时间）",
      "目标状态（依据此数）",
      "完成度",
      "数据截至（北京时间）",
    ]);
    expect(rows.find((r) => r["地区"] === "510500" && r["年份"] === "2018")).toMatchObject({
      地区名称: "泸州市",
      指标: "urban_population",
      指标名称: "中心城区城市人口",
      数值: "161.97",
      单位: "万人",
      标记: "definition_differs",
      标记说明: "口径不一致",
    });
    expect(rows.find((r) => r["地区"] === "CHENGYU" && r["指标"] === "gdp" && r["年份"] === "2017")).toMatchObject({ 数值: "50900", 单位: "亿元" });
    // the plan's own 2014 figures keep the value and unit the plan printed, and every row
    // its publication time in China time
    const asPublished = await prisma.observation.findFirstOrThrow({ where: { valueAsEntered: { not: null } }, include: { indicator: true } });
    const published = new Date(asPublished.publishedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
    expect(
      rows.find((r) => r["地区"] === asPublished.regionAdcode && r["指标"] === asPublished.indicator.code && r["年份"] === String(asPublished.year)),
    ).toMatchObject({
      原文数值: asPublished.valueAsEntered,
      原文单位: asPublished.unitAsEntered ?? "",
      "发布时间（北京时间）": `${published} +08:00`,
    });
    for (const r of rows) expect(r["发布时间（北京时间）"]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+08:00$/);
    const asOf = new Set(rows.map((r) => r["数据截至（北京时间）"]));
    expect(asOf.size).toBe(1);
    expect([...asOf][0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+08:00$/);
    // a target's status stands once, on the figure it rests on, not on every year (the
    // sample has one target per indicator × region)
    const withStatus = rows.filter((r) => r["目标状态（依据此数）"] !== "");
    expect(withStatus.length).toBeGreaterThan(0);
    const pairs = withStatus.map((r) => `${r["指标"]}|${r["地区"]}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const r of withStatus) expect(r["完成度"]).toMatch(/^(\d+(\.\d)?%|—)$/);

    const en = parse(await (await exportAs(viewer, report.id, "csv", "en")).text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(en[0]!)).toEqual([
      "region",
      "region name",
      "indicator",
      "indicator name",
      "year",
      "value",
      "unit",
      "value as published",
      "unit as published",
      "source",
      "note",
      "flags",
      "flag labels",
      "published (China time)",
      "target status (rests on this figure)",
      "completion",
      "as of (China time)",
    ]);
    expect(en.find((r) => r.region === "510500" && r.year === "2018")).toMatchObject({ "region name": "Luzhou", "flag labels": "Definition differs" });
  });

  it("round-trips: importing the exported CSV changes nothing (0 created, 0 updated, all unchanged)", async () => {
    const report = await newReport({ title: "round trip", selection: everything });
    const csv = await (await exportAs(analyst.token, report.id, "csv")).text();
    const versionsBefore = await prisma.observation.count();
    const result = await importObservationsCsv(Readable.from([csv]), { actorId: analyst.user.id, fileName: "export.csv", confirmWarnings: true });
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
    const first = await importObservationsCsv(Readable.from([hostile]), { actorId: analyst.user.id, fileName: "hostile.csv", confirmWarnings: true });
    expect(first.errors).toEqual([]);
    expect(first.created).toBe(3);
    const stored = await prisma.observation.findMany({
      where: { year: { gte: 2001, lte: 2003 } },
      orderBy: { year: "asc" },
      select: { source: true, note: true },
    });
    // a hand-written apostrophe before a trigger is the escape itself (as in Excel): it is removed on import
    expect(stored).toEqual([
      { source: hyperlink, note: "-统计局" },
      { source: "@SUM(A1)", note: "+86 28" },
      { source: "=already quoted", note: "-x" },
    ]);

    const report = await newReport({
      title: "hostile",
      selection: { ...everything, indicators: ["urban_population"], regions: ["510500"], years: { from: 2001, to: 2003 } },
    });
    const csv = await (await exportAs(analyst.token, report.id, "csv")).text();
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => [r["来源"], r["备注"]])).toEqual([
      [`'${hyperlink}`, "'-统计局"],
      ["'@SUM(A1)", "'+86 28"],
      ["'=already quoted", "'-x"],
    ]);
    // no cell of the file begins with a formula trigger
    expect(rows.flatMap((r) => Object.entries(r)).filter(([k, v]) => k !== "数值" && /^[=+\-@\t\r]/.test(v))).toEqual([]);

    const again = await importObservationsCsv(Readable.from([csv]), { actorId: analyst.user.id, fileName: "export.csv", confirmWarnings: true });
    expect(again.errors).toEqual([]);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });

    const xlsx = await exportAs(analyst.token, report.id, "xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const cell = wb.getWorksheet("数据")!.getRow(2).getCell(10); // the source column
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(hyperlink);
  });

  it("exports XLSX for analysts: localized sheets, one status row per target as percentages, commentary and annotations, about", async () => {
    const report = await newReport({
      title: "xlsx",
      commentary: "## 要点\n泸州人口增长较快。",
      selection: { ...everything, indicators: ["urban_population"] },
      annotations: [{ indicatorCode: "urban_population", regionAdcode: "510500", year: 2018, body: "2018年为城区人口+暂住人口口径" }],
    });
    const load = async (locale: "zh" | "en") => {
      const res = await exportAs(analyst.token, report.id, "xlsx", locale);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      return wb;
    };
    const wb = await load("zh");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["数据", "目标状态", "评述与批注", "关于此文件"]);
    const sheet = wb.getWorksheet("数据")!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "地区",
      "地区名称",
      "指标",
      "指标名称",
      "年份",
      "数值",
      "单位",
      "原文数值",
      "原文单位",
      "来源",
      "备注",
      "标记",
      "标记说明",
      "发布时间（北京时间）",
      "目标状态（依据此数）",
      "完成度",
      "数据截至（北京时间）",
    ]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const figures = await prisma.observation.count({ where: { indicator: { code: "urban_population" } } });
    expect(sheet.rowCount - 1).toBe(figures);
    const luzhou = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === "510500" && r.getCell(5).value === 2018)!;
    expect(luzhou.getCell(2).value).toBe("泸州市");
    expect(luzhou.getCell(6).value).toBe(161.97);

    const statuses = wb.getWorksheet("目标状态")!;
    expect(statuses.rowCount - 1).toBe(7); // the seven regional centres' 2020 targets, once each
    const head = statuses.getRow(1).values as unknown[];
    const col = (name: string) => head.indexOf(name);
    const row = statuses.getRows(2, statuses.rowCount - 1)!.find((r) => r.getCell(col("地区代码")).value === "510500")!;
    expect(row.getCell(col("地区")).value).toBe("泸州市");
    expect(row.getCell(col("状态代码")).value).toMatch(/^[a-z_]+$/);
    expect(row.getCell(col("状态")).value).toMatch(/[\u4e00-\u9fff]/);
    // completion is a fraction shown as a percentage, rounded to 0.1 % (null: no baseline to measure from)
    expect(statuses.getColumn(col("完成度")).numFmt).toBe("0.0%");
    for (const r of statuses.getRows(2, statuses.rowCount - 1)!) {
      const v = r.getCell(col("完成度")).value;
      if (typeof v === "number") expect(Math.round(v * 1000)).toBeCloseTo(v * 1000, 9);
      else expect(v).toBeNull();
    }

    const commentary = wb.getWorksheet("评述与批注")!;
    const texts = commentary
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === "string") as string[];
    expect(texts).toContain("## 要点\n泸州人口增长较快。");
    expect(texts).toContain("2018年为城区人口+暂住人口口径");
    expect(texts).toContain("泸州市");

    const about = Object.fromEntries(
      wb
        .getWorksheet("关于此文件")!
        .getSheetValues()
        .filter(Boolean)
        .map((r) => [(r as unknown[])[1], (r as unknown[])[2]]),
    );
    expect(about["报告"]).toBe("xlsx");
    expect(about["数据截至（北京时间）"]).toMatch(/\+08:00/);
    expect(about["导出人"]).toBe(analyst.user.name);

    const en = await load("en");
    expect(en.worksheets.map((w) => w.name)).toEqual(["Figures", "Target status", "Commentary", "About this file"]);
    expect((en.getWorksheet("Target status")!.getRow(1).values as unknown[]).slice(1, 4)).toEqual(["region code", "region", "indicator code"]);
  });

  it("a pinned report keeps its figures after a revision and lists what changed, with both values", async () => {
    const report = await newReport({ title: "pinned", selection: { ...everything, indicators: ["urban_population"], regions: ["510500"] } });
    const pinnedAt = new Date();
    const pinned = await callJson<any, P>(patchReport, `/api/v1/reports/${report.id}`, {
      token: analyst.token,
      method: "PATCH",
      body: { version: 1, pinnedAt: pinnedAt.toISOString() },
      params: { id: String(report.id) },
    });
    expect(pinned.status).toBe(200);
    // a revision after the pin
    const revision = "region,indicator,year,value,unit,source\n泸州市,urban_population,2018,170.5,万人,泸州统计年鉴2019\n";
    const imported = await importObservationsCsv(Readable.from([revision]), { actorId: analyst.user.id, fileName: "revision.csv", confirmWarnings: true });
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
    expect(csv.find((r) => r["年份"] === "2018")!["数值"]).toBe("161.97");
    const beijing = new Date(pinnedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
    expect(csv[0]!["数据截至（北京时间）"]).toBe(`${beijing} +08:00`);
  });

  it("refuses an unknown export format with 422", async () => {
    const report = await newReport({ title: "fmt", selection: everything });
    expect((await exportAs(analyst.token, report.id, "odt")).status).toBe(422);
  });
});
