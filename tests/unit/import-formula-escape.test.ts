import { describe, expect, it } from "vitest";
import { escapeCsvText, escapeXlsxText, unescapeCellText } from "@/lib/import/formula-escape";

describe("formula escape for CSV exports", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","点我")', '\'=HYPERLINK("http://evil.example","点我")'],
    ["+86 28 1234", "'+86 28 1234"],
    ["-统计局", "'-统计局"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["'=x", "''=x"],
    ["''-x", "'''-x"],
    // untouched: ordinary text, a trigger not in first place, a lone apostrophe
    ["四川统计年鉴2019", "四川统计年鉴2019"],
    ["a=b", "a=b"],
    [" =x", " =x"],
    ["'abc", "'abc"],
    ["'", "'"],
    ["", ""],
  ])("escapeCsvText(%j) = %j and unescapes back", (text, escaped) => {
    expect(escapeCsvText(text)).toBe(escaped);
    expect(unescapeCellText(escaped)).toBe(text);
  });

  it.each([
    ["=x", "=x"],
    ["-统计局", "-统计局"],
    ["'=x", "''=x"],
    ["'abc", "'abc"],
  ])("escapeXlsxText(%j) = %j and unescapes back", (text, escaped) => {
    expect(escapeXlsxText(text)).toBe(escaped);
    expect(unescapeCellText(escaped)).toBe(text);
  });

  it.each([
    ["'=x", "=x"],
    ["'-3.5", "-3.5"],
    ["''=x", "'=x"],
    ["'abc", "'abc"],
    ["=x", "=x"],
    ["-3.5", "-3.5"],
  ])("unescapeCellText(%j) = %j", (cell, text) => {
    expect(unescapeCellText(cell)).toBe(text);
  });
});
