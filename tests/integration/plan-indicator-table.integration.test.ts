// The plans views' data: the /plans counts, a plan's 主要指标 table as XLSX (opened with
// exceljs: sheet name, headers, a row's numbers as numbers) and the targets of every plan
// for one indicator × region. Expected figures are worked out by hand in the comments.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportTable } from "@/app/(app)/plans/[slug]/indicators.xlsx/route";
import { POST as postTarget } from "@/app/api/v1/targets/route";
import { listPlanChoices, listPlanRows } from "@/lib/data/plan-list";
import { listTargetsAcrossPlans } from "@/lib/data/plan-targets";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { planMarkers } from "@/lib/plans/plan-markers";
import { seedAll } from "@/prisma/seed";
import { call, callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

let admin = "";
let viewer: Awaited<ReturnType<typeof createUser>>;

const post = (body: Record<string, unknown>) => callJson(postTarget, "/api/v1/targets", { token: admin, body: { clause: "测试", ...body } });

async function workbook(locale: "zh" | "en") {
  const res = await call<{ slug: string }>(exportTable, "/plans/chengyu-2021/indicators.xlsx?asOf=2025-06-01", {
    token: viewer.token,
    params: { slug: "chengyu-2021" },
    headers: { cookie: `pm_locale=${locale}` },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

const reader = (): Actor => ({ kind: "user", userId: viewer.user.id, role: "viewer", name: viewer.user.name, email: viewer.user.email, via: "token" });
const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false, sample: false });
  admin = (await createUser("admin")).token;
  viewer = await createUser("viewer");
});

describe("plans list", () => {
  it("the header's choices: every plan oldest first, with its issue year, period, short name and default mark", async () => {
    expect(await listPlanChoices(reader())).toEqual([
      {
        slug: "chengyu-2016",
        nameZh: "成渝城市群发展规划",
        nameEn: "Development Plan for the Chengdu–Chongqing City Cluster",
        short: { zh: "2016年规划", en: "2016 plan" },
        issueYear: 2016,
        periodStart: 2016,
        periodEnd: 2020,
        isDefault: true,
      },
      {
        slug: "chengyu-2021",
        nameZh: "成渝地区双城经济圈建设规划纲要",
        nameEn: "Outline of the Plan for Building the Chengdu–Chongqing Twin-City Economic Circle",
        short: { zh: "2021年规划", en: "2021 plan" },
        issueYear: 2021,
        periodStart: 2021,
        periodEnd: 2025,
        isDefault: false,
      },
    ]);
  });

  it("counts each plan's targets, indicators (targets and base-year figures) and regions", async () => {
    const rows = await listPlanRows(reader());
    expect(rows.map((r) => [r.slug, r.counts, r.isDefault, r.short.zh])).toEqual([
      // 14 targets of 专栏1 (2 indicators) + 7 indicators of base-year figures; 48 regions in scope
      ["chengyu-2016", { targets: 14, indicators: 9, regions: 48 }, true, "2016年规划"],
      // 5 targets (5 indicators) + area, resident_population, gdp figures of 2019
      ["chengyu-2021", { targets: 5, indicators: 8, regions: 48 }, false, "2021年规划"],
    ]);
  });
});

describe("the indicator table as XLSX", () => {
  beforeAll(async () => {
    const r = await post({
      plan: "chengyu-2021",
      indicator: "gdp",
      region: "CHENGYU",
      year: 2025,
      kind: "growth_rate",
      rate: 6,
      type: "min",
      baseline: { year: 2019, value: 63000 },
    });
    expect(r.status).toBe(201);
    const { id } = await prisma.indicator.findUniqueOrThrow({ where: { code: "gdp" }, select: { id: true } });
    await prisma.observation.create({
      data: {
        indicatorId: id,
        regionAdcode: "CHENGYU",
        year: 2024,
        version: 1,
        value: "87000",
        source: "test",
        flags: [],
        createdAt: new Date("2025-03-01T00:00:00Z"),
        publishedAt: new Date("2025-03-01T00:00:00Z"),
      },
    });
  });

  it("zh: sheet 主要指标, headers in Chinese, the GDP row's figures as numbers", async () => {
    const ws = (await workbook("zh")).getWorksheet("主要指标")!;
    expect(ws).toBeDefined();
    expect(rowValues(ws, 1)).toEqual([
      "目标领域",
      "指标",
      "地区",
      "单位",
      "基期年份",
      "基期值",
      "目标年份",
      "目标值",
      "目标类型",
      "年均增长/累计",
      "属性",
      "最新值年份",
      "最新值",
      "状态",
      "完成度",
    ]);
    const gdp = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(2).value === "地区生产总值");
    expect(gdp).toBeDefined();
    expect(gdp!.getCell(5).value).toBe(2019);
    expect(gdp!.getCell(6).value).toBe(63000);
    expect(gdp!.getCell(7).value).toBe(2025);
    // 63000 · 1.06^6 = 63000 · 1.41851911 = 89366.70
    expect(gdp!.getCell(8).value as number).toBeCloseTo(89366.7, 1);
    expect(gdp!.getCell(8).numFmt).toBe("#,##0.####");
    expect(gdp!.getCell(10).value).toBe("年均增长6%以上");
    expect(gdp!.getCell(12).value).toBe(2024);
    expect(gdp!.getCell(13).value).toBe(87000);
    // (87000 − 63000)/(89366.70 − 63000) = 24000/26366.70 = 0.91024; 5/6 of the time → on track
    expect(gdp!.getCell(15).value as number).toBeCloseTo(0.91024, 4);
    expect(gdp!.getCell(15).numFmt).toBe("0.0%");
    expect(gdp!.getCell(14).value).toBe("序时推进");
    // the plan's own 2025 urbanisation target, a level: no growth wording
    const urb = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(2).value === "常住人口城镇化率");
    expect([urb!.getCell(7).value, urb!.getCell(8).value, urb!.getCell(10).value]).toEqual([2025, 66, ""]);
  });

  it("en: the sheet and headers in English", async () => {
    const ws = (await workbook("en")).getWorksheet("Main indicators")!;
    expect(ws).toBeDefined();
    expect(rowValues(ws, 1).slice(0, 4)).toEqual(["Goal area", "Indicator", "Region", "Unit"]);
    const gdp = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(10).value === "average annual growth of at least 6%");
    expect(gdp).toBeDefined();
  });
});

describe("targets of every plan for one indicator × region", () => {
  it("puts the 2016 plan's 2020 and the 2021 plan's 2025 urbanisation targets on one time line", async () => {
    expect((await post({ plan: "chengyu-2016", indicator: "urbanization_rate", region: "CHENGYU", year: 2020, value: 60, type: "approx" })).status).toBe(201);
    const all = await listTargetsAcrossPlans(reader(), { indicator: "urbanization_rate", regions: ["CHENGYU"] });
    expect(planMarkers(all, "CHENGYU", "chengyu-2021").map((m) => [m.label.zh, m.value, m.current])).toEqual([
      ["2016年规划 · 2020年", 60, false],
      ["2021年规划 · 2025年", 66, true],
    ]);
  });
});
