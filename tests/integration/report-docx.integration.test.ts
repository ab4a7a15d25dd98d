import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createReport } from "@/app/api/v1/reports/route";
import { GET as exportReport } from "@/app/api/v1/reports/[id]/export/route";
import { GET as roundReport } from "@/app/api/v1/rounds/[id]/report/route";
import { GET as progress } from "@/app/api/v1/progress/route";
import { GET as warningsApi } from "@/app/api/v1/warnings/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { call, callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { sofficeToPdf, unzipText, wordTables, wordText } from "../support/docx";
import { createUser } from "../support/factories";
import { countPixels, decodePng } from "../support/png";

type P = { id: string };
const PLAN = "成渝城市群发展规划";
// the sample plan's goal areas that have targets (every target is linked to the first; the
// construction-land targets also to the second; the third has none)
const AREAS = ["功能完备、布局合理的城镇体系建立健全", "保障有力的支撑体系和生态格局全面建立"];
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let analyst: Awaited<ReturnType<typeof createUser>>;
let viewer = "";
let roundId = 0;
let unitId = 0;
let targetIds: number[] = [];

const headings1 = (doc: string) => [...doc.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:p>/g)].map((m) => wordText(m[0]));
const getRound = (id: number, query: string, locale: "zh" | "en" = "zh") =>
  call<P>(roundReport, `/api/v1/rounds/${id}/report?${query}`, { token: viewer, params: { id: String(id) }, headers: { cookie: `pm_locale=${locale}` } });
const documentXml = async (res: Response) => (await unzipText(new Uint8Array(await res.arrayBuffer()))).get("word/document.xml")!;

/** Non-white pixels of page 1 of a PDF at 50 dpi. */
function firstPageInk(pdf: string): number {
  const prefix = path.join(path.dirname(pdf), "page");
  execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", pdf, prefix]);
  const png = fs.readdirSync(path.dirname(pdf)).find((f) => f.startsWith("page") && f.endsWith(".png"))!;
  return countPixels(decodePng(fs.readFileSync(path.join(path.dirname(pdf), png))), (r, g, b) => r < 200 || g < 200 || b < 200);
}

describe("the report in Word", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    analyst = await createUser("analyst");
    viewer = (await createUser("viewer")).token;
    const plan = await prisma.plan.findUniqueOrThrow({ where: { slug: "chengyu-2016" } });
    targetIds = (await prisma.target.findMany({ where: { planId: plan.id }, orderBy: { id: "asc" }, select: { id: true } })).map((t) => t.id);
    const lead = await prisma.unit.create({ data: { nameZh: "重庆市统计局", nameEn: "Chongqing Statistics Bureau" } });
    const support = await prisma.unit.create({ data: { nameZh: "市规划自然资源局", nameEn: "Planning and Natural Resources Bureau" } });
    unitId = lead.id;
    await prisma.targetUnit.createMany({
      data: [
        { targetId: targetIds[0]!, unitId: lead.id, role: "lead" },
        { targetId: targetIds[0]!, unitId: support.id, role: "support" },
        { targetId: targetIds[1]!, unitId: support.id, role: "lead" },
      ],
    });
    const round = await prisma.round.create({ data: { planId: plan.id, name: "2025年度监测", year: 2025, dueDate: new Date("2026-03-31") } });
    roundId = round.id;
    await prisma.roundTarget.createMany({ data: targetIds.map((targetId) => ({ roundId, targetId })) });
  });

  it("exports a saved report as .docx: plan, a table per goal area with its why sentences and units, commentary", async () => {
    const body = {
      title: "成渝监测简报",
      selection: { plan: "chengyu-2016", indicators: [], regions: [], years: { from: 2010, to: 2030 } },
      visibility: "team",
      commentary: "**总体**：城镇人口稳步增长。\n\n- 重庆主城区领先",
    };
    const report = (await callJson(createReport, "/api/v1/reports", { token: analyst.token, body })).body.report;
    const started = Date.now();
    const res = await call<P>(exportReport, `/api/v1/reports/${report.id}/export?format=docx`, {
      token: viewer,
      params: { id: String(report.id) },
      headers: { cookie: "pm_locale=zh" },
    });
    const ms = Date.now() - started;
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="report-\d+-\d{4}-\d{2}-\d{2}\.docx"; filename\*=UTF-8''/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const doc = (await unzipText(bytes)).get("word/document.xml")!;
    const text = wordText(doc);
    expect(text).toContain("成渝监测简报");
    expect(text).toContain(`规划：${PLAN}`);
    // summary, the two goal areas with targets, charts (drawn or the note why not), commentary, warnings
    expect(headings1(doc)).toEqual(["目标状态概览", ...AREAS, "图表", "评述", "预警清单"]);
    const tables = wordTables(doc);
    // 14 targets in the first area, the 7 construction-land targets in the second
    expect(tables[1]!.match(/<w:tr>/g)).toHaveLength(1 + 14 * 2);
    expect(tables[2]!.match(/<w:tr>/g)).toHaveLength(1 + 7 * 2);
    expect(wordText(tables[1]!)).toContain("重庆市统计局、市规划自然资源局");
    expect(wordText(tables[1]!)).toContain("判定依据：");
    expect(text).toContain("城镇人口稳步增长。");
    expect(text).toContain("重庆主城区领先");
    console.info(`docx export of the sample report: ${ms} ms, ${bytes.length} bytes`);
    fs.writeFileSync(path.join(fs.mkdtempSync("/tmp/report-docx-"), "report.docx"), bytes);

    // LibreOffice opens it: page 1 (the title page) is not blank and the plan name is in the text, in a CJK font
    const { pdf } = sofficeToPdf(bytes);
    expect(firstPageInk(pdf)).toBeGreaterThan(300);
    expect(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "")).toContain(PLAN);
    expect(execFileSync("pdffonts", [pdf], { encoding: "utf8" })).toMatch(/CJK|Hei|Song|Ming/i);
  }, 240_000);

  it("the open round's 年度监测报告: live evaluation, plan and round, a table per goal area, the early-warning list", async () => {
    const res = await getRound(roundId, "format=docx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX);
    const doc = await documentXml(res);
    const text = wordText(doc);
    for (const s of ["2025年度监测报告", `规划：${PLAN}`, "监测轮次：2025年度监测（实时评估，未冻结）"]) expect(text).toContain(s);
    // the charts chapter: drawn from the round's print page, or the note why not (no app is listening here)
    expect(headings1(doc)).toEqual(["目标状态概览", ...AREAS, "图表", "预警清单"]);
    const tables = wordTables(doc);
    for (const t of tables) expect(t).toMatch(/<w:tblHeader\/>/);
    // the round's warning list is the one /api/v1/warnings?round= gives: a row per warning
    const list = (await callJson(warningsApi, `/api/v1/warnings?round=${roundId}`, { token: viewer })).body.warnings as unknown[];
    const warned = list.length;
    if (warned) {
      expect(tables).toHaveLength(1 + AREAS.length + 1);
      expect(tables[3]!.match(/<w:tr>/g)).toHaveLength(1 + warned);
    } else {
      expect(tables).toHaveLength(1 + AREAS.length);
      expect(text).toContain("预警清单本期没有预警目标。");
    }
  });

  it("a frozen round reports its frozen results, not the live evaluation; ?unit= limits it to that unit's targets", async () => {
    const live = (await callJson(progress, "/api/v1/progress?plan=chengyu-2016", { token: viewer })).body.entries as Record<string, unknown>[];
    // the freeze saw the first target off track with its own sentence: the report must say so
    const frozen = live.map((e, i) =>
      i === 0 ? { ...e, status: "off_track", explanation: { zh: "冻结时滞后（测试）", en: "Off track when frozen (test)" } } : e,
    );
    await prisma.roundResult.createMany({
      data: frozen.map((entry) => ({ roundId, freezeNo: 1, targetId: entry.targetId as number, entry: entry as object, observationIds: [] })),
    });
    await prisma.round.update({ where: { id: roundId }, data: { status: "frozen", freezeNo: 1, frozenAt: new Date("2026-04-01T02:00:00Z") } });

    const doc = await documentXml(await getRound(roundId, "format=docx"));
    const text = wordText(doc);
    expect(text).toContain("监测轮次：2025年度监测（冻结结果）");
    expect(text).toContain("数据截至：2026年4月1日");
    // the first target, off track in the frozen result, is on the warning list with its lead unit
    const warnings = wordTables(doc).at(-1)!;
    expect(wordText(warnings)).toContain("滞后");
    expect(wordText(warnings)).toContain("重庆市统计局");
    // and its frozen "why" sentence is the one in its area's table
    expect(text).toContain("冻结时滞后（测试）");

    const mine = await getRound(roundId, `format=docx&unit=${unitId}`);
    const mineDoc = await documentXml(mine);
    expect(wordText(mineDoc)).toContain("责任单位：重庆市统计局");
    // one target (the first) is this unit's: one data row plus its why row in one area table
    expect(wordTables(mineDoc)[1]!.match(/<w:tr>/g)).toHaveLength(1 + 2);

    const en = wordText(await documentXml(await getRound(roundId, "format=docx", "en")));
    for (const s of [
      "Annual monitoring report 2025",
      "Plan: Development Plan for the Chengdu–Chongqing City Cluster",
      "Early warnings",
      "Off track when frozen (test)",
    ])
      expect(en).toContain(s);
  });

  it("the round report as PDF (LibreOffice): first page not blank, plan name and round found", async () => {
    const res = await getRound(roundId, "format=pdf");
    // 503 here means soffice is missing: .ci/run installs libreoffice-writer-nogui
    expect(res.status, res.status === 200 ? "" : await res.clone().text()).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/filename="round-\d+-2025\.pdf"/);
    const dir = fs.mkdtempSync("/tmp/round-pdf-");
    const pdf = path.join(dir, "round.pdf");
    fs.writeFileSync(pdf, new Uint8Array(await res.arrayBuffer()));
    expect(firstPageInk(pdf)).toBeGreaterThan(300);
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    expect(text).toContain(PLAN);
    expect(text).toContain("2025年度监测");
  }, 240_000);

  it("answers 404 for an unknown round or unit and 422 for an unknown format", async () => {
    expect((await getRound(999_999, "format=docx")).status).toBe(404);
    expect((await getRound(roundId, "format=docx&unit=999999")).status).toBe(404);
    expect((await getRound(roundId, "format=odt")).status).toBe(422);
  });
});
