import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as importFile } from "@/app/api/v1/observations/import/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { inlineRow, SHEET_CLOSE, SHEET_OPEN, workbookParts, writeZip } from "../fixtures/zip-writer";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";
import { encodeLegacy } from "../support/legacy-encode";
import { postStreamed } from "../support/upload";

// Issue 10.4 (text stored as written, whatever the encoding, or refused) and 10.9
// (the sheet whose header matches; a choice when several do; errors name the sheet).
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-text-"));
let token = "";
let R: string[] = []; // administrative regions of the plan
const post = (bytes: Uint8Array | string, query = "", contentType = "text/csv") =>
  postStreamed(importFile, `/api/v1/observations/import${query}`, bytes, { token, contentType, fileName: "数据" });
const sourcesOf = async (region: string) =>
  (await prisma.observation.findMany({ where: { regionAdcode: region }, orderBy: { year: "asc" }, select: { source: true, note: true } })).map(
    (o) => `${o.source}|${o.note ?? ""}`,
  );
const HEADER = "地区,指标,年份,数值,单位,来源,备注\n";
const FILLER = () => Array.from({ length: 200 }, (_, i) => `${R[2]},gdp,${1900 + i},1,,filler,${"n".repeat(100)}\n`).join(""); // > 16 KB of ASCII

async function workbook(sheets: [string, string[][]][]): Promise<string> {
  const names = sheets.map(([n]) => n);
  const file = path.join(dir, `wb-${names.join("-")}.xlsx`);
  await writeZip(file, [
    ...workbookParts(names),
    ...sheets.map(([, rows], i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: [SHEET_OPEN, ...rows.map((r, j) => inlineRow(j + 1, r)), SHEET_CLOSE] })),
  ]);
  return file;
}

describe("text and sheets on import", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    token = (await createUser("analyst")).token;
    R = (await prisma.region.findMany({ where: { adcode: { startsWith: "5" } }, select: { adcode: true }, orderBy: { sortOrder: "asc" } })).map(
      (r) => r.adcode,
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("stores a Big5 file's text as written (not as GBK mojibake) and says it was Big5", async () => {
    const text = `region,indicator,year,value,unit,source,note\n${R[0]},gdp,2001,100,,臺灣統計年鑑,繁體備註\n${R[0]},gdp,2002,101,,統計資料,說明\n`;
    const r = await post(encodeLegacy(text, "big5"));
    expect(r.status).toBe(200);
    expect(r.body.warnings[0].en).toBe("The file is not UTF-8; it was read as Big5");
    expect(await sourcesOf(R[0]!)).toEqual(["臺灣統計年鑑|繁體備註", "統計資料|說明"]);
  });

  it("reads GBK and UTF-8 with a BOM", async () => {
    const gbk = await post(encodeLegacy(`${HEADER}${R[1]},gdp,2001,1,亿元,统计年鉴,简体\n`, "gb18030"));
    expect(gbk.status).toBe(200);
    expect(gbk.body.warnings[0].en).toContain("GBK");
    const bom = await post(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${HEADER}${R[1]},gdp,2002,1,亿元,公报,备注\n`)]));
    expect(bom.status).toBe(200);
    expect(await sourcesOf(R[1]!)).toEqual(["统计年鉴|简体", "公报|备注"]);
  });

  it("refuses UTF-8 with a bad byte after 16 KB, and GBK with UTF-8 pasted in after 16 KB, naming where; nothing stored", async () => {
    const before = await prisma.observation.count();
    const start = new TextEncoder().encode(`${HEADER}${FILLER()}${R[2]},gdp,2001,1,亿元,`);
    const broken = await post(Uint8Array.from([...start, 0xff, ...new TextEncoder().encode("年鉴\n")]));
    expect(broken.status).toBe(422);
    expect(broken.body.fileErrors[0].en).toContain(`The file is UTF-8, but from line 202 (byte ${start.length + 1}) it contains bytes that are not UTF-8`);
    expect(broken.body.fileErrors[0].zh).toContain("第 202 行");

    const mixed = await post(
      Uint8Array.from([...encodeLegacy(`${HEADER}${FILLER()}`, "gb18030"), ...new TextEncoder().encode(`${R[2]},gdp,2001,1,亿元,成都市,\n`)]),
    );
    expect(mixed.status).toBe(422);
    expect(mixed.body.fileErrors[0].en).toMatch(/reads closest to GBK \(GB18030\), but from line 202 \(byte \d+\) its bytes are not GBK/);
    expect(await prisma.observation.count()).toBe(before);
  });

  it("reads the sheet whose header matches, and names it in row errors", async () => {
    const file = await workbook([
      ["说明", [["本文件的数据在“数据”工作表"]]],
      [
        "数据",
        [
          ["region", "indicator", "year", "value", "unit", "source"],
          [R[3]!, "gdp", "2001", "1", "亿元", "年鉴"],
          [R[3]!, "gdp", "2002", "abc", "亿元", "年鉴"],
          [R[3]!, "gdp", "2003", "3", "亿元", "年鉴"],
        ],
      ],
    ]);
    const r = await post(file, "", XLSX);
    expect(r.status).toBe(422);
    expect(r.body.sheet).toBe("数据");
    expect(r.body.errors).toEqual([expect.objectContaining({ row: 3, column: "value", value: "abc", sheet: "数据" })]);
    expect(r.body.errors[0].message.zh).toMatch(/^工作表“数据”：第3行/);
    expect(r.body.errors[0].message.en).toMatch(/^Worksheet "数据": Row 3, column "value"/);
  });

  it("asks which sheet when several match, lists them, and imports the one chosen", async () => {
    const rows = (source: string) => [
      ["地区", "指标", "年份", "数值", "单位", "来源"],
      [R[4]!, "gdp", "2001", "1", "亿元", source],
    ];
    const file = await workbook([
      ["旧", [["notes"]]],
      ["2019", rows("甲")],
      ["2020", rows("乙")],
    ]);
    const ask = await post(file, "?dryRun=true", XLSX);
    expect(ask.status).toBe(422);
    expect(ask.body.sheets).toEqual([
      { name: "旧", matches: false },
      { name: "2019", matches: true },
      { name: "2020", matches: true },
    ]);
    expect(ask.body.error.message.zh).toContain("“2019”、“2020”");
    const chosen = await post(file, `?sheet=${encodeURIComponent("2020")}`, XLSX);
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({ created: 1, sheet: "2020" });
    expect(await sourcesOf(R[4]!)).toEqual(["乙|"]);
  });
});
