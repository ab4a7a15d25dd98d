import { describe, expect, it } from "vitest";
import { targetCreate } from "@/lib/validation/catalogue";
import { VALIDATION_MESSAGES } from "@/lib/validation/messages";
import { targetKindIssues } from "@/lib/validation/target-kind";

const reduction = (rate: number) => ({ kind: "reduction" as const, rate, baseline: { year: 2020, value: 0.5 } });

describe("a reduction is a fall of more than 0 and at most 100 percent", () => {
  it.each([
    [13.5, []],
    [100, []],
    [0.1, []],
    [120, [{ path: ["rate"], key: "reductionRange" }]],
    [100.01, [{ path: ["rate"], key: "reductionRange" }]],
    [0, [{ path: ["rate"], key: "reductionRange" }]],
    [-5, [{ path: ["rate"], key: "reductionRange" }]],
  ])("rate %s → %j", (rate, issues) => {
    expect(targetKindIssues(reduction(rate))).toEqual(issues);
  });

  it("growth rates keep their range (a fall of 3 % a year is a growth rate of -3)", () => {
    expect(targetKindIssues({ kind: "growth_rate", rate: -3, baseline: { year: 2020, value: 5 } })).toEqual([]);
    expect(targetKindIssues({ kind: "growth_rate", rate: 150, baseline: { year: 2020, value: 5 } })).toEqual([]);
  });

  it("the target form's schema refuses it at `rate` with the bilingual message", () => {
    const r = targetCreate.safeParse({
      indicator: "energy_intensity",
      region: "CHENGYU",
      year: 2025,
      type: "min",
      kind: "reduction",
      rate: "120",
      baseline: { year: 2020, value: "0.5" },
      clause: "表1",
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["rate", "reductionRange"]]);
    expect(VALIDATION_MESSAGES.reductionRange).toEqual({
      zh: "降低幅度应大于 0 且不超过 100（百分比：13.5 表示较基期降低 13.5%）",
      en: "a reduction must be a fall of more than 0 and at most 100 percent (13.5 = 13.5 % below the baseline)",
    });
  });
});
