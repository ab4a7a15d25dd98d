import { describe, expect, it } from "vitest";
import { chineseNumeral, clauseLabel } from "@/lib/i18n/plan-clause";

describe("clauseLabel", () => {
  it.each([
    ["第四章", "Chapter 4"],
    ["第九章", "Chapter 9"],
    ["第二章第三节", "Chapter 2, Section 3"],
    ["第三章第一节", "Chapter 3, Section 1"],
    ["专栏1", "Box 1"],
    ["专栏 3", "Box 3"],
    ["第十二章", "Chapter 12"],
    ["附件", "附件"], // not a clause reference: as written
    ["", ""],
  ])("%s → %s", (clause, en) => {
    expect(clauseLabel(clause, "en")).toBe(en);
  });

  it("Chinese keeps the plan's wording", () => {
    expect(clauseLabel("第二章第三节", "zh")).toBe("第二章第三节");
  });

  it.each([
    ["一", 1],
    ["十", 10],
    ["十一", 11],
    ["二十", 20],
    ["二十三", 23],
    ["7", 7],
  ])("numeral %s = %d", (s, n) => {
    expect(chineseNumeral(s)).toBe(n);
  });
});
