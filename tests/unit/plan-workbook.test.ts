import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parsePlanDocumentText } from "@/lib/plan-document/parse";
import type { PlanDocument } from "@/lib/plan-document/schema";
import { readPlanWorkbookFile } from "@/lib/plan-document/workbook-file";
import { readPlanWorkbook, type WorkbookRow } from "@/lib/plan-document/workbook-read";
import { writePlanWorkbook } from "@/lib/plan-document/workbook-write";

const shipped = (slug: string) => JSON.parse(fs.readFileSync(`prisma/plans/${slug}.json`, "utf8")) as Record<string, unknown>;
const parsed = (value: unknown): PlanDocument => {
  const r = parsePlanDocumentText(JSON.stringify(value));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.document;
};

async function roundTrip(doc: PlanDocument) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-wb-"));
  try {
    const file = path.join(dir, "plan.xlsx");
    fs.writeFileSync(file, await writePlanWorkbook(doc, new Map([["510100", "成都市"]])));
    return readPlanWorkbook(await readPlanWorkbookFile(file));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// rows written by hand: cells[0] is column A
const row = (number: number, ...cells: string[]): WorkbookRow => ({ number, cells });
const INFO = [
  row(1, "字段 field", "说明 label", "值 value"),
  ...(
    [
      ["schemaVersion", "1"],
      ["slug", "hand-made"],
      ["nameZh", "测试规划"],
      ["nameEn", "Test plan"],
      ["docNumber", ""],
      ["issuingBodiesZh", "某部门"],
      ["issuingBodiesEn", "Some body"],
      ["issueDate", "2021-10-20"],
      ["periodStart", "2021"],
      ["periodEnd", "2025"],
      ["outlookYear", "2035"],
      ["baseYear", "2020"],
      ["scopeZh", "范围"],
      ["scopeEn", "Scope"],
      ["sourceZh", "《测试规划》"],
    ] as const
  ).map(([k, v], i) => row(i + 2, k, "", v)),
];
const TARGET_HEAD = [
  "指标代码 indicator",
  "地区代码 region",
  "目标年份 year",
  "类型 type",
  "种类 kind",
  "目标值 value",
  "百分比 rate",
  "基期年份 baseline.year",
  "基期值 baseline.value",
  "条款 clause",
];
const sheets = (targets: WorkbookRow[], targetHead = TARGET_HEAD) =>
  new Map<string, WorkbookRow[]>([
    ["基本信息", INFO],
    [
      "目标体系",
      [
        row(1, "目标键 key", "上级目标键 parent", "类别 kind", "标题（中文） titleZh", "标题（英文） titleEn"),
        row(2, "g1", "", "overall_goal", "总目标", "Goal"),
        row(3, "g1.a", "g1", "goal_area", "分目标", "Area"),
      ],
    ],
    [
      "指标",
      [
        row(
          1,
          "指标代码 code",
          "名称（中文） nameZh",
          "名称（英文） nameEn",
          "单位 unit",
          "属性 attribute",
          "定义（中文） definitionZh",
          "定义（英文） definitionEn",
        ),
        row(2, "energy_intensity", "单位GDP能耗", "Energy intensity", "吨标准煤/万元", "约束性", "定义", "Definition"),
      ],
    ],
    ["目标值", [row(1, ...targetHead), ...targets]],
    [
      "地区",
      [
        row(1, "地区代码 region", "范围 membership", "角色 role", "规划中的称谓 labelZh", "角色说明（中文） textZh", "角色说明（英文） textEn"),
        row(2, "CHENGYU", "whole"),
        row(3, "510100", "whole", "core_city", "成都", "核心", "Core"),
      ],
    ],
  ]);
const level = (n: number, kind = "level") => row(n, "gdp", "CHENGYU", "2025", "min", kind, "100", "", "", "", "专栏1");

describe("plan workbook", () => {
  it.each(["chengyu-2016", "chengyu-2021"])("round-trips the shipped %s: JSON → XLSX → JSON is identical", async (slug) => {
    const r = await roundTrip(parsed(shipped(slug)));
    if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 5)));
    expect(JSON.parse(JSON.stringify(r.document))).toEqual(shipped(slug));
  });

  it("keeps the order of regions and of roles when they differ, a region with two roles, thresholds and display", async () => {
    const doc = parsed({
      ...shipped("chengyu-2021"),
      roles: [
        { region: "510100", role: "core_city", labelZh: "成都", textZh: "甲", textEn: "A", clause: "" },
        { region: "CHENGYU", role: "node_city", labelZh: "全域", textZh: "乙", textEn: "B", clause: "专栏2" },
        { region: "510100", role: "regional_centre", labelZh: "成都", textZh: "丙", textEn: "C", clause: "专栏1" },
      ],
      thresholds: { onTrackLagPp: 5, atRiskLagPp: 20.5, ceilingMarginPp: 10, nearlyAchievedPct: 95 },
      display: {
        clusterCode: null,
        comparisonRegionCodes: ["100000", "CN-WEST"],
        baselineCards: [{ indicator: "gdp", share: "gdp_share_national", compare: true }, { indicator: "area" }],
      },
      indicators: [{ ...(shipped("chengyu-2021").indicators as object[])[0], allowNegative: true }],
    });
    const r = await roundTrip(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 5)));
    expect(r.document).toEqual(doc);
  });

  it("reads hand-written rows: Chinese labels for codes, a nested goal, a role on its region's row", () => {
    const r = readPlanWorkbook(sheets([level(2), row(3, "energy_intensity", "CHENGYU", "2025", "min", "reduction", "", "13.5", "2020", "0.5", "")]));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.document.indicators[0]!.attribute).toBe("binding");
    expect(r.document.goals).toEqual([
      {
        key: "g1",
        kind: "overall_goal",
        titleZh: "总目标",
        titleEn: "Goal",
        children: [{ key: "g1.a", kind: "goal_area", titleZh: "分目标", titleEn: "Area" }],
      },
    ]);
    expect(r.document.targets[1]).toEqual({
      indicator: "energy_intensity",
      region: "CHENGYU",
      year: 2025,
      type: "min",
      kind: "reduction",
      rate: 13.5,
      baseline: { year: 2020, value: 0.5 },
      clause: "",
    });
    expect(r.document.regions).toEqual([
      { region: "CHENGYU", membership: "whole" },
      { region: "510100", membership: "whole" },
    ]);
    expect(r.document.roles).toEqual([{ region: "510100", role: "core_city", labelZh: "成都", textZh: "核心", textEn: "Core", clause: "" }]);
    expect(r.locate("goals[0].children[0].titleEn")).toBe("目标体系!E3");
    expect(r.locate("roles[0].labelZh")).toBe("地区!D3");
    expect(r.locate("targets[1].baseline.year")).toBe("目标值!H3");
    expect(r.locate("periodEnd")).toBe("基本信息!C11");
  });

  it("names the cell, the path and what is accepted: a bad kind in 目标值!E5", () => {
    const r = readPlanWorkbook(sheets([level(2), level(3), level(4), level(5, "growth")]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    const [i] = r.issues;
    expect(i!.cell).toBe("目标值!E5");
    expect(i!.path).toBe("targets[3].kind");
    expect(i!.message.zh).toBe('目标值!E5（targets[3].kind）：可接受的值："level", "growth_rate", "reduction", "cumulative"；收到 "growth"');
    expect(i!.message.en).toBe('目标值!E5 (targets[3].kind): accepted values: "level", "growth_rate", "reduction", "cumulative"; got "growth"');
  });

  it("a number cell that is not a number, and a missing required value name their cells (a blank clause is an empty clause)", () => {
    const r = readPlanWorkbook(sheets([row(2, "gdp", "CHENGYU", "二〇二五", "min", "level", "100", "", "", "", "x"), row(3, "gdp", "", "2025", "min")]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.cell, i.path])).toEqual([
      ["目标值!C2", "targets[0].year"],
      ["目标值!B3", "targets[1].region"],
    ]);
    expect(r.issues[0]!.message.en).toContain('目标值!C2 (targets[0].year): expected a number, got "二〇二五"');
  });

  it("a missing required header names the header row and the column, and reads no further", () => {
    const head = TARGET_HEAD.filter((h) => !h.endsWith(" type"));
    const r = readPlanWorkbook(sheets([level(2)], head));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.cell).toBe("目标值!1:1");
    expect(r.issues[0]!.message.zh).toContain("表头缺少必填列 “类型 type”");
    expect(r.issues[0]!.message.en).toContain('the header lacks the required column(s) "类型 type" (type)');
  });

  it("a missing sheet, an unknown parent goal and an empty region row are named", () => {
    const s = sheets([level(2)]);
    s.set("目标体系", [
      row(1, "目标键 key", "上级目标键 parent", "类别 kind", "标题（中文） titleZh", "标题（英文） titleEn"),
      row(2, "g2", "nope", "goal_area", "甲", "A"),
    ]);
    s.set("地区", [...s.get("地区")!, row(4, "510300")]);
    const r = readPlanWorkbook(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.cell)).toEqual(["地区!4:4", "目标体系!B2"]);
    s.delete("指标");
    const r2 = readPlanWorkbook(s);
    expect(!r2.ok && r2.issues.map((i) => i.cell)).toEqual(["指标"]);
  });

  it("the empty template: every sheet with its header, drop-down lists, instructions; reading it asks for the required fields", async () => {
    const bytes = await writePlanWorkbook(null);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["基本信息", "目标体系", "指标", "目标值", "地区", "基期数据", "说明"]);
    const targets = wb.getWorksheet("目标值")!;
    expect(targets.getRow(1).getCell(5).value).toBe("种类 kind");
    expect(targets.rowCount).toBe(1);
    const lists = (targets as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    const formulae = Object.values(lists).map((v) => v.formulae[0]);
    expect(formulae).toEqual(expect.arrayContaining(['"min,max,approx"', '"level,growth_rate,reduction,cumulative"', '"zh,en"']));
    const regions = (wb.getWorksheet("地区") as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    expect(Object.values(regions).map((v) => v.formulae[0])).toEqual(expect.arrayContaining(['"whole,part"']));
    const indicators = (wb.getWorksheet("指标") as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    expect([...new Set(Object.values(indicators).map((v) => v.formulae[0]))]).toEqual(['"binding,expected"']);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-wb-"));
    fs.writeFileSync(path.join(dir, "t.xlsx"), bytes);
    const r = readPlanWorkbook(await readPlanWorkbookFile(path.join(dir, "t.xlsx")));
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.find((i) => i.path === "slug")).toMatchObject({
      cell: "基本信息!C3",
      message: { zh: "基本信息!C3（slug）：必填", en: "基本信息!C3 (slug): required" },
    });
  });
});
