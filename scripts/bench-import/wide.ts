// Issue 15's wide case: a yearbook table with the years as columns — a title line, a
// unit line, the header 地区 | 指标 | 1975年 … 2024年, one row per (region, indicator)
// with regions by their Chinese names, numeric cells, and a 资料来源 line below — read
// by the yearbook path with layout detection (no mapping given), exactly as an upload of
// it through POST /api/v1/observations/import would be (spooled, read twice: validated
// first, then written).
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { importObservationFile } from "@/lib/data/import-file";
import type { Actor } from "@/lib/permissions";
import { esc, SHEET_CLOSE, SHEET_OPEN, workbookParts, writeZip } from "@/tests/fixtures/zip-writer";

export const WIDE_YEARS = Array.from({ length: 50 }, (_, i) => 1975 + i);

const text = (s: string) => `<c t="inlineStr"><is><t>${esc(s)}</t></is></c>`;
const row = (n: number, cells: string[]) => `<row r="${n}">${cells.join("")}</row>`;

/** The workbook: `rows` rows of (indicator, region) pairs (region fastest), one figure per year column; returns the figures written. */
export async function writeWideWorkbook(
  file: string,
  regions: readonly string[],
  indicators: readonly string[],
  rows: number,
  source: string,
): Promise<number> {
  if (rows > regions.length * indicators.length) throw new Error(`writeWideWorkbook: ${rows} rows need more (region, indicator) pairs`);
  function* sheet(): Generator<string> {
    yield SHEET_OPEN;
    yield row(1, [text(`表9 各地区主要指标（${WIDE_YEARS[0]}—${WIDE_YEARS.at(-1)}年）`)]);
    yield row(2, [text("单位：万人")]);
    yield row(3, [text("地区"), text("指标"), ...WIDE_YEARS.map((y) => text(`${y}年`))]);
    let n = 0;
    for (const indicator of indicators) {
      for (const region of regions) {
        if (n === rows) break;
        // a slow, smooth series: no plausibility warning between neighbouring years
        const base = 100 + (n++ % 97);
        yield row(3 + n, [text(region), text(indicator), ...WIDE_YEARS.map((_, k) => `<c><v>${(base * (1 + k / 200)).toFixed(2)}</v></c>`)]);
      }
    }
    yield row(4 + n, [text(`资料来源：${source}`)]);
    yield SHEET_CLOSE;
  }
  await writeZip(file, [...workbookParts(["表9"]), { name: "xl/worksheets/sheet1.xml", data: sheet() }]);
  return rows * WIDE_YEARS.length;
}

/** Imports the workbook as an analyst's upload (warnings confirmed), in ms; throws when it did not write every cell. */
export async function timeWideImport(actor: Actor, file: string, cells: number): Promise<number> {
  const t0 = performance.now();
  const r = await importObservationFile(
    actor,
    { format: "xlsx", fileName: path.basename(file), bytes: Readable.from(fs.createReadStream(file)), limit: { exceeded: false, maxBytes: 200 * 1024 * 1024 } },
    { dryRun: false, confirmWarnings: true },
  );
  const ms = performance.now() - t0;
  const problem = [...r.fileErrors, ...r.errors.map((e) => e.message)][0];
  if (problem) throw new Error(`wide import failed: ${problem.en}`);
  if (r.table?.layout !== "wide-years" || r.created !== cells) throw new Error(`wide import read ${r.table?.layout} and created ${r.created} of ${cells}`);
  return ms;
}
