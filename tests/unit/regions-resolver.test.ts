import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { createRegionResolver } from "@/lib/regions/resolver";
import { shortName } from "@/lib/regions/short-name";
import { type RegionInput } from "@/lib/regions/types";

// The real seed rows, so the table below breaks if the seed data changes under us.
function seedRegions(): RegionInput[] {
  const file = path.resolve(import.meta.dirname, "../../prisma/seed-data/regions.csv");
  const rows = parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((row) => ({
    adcode: row.adcode ?? "",
    nameZh: row.name_zh ?? "",
    nameEn: row.name_en ?? "",
    aliases: (row.aliases_zh ?? "")
      .split(";")
      .map((a) => a.trim())
      .filter(Boolean),
  }));
}

const CLUSTER: RegionInput = {
  adcode: "CHENGYU",
  nameZh: "成渝城市群",
  nameEn: "Chengdu-Chongqing City Cluster",
  aliases: ["成渝地区"],
};

const regions = [...seedRegions(), CLUSTER];
const resolve = createRegionResolver(regions);

describe("createRegionResolver: accepted spellings", () => {
  it.each([
    // administrative codes, also full-width and padded
    ["510500", "510500", "adcode"],
    ["５１０５００", "510500", "adcode"],
    ["  500154 ", "500154", "adcode"],
    ["CHENGYU", "CHENGYU", "adcode"],
    ["chengyu", "CHENGYU", "adcode"],
    // full names
    ["泸州市", "510500", "name"],
    [" 泸州 市 ", "510500", "name"],
    ["万州区", "500101", "name"],
    ["忠县", "500233", "name"],
    ["成渝城市群", "CHENGYU", "name"],
    ["四川省", "510000", "name"],
    // explicit aliases, including historic names
    ["开县", "500154", "alias"],
    ["开州", "500154", "alias"],
    ["梁平县", "500155", "alias"],
    ["梁平", "500155", "alias"],
    ["万州", "500101", "alias"],
    ["成渝地区", "CHENGYU", "alias"],
    // derived short names
    ["泸州", "510500", "short_name"],
    ["成都", "510100", "short_name"],
    ["合江", "510522", "short_name"],
    ["重庆", "500000", "short_name"],
    ["四川", "510000", "short_name"],
    // English
    ["Luzhou", "510500", "english"],
    ["luzhou", "510500", "english"],
    ["ＬＵＺＨＯＵ", "510500", "english"],
    ["Luzhou City", "510500", "english"],
    ["Guang'an", "511600", "english"],
    ["Guangan", "511600", "english"],
    ["Zhongxian", "500233", "english"],
    ["chengdu-chongqing city cluster", "CHENGYU", "english"],
  ])("%j → %s by %s", (text, adcode, matchedBy) => {
    expect(resolve(text)).toEqual({ ok: true, adcode, matchedBy });
  });
});

describe("createRegionResolver: failures", () => {
  it("rejects an unknown name with suggestions sharing characters", () => {
    const result = resolve("泸洲");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.suggestions).toEqual(["泸州市"]);
    expect(result.error.zh).toBe(
      "无法识别的地区“泸洲”；可填写行政区划代码（如 510000）、全称（如 四川省）、简称（如 四川）或英文名（如 Sichuan）。是否指：泸州市？",
    );
    expect(result.error.en).toContain('unrecognised region "泸洲"');
    expect(result.error.en).toContain("Did you mean: 泸州市?");
  });

  it.each([
    ["万洲", ["万州区"]],
    ["南川市", ["南川区", "四川省", "南充市"]], // most shared characters first
    ["沙坪区", ["沙坪坝区"]],
    ["Luzou", ["泸州市"]],
    ["Wanzou", ["万州区"]],
    ["上海", []],
    ["London", []],
    ["999999", []],
  ])("%j → suggestions %j", (text, suggestions) => {
    const result = resolve(text);
    expect(result).toMatchObject({ ok: false, suggestions });
  });

  it("returns at most 3 suggestions, in list order on ties", () => {
    // 江 appears in 内江市, 合江县, 江北区, 綦江区, 江津区
    expect(resolve("江")).toMatchObject({ ok: false, suggestions: ["内江市", "合江县", "江北区"] });
  });

  it("rejects an empty cell", () => {
    const result = resolve("  ");
    expect(result).toMatchObject({ ok: false, suggestions: [] });
    if (!result.ok) expect(result.error.zh).toMatch(/^地区为空/);
  });

  // The seed has no real clash, so add Ningbo's 江北区 (330205) next to Chongqing's.
  const withClash = createRegionResolver([...regions, { adcode: "330205", nameZh: "江北区", nameEn: "Jiangbei", aliases: [] }]);

  it.each([["江北区"], ["Jiangbei"]])("%j matching two regions is ambiguous and says which", (text) => {
    const result = withClash(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.suggestions).toEqual(["500105", "330205"]);
    expect(result.error.zh).toContain("有歧义，可指：江北区（500105）、江北区（330205）");
    expect(result.error.en).toContain("江北区 Jiangbei (500105), 江北区 Jiangbei (330205)");
  });

  it("an explicit alias outranks another region's derived short name", () => {
    expect(withClash("江北")).toEqual({ ok: true, adcode: "500105", matchedBy: "alias" });
    expect(withClash("500105")).toEqual({ ok: true, adcode: "500105", matchedBy: "adcode" });
  });
});

describe("shortName", () => {
  it.each([
    ["泸州市", "泸州"],
    ["万州区", "万州"],
    ["合江县", "合江"],
    ["大渡口区", "大渡口"],
    ["四川省", "四川"],
    ["忠县", "忠县"], // one character left is not a name
    ["成渝城市群", "成渝城市群"],
    [" 泸州市 ", "泸州"],
    ["", ""],
  ])("%j → %j", (name, expected) => {
    expect(shortName(name)).toBe(expected);
  });
});
