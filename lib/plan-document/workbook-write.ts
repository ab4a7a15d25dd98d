// A plan document → the workbook of workbook-layout.ts (or, with no document, the empty
// template). Every text is written as a text cell and every number as a number, never a
// formula, so reading the workbook back gives the document it came from.
import ExcelJS from "exceljs";
import type { GoalDocument, PlanDocument } from "./schema";
import {
  FIGURES_SHEET,
  GOALS_SHEET,
  headerText,
  INDICATORS_SHEET,
  INFO_FIELDS,
  INFO_SHEET,
  INSTRUCTIONS_SHEET,
  REGIONS_SHEET,
  TARGETS_SHEET,
  columnLetter,
  type ColumnSpec,
  type TableSheet,
} from "./workbook-layout";
import { WORKBOOK_INSTRUCTIONS } from "./workbook-instructions";

type Cell = string | number | boolean | null | undefined;
type Row = Record<string, Cell>;

/** Rows of the drop-down lists (data validation) in the template and the export. */
const VALIDATED_ROWS = 1000;

const lines = (xs: readonly string[] | undefined) => (xs && xs.length ? xs.join("\n") : undefined);

function goalRows(goals: readonly GoalDocument[], parent: string | undefined, out: Row[]): Row[] {
  for (const g of goals) {
    out.push({
      key: g.key,
      parent,
      kind: g.kind,
      titleZh: g.titleZh,
      titleEn: g.titleEn,
      textZh: g.textZh,
      textEn: g.textEn,
      year: g.year,
      clause: g.clause,
      regions: lines(g.regions?.map((r) => `${r.region} ${r.labelZh}`)),
    });
    goalRows(g.children ?? [], g.key, out);
  }
  return out;
}

/**
 * Scope rows and role rows merged in one list that keeps the order of each: a role stands
 * on its region's scope row when that comes next in both orders, else on a row of its own.
 */
function regionRows(doc: PlanDocument, names: ReadonlyMap<string, string>): Row[] {
  const out: Row[] = [];
  const scopeIndex = new Map(doc.regions.map((r, i) => [r.region, i]));
  const role = (r: PlanDocument["roles"][number]): Row => ({
    role: r.role,
    labelZh: r.labelZh,
    textZh: r.textZh,
    textEn: r.textEn,
    clause: r.clause,
  });
  let i = 0;
  let j = 0;
  while (i < doc.regions.length || j < doc.roles.length) {
    const scope = doc.regions[i];
    const r = doc.roles[j];
    if (scope && r && r.region === scope.region) {
      out.push({ region: scope.region, name: names.get(scope.region), membership: scope.membership, note: scope.note, ...role(r) });
      i++;
      j++;
    } else if (r && (!scope || (scopeIndex.get(r.region) ?? -1) < i)) {
      out.push({ region: r.region, name: names.get(r.region), ...role(r) });
      j++;
    } else {
      out.push({ region: scope!.region, name: names.get(scope!.region), membership: scope!.membership, note: scope!.note });
      i++;
    }
  }
  return out;
}

function tableRows(doc: PlanDocument, names: ReadonlyMap<string, string>): Map<TableSheet, Row[]> {
  return new Map<TableSheet, Row[]>([
    [GOALS_SHEET, goalRows(doc.goals, undefined, [])],
    [INDICATORS_SHEET, doc.indicators.map((i) => ({ ...i }))],
    [
      TARGETS_SHEET,
      doc.targets.map(({ baseline, goals, ...t }) => ({ ...t, "baseline.year": baseline?.year, "baseline.value": baseline?.value, goals: lines(goals) })),
    ],
    [REGIONS_SHEET, regionRows(doc, names)],
    [FIGURES_SHEET, doc.baselineFigures.map(({ flags, ...f }) => ({ ...f, flags: lines(flags) }))],
  ]);
}

function infoValues(doc: PlanDocument): Row {
  const { thresholds: th, display, ...head } = doc;
  return {
    ...(head as unknown as Row),
    "thresholds.onTrackLagPp": th?.onTrackLagPp,
    "thresholds.atRiskLagPp": th?.atRiskLagPp,
    "thresholds.ceilingMarginPp": th?.ceilingMarginPp,
    "thresholds.nearlyAchievedPct": th?.nearlyAchievedPct,
    "display.clusterCode": display?.clusterCode ?? undefined,
    "display.comparisonRegionCodes": lines(display?.comparisonRegionCodes),
    "display.baselineCards": lines(
      display?.baselineCards.map((b) => [b.indicator, b.share ? `share:${b.share}` : "", b.compare ? "compare" : ""].filter(Boolean).join(" ")),
    ),
  };
}

function cellValue(col: ColumnSpec, v: Cell): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  if (col.kind === "bool") return v === true ? "TRUE" : "FALSE";
  if (col.kind === "int" || col.kind === "number") return typeof v === "number" ? v : String(v);
  return String(v);
}

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "top" };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEF2F6" } };
}

function addDropDowns(ws: ExcelJS.Worksheet, columns: readonly ColumnSpec[], firstRow: number) {
  const dv = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  columns.forEach((col, i) => {
    if (col.kind !== "enum" || !col.values) return;
    const letter = columnLetter(i + 1);
    dv.add(`${letter}${firstRow}:${letter}${firstRow + VALIDATED_ROWS}`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${col.values.map((v) => v.code).join(",")}"`],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: `${col.zh} ${col.en}`,
      error: col.values.map((v) => `${v.code} = ${v.zh} / ${v.en}`).join("; "),
    });
  });
}

function addTableSheet(wb: ExcelJS.Workbook, sheet: TableSheet, rows: readonly Row[]) {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = sheet.columns.map((col) => ({ header: headerText(col), width: col.width ?? 14 }));
  styleHeader(ws.getRow(1));
  sheet.columns.forEach((col, i) => {
    // the English label and what is accepted, as a note on the header cell
    const accepted = col.values ? `\n${col.values.map((v) => `${v.code}: ${v.zh} / ${v.en}`).join("\n")}` : "";
    ws.getRow(1).getCell(i + 1).note = `${col.en}${col.required ? " (required 必填)" : ""}${accepted}`;
  });
  for (const r of rows) ws.addRow(sheet.columns.map((col) => cellValue(col, r[col.key])));
  addDropDowns(ws, sheet.columns, 2);
}

function addInfoSheet(wb: ExcelJS.Workbook, doc: PlanDocument | null) {
  const ws = wb.addWorksheet(INFO_SHEET.name);
  ws.columns = [
    { header: "字段 field", width: 32 },
    { header: "说明 label", width: 44 },
    { header: "值 value", width: 80 },
  ];
  styleHeader(ws.getRow(1));
  const values = doc ? infoValues(doc) : { schemaVersion: 1 };
  for (const f of INFO_FIELDS) {
    const row = ws.addRow([f.key, `${f.zh} ${f.en}${f.required ? "（必填 required）" : ""}`, cellValue(f, values[f.key])]);
    row.alignment = { wrapText: true, vertical: "top" };
  }
}

function addInstructions(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET);
  ws.columns = [{ header: "说明 Instructions", width: 120 }];
  styleHeader(ws.getRow(1));
  for (const line of WORKBOOK_INSTRUCTIONS) ws.addRow([line]).alignment = { wrapText: true };
}

/**
 * The workbook of a plan document; `doc` null gives the empty template (header rows, drop
 * down lists, instructions). `regionNames` fills the read-only name column of 地区.
 */
function buildPlanWorkbook(doc: PlanDocument | null, regionNames: ReadonlyMap<string, string> = new Map()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Plan Monitor";
  addInfoSheet(wb, doc);
  const rows = doc ? tableRows(doc, regionNames) : new Map<TableSheet, Row[]>();
  for (const sheet of [GOALS_SHEET, INDICATORS_SHEET, TARGETS_SHEET, REGIONS_SHEET, FIGURES_SHEET]) addTableSheet(wb, sheet, rows.get(sheet) ?? []);
  addInstructions(wb);
  return wb;
}

export async function writePlanWorkbook(doc: PlanDocument | null, regionNames?: ReadonlyMap<string, string>): Promise<Uint8Array<ArrayBuffer>> {
  const buf = await buildPlanWorkbook(doc, regionNames).xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
