import { describe, expect, it } from "vitest";
import { buildPlanStrips, stripKey, type StripPlanInput } from "@/lib/plans/plan-strip";

const POP = stripKey("resident_population", "CHENGYU");
const GDP = stripKey("gdp", "CHENGYU");
const URB = stripKey("urbanization_rate", "CHENGYU");
const CITY = stripKey("urban_population", "500101");

const plan2016: StripPlanInput = {
  slug: "chengyu-2016",
  nameZh: "成渝城市群发展规划",
  nameEn: "Chengdu–Chongqing City Cluster plan",
  short: { zh: "2016年规划", en: "2016 plan" },
  periodStart: 2016,
  periodEnd: 2020,
  baselines: new Map([
    [POP, { year: 2014, value: 9094 }],
    [GDP, { year: 2014, value: 37600 }],
  ]),
  targets: new Map([
    [CITY, { year: 2020, value: 150, type: "min", kind: "level", rate: null }],
    [URB, { year: 2020, value: 60, type: "approx", kind: "level", rate: null }],
  ]),
  results: new Map([[URB, { status: "achieved", basis: { year: 2020, value: 61.2 } }]]),
};

const plan2021: StripPlanInput = {
  slug: "chengyu-2021",
  nameZh: "成渝地区双城经济圈建设规划纲要",
  nameEn: "Twin-City Economic Circle Outline",
  short: { zh: "2021年规划", en: "2021 plan" },
  periodStart: 2021,
  periodEnd: 2025,
  baselines: new Map([
    [stripKey("area", "CHENGYU"), { year: 2019, value: 185000 }],
    [POP, { year: 2019, value: 9600 }],
    [GDP, { year: 2019, value: 63000 }],
  ]),
  targets: new Map([[URB, { year: 2025, value: 66, type: "approx", kind: "level", rate: null }]]),
  results: new Map(),
};

// the 2020 figures "observed" for the 2016 plan's final results
const observed = (key: string, year: number) => (year === 2020 && key === POP ? { year: 2020, value: 9800 } : null);

describe("buildPlanStrips", () => {
  it("pairs the plans in period order, whichever is current, on the indicators both carry", () => {
    const expected = [
      {
        earlier: { slug: "chengyu-2016", nameZh: plan2016.nameZh, nameEn: plan2016.nameEn, short: plan2016.short, periodStart: 2016, periodEnd: 2020 },
        later: { slug: "chengyu-2021", nameZh: plan2021.nameZh, nameEn: plan2021.nameEn, short: plan2021.short, periodStart: 2021, periodEnd: 2025 },
        rows: [
          {
            indicator: "resident_population",
            region: "CHENGYU",
            earlier: { baseline: { year: 2014, value: 9094 }, target: null, result: null, observed: { year: 2020, value: 9800 } },
            later: { baseline: { year: 2019, value: 9600 }, target: null },
          },
          {
            indicator: "gdp",
            region: "CHENGYU",
            earlier: { baseline: { year: 2014, value: 37600 }, target: null, result: null, observed: null },
            later: { baseline: { year: 2019, value: 63000 }, target: null },
          },
          {
            indicator: "urbanization_rate",
            region: "CHENGYU",
            earlier: {
              baseline: null,
              target: { year: 2020, value: 60, type: "approx", kind: "level", rate: null },
              result: { status: "achieved", basis: { year: 2020, value: 61.2 } },
              observed: null,
            },
            later: { baseline: null, target: { year: 2025, value: 66, type: "approx", kind: "level", rate: null } },
          },
        ],
      },
    ];
    expect(buildPlanStrips(plan2016, [plan2016, plan2021], observed)).toEqual(expected);
    expect(buildPlanStrips(plan2021, [plan2016], observed)).toEqual(expected);
  });

  it("a plan of the same period is no predecessor: no strip", () => {
    expect(buildPlanStrips(plan2021, [{ ...plan2021, slug: "copy-2021" }], observed)).toEqual([]);
  });

  it("no shared indicator × region, no strip", () => {
    const other = {
      ...plan2021,
      slug: "other",
      baselines: new Map(),
      targets: new Map([[stripKey("gdp", "510000"), { year: 2025, value: 1, type: "min" as const, kind: "level" as const, rate: null }]]),
    };
    expect(buildPlanStrips(plan2016, [other], observed)).toEqual([]);
  });
});
