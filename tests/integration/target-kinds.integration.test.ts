// Target kinds end to end: created through POST /api/v1/targets, evaluated by
// GET /api/v1/progress on a real PostgreSQL. Every expected figure is worked out by hand
// in the comments (issue 14's own example for growth), never by the code under test.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postIndicator } from "@/app/api/v1/indicators/route";
import { GET as getProgress } from "@/app/api/v1/progress/route";
import { GET as listTargets, POST as postTarget } from "@/app/api/v1/targets/route";
import { PATCH as patchTarget } from "@/app/api/v1/targets/[id]/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";

let admin = "";
let viewer = "";

/** Figures of one series, published on `publishedAt` (so an asOf after it sees them). */
async function addFigures(indicator: string, region: string, figures: [number, number][], publishedAt: string) {
  const { id } = await prisma.indicator.findUniqueOrThrow({ where: { code: indicator }, select: { id: true } });
  await prisma.observation.createMany({
    data: figures.map(([year, value]) => ({
      indicatorId: id,
      regionAdcode: region,
      year,
      version: 1,
      value: String(value),
      source: "test",
      flags: [],
      createdAt: new Date(publishedAt),
      publishedAt: new Date(publishedAt),
    })),
  });
}

const progress = async (indicator: string, region: string, asOf: string) => {
  const r = await callJson(getProgress, `/api/v1/progress?plan=chengyu-2016&indicator=${indicator}&region=${region}&asOf=${asOf}`, { token: viewer });
  expect(r.status).toBe(200);
  expect(r.body.entries).toHaveLength(1);
  return r.body.entries[0];
};

const post = (body: Record<string, unknown>) => callJson(postTarget, "/api/v1/targets", { token: admin, body: { clause: "测试", ...body } });
const patch = (id: number, body: Record<string, unknown>) =>
  callJson(patchTarget, `/api/v1/targets/${id}`, { token: admin, method: "PATCH", params: { id: String(id) }, body });

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  admin = (await createUser("admin")).token;
  viewer = (await createUser("viewer")).token;
});

describe("growth_rate: GDP of the cluster, baseline 2019 = 63,000 亿元, target year 2027", () => {
  let id = 0;

  it("≥ 6 %/yr, latest 2024 = 87,000: implied 100,412.4, completion 64.15 %, time 62.5 %, lag −1.65 pp → on track", async () => {
    const r = await post({
      indicator: "gdp",
      region: "CHENGYU",
      year: 2027,
      kind: "growth_rate",
      rate: 6,
      type: "min",
      baseline: { year: 2019, value: 63000 },
    });
    expect(r.status).toBe(201);
    id = r.body.target.id;
    // the stored value is the implied level 63000 · 1.06^8 = 100412.43 (1.06^8 = 1.59384807)
    expect(r.body.target).toMatchObject({ kind: "growth_rate", rate: 6, baseline: { year: 2019, value: 63000 } });
    expect(r.body.target.value).toBeCloseTo(100412.43, 1);
    await addFigures("gdp", "CHENGYU", [[2024, 87000]], "2025-03-01T00:00:00Z");

    const e = await progress("gdp", "CHENGYU", "2025-06-01");
    expect(e).toMatchObject({
      kind: "growth_rate",
      rate: 6,
      targetYear: 2027,
      status: "on_track",
      baseline: { year: 2019, value: 63000 },
      latest: { year: 2024, value: 87000 },
    });
    expect(e.targetValue).toBeCloseTo(100412.4, 1);
    // (87000 − 63000)/(100412.43 − 63000) = 24000/37412.43 = 0.64150
    expect(e.completion).toBeCloseTo(0.6415, 4);
    // (2024 − 2019)/(2027 − 2019) = 5/8
    expect(e.timeShare).toBe(0.625);
    // 62.5 − 64.15
    expect(e.lagPp).toBeCloseTo(-1.65, 2);
    expect(e.explanation.zh).toContain("2019—2027年年均增长不低于6%（隐含2027年目标100412.4287亿元）");
  });

  it("the same with 9 %/yr: implied 125,531.4, completion 38.38 %, lag 24.12 pp → at risk", async () => {
    const r = await patch(id, { rate: 9 });
    expect(r.status).toBe(200);
    // 63000 · 1.09^8 = 63000 · 1.99256264 = 125531.45: the stored level follows the rate
    expect(r.body.target.value).toBeCloseTo(125531.45, 1);
    const e = await progress("gdp", "CHENGYU", "2025-06-01");
    expect(e.targetValue).toBeCloseTo(125531.4, 1);
    // 24000/62531.45 = 0.38381; 62.5 − 38.38 = 24.12 (10 < 24.12 ≤ 30)
    expect(e.completion).toBeCloseTo(0.3838, 4);
    expect(e.lagPp).toBeCloseTo(24.12, 2);
    expect(e.status).toBe("at_risk");
  });

  it("after 2027 the realized growth is judged: 2027 = 100,000 at 6 %/yr → 5.95 %/yr, 98.9 % → nearly achieved", async () => {
    await patch(id, { rate: 6 });
    await addFigures("gdp", "CHENGYU", [[2027, 100000]], "2028-03-01T00:00:00Z");
    const e = await progress("gdp", "CHENGYU", "2028-06-01");
    // (100000 − 63000)/(100412.43 − 63000) = 37000/37412.43 = 0.98898 ≥ 0.95; g = (100000/63000)^(1/8) − 1 = 5.95 %
    expect(e.status).toBe("nearly_achieved");
    expect(e.final).toEqual({ status: "nearly_achieved", year: 2027, value: 100000 });
    expect(e.completion).toBeCloseTo(0.98898, 4);
    expect(e.explanation.zh).toContain("2019—2027年年均增长5.95%（规划6%），完成度98.9% → 基本完成");
  });

  it("refuses a growth target without a baseline, without a rate, or with a value: 422 naming the path; nothing written", async () => {
    const before = await prisma.target.count();
    const noBaseline = await post({ indicator: "gdp", region: "泸州", year: 2027, kind: "growth_rate", rate: 6, type: "min" });
    expect(noBaseline.status).toBe(422);
    expect(noBaseline.body.error.issues.map((i: { path: string }) => i.path)).toEqual(["baseline"]);
    const noRate = await post({ indicator: "gdp", region: "泸州", year: 2027, kind: "growth_rate", type: "min", baseline: { year: 2019, value: 2000 } });
    expect(noRate.body.error.issues.map((i: { path: string }) => i.path)).toEqual(["rate"]);
    const withValue = await post({
      indicator: "gdp",
      region: "泸州",
      year: 2027,
      kind: "growth_rate",
      rate: 6,
      value: 3000,
      type: "min",
      baseline: { year: 2019, value: 2000 },
    });
    expect(withValue.body.error.issues[0]).toMatchObject({
      path: "value",
      message: { en: "the value of a growth-rate or reduction target follows from its baseline and rate: leave it out" },
    });
    const zeroBase = await post({
      indicator: "gdp",
      region: "泸州",
      year: 2027,
      kind: "growth_rate",
      rate: 6,
      type: "min",
      baseline: { year: 2019, value: 0 },
    });
    expect(zeroBase.status).toBe(422);
    expect(zeroBase.body.error.issues[0].path).toBe("baseline.value");
    const badKind = await post({ indicator: "gdp", region: "泸州", year: 2027, kind: "share", value: 1, type: "min" });
    expect(badKind.body.error.issues[0].path).toBe("kind");
    expect(await prisma.target.count()).toBe(before);
  });
});

describe("reduction: 化学需氧量排放量 of the cluster, 2020 = 50 万吨, a fall of at least 10 % by 2025", () => {
  it("schedule and final", async () => {
    expect(
      (
        await callJson(postIndicator, "/api/v1/indicators", {
          token: admin,
          body: { code: "cod_emissions", nameZh: "化学需氧量排放量", nameEn: "COD emissions", unit: "万吨" },
        })
      ).status,
    ).toBe(201);
    const r = await post({
      indicator: "cod_emissions",
      region: "CHENGYU",
      year: 2025,
      kind: "reduction",
      rate: 10,
      type: "min",
      baseline: { year: 2020, value: 50 },
    });
    expect(r.status).toBe(201);
    // 50 · (1 − 0.10) = 45
    expect(r.body.target).toMatchObject({ kind: "reduction", rate: 10, value: 45 });
    await addFigures("cod_emissions", "CHENGYU", [[2023, 47.2]], "2024-03-01T00:00:00Z");
    const e = await progress("cod_emissions", "CHENGYU", "2024-06-01");
    // (50 − 47.2)/(50 − 45) = 2.8/5 = 0.56; time (2023 − 2020)/5 = 0.6; lag 60 − 56 = 4 pp → on track
    expect(e).toMatchObject({ kind: "reduction", rate: 10, status: "on_track", timeShare: 0.6 });
    expect(e.completion).toBeCloseTo(0.56, 10);
    expect(e.lagPp).toBeCloseTo(4, 8);

    await addFigures("cod_emissions", "CHENGYU", [[2025, 45.5]], "2026-03-01T00:00:00Z");
    const f = await progress("cod_emissions", "CHENGYU", "2026-06-01");
    // fall (50 − 45.5)/50 = 9 % < 10 %; completion 4.5/5 = 90 % < 95 % → not achieved
    expect(f.status).toBe("not_achieved");
    expect(f.completion).toBeCloseTo(0.9, 10);
    expect(f.explanation.zh).toContain("2025年实际45.5万吨，较基期下降9%（规划10%），完成度90.0% → 未完成");
  });
});

describe("cumulative: new urban jobs, 2021–2025 at least 500 万人", () => {
  it("running sum against the target, and a missing year named, not guessed", async () => {
    expect(
      (
        await callJson(postIndicator, "/api/v1/indicators", {
          token: admin,
          body: { code: "new_urban_jobs", nameZh: "城镇新增就业", nameEn: "New urban jobs", unit: "万人" },
        })
      ).status,
    ).toBe(201);
    for (const region of ["CHENGYU", "510500"]) {
      const r = await post({ indicator: "new_urban_jobs", region, year: 2025, kind: "cumulative", value: 500, type: "min", baseline: { year: 2020 } });
      expect(r.status).toBe(201);
      expect(r.body.target).toMatchObject({ kind: "cumulative", rate: null, value: 500, baseline: null });
    }
    await addFigures(
      "new_urban_jobs",
      "CHENGYU",
      [
        [2021, 110],
        [2022, 100],
        [2023, 120],
      ],
      "2024-03-01T00:00:00Z",
    );
    const e = await progress("new_urban_jobs", "CHENGYU", "2024-06-01");
    // 110 + 100 + 120 = 330; 330/500 = 0.66; time 3/5 = 0.6; lag 60 − 66 = −6 pp → on track
    expect(e).toMatchObject({ kind: "cumulative", status: "on_track", timeShare: 0.6, basis: { year: 2023, value: 120 } });
    expect(e.completion).toBeCloseTo(0.66, 10);
    expect(e.lagPp).toBeCloseTo(-6, 8);
    expect(e.lenses).toEqual({ unsd: null, statcan: null, escap: null, linear: null });
    expect(e.explanation.zh).toContain("2021—2023年累计330万人");

    // 泸州: 2021, 2023 and 2024 but no 2022
    await addFigures(
      "new_urban_jobs",
      "510500",
      [
        [2021, 10],
        [2023, 12],
        [2024, 9],
      ],
      "2025-03-01T00:00:00Z",
    );
    const m = await progress("new_urban_jobs", "510500", "2025-06-01");
    expect(m).toMatchObject({ kind: "cumulative", status: "no_data", completion: null });
    expect(m.explanation.zh).toContain("2021—2024年中缺2022年数据，不推算累计值");
    expect(m.explanation.en).toContain("no figure for 2022 within 2021–2024: the sum is not estimated");
  });

  it("the targets list carries kind and rate", async () => {
    const listed = (await callJson(listTargets, "/api/v1/targets?indicator=new_urban_jobs&region=CHENGYU", { token: viewer })).body.targets;
    expect(listed).toEqual([expect.objectContaining({ kind: "cumulative", rate: null, value: 500, baselineYear: 2020 })]);
  });
});
