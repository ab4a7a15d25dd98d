// The "why this colour" rows, built from a real evaluation of a hand-checked case:
// baseline 2014 = 111.59, latest 2018 = 161.97, target 2020 = 200 (泸州, as of 2019).
import { describe, expect, it } from "vitest";
import { toApiEntry, type ProgressEntry } from "@/lib/progress/entry";
import { evaluateTarget } from "@/lib/progress/evaluate";
import { buildLensRows, missingBaselineNote } from "@/lib/progress/lens-rows";

const unit = { zh: "万人", en: "10k persons" };
const result = evaluateTarget({
  target: { year: 2020, value: 200, type: "min" },
  plan: { baseYear: 2014, startYear: 2016, outlookYear: 2030 },
  observations: [
    { year: 2014, value: 111.59, flags: [] },
    { year: 2018, value: 161.97, flags: [] },
  ],
  evaluationYear: 2019,
  unit,
});

describe("buildLensRows", () => {
  const rows = Object.fromEntries(buildLensRows(result, unit, 2030).map((r) => [r.key, r]));

  it("lists every lens with its formula, in a fixed order", () => {
    expect(Object.keys(rows)).toEqual([
      "completion",
      "timeShare",
      "lag",
      "cagrActual",
      "cagrRequired",
      "projected",
      "unsd",
      "statcan",
      "escap",
      "linear",
      "yearsToTarget",
    ]);
    expect(rows.lag!.formula).toBe("lag = 100 · (s − c)");
  });

  it.each([
    // 50.38 / 88.41 = 57.0 %; 4 / 6 = 66.7 %; 66.67 − 56.98 = 9.7
    ["completion", "57.0%", "57.0%"],
    ["timeShare", "66.7%", "66.7%"],
    ["lag", "9.7", "9.7"],
    // (161.97/111.59)^(1/4) − 1 = 9.76 %; (200/111.59)^(1/6) − 1 = 10.21 %
    ["cagrActual", "9.8%", "9.8%"],
    ["cagrRequired", "10.2%", "10.2%"],
    // 161.97 · 1.09762² = 195.14
    ["projected", "195.14万人", "195.14 10k persons"],
    ["unsd", "0.945（有一定进展）", "0.945 (fair progress)"],
    ["statcan", "0.956（显著进展）", "0.956 (substantial progress)"],
    ["escap", "5.7", "5.7"],
    // slope 50.38 / 4 = 12.595; 161.97 + 2 · 12.595 = 187.16; + 12 · 12.595 = 313.11
    [
      "linear",
      "k = 12.595万人/年；v(T) = 187.16万人；v(2030) = 313.11万人",
      "k = 12.595 10k persons/yr; v(T) = 187.16 10k persons; v(2030) = 313.11 10k persons",
    ],
    // ln(200/161.97)/ln(1.09762) = 2.26; (200 − 161.97)/12.595 = 3.02
    ["yearsToTarget", "增速法 2.3年；线性 3.0年", "at growth rate 2.3 years; linear 3.0 years"],
  ])("%s = %s", (key, zh, en) => {
    expect(rows[key]!.value).toEqual({ zh, en });
  });

  it("says why a lens is missing", () => {
    const noBase = evaluateTarget({
      target: { year: 2020, value: 150, type: "min" },
      plan: { baseYear: 2014, startYear: 2016, outlookYear: 2030 },
      observations: [{ year: 2018, value: 140.2, flags: [] }],
      evaluationYear: 2019,
      unit,
    });
    // no baseline: said once, and no row of dashes
    expect(buildLensRows(noBase, unit, 2030)).toEqual([]);
    expect(missingBaselineNote(noBase)).toEqual({ zh: "无基期值：需要基期的视角不计算。", en: "No baseline: lenses that need one are not computed." });
    expect(missingBaselineNote(result)).toBeNull();
  });
});

describe("toApiEntry", () => {
  it("keeps exactly the documented fields, without the page-only ones", () => {
    const entry: ProgressEntry = {
      targetId: 1,
      indicator: "urban_population",
      indicatorNameZh: "中心城区城市人口",
      indicatorNameEn: "Urban population",
      unit: "万人",
      region: { adcode: "510500", nameZh: "泸州市", nameEn: "Luzhou" },
      targetYear: 2020,
      targetValue: 200,
      targetType: "min",
      kind: "level",
      rate: null,
      baseline: { year: 2014, value: 111.59 },
      latest: { year: 2018, value: 161.97 },
      basis: { year: 2018, value: 161.97 },
      completion: result.completion,
      timeShare: result.timeShare,
      lagPp: result.lagPp,
      status: result.status,
      final: null,
      lenses: { unsd: result.lenses.unsd, statcan: result.lenses.statcan, escap: result.lenses.escap, linear: result.lenses.linear },
      explanation: result.explanation,
      caveats: [],
      detail: result,
      observations: [],
    };
    const api = toApiEntry(entry);
    expect(Object.keys(api)).toEqual([
      "targetId",
      "indicator",
      "region",
      "targetYear",
      "targetValue",
      "targetType",
      "kind",
      "rate",
      "baseline",
      "latest",
      "basis",
      "completion",
      "timeShare",
      "lagPp",
      "status",
      "final",
      "lenses",
      "explanation",
      "caveats",
    ]);
    expect(api.region).toEqual({ adcode: "510500", nameZh: "泸州市" });
    expect(Object.keys(api.lenses)).toEqual(["unsd", "statcan", "escap", "linear"]);
  });
});
