import { createReadStream } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CsvImportError, readCsvRows, type CsvHeaderInfo, type CsvRow, type CsvSource } from "@/lib/import/csv-reader";
import { rowShapeErrors } from "@/lib/import/row-shape";

async function collect(source: CsvSource, onHeader?: (h: CsvHeaderInfo) => void): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  for await (const row of readCsvRows(source, { onHeader })) rows.push(row);
  return rows;
}

async function failure(source: CsvSource): Promise<CsvImportError> {
  try {
    await collect(source);
  } catch (error) {
    if (error instanceof CsvImportError) return error;
    throw error;
  }
  throw new Error("expected a CsvImportError");
}

const HEADER = "region,indicator,year,value,unit,source\n";

describe("readCsvRows: row numbers are spreadsheet rows (header = 1)", () => {
  it.each([
    ["two rows", `${HEADER}泸州市,gdp,2018,1,亿元,s\n绵阳市,gdp,2018,2,亿元,s\n`, [2, 3]],
    ["CRLF and no final newline", `${HEADER.replace("\n", "\r\n")}泸州市,gdp,2018,1,亿元,s\r\n绵阳市,gdp,2018,2,亿元,s`, [2, 3]],
    ["blank lines keep their number", `${HEADER}\n泸州市,gdp,2018,1,亿元,s\n,,,,,\n绵阳市,gdp,2018,2,亿元,s\n`, [3, 5]],
    ["a quoted multi-line cell is one row", `${HEADER}泸州市,gdp,2018,1,亿元,"line 1\nline 2"\n绵阳市,gdp,2018,2,亿元,s\n`, [2, 3]],
    ["blank lines before the header", `\n\n${HEADER}泸州市,gdp,2018,1,亿元,s\n`, [4]],
  ])("%s", async (_name, text, rowNumbers) => {
    const rows = await collect([text]);
    expect(rows.map((r) => r.rowNumber)).toEqual(rowNumbers);
  });
});

describe("readCsvRows: mapping cells to columns", () => {
  it("keys rows by column, whatever the header language or order", async () => {
    const rows = await collect(['\uFEFF来源,数值,地区,年份,指标,备注\n统计年鉴,"1,619,700",泸州市,2018,urban_population,城区人口\n']);
    expect(rows).toEqual([
      {
        rowNumber: 2,
        raw: { source: "统计年鉴", value: "1,619,700", region: "泸州市", year: "2018", indicator: "urban_population", note: "城区人口" },
        extraValues: [],
      },
    ]);
  });

  it("fills missing trailing cells with empty strings", async () => {
    const rows = await collect([`${HEADER}泸州市,gdp,2018\n`]);
    expect(rows[0]?.raw).toEqual({ region: "泸州市", indicator: "gdp", year: "2018", value: "", unit: "", source: "" });
  });

  it("reports ignored columns through onHeader", async () => {
    const headers: CsvHeaderInfo[] = [];
    await collect(["region,indicator,year,value,source,审核人\n"], (h) => headers.push(h));
    expect(headers).toMatchObject([{ rowNumber: 1, ignored: ["审核人"], warnings: [{ zh: "以下列无法识别，已忽略：“审核人”" }] }]);
  });

  it("flags cells beyond the header, e.g. an unquoted 1,619,700", async () => {
    const [row] = await collect([`${HEADER}泸州市,urban_population,2018,1,619,700,人,统计年鉴\n`]);
    expect(row?.extraValues).toEqual(["人", "统计年鉴"]);
    expect(row && rowShapeErrors(row)).toEqual([
      {
        row: 2,
        column: "row",
        value: "人,统计年鉴",
        message: {
          zh: '第2行：比表头多出 2 个值（“人”、“统计年鉴”）；含逗号的值（如 1,619,700）须用英文双引号括起来："1,619,700"',
          en: 'Row 2: has 2 more value(s) than the header ("人", "统计年鉴"); values containing commas (such as 1,619,700) must be in double quotes: "1,619,700"',
        },
        detail: expect.objectContaining({ en: expect.stringContaining("has 2 more value(s)") }),
      },
    ]);
  });

  it("ignores empty trailing cells (Excel pads rows with commas)", async () => {
    const [row] = await collect([`${HEADER}泸州市,gdp,2018,1,亿元,s,,,\n`]);
    expect(row && rowShapeErrors(row)).toEqual([]);
  });
});

describe("readCsvRows: decoding byte chunks", () => {
  const text = `${HEADER}泸州市,gdp,2018,1,亿元,统计年鉴\n`;

  it.each([1, 2, 3, 7])("UTF-8 split into %d-byte chunks, cutting characters in half", async (size) => {
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
    const rows = await collect(chunks);
    expect(rows[0]?.raw).toMatchObject({ region: "泸州市", source: "统计年鉴" });
  });

  it("GBK bytes with encoding gb18030", async () => {
    // 地区,来源,指标,年份,数值\n泸州市,统计年鉴,gdp,2018,1\n in GBK, fed one byte at a time
    const gbk = Uint8Array.from(
      (
        "b5 d8 c7 f8 2c c0 b4 d4 b4 2c d6 b8 b1 ea 2c c4 ea b7 dd 2c ca fd d6 b5 0a " +
        "e3 f2 d6 dd ca d0 2c cd b3 bc c6 c4 ea bc f8 2c 67 64 70 2c 32 30 31 38 2c 31 0a"
      )
        .split(" ")
        .map((b) => Number.parseInt(b, 16)),
    );
    const rows: CsvRow[] = [];
    for await (const row of readCsvRows(
      [...gbk].map((b) => Uint8Array.of(b)),
      { encoding: "gb18030" },
    ))
      rows.push(row);
    expect(rows[0]?.raw).toEqual({ region: "泸州市", source: "统计年鉴", indicator: "gdp", year: "2018", value: "1" });
  });

  it("invalid UTF-8 is a file-level error", async () => {
    const error = await failure([Uint8Array.from([0xb5, 0xd8, 0xc7, 0xf8, 0x0a])]);
    expect(error.errors[0]?.zh).toContain("请另存为 UTF-8 或 GBK 编码的 CSV");
  });
});

describe("readCsvRows: file-level errors", () => {
  it.each([
    ["missing columns", "地区,数值\n泸州市,1\n", 1, "缺少必填列：指标、年份、来源", "missing required column(s): indicator, year, source"],
    ["duplicate columns", "region,地区,indicator,year,value,source\n", 1, "重复", "both mean"],
    ["empty file", "", null, "文件中没有表头行", "the file has no header row"],
    ["only blank lines", "\n\n,,\n", null, "文件中没有表头行", "the file has no header row"],
    [
      "unclosed quote",
      `${HEADER}泸州市,gdp,2018,1,亿元,s\n绵阳市,gdp,2018,"2,亿元,s\n\n乐山市,gdp,2018,3,亿元,s\n`,
      3,
      "第3行附近：引号未闭合",
      "Near row 3: a quote is not closed",
    ],
    ["unclosed quote after a blank line", `${HEADER}\n绵阳市,gdp,2018,"2,亿元,s\n`, 3, "第3行附近：引号未闭合", "Near row 3"],
  ])("%s", async (_name, text, rowNumber, zh, en) => {
    const error = await failure([text]);
    expect(error.rowNumber).toBe(rowNumber);
    expect(error.errors[0]?.zh).toContain(zh);
    expect(error.errors[0]?.en).toContain(en);
  });
});

describe("readCsvRows: large files stream with bounded memory", () => {
  const ROWS = 100_000;
  const ROWS_PER_CHUNK = 500;

  function makeSource(progress: { chunksPulled: number }): AsyncIterable<Uint8Array> {
    const encoder = new TextEncoder();
    return (async function* () {
      yield encoder.encode(HEADER);
      for (let start = 0; start < ROWS; start += ROWS_PER_CHUNK) {
        progress.chunksPulled++;
        let chunk = "";
        for (let i = start; i < start + ROWS_PER_CHUNK; i++) chunk += `泸州市,urban_population,2018,"${i},000",人,统计年鉴 ${i}\n`;
        yield encoder.encode(chunk);
      }
    })();
  }

  it("reads 100,000 rows", async () => {
    const progress = { chunksPulled: 0 };
    let count = 0;
    let last: CsvRow | undefined;
    for await (const row of readCsvRows(makeSource(progress))) {
      count++;
      last = row;
    }
    expect(count).toBe(ROWS);
    expect(last?.rowNumber).toBe(ROWS + 1);
    expect(last?.raw.value).toBe(`${ROWS - 1},000`);
  });

  it("pulls chunks only as rows are consumed, and stops when the consumer stops", async () => {
    const progress = { chunksPulled: 0 };
    let count = 0;
    for await (const row of readCsvRows(makeSource(progress))) {
      count++;
      if (row.rowNumber === 10) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(count).toBe(9);
    // Stream buffers allow some read-ahead, but nowhere near the 200 chunks of the file.
    expect(progress.chunksPulled).toBeLessThan(20);
  });
});

describe("readCsvRows: the seed sample file", () => {
  it("reads prisma/seed-data/observations-sample.csv from a Node stream", async () => {
    const file = path.resolve(import.meta.dirname, "../../prisma/seed-data/observations-sample.csv");
    const rows = await collect(createReadStream(file, { highWaterMark: 64 }));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows[0]).toMatchObject({ rowNumber: 2, raw: { region: "泸州市", indicator: "urban_population", value: "111.59" }, extraValues: [] });
    expect(rows.every((r) => r.extraValues.length === 0)).toBe(true);
  });
});
