import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CsvImportError, type CsvRow } from "@/lib/import/csv-reader";
import { parseSheetRows, serialToDate } from "@/lib/import/sheet-xml";
import { UploadLimitError, XLSX_LIMITS, type XlsxLimits } from "@/lib/import/upload-limits";
import { isDateFormatCode, resolveTarget } from "@/lib/import/xlsx-parts";
import { chooseSheet, readXlsxRows, SheetChoiceError } from "@/lib/import/xlsx-reader";
import { esc, inlineRow, SHEET_CLOSE, SHEET_OPEN, workbookParts, writeZip, type ZipEntrySpec } from "../fixtures/zip-writer";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xlsx-reader-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;

const HEADER = ["地区", "指标", "年份", "数值", "单位", "来源"];

/** A workbook of `sheets` (name → sheet XML body rows), plus extra parts. */
async function workbook(sheets: Record<string, string[]>, extra: ZipEntrySpec[] = [], sharedStrings = false, styles = false): Promise<string> {
  const file = path.join(dir, `wb${++n}.xlsx`);
  const names = Object.keys(sheets);
  await writeZip(file, [
    ...workbookParts(names, { sharedStrings, styles }),
    ...names.map((name, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: [SHEET_OPEN, ...sheets[name]!, SHEET_CLOSE] })),
    ...extra,
  ]);
  return file;
}

async function readAll(file: string, sheet?: string, limits: XlsxLimits = XLSX_LIMITS): Promise<CsvRow[]> {
  const chosen = sheet ?? (await chooseSheet(file, undefined, limits)).sheet;
  const out: CsvRow[] = [];
  for await (const r of readXlsxRows(file, chosen, undefined, limits)) out.push(r);
  return out;
}

const caught = async (p: Promise<unknown>) => {
  const e = await p.catch((err: unknown) => err);
  expect(e).toBeInstanceOf(CsvImportError);
  return e as CsvImportError;
};

describe("readXlsxRows: what the analyst sees in each cell", () => {
  it("reads shared strings (rich text joined, phonetic guides left out), inline strings, numbers, booleans, errors and dates", async () => {
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${[
      ...HEADER.map((h) => `<si><t>${h}</t></si>`),
      `<si><r><t>泸</t></r><r><rPr><b/></rPr><t>州</t></r><rPh sb="0" eb="1"><t>lu</t></rPh></si>`,
      `<si><t xml:space="preserve">统计 &amp; 年鉴</t></si>`,
    ].join("")}</sst>`;
    const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const row1 = `<row r="1">${HEADER.map((_, i) => `<c r="${"ABCDEF"[i]}1" t="s"><v>${i}</v></c>`).join("")}</row>`;
    const row3 = `<row r="3"><c r="A3" t="s"><v>6</v></c><c r="B3" t="inlineStr"><is><t>gdp</t></is></c><c r="C3" s="1"><v>43101</v></c><c r="D3"><v>2303.8200000000002</v></c><c r="F3" t="s"><v>7</v></c><c r="H3" t="b"><v>1</v></c><c r="I3" t="e"><v>#N/A</v></c><c r="J3" t="str"><f>A1</f><v>公式</v></c></row>`;
    const file = await workbook(
      { 数据: [row1, row3] },
      [
        { name: "xl/sharedStrings.xml", data: [sst] },
        { name: "xl/styles.xml", data: [styles] },
      ],
      true,
      true,
    );
    const rows = await readAll(file);
    expect(rows).toEqual([
      {
        rowNumber: 3,
        raw: { region: "泸州", indicator: "gdp", year: "2018-01-01", value: "2303.82", unit: "", source: "统计 & 年鉴" },
        extraValues: ["TRUE", "#N/A", "公式"],
      },
    ]);
  });

  it("turns date serials into YYYY-MM-DD, in both date systems", () => {
    expect(serialToDate(43101, false)).toBe("2018-01-01");
    expect(serialToDate(43101.75, false)).toBe("2018-01-01");
    expect(serialToDate(41639, true)).toBe("2018-01-01");
  });

  it.each([
    ["yyyy", true],
    ['yyyy"年"m"月"', true],
    ["0.00", false],
    ['"d"0', false],
    ["[Red]0.0", false],
    ["General", false],
  ])("format %s is a date: %s", (code, date) => expect(isDateFormatCode(code)).toBe(date));

  it("resolves relationship targets against the part that names them", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet2.xml")).toBe("xl/worksheets/sheet2.xml");
    expect(resolveTarget("xl/workbook.xml", "../customXml/item1.xml")).toBe("customXml/item1.xml");
  });
});

describe("which sheet", () => {
  const notes = [inlineRow(1, ["说明"]), inlineRow(2, ["本工作簿的数据在第二个工作表"])];
  const data = (source: string) => [inlineRow(1, HEADER), inlineRow(2, ["泸州", "gdp", "2018", "1", "亿元", source])];

  it("reads the sheet whose header matches, not the first one", async () => {
    const file = await workbook({ 说明: notes, Sheet2: data("公报") });
    expect(await chooseSheet(file, undefined)).toEqual({
      sheet: "Sheet2",
      sheets: [
        { name: "说明", matches: false },
        { name: "Sheet2", matches: true },
      ],
    });
    expect((await readAll(file)).map((r) => r.raw.source)).toEqual(["公报"]);
  });

  it("asks when several sheets match, and reads the one chosen", async () => {
    const file = await workbook({ 2018: data("甲"), 2019: data("乙") });
    const e = await caught(chooseSheet(file, undefined));
    expect(e).toBeInstanceOf(SheetChoiceError);
    expect((e as SheetChoiceError).sheets).toEqual([
      { name: "2018", matches: true },
      { name: "2019", matches: true },
    ]);
    expect(e.errors[0]!.zh).toContain("“2018”、“2019”");
    expect((await readAll(file, "2019")).map((r) => r.raw.source)).toEqual(["乙"]);
    expect((await caught(chooseSheet(file, "2020"))).errors[0]!.en).toContain('no worksheet named "2020"; it has: 2018, 2019');
  });

  it("names the sheet when no header matches", async () => {
    const file = await workbook({ Sheet1: [inlineRow(1, ["地区", "年份"])] });
    const e = await caught(readAll(file));
    expect(e.errors[0]!.zh).toMatch(/^工作表“Sheet1”：缺少必填列：指标、数值、来源/);
    expect(e.errors[0]!.en).toMatch(/^Worksheet "Sheet1": missing required column/);
  });
});

describe("bounds, enforced while streaming", () => {
  const small: XlsxLimits = {
    ...XLSX_LIMITS,
    maxCellChars: 100,
    maxSharedStrings: 10,
    maxSharedStringChars: 500,
    maxDepth: 12,
    maxColumns: 20,
    maxRows: 50,
    maxEntryBytes: 200_000,
    maxTotalBytes: 300_000,
    maxEntries: 10,
  };
  const limitOf = async (file: string) => {
    const e = await caught(readAll(file, undefined, small));
    expect(e).toBeInstanceOf(UploadLimitError);
    return [(e as UploadLimitError).limit, e.errors[0]!.en] as const;
  };
  const sst = (strings: string[]) => ({ name: "xl/sharedStrings.xml", data: [`<sst>${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join("")}</sst>`] });

  it.each([
    [
      "a long inline cell",
      { Sheet1: [inlineRow(1, HEADER), inlineRow(2, ["测".repeat(101)])] },
      [],
      false,
      "maxCellChars",
      /longer than the limit of 100 characters/,
    ],
    ["a long number", { Sheet1: [inlineRow(1, HEADER), `<row><c><v>${"9".repeat(101)}</v></c></row>`] }, [], false, "maxCellChars", /100 characters/],
    ["a long text outside cells", { Sheet1: [inlineRow(1, HEADER), " ".repeat(70_000)] }, [], false, "maxCellChars", /100 characters/],
    [
      "too many cells in a row",
      { Sheet1: [inlineRow(1, HEADER), `<row>${"<c><v>1</v></c>".repeat(21)}</row>`] },
      [],
      false,
      "maxColumns",
      /more than 20 cells/,
    ],
    ["a cell beyond the last column", { Sheet1: [inlineRow(1, HEADER), `<row><c r="XFD2"><v>1</v></c></row>`] }, [], false, "maxColumns", /more than 20 cells/],
    ["too many rows", { Sheet1: [inlineRow(1, HEADER), "<row/>".repeat(50)] }, [], false, "maxRows", /more than 50 rows/],
    [
      "deep nesting",
      { Sheet1: [inlineRow(1, HEADER), `<row><c t="inlineStr"><is>${"<r>".repeat(20)}${"</r>".repeat(20)}</is></c></row>`] },
      [],
      false,
      "maxDepth",
      /nested deeper than the limit of 12 levels/,
    ],
    [
      "too many shared strings",
      { Sheet1: [inlineRow(1, HEADER)] },
      [sst(Array.from({ length: 11 }, (_, i) => `s${i}`))],
      true,
      "maxSharedStrings",
      /more than 10 shared strings/,
    ],
    [
      "too much shared text",
      { Sheet1: [inlineRow(1, HEADER)] },
      [sst(Array.from({ length: 6 }, () => "测".repeat(90)))],
      true,
      "maxSharedStringChars",
      /limit of 500 characters in total/,
    ],
    [
      "an entry over its bound",
      { Sheet1: [inlineRow(1, HEADER), `<row r="2"/>`.repeat(20_000)] },
      [],
      false,
      "maxEntryBytes",
      /larger than the 195 KB limit when decompressed/,
    ],
  ] as const)("%s", async (_name, sheets, extra, shared, limit, message) => {
    const [got, text] = await limitOf(await workbook(sheets as unknown as Record<string, string[]>, [...extra], shared));
    expect(got).toBe(limit);
    expect(text).toMatch(message);
  });

  it("refuses a zip with more entries than allowed before reading any", async () => {
    const file = await workbook(
      { Sheet1: [inlineRow(1, HEADER)] },
      Array.from({ length: 10 }, (_, i) => ({ name: `junk/${i}.xml`, data: ["<a/>"] })),
    );
    expect(await limitOf(file)).toEqual(["maxEntries", "The XLSX file holds more than 10 parts (the limit)"]);
  });

  it("refuses a file that is not a zip, or not a workbook", async () => {
    const notZip = path.join(dir, "not.xlsx");
    fs.writeFileSync(notZip, "region,indicator\n");
    expect((await caught(readAll(notZip))).errors[0]!.en).toContain("Cannot read the XLSX file");
    const noWorkbook = path.join(dir, "empty.xlsx");
    await writeZip(noWorkbook, [{ name: "a.txt", data: ["x"] }]);
    expect((await caught(readAll(noWorkbook))).errors[0]!.en).toContain("Cannot read the XLSX file");
  });
});

describe("text is never corrupted at a chunk boundary (exceljs#2084)", () => {
  const ROWS = 200_000;
  const texts = (i: number) => [`成渝地区双城经济圈${i}`, `统计年鉴（${i % 97}）重庆·成都🏙`];
  function* sheetXml(rows: number): Generator<string> {
    yield SHEET_OPEN;
    for (let i = 0; i < rows; i++) yield inlineRow(i + 1, texts(i));
    yield SHEET_CLOSE;
  }
  const bytes = Buffer.from([...sheetXml(ROWS)].join(""), "utf8");

  /** The bytes in chunks of `size`, the first one `prefix` bytes shorter: every alignment of a 3- or 4-byte character gets cut. */
  function* chunked(size: number, prefix: number): Generator<Uint8Array> {
    let at = 0;
    let next = size - prefix;
    while (at < bytes.length) {
      yield bytes.subarray(at, at + next);
      at += next;
      next = size;
    }
  }

  async function check(source: Iterable<Uint8Array>) {
    const ctx = { sharedStrings: [], dateStyles: [], date1904: false, limits: XLSX_LIMITS, name: "Sheet1" };
    let i = 0;
    let replaced = 0;
    for await (const row of parseSheetRows(
      (async function* () {
        yield* source;
      })(),
      ctx,
    )) {
      const [a, b] = texts(i++);
      if (row.values[1] !== a || row.values[2] !== b) replaced++;
    }
    return { rows: i, replaced };
  }

  it.each([0, 1, 2, 3])(
    `${ROWS.toLocaleString("en")} rows of CJK text, 16 KB chunks shifted by %i bytes: every row intact`,
    async (prefix) => {
      expect(await check(chunked(16 * 1024 + 1, prefix))).toEqual({ rows: ROWS, replaced: 0 });
    },
    60_000,
  );

  it("chunks of 1 to 16 bytes: every character split every way", async () => {
    const head = bytes.subarray(0, 4_000);
    const end = head.lastIndexOf(Buffer.from("</row>")) + 6;
    const small = Buffer.concat([head.subarray(0, end), Buffer.from(SHEET_CLOSE)]);
    for (let size = 1; size <= 16; size++) {
      const parts: Uint8Array[] = [];
      for (let at = 0; at < small.length; at += size) parts.push(small.subarray(at, at + size));
      const ctx = { sharedStrings: [], dateStyles: [], date1904: false, limits: XLSX_LIMITS, name: "Sheet1" };
      const out: string[] = [];
      for await (const row of parseSheetRows(
        (async function* () {
          yield* parts;
        })(),
        ctx,
      ))
        out.push(...(row.values.filter(Boolean) as string[]));
      expect(out.join("")).not.toContain("\uFFFD");
      expect(out.slice(0, 2)).toEqual(texts(0));
    }
  });

  it(`through the zip: ${ROWS.toLocaleString("en")} rows back exactly as written, no U+FFFD`, async () => {
    const file = path.join(dir, "cjk.xlsx");
    await writeZip(file, [...workbookParts(["数据"]), { name: "xl/worksheets/sheet1.xml", data: [bytes] }]);
    let i = 0;
    let bad = 0;
    const ctx = { sharedStrings: [], dateStyles: [], date1904: false, limits: XLSX_LIMITS, name: "数据" };
    const { openZipArchive } = await import("@/lib/import/zip-archive");
    const zip = await openZipArchive(file, XLSX_LIMITS);
    try {
      for await (const row of parseSheetRows(zip.bytes("xl/worksheets/sheet1.xml"), ctx)) {
        const [a, b] = texts(i++);
        if (row.values[1] !== a || row.values[2] !== b || String(row.values.join("")).includes("\uFFFD")) bad++;
      }
    } finally {
      zip.close();
    }
    expect({ rows: i, bad }).toEqual({ rows: ROWS, bad: 0 });
  }, 60_000);
});
