import { describe, expect, it } from "vitest";
import { dictionary } from "@/lib/i18n/dictionary";
import { withClauses } from "@/lib/i18n/plan-clause";

// Words that belong to one plan (the 2016 成渝城市群发展规划), not to the UI of any plan.
const PLAN_SPECIFIC = /专栏|Box \d|20[0-3]\d|成渝|Chengdu|Chongqing|川渝|Sichuan|一轴|两带|双核|三区|one axis|two belts|two cores|three zones/i;

describe("generic UI text names no one plan", () => {
  it.each(["zh", "en"] as const)("%s: the spatial, regions and indicators pages' strings", (locale) => {
    const t = dictionary[locale];
    const texts = { ...t.spatial, ...t.regions, ...t.indicators };
    const offending = Object.entries(texts).filter(([, v]) => typeof v === "string" && PLAN_SPECIFIC.test(v));
    expect(offending).toEqual([]);
  });

  it.each([
    ["区域中心城市", ["专栏1", "专栏1", null], "zh", "区域中心城市（专栏1）"],
    ["Regional centre cities", ["专栏1"], "en", "Regional centre cities (Box 1)"],
    ["合作组团", ["专栏3", "第三章第二节"], "zh", "合作组团（专栏3、第三章第二节）"],
    ["Cooperation groups", ["专栏3", "第三章第二节"], "en", "Cooperation groups (Box 3, Chapter 3, Section 2)"],
    ["重要节点城市", ["", null], "zh", "重要节点城市"],
  ] as const)("%s + clauses %j (%s) → %s", (label, clauses, locale, expected) => {
    expect(withClauses(label, clauses, locale)).toBe(expected);
  });
});
