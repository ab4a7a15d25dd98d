import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getProgress } from "@/lib/data/progress";
import type { Actor } from "@/lib/permissions";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

// The sample data evaluated by the rules of issue 4. Every expectation below was worked
// out by hand from prisma/seed-data (targets of 专栏1, observations-sample.csv), never by
// calling the code under test.

let actor: Actor;
const PLAN = "chengyu-2016";

// History fixture: the seed writes every figure "now". To evaluate the plan as it stood
// on past days, date each sample figure to when it was published: the 2014–2018 figures
// by mid-2019, the 2020 figures by mid-2021.
async function datePublications(): Promise<void> {
  await prisma.$executeRaw`UPDATE "Observation" SET "createdAt" = '2019-06-30T00:00:00Z', "publishedAt" = '2019-06-30T00:00:00Z' WHERE year <= 2018`;
  await prisma.$executeRaw`UPDATE "Observation" SET "createdAt" = '2021-06-30T00:00:00Z', "publishedAt" = '2021-06-30T00:00:00Z' WHERE year >= 2019`;
}

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  await datePublications();
  const { user } = await createUser("viewer");
  actor = { kind: "user", userId: user.id, role: "viewer", name: user.name, email: user.email, via: "session" };
});

const key = (e: { region: { nameZh: string }; indicator: string }) => `${e.region.nameZh} ${e.indicator}`;

describe("sample data evaluated today (2026): the 2020 targets are history", () => {
  // [target, status, final year, final value, latest year, latest value]
  const expected: [string, string, number | null, number | null, number | null, number | null][] = [
    ["万州区 urban_population", "no_data", null, null, null, null],
    ["万州区 urban_construction_land", "no_data", null, null, null, null],
    ["黔江区 urban_population", "no_data", null, null, null, null],
    ["黔江区 urban_construction_land", "no_data", null, null, null, null],
    // 141.97 < 150 in 2020
    ["绵阳市 urban_population", "not_achieved", 2020, 141.97, 2020, 141.97],
    // 167.58 > the 150 km² ceiling
    ["绵阳市 urban_construction_land", "exceeded", 2020, 167.58, 2020, 167.58],
    // only 2018 (137 万人): no figure for 2019, 2020 or 2021
    ["南充市 urban_population", "no_data", null, null, 2018, 137],
    ["南充市 urban_construction_land", "no_data", null, null, null, null],
    ["乐山市 urban_population", "no_data", null, null, 2018, 81.2],
    ["乐山市 urban_construction_land", "no_data", null, null, null, null],
    ["泸州市 urban_population", "no_data", null, null, 2018, 161.97],
    ["泸州市 urban_construction_land", "no_data", null, null, 2014, 113.17],
    ["宜宾市 urban_population", "no_data", null, null, 2018, 129.59],
    ["宜宾市 urban_construction_land", "no_data", null, null, null, null],
  ];

  it("gives each of the 14 targets the status the rules say", async () => {
    const answer = await getProgress(actor, { planSlug: PLAN, asOf: new Date("2026-03-01T00:00:00+08:00") });
    expect(answer?.evaluationYear).toBe(2026);
    const got = answer!.entries.map((e) => [key(e), e.status, e.final?.year ?? null, e.final?.value ?? null, e.latest?.year ?? null, e.latest?.value ?? null]);
    expect(got).toEqual(expected);
    expect(answer!.entries.every((e) => e.final !== null && e.timeShare === null)).toBe(true);
  });

  it("explains the two judged targets with their numbers and caveats", async () => {
    const answer = await getProgress(actor, { planSlug: PLAN, asOf: new Date("2026-03-01T00:00:00+08:00"), region: "510700" });
    const [pop, land] = answer!.entries;
    // 141.97 / 150 = 94.6 %
    expect(pop!.explanation.zh).toBe("2020年目标150万人；2020年实际141.97万人，差8.03万人 → 未完成；注：数据可信度低");
    expect(pop!.caveats).toEqual(["low_confidence"]);
    // 167.58 − 150 = 17.58 km² over the cap
    expect(land!.explanation.zh).toBe("2020年上限150km²；2020年实际167.58km²，超出上限17.58km² → 超出上限；注：口径不一致、数据可信度低");
    expect(land!.explanation.en).toBe(
      "Ceiling 2020: 150 km²; actual 2020: 167.58 km², 17.58 km² above the ceiling → Exceeded (ceiling); note: definition differs from the plan's, low-confidence source",
    );
  });
});

describe("sample data evaluated as of 2019-12-31: the schedule check (序时进度)", () => {
  it("puts 泸州 urban population on track: 57.0 % done, 66.7 % of time, 9.7 pp behind", async () => {
    const answer = await getProgress(actor, {
      planSlug: PLAN,
      asOf: new Date("2019-12-31T23:59:59.999+08:00"),
      region: "510500",
      indicator: "urban_population",
    });
    expect(answer?.evaluationYear).toBe(2019);
    const [e] = answer!.entries;
    expect(e!.baseline).toEqual({ year: 2014, value: 111.59 });
    expect(e!.latest).toEqual({ year: 2018, value: 161.97 });
    // (161.97 − 111.59) / (200 − 111.59) = 50.38 / 88.41 = 0.56985
    expect(e!.completion).toBeCloseTo(0.56985, 4);
    // (2018 − 2014) / (2020 − 2014) = 4 / 6
    expect(e!.timeShare).toBeCloseTo(0.66667, 4);
    expect(e!.lagPp).toBeCloseTo(9.682, 2);
    expect(e!.status).toBe("on_track");
    expect(e!.final).toBeNull();
    expect(e!.explanation.zh).toBe(
      "基期2014年111.59万人 → 目标2020年200万人；2018年161.97万人；完成57.0%，时间进度66.7%，滞后9.7个百分点 → 绿（在序时进度容差内）；注：口径不一致、数据可信度低",
    );
    expect(e!.caveats).toEqual(["definition_differs", "low_confidence"]);
    // lenses: CAGR_a = (161.97/111.59)^(1/4) − 1 = 9.762 %; CAGR_r = (200/111.59)^(1/6) − 1 = 10.213 %
    // v̂_2020 = 161.97 · 1.09762² = 195.137; UNSD r = (195.137 − 111.59) / 88.41 = 0.9450 → fair
    expect(e!.lenses.unsd?.ratio).toBeCloseTo(0.945, 3);
    expect(e!.lenses.unsd?.category).toBe("fair");
    // StatCan R = 9.762 / 10.213 = 0.9558 → substantial; ESCAP CS = 10 · 50.38 / 88.41 = 5.698
    expect(e!.lenses.statcan?.ratio).toBeCloseTo(0.9558, 3);
    expect(e!.lenses.statcan?.category).toBe("substantial");
    expect(e!.lenses.escap?.score).toBeCloseTo(5.698, 3);
    // linear through (2014, 111.59) and (2018, 161.97): 12.595 per year → 187.16 in 2020
    expect(e!.lenses.linear?.slope).toBeCloseTo(12.595, 3);
    expect(e!.lenses.linear?.projectedAtTarget).toBeCloseTo(187.16, 2);
  });

  it("gives the other targets what their data allow", async () => {
    const answer = await getProgress(actor, { planSlug: PLAN, asOf: new Date("2019-12-31T23:59:59.999+08:00") });
    const got = Object.fromEntries(answer!.entries.map((e) => [key(e), e.status]));
    expect(got).toEqual({
      "万州区 urban_population": "no_data",
      "万州区 urban_construction_land": "no_data",
      "黔江区 urban_population": "no_data",
      "黔江区 urban_construction_land": "no_data",
      // 2017 138.1 and 2018 140.2, no 2014 figure and nothing before 2016: below 150, no baseline
      "绵阳市 urban_population": "no_baseline",
      // 2017 149.5 ≤ 150: not (yet) over the cap, no baseline to measure the pace
      "绵阳市 urban_construction_land": "no_baseline",
      "南充市 urban_population": "no_baseline",
      "南充市 urban_construction_land": "no_data",
      "乐山市 urban_population": "no_baseline",
      "乐山市 urban_construction_land": "no_data",
      "泸州市 urban_population": "on_track",
      // only the 2014 baseline itself: nothing observed since
      "泸州市 urban_construction_land": "no_data",
      "宜宾市 urban_population": "no_baseline",
      "宜宾市 urban_construction_land": "no_data",
    });
  });

  it("sees nothing as of a day before any figure was published", async () => {
    const answer = await getProgress(actor, { planSlug: PLAN, asOf: new Date("2019-01-01T00:00:00+08:00") });
    expect(answer!.entries.map((e) => e.status)).toEqual(Array(14).fill("no_data"));
  });
});
