import { describe, expect, it } from "vitest";
import { validateRow } from "@/lib/import/validate-row";
import { type IndicatorRef, type RowContext } from "@/lib/import/types";
import { type RawRow } from "@/lib/import/columns";
import { createRegionResolver } from "@/lib/regions/resolver";

const INDICATORS: IndicatorRef[] = [
  { code: "urban_population", unit: "万人", nameZh: "中心城区城市人口", nameEn: "Urban population of the central city" },
  { code: "urban_construction_land", unit: "km²", nameZh: "城市建设用地", nameEn: "Urban construction land" },
  { code: "gdp", unit: "亿元", nameZh: "地区生产总值", nameEn: "GDP" },
  { code: "urbanization_rate", unit: "%", nameZh: "常住人口城镇化率", nameEn: "Urbanization rate" },
];

function findIndicator(text: string): IndicatorRef | null {
  const key = text.toLowerCase();
  return INDICATORS.find((i) => i.code === key || i.nameZh === text || i.nameEn.toLowerCase() === key) ?? null;
}

const ctx: RowContext = {
  resolveRegion: createRegionResolver([
    { adcode: "510500", nameZh: "泸州市", nameEn: "Luzhou", aliases: [] },
    { adcode: "500154", nameZh: "开州区", nameEn: "Kaizhou", aliases: ["开州", "开县"] },
    { adcode: "CHENGYU", nameZh: "成渝城市群", nameEn: "Chengdu-Chongqing City Cluster", aliases: [] },
  ]),
  findIndicator,
  minYear: 1949,
  maxYear: 2026,
  indicatorCodes: INDICATORS.map((i) => i.code),
};

const BASE: RawRow = {
  region: "泸州市",
  indicator: "urban_population",
  year: "2018",
  value: "161.97",
  unit: "万人",
  source: "中国城市建设统计年鉴2018",
  note: "",
  flags: "",
};

describe("validateRow: valid rows", () => {
  it.each([
    [{}, { value: 161.97, valueAsEntered: "161.97", unitAsEntered: "万人" }],
    [
      { value: "1,619,700", unit: "人" },
      { value: 161.97, valueAsEntered: "1619700", unitAsEntered: "人" },
    ],
    [
      { value: "１６１９７００", unit: "persons" },
      { value: 161.97, valueAsEntered: "1619700" },
    ],
    [{ unit: "" }, { value: 161.97, unitAsEntered: "" }], // empty unit = indicator unit
    [{ unit: undefined }, { value: 161.97, unitAsEntered: "" }], // no unit column at all
    [{ indicator: "中心城区城市人口" }, { indicatorCode: "urban_population" }],
    [{ indicator: "Urban population of the central city" }, { indicatorCode: "urban_population" }],
    [
      { indicator: "urban_construction_land", value: "11317", unit: "公顷" },
      { value: 113.17, unitAsEntered: "公顷" },
    ],
    [{ indicator: "urban_construction_land", value: "113.17", unit: "km2" }, { value: 113.17 }],
    [
      { region: "成渝城市群", indicator: "gdp", value: "5.09", unit: "万亿元" },
      { adcode: "CHENGYU", value: 50900 },
    ],
    [{ region: "开县" }, { adcode: "500154" }],
    [{ region: "Luzhou" }, { adcode: "510500" }],
    [{ year: "２０１８年" }, { year: 2018 }],
    [{ flags: "definition_differs;low_confidence" }, { flags: ["definition_differs", "low_confidence"] }],
    [{ flags: "初步，估算" }, { flags: ["provisional", "estimated"] }],
    [
      { source: "  人民网  ", note: " 城区人口+城区暂住人口 " },
      { source: "人民网", note: "城区人口+城区暂住人口" },
    ],
    [{ source: "源".repeat(500) }, { source: "源".repeat(500) }],
  ] as [RawRow, object][])("%j", (override, expected) => {
    const result = validateRow({ ...BASE, ...override }, 2, ctx);
    expect(result).toMatchObject({ ok: true, row: { rowNumber: 2, ...expected } });
  });
});

describe("validateRow: each error names row, column, value and what is accepted", () => {
  it.each([
    [
      { unit: "公斤" },
      "unit",
      "公斤",
      "第12行“单位”列：无法识别的单位“公斤”；指标“中心城区城市人口”接受：万人、人（留空即为万人）",
      'Row 12, column "unit": unrecognised unit "公斤"; indicator "Urban population of the central city" accepts: 万人, 人 (empty means 万人)',
    ],
    [
      { unit: "亿元" },
      "unit",
      "亿元",
      "第12行“单位”列：单位“亿元”不能换算为指标“中心城区城市人口”的单位“万人”；接受：万人、人（留空即为万人）",
      'Row 12, column "unit": unit "亿元" cannot be converted to "万人", the unit of indicator "Urban population of the central city"; accepted: 万人, 人 (empty means 万人)',
    ],
    [
      { value: "abc" },
      "value",
      "abc",
      "第12行“数值”列：“abc”不是数字；请填写数字，如 161.97 或 1,619,700，单位请写在“单位”列",
      'Row 12, column "value": "abc" is not a number; write a number such as 161.97 or 1,619,700, with the unit in the "unit" column',
    ],
    [
      { value: "" },
      "value",
      "",
      "第12行“数值”列：数值为空；请填写数字，如 161.97 或 1,619,700",
      'Row 12, column "value": value is empty; write a number such as 161.97 or 1,619,700',
    ],
    [
      { value: "161,97" },
      "value",
      "161,97",
      "第12行“数值”列：“161,97”的千位分隔符位置不对；千位分隔应每三位一组（如 1,619,700），小数请用“.”（如 161.97）",
      'Row 12, column "value": "161,97" has misplaced thousands separators; group digits in threes (1,619,700) and use "." for decimals (161.97)',
    ],
    [
      { year: "2030" },
      "year",
      "2030",
      "第12行“年份”列：年份“2030”无效；应为 1949–2026 之间的四位整数，如 2018",
      'Row 12, column "year": invalid year "2030"; expected a four-digit year from 1949 to 2026, e.g. 2018',
    ],
    [
      { indicator: "人口" },
      "indicator",
      "人口",
      "第12行“指标”列：无法识别的指标“人口”；请填写指标代码或指标的中文/英文名称；可用代码：urban_population、urban_construction_land、gdp、urbanization_rate",
      'Row 12, column "indicator": unrecognised indicator "人口"; use the indicator code or its Chinese/English name; codes: urban_population, urban_construction_land, gdp, urbanization_rate',
    ],
    [
      { flags: "low_confidence;guess" },
      "flags",
      "low_confidence;guess",
      "第12行“标记”列：无法识别的标记“guess”；可用标记：provisional（初步）、estimated（估算）、definition_differs（口径不一致）、low_confidence（可信度低）、break_in_series（序列断点）；多个标记用“;”分隔",
      'Row 12, column "flags": unrecognised flag(s) "guess"; accepted: provisional (初步), estimated (估算), definition_differs (口径不一致), low_confidence (可信度低), break_in_series (序列断点); separate several with ";"',
    ],
    [
      { source: " " },
      "source",
      " ",
      "第12行“来源”列：来源为空；请填写数据来源（出版物、网址等），最多 500 字",
      'Row 12, column "source": source is empty; give the publication, URL or other origin of the figure (at most 500 characters)',
    ],
  ] as [RawRow, string, string, string, string][])("%j", (override, column, value, zh, en) => {
    const result = validateRow({ ...BASE, ...override }, 12, ctx);
    expect(result).toEqual({
      ok: false,
      errors: [{ row: 12, column, value, message: { zh, en }, detail: expect.objectContaining({ zh: expect.any(String) }) }],
    });
  });

  it.each([
    [{ region: "泸洲市" }, "region", "泸洲市", "第3行“地区”列：无法识别的地区“泸洲市”", "是否指：泸州市？"],
    [{ region: "" }, "region", "", "第3行“地区”列：地区为空", "可填写行政区划代码"],
    [{ year: "" }, "year", "", "第3行“年份”列：年份为空", "1949–2026"],
    [{ year: "1900" }, "year", "1900", "第3行“年份”列：年份“1900”无效", "1949–2026"],
    [{ year: "18" }, "year", "18", "第3行“年份”列：年份“18”无效", "四位整数"],
    [{ indicator: "" }, "indicator", "", "第3行“指标”列：指标为空", "可用代码"],
    [{ source: "源".repeat(501) }, "source", "源".repeat(501), "第3行“来源”列：来源过长（501 字）", "最多 500 字"],
    [{ note: "注".repeat(2001) }, "note", "注".repeat(2001), "第3行“备注”列：备注过长（2001 字）", "最多 2000 字"],
    [{ value: "NaN" }, "value", "NaN", "第3行“数值”列：“NaN”不是数字", "1,619,700"],
    // beyond numeric(24,8) after conversion, and below its smallest step
    [{ indicator: "gdp", unit: "", value: "1e17" }, "value", "1e17", "第3行“数值”列：数值“1e17”过大", "10^16"],
    [
      { region: "成渝城市群", indicator: "gdp", value: "1e12", unit: "万亿元" },
      "value",
      "1e12",
      "第3行“数值”列：数值“1e12”（换算为 10000000000000000 亿元）过大",
      "最多 16 位整数",
    ],
    [{ indicator: "gdp", unit: "亿元", value: "1e-300" }, "value", "1e-300", "第3行“数值”列：数值“1e-300”过小，保存时会变成 0", "0.00000001"],
    [{ value: "0.00001", unit: "人" }, "value", "0.00001", "第3行“数值”列：数值“0.00001”（换算为 1e-9 万人）过小", "保留 8 位小数"],
    // negative counts, unless the indicator allows them
    [{ value: "-5" }, "value", "-5", "第3行“数值”列：“-5”为负数，但指标“中心城区城市人口”（万人）不能为负", "0 或正数"],
    [{ indicator: "urban_construction_land", value: "-1", unit: "km²" }, "value", "-1", "第3行“数值”列：“-1”为负数", "不能为负"],
    // control characters: NUL anywhere, tabs and line breaks only in source and note
    [{ note: "备注\u0000尾" }, "note", "备注\u0000尾", "第3行“备注”列：第 3 个字符是控制字符 U+0000 (NUL)", "允许制表符和换行"],
    [{ source: "年鉴\u0007" }, "source", "年鉴\u0007", "第3行“来源”列：第 3 个字符是控制字符 U+0007", "只接受可打印的文字"],
    [{ region: "泸州\u0000市" }, "region", "泸州\u0000市", "第3行“地区”列：第 3 个字符是控制字符 U+0000 (NUL)", "请删除该字符"],
    [{ value: "16\u001b1" }, "value", "16\u001b1", "第3行“数值”列：第 3 个字符是控制字符 U+001B (ESC)", "请删除该字符"],
  ] as [RawRow, string, string, string, string][])("%j", (override, column, value, zhStart, zhAlso) => {
    const result = validateRow({ ...BASE, ...override }, 3, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error).toMatchObject({ row: 3, column, value });
    expect(error?.message.zh.startsWith(zhStart)).toBe(true);
    expect(error?.message.zh).toContain(zhAlso);
    expect(error?.message.en).toMatch(/^Row 3, column "\w+": /);
  });

  it("accepts negative money and percentages, a negative count of an indicator that allows it, and tabs and line breaks in source and note", () => {
    const allowing: RowContext = {
      ...ctx,
      findIndicator: (t) =>
        t === "net_migration" ? { code: "net_migration", unit: "万人", nameZh: "净迁入人口", nameEn: "Net migration", allowNegative: true } : findIndicator(t),
    };
    expect(validateRow({ ...BASE, indicator: "gdp", unit: "", value: "-12.5" }, 3, ctx)).toMatchObject({ ok: true, row: { value: -12.5 } });
    expect(validateRow({ ...BASE, indicator: "urbanization_rate", unit: "", value: "-0.3" }, 3, ctx)).toMatchObject({ ok: true, row: { value: -0.3 } });
    expect(validateRow({ ...BASE, indicator: "net_migration", value: "-3.2" }, 3, allowing)).toMatchObject({ ok: true, row: { value: -3.2 } });
    expect(validateRow({ ...BASE, source: "年鉴\t2019", note: "第一行\r\n第二行" }, 3, ctx)).toMatchObject({ ok: true, row: { note: "第一行\r\n第二行" } });
    expect(validateRow({ ...BASE, indicator: "gdp", unit: "", value: "999999999999999.9" }, 3, ctx).ok).toBe(true);
    expect(validateRow({ ...BASE, indicator: "gdp", unit: "", value: "0.000000005" }, 3, ctx)).toMatchObject({ ok: true, row: { value: 0.000000005 } });
  });

  it("reports every problem of the row at once", () => {
    const result = validateRow({ region: "北京", indicator: "gdp", year: "1800", value: "x", unit: "亿元", source: "" }, 7, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.column)).toEqual(["region", "year", "value", "source"]);
  });

  it("does not check the unit when the indicator is unknown (nothing to compare with)", () => {
    const result = validateRow({ ...BASE, indicator: "nope", unit: "公斤" }, 4, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.column)).toEqual(["indicator"]);
  });
});
