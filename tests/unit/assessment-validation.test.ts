// The assessment input shared by the goals form and the API.
import { describe, expect, it } from "vitest";
import { isHttpUrl } from "@/lib/util/url";
import { assessmentInput, parseEvidenceLines } from "@/lib/validation/assessment";

describe("isHttpUrl", () => {
  it.each([
    ["https://www.ndrc.gov.cn/xxgk/zcfb/ghwb/201605/t20160504_962205.html", true],
    ["http://example.com", true],
    ["HTTPS://EXAMPLE.COM/a?b=c#d", true],
    ["javascript:alert(1)", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["ftp://example.com/file", false],
    ["//example.com", false],
    ["/relative/path", false],
    ["example.com", false],
    ["https://", false],
    ["", false],
  ])("%s → %s", (url, ok) => {
    expect(isHttpUrl(url)).toBe(ok);
  });
});

describe("parseEvidenceLines", () => {
  it.each([
    ["", []],
    ["\n  \n", []],
    ["统计公报 | https://a.example/1", [{ title: "统计公报", url: "https://a.example/1" }]],
    ["https://a.example/1", [{ title: "https://a.example/1", url: "https://a.example/1" }]],
    // the last bar separates, so a title may contain one
    [
      "A | B | https://a.example/2\r\n年鉴|http://b.example",
      [
        { title: "A | B", url: "https://a.example/2" },
        { title: "年鉴", url: "http://b.example" },
      ],
    ],
    // a bad URL is passed on so the schema can refuse it
    ["bad | javascript:alert(1)", [{ title: "bad", url: "javascript:alert(1)" }]],
  ])("%j", (text, want) => {
    expect(parseEvidenceLines(text)).toEqual(want);
  });
});

describe("assessmentInput", () => {
  const valid = { year: 2020, rating: "lagging", narrative: "城镇体系建设滞后于规划。", evidence: [{ title: "公报", url: "https://stats.example/2020" }] };

  it("accepts a valid assessment, coerces the year and trims", () => {
    expect(assessmentInput.parse({ ...valid, year: "2020", narrative: "  ok  " })).toEqual({ ...valid, narrative: "ok" });
    expect(assessmentInput.parse({ year: 2021, rating: "good", narrative: "x" }).evidence).toEqual([]);
  });

  it.each([
    ["year", { ...valid, year: 1999 }],
    ["year", { ...valid, year: 2020.5 }],
    ["year", { ...valid, year: "soon" }],
    ["rating", { ...valid, rating: "excellent" }],
    ["narrative", { ...valid, narrative: "   " }],
    ["narrative", { ...valid, narrative: "x".repeat(5001) }],
    ["evidence", { ...valid, evidence: [{ title: "x", url: "javascript:alert(1)" }] }],
    ["evidence", { ...valid, evidence: [{ title: "", url: "https://a.example" }] }],
    ["evidence", { ...valid, evidence: Array.from({ length: 21 }, (_, i) => ({ title: `t${i}`, url: `https://a.example/${i}` })) }],
  ])("refuses a bad %s", (field, input) => {
    const r = assessmentInput.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path[0]).toBe(field);
  });
});
