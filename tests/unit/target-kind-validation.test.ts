import { describe, expect, it } from "vitest";
import { targetCreate } from "@/lib/validation/catalogue";
import { targetKindIssues } from "@/lib/validation/target-kind";

describe("targetKindIssues: the fields each kind needs", () => {
  it.each([
    ["level with a value", { kind: "level", value: 1 }, []],
    ["level without a value", { kind: "level" }, ["value:required"]],
    ["level with a rate", { kind: "level", value: 1, rate: 5 }, ["rate:rateNotForKind"]],
    ["level baseline without a value", { kind: "level", value: 1, baseline: { year: 2014 } }, ["baseline.value:required"]],
    ["cumulative with the year b alone", { kind: "cumulative", value: 500, baseline: { year: 2020 } }, []],
    ["growth complete", { kind: "growth_rate", rate: 6, baseline: { year: 2019, value: 63000 } }, []],
    ["growth without anything", { kind: "growth_rate" }, ["rate:rateRequired", "baseline:rateBaseline"]],
    ["growth baseline without a value", { kind: "growth_rate", rate: 6, baseline: { year: 2019 } }, ["baseline.value:rateBaseline"]],
    ["reduction with a value", { kind: "reduction", rate: 13.5, value: 1, baseline: { year: 2020, value: 1 } }, ["value:valueImplied"]],
  ] as const)("%s", (_name, fields, expected) => {
    expect(targetKindIssues(fields as never).map((i) => `${i.path.join(".")}:${i.key}`)).toEqual(expected);
  });
});

describe("targetCreate", () => {
  const base = { indicator: "gdp", region: "CHENGYU", year: 2027, type: "min", clause: "x" };
  it("defaults the kind to level and needs a value then", () => {
    const ok = targetCreate.safeParse({ ...base, value: 1 });
    expect(ok.success && ok.data.kind).toBe("level");
    const bad = targetCreate.safeParse(base);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["value"]);
  });
  it("reads a growth target's rate and baseline", () => {
    const r = targetCreate.safeParse({ ...base, kind: "growth_rate", rate: "6", baseline: { year: 2019, value: "63,000" } });
    expect(r.success && [r.data.rate, r.data.baseline?.value?.value]).toEqual([6, 63000]);
  });
  it("refuses an unknown kind and a rate below −100 %", () => {
    expect(targetCreate.safeParse({ ...base, value: 1, kind: "share" }).error?.issues[0]?.message).toBe("targetKind");
    expect(targetCreate.safeParse({ ...base, kind: "reduction", rate: -101, baseline: { year: 2020, value: 1 } }).error?.issues[0]?.path).toEqual(["rate"]);
  });
});
