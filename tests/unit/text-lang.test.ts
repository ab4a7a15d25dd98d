import { describe, expect, it } from "vitest";
import { splitChineseRuns, textLang } from "@/lib/i18n/text-lang";

describe("textLang", () => {
  it.each([
    ["泸州统计年鉴", "zh-CN"],
    ["Yearbook 2019", undefined],
    ["", undefined],
    [null, undefined],
  ] as const)("%s → %s", (text, lang) => expect(textLang(text)).toBe(lang));
});

describe("splitChineseRuns", () => {
  it.each([
    ["statistical year (2018)", [{ text: "statistical year (2018)", zh: false }]],
    [
      "empty = the indicator's unit (人 ↔ 万人 …)",
      [
        { text: "empty = the indicator's unit (", zh: false },
        { text: "人", zh: true },
        { text: " ↔ ", zh: false },
        { text: "万人", zh: true },
        { text: " …)", zh: false },
      ],
    ],
    [
      "name (510500, 泸州市, 泸州, 开县)",
      [
        { text: "name (510500, ", zh: false },
        { text: "泸州市", zh: true },
        { text: ", ", zh: false },
        { text: "泸州", zh: true },
        { text: ", ", zh: false },
        { text: "开县", zh: true },
        { text: ")", zh: false },
      ],
    ],
    ["城市，人口", [{ text: "城市，人口", zh: true }]],
  ])("%s", (text, runs) => expect(splitChineseRuns(text)).toEqual(runs));
});
