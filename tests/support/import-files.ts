// Observation files for import tests and the bench, generated so each states what is in them.
import ExcelJS from "exceljs";

export const HEADER = "region,indicator,year,value,unit,source,note,flags";
const FIRST_YEAR = 1950;
const YEARS = 75;

/**
 * n valid rows, each a distinct (indicator, region, year) series — region varies fastest,
 * then year (1950…2024), then indicator — so re-importing the file changes nothing.
 */
export function generatedRows(n: number, regions: readonly string[], indicators: readonly string[], source = "generated"): string[] {
  const capacity = regions.length * YEARS * indicators.length;
  if (n > capacity) throw new Error(`generatedRows: ${n} rows need more than ${capacity} distinct series`);
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const region = regions[i % regions.length]!;
    const year = FIRST_YEAR + (Math.floor(i / regions.length) % YEARS);
    const indicator = indicators[Math.floor(i / (regions.length * YEARS))]!;
    rows.push(`${region},${indicator},${year},${(100 + (i % 997) / 10).toFixed(1)},,${source},,`);
  }
  return rows;
}

export const csv = (rows: string[]) => `${HEADER}\n${rows.join("\n")}\n`;

export async function xlsxBuffer(rows: (string | number | null)[][], header = HEADER.split(",")): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("数据");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
