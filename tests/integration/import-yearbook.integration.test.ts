import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as importFile } from "@/app/api/v1/observations/import/route";
import { POST as enterObservation } from "@/app/api/v1/observations/route";
import { POST as undoRoute } from "@/app/api/v1/imports/[id]/undo/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { inlineRow, SHEET_CLOSE, SHEET_OPEN, workbookParts, writeZip } from "../fixtures/zip-writer";
import { callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";
import { postStreamed } from "../support/upload";

// Issue 15: yearbook tables (the shared sample workbook), saved mappings, and the
// re-import guard. Expected figures are read off the workbook by hand:
//   表1 (years as columns): 地区生产总值 2019 近63000, 2021 73919.2, 2022 77587.99 亿元;
//        常住人口 2019 9600, 2022 9874.5 万人; region 成渝地区 (the cluster) from the title.
//   表2 (2018, 单位：人): 泸州市 1619700, 绵阳市 1402000, 南充市 1370000, 宜宾市 1295900,
//        乐山市 812000 人 (= 161.97, 140.2, 137, 129.59, 81.2 万人); 合计 6499600 not imported.
const SAMPLE = path.resolve("/work/shared/data/yearbook-sample.xlsx");
const SHEET1 = "表1 经济圈主要指标";
const SHEET2 = "表2 区域中心城市城区人口";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-yearbook-"));
let token = "";
let seeded = 0; // the plan's own baseline figures
const post = (file: string, query: string) =>
  postStreamed(importFile, `/api/v1/observations/import?${query}`, file, { token, contentType: XLSX, fileName: "yearbook.xlsx" });
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

async function adcode(nameZh: string): Promise<string> {
  return (await prisma.region.findFirstOrThrow({ where: { nameZh }, select: { adcode: true } })).adcode;
}
async function current(region: string, code: string, year: number) {
  const o = await prisma.observation.findFirst({
    where: { regionAdcode: region, indicator: { code }, year },
    orderBy: { version: "desc" },
    select: { value: true, valueAsEntered: true, unitAsEntered: true, flags: true, source: true, version: true },
  });
  return o && { ...o, value: o.value === null ? null : Number(o.value) };
}
async function workbook(name: string, rows: string[][]): Promise<string> {
  const file = path.join(dir, `${name}.xlsx`);
  await writeZip(file, [
    ...workbookParts([name]),
    { name: "xl/worksheets/sheet1.xml", data: [SHEET_OPEN, ...rows.map((r, j) => inlineRow(j + 1, r)), SHEET_CLOSE] },
  ]);
  return file;
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("yearbook tables", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    token = (await createUser("analyst")).token;
    seeded = await prisma.observation.count();
  });

  it("says what it read when detection needs help: the header row, the sheets, the parameter to give", async () => {
    const r = await post(SAMPLE, q({ dryRun: "true", layout: "auto" }));
    expect(r.status).toBe(422);
    expect(r.body.sheets.map((s: { name: string; matches: boolean; headerRow: number }) => [s.name, s.matches, s.headerRow])).toEqual([
      [SHEET1, false, 3],
      [SHEET2, false, 3],
    ]);
    expect(r.body.fileErrors[0].zh).toContain("已将第3行读作表头");
    expect(r.body.fileErrors[0].zh).toContain("source=");
    expect(r.body.fileErrors[0].en).toContain("row 3 was read as the header");
    expect(await prisma.observation.count()).toBe(seeded);
  });

  it("imports 表2 with layout=auto and the indicator chosen: the figures it shows, 合计 and the source line skipped, saved as a mapping", async () => {
    const dry = await post(SAMPLE, q({ dryRun: "true", layout: "auto", sheet: SHEET2, indicator: "urban_population" }));
    expect(dry.status).toBe(200);
    expect({ layout: dry.body.layout, headerRow: dry.body.headerRow }).toEqual({ layout: "wide-indicators", headerRow: 3 });
    expect(dry.body.skipped.map((s: { row: number; reason: string }) => [s.row, s.reason])).toEqual([
      [9, "total"],
      [10, "footnote"],
    ]);
    expect(
      dry.body.preview.map((p: { cell: string; status: string; valueAsEntered: string; unitAsEntered: string; value: number }) => [
        p.cell,
        p.status,
        p.valueAsEntered,
        p.unitAsEntered,
        p.value,
      ]),
    ).toEqual([
      ["B4", "new", "1619700", "人", 161.97],
      ["B5", "new", "1402000", "人", 140.2],
      ["B6", "new", "1370000", "人", 137],
      ["B7", "new", "1295900", "人", 129.59],
      ["B8", "new", "812000", "人", 81.2],
    ]);
    expect(await prisma.observation.count()).toBe(seeded);

    const r = await post(SAMPLE, q({ sheet: SHEET2, indicator: "urban_population", saveMapping: "住建部城市建设统计年鉴 表2" }));
    expect(r.status).toBe(200);
    expect({ created: r.body.created, updated: r.body.updated }).toEqual({ created: 5, updated: 0 });
    const luzhou = await current(await adcode("泸州市"), "urban_population", 2018);
    expect(luzhou).toMatchObject({ value: 161.97, valueAsEntered: "1619700", unitAsEntered: "人" });
    expect(luzhou!.source).toMatch(/^中国城市建设统计年鉴2018（住房和城乡建设部）/);
    expect((await current(await adcode("乐山市"), "urban_population", 2018))!.value).toBe(81.2);
    expect(await prisma.importMapping.count()).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "import_mapping.save" } })).toBe(1);
  });

  it("imports 表1 (years as columns, region from the title) with a source: 近63000 is an estimate, blanks are no figure", async () => {
    const params = { layout: "auto", sheet: SHEET1, source: "成渝地区双城经济圈建设规划纲要；监测报告" };
    // the plan's 2014 baseline is 37,600 亿元: +67.55 % by 2019 asks for confirmation, naming the cell
    const asked = await post(SAMPLE, q(params));
    expect(asked.status).toBe(422);
    expect(asked.body.error.code).toBe("UNCONFIRMED_WARNINGS");
    expect(asked.body.rowWarnings.map((w: { message: { zh: string } }) => w.message.zh)).toEqual([
      "'表1 经济圈主要指标'!B4 第4行“数值”列：与 2014 年相比：37,600 亿元 → 63,000 亿元，+67.55%，超过 ±50%",
    ]);
    const r = await post(SAMPLE, q({ ...params, confirmWarnings: "true" }));
    expect(r.status).toBe(200);
    expect(r.body.layout).toBe("wide-years");
    // the 2021 plan (seeded) states the 2019 GDP and population itself: those two are new versions
    expect(r.body.created).toBe(3);
    expect(r.body.updated).toBe(2);
    const cluster = await adcode("成渝城市群");
    expect(await current(cluster, "gdp", 2019)).toMatchObject({ value: 63000, valueAsEntered: "63000", unitAsEntered: "亿元", flags: ["estimated"] });
    expect((await current(cluster, "gdp", 2021))!.value).toBe(73919.2);
    expect((await current(cluster, "gdp", 2022))!.value).toBe(77587.99);
    expect(await current(cluster, "gdp", 2020)).toBeNull();
    expect((await current(cluster, "resident_population", 2019))!.value).toBe(9600);
    expect((await current(cluster, "resident_population", 2022))!.value).toBe(9874.5);
  });

  it("applies the saved mapping to a later file with the same header", async () => {
    const later = await workbook("2019", [
      ["表2  区域中心城市城区人口（2019年）"],
      ["单位：人"],
      ["城市", "城区人口+城区暂住人口", "备注"],
      ["泸州市", "1650000"],
      ["合计", "1650000"],
      ["资料来源：中国城市建设统计年鉴2019"],
    ]);
    const r = await post(later, "");
    expect(r.body.fileErrors ?? r.body.errors).toEqual([]);
    expect(r.status).toBe(200);
    expect(r.body.table.mapping).toBe("住建部城市建设统计年鉴 表2");
    expect(r.body.created).toBe(1);
    expect(await current(await adcode("泸州市"), "urban_population", 2019)).toMatchObject({ value: 165, source: "中国城市建设统计年鉴2019" });
  });

  it("re-importing the older file after a manual correction leaves the correction alone unless confirmed", async () => {
    const luzhou = await adcode("泸州市");
    const entered = await callJson(enterObservation, "/api/v1/observations", {
      token,
      body: { region: luzhou, indicator: "urban_population", year: 2018, value: 162.5, unit: "万人", source: "人工核对" },
    });
    expect(entered.status).toBe(201);

    const dry = await post(SAMPLE, q({ dryRun: "true", sheet: SHEET2, indicator: "urban_population" }));
    expect(dry.status).toBe(200);
    const row = dry.body.preview.find((p: { cell: string }) => p.cell === "B4");
    expect(row).toMatchObject({
      status: "conflict",
      conflict: "corrected_since",
      valueAsEntered: "1619700",
      old: { value: 162.5, valueAsEntered: "162.5", unitAsEntered: "万人", source: "人工核对" },
    });
    expect(dry.body.preview.filter((p: { status: string }) => p.status === "unchanged")).toHaveLength(4);
    expect(dry.body.totalConflicts).toBe(1);

    const kept = await post(SAMPLE, q({ sheet: SHEET2, indicator: "urban_population" }));
    expect(kept.status).toBe(200);
    expect({ created: kept.body.created, updated: kept.body.updated, heldBack: kept.body.heldBack }).toEqual({ created: 0, updated: 0, heldBack: 1 });
    expect((await current(luzhou, "urban_population", 2018))!.value).toBe(162.5);

    const confirmed = await post(SAMPLE, q({ sheet: SHEET2, indicator: "urban_population", overwrite: String(row.key) }));
    expect({ updated: confirmed.body.updated, heldBack: confirmed.body.heldBack }).toEqual({ updated: 1, heldBack: 0 });
    expect((await current(luzhou, "urban_population", 2018))!.value).toBe(161.97);
  });

  it("shows a changed figure as old → new with both values as entered and their units", async () => {
    const changed = await workbook("changed", [
      ["表2  区域中心城市城区人口（2018年）"],
      ["单位：万人"],
      ["城市", "城区人口+城区暂住人口"],
      ["绵阳市", "140.5"],
    ]);
    const r = await post(changed, q({ dryRun: "true", indicator: "urban_population", source: "修订数" }));
    expect(r.status).toBe(200);
    expect(r.body.preview).toEqual([
      expect.objectContaining({
        cell: "B4",
        status: "changed",
        value: 140.5,
        valueAsEntered: "140.5",
        unitAsEntered: "万人",
        old: expect.objectContaining({ value: 140.2, valueAsEntered: "1402000", unitAsEntered: "人" }),
      }),
    ]);
  });

  it("all or nothing: a bad figure refuses the table, naming the sheet, the cell, the column and the value", async () => {
    const before = await prisma.observation.count();
    const bad = await workbook("坏表", [["各市城区人口（2016年）"], ["单位：万人"], ["地区", "中心城区城市人口"], ["泸州市", "120"], ["绵阳市", "13O.5"]]);
    const r = await post(bad, q({ source: "年鉴" }));
    expect(r.status).toBe(422);
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors[0]).toMatchObject({ row: 5, column: "value", value: "13O.5", cell: "B5" });
    expect(r.body.errors[0].message.zh).toMatch(/^坏表!B5 第5行“数值”列：“13O.5”不是数字/);
    expect(r.body.errors[0].message.en).toMatch(/^坏表!B5: Row 5, column "value": /);
    expect(await prisma.observation.count()).toBe(before);
  });
});

describe("undoing an import", () => {
  let deyang = "";
  const table = (name: string, figures: [string, string]) =>
    workbook(name, [["德阳市城区人口（万人）"], ["地区", "2015年", "2016年"], ["德阳市", ...figures], ["资料来源：undo 测试"]]);
  const undo = (batch: string, confirm?: string) =>
    callJson(undoRoute, `/api/v1/imports/${batch}/undo${confirm ? `?confirm=${confirm}` : ""}`, { token, method: "POST", params: { id: batch } });

  beforeAll(async () => {
    deyang = await adcode("德阳市");
  });

  it("restores every series to its version before the batch and writes an audit row; a second undo is refused", async () => {
    const first = await post(await table("u1", ["80", "82"]), q({ indicator: "urban_population" }));
    expect(first.body.created).toBe(2);
    const second = await post(await table("u2", ["81", "83"]), q({ indicator: "urban_population" }));
    expect(second.body.updated).toBe(2);
    expect(second.body.batch).toMatch(/^\d+$/);

    const r = await undo(second.body.batch);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ restored: 2, retracted: 0, refused: 0, conflicts: [] });
    expect((await current(deyang, "urban_population", 2015))!.value).toBe(80);
    expect((await current(deyang, "urban_population", 2016))!.value).toBe(82);
    expect(await prisma.observation.count({ where: { regionAdcode: deyang, indicator: { code: "urban_population" } } })).toBe(6); // history kept
    expect(await prisma.auditLog.count({ where: { action: "observation.import_undo", entityId: second.body.batch } })).toBe(1);
    expect((await undo(second.body.batch)).status).toBe(409);

    // the first import created its series: undoing it withdraws them
    const u1 = await undo(first.body.batch);
    expect(u1.body).toMatchObject({ restored: 0, retracted: 2 });
    expect(await current(deyang, "urban_population", 2015)).toMatchObject({ value: null });
  });

  it("leaves a series changed since by someone else alone unless confirmed for that series", async () => {
    const imported = await post(await table("u3", ["90", "91"]), q({ indicator: "urban_population" }));
    expect(imported.body.created + imported.body.updated).toBe(2);
    const colleague = (await createUser("analyst", { email: "colleague@example.com" })).token;
    const entered = await callJson(enterObservation, "/api/v1/observations", {
      token: colleague,
      body: { region: deyang, indicator: "urban_population", year: 2016, value: 91.5, unit: "万人", source: "人工核对" },
    });
    expect(entered.status).toBe(201);

    const r = await undo(imported.body.batch);
    expect(r.body.refused).toBe(1);
    expect(r.body.conflicts).toEqual([{ series: `urban_population:${deyang}:2016`, current: 91.5, batch: 91 }]);
    expect((await current(deyang, "urban_population", 2016))!.value).toBe(91.5);
    expect(await current(deyang, "urban_population", 2015)).toMatchObject({ value: null }); // back to the retraction before

    const confirmed = await undo(imported.body.batch, `urban_population:${deyang}:2016`);
    expect(confirmed.body).toMatchObject({ refused: 0 });
    expect(await current(deyang, "urban_population", 2016)).toMatchObject({ value: null });
  });
});
