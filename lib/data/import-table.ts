import "server-only";
import { CsvImportError, type CsvRow } from "@/lib/import/csv-reader";
import { msg, type Message } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { inSheet } from "@/lib/import/xlsx-reader";
import { overviewSheets, planSheet, readTableRows, scanWorkbook, type SheetOverview, type SheetScan } from "@/lib/import/yearbook-reader";
import { planLookups } from "@/lib/import/yearbook/lookups";
import { columnLetters, type ColumnRole, type LayoutKind, type MappingOptions } from "@/lib/import/yearbook/mapping-options";
import { headerSignature, type TablePlan } from "@/lib/import/yearbook/table-plan";
import type { SkippedRow } from "@/lib/import/yearbook/table-rows";
import { loadImportContext } from "@/lib/data/import-context";
import { findImportMappingFor, getImportMapping, saveImportMapping } from "@/lib/data/import-mappings";

// The yearbook-table path of an XLSX import: scan the sheets, choose one, plan it with
// the analyst's options (or a saved mapping: named, else the one saved for the same
// header), and read its figures as long rows. Skipped rows are collected for the preview.

/** Skipped rows listed in the answer; the rest are only counted. */
const MAX_SKIPPED = 200;

export interface TableSummary {
  sheet: string;
  layout: LayoutKind;
  headerRow: number;
  headerRows: number[];
  title: string | null;
  /** Each column of the header: its letter, header text and what it was read as. */
  columns: { letter: string; label: string; role: ColumnRole; year?: number; region?: string; indicator?: string; unit?: string }[];
  defaults: TablePlan["defaults"];
  signature: string;
  /** The saved mapping applied, if any. */
  mapping?: string;
}

export interface TableReading {
  sheet: string;
  sheets: SheetOverview[];
  table: TableSummary;
  skipped: SkippedRow[];
  skippedCount: () => number;
  open: () => AsyncIterable<CsvRow>;
}

/** A file refused before any row: the errors, and what is known of its sheets. */
export class TablePlanError extends CsvImportError {
  constructor(
    errors: Message[],
    readonly sheets: SheetOverview[],
    readonly sheet: string | undefined,
    readonly headerRow: number | undefined,
  ) {
    super(errors);
    this.name = "TablePlanError";
  }
}

const hasOptions = (o: MappingOptions) => Object.entries(o).some(([k, v]) => v !== undefined && !(k === "layout" && v === "auto"));

function summarize(plan: TablePlan, scan: SheetScan, mapping: string | undefined): TableSummary {
  const header = scan.top.find((r) => r.number === plan.headerRow);
  const width = Math.max(header?.cells.length ?? 0, ...plan.values.map((v) => v.index + 1));
  const roleAt = new Map<number, ColumnRole>(Object.entries(plan.keys).map(([role, i]) => [i as number, role as ColumnRole]));
  const columns = Array.from({ length: width }, (_, i) => {
    const v = plan.values.find((c) => c.index === i);
    const label = v?.label ?? header?.cells[i] ?? "";
    if (v) return { letter: columnLetters(i), label, role: "value" as const, year: v.year, region: v.region, indicator: v.indicator, unit: v.unit };
    return { letter: columnLetters(i), label, role: roleAt.get(i) ?? ("ignore" as const) };
  });
  return {
    sheet: scan.name,
    layout: plan.layout,
    headerRow: plan.headerRow,
    headerRows: plan.headerRows,
    title: plan.title,
    columns,
    defaults: plan.defaults,
    signature: plan.signature,
    ...(mapping ? { mapping } : {}),
  };
}

/**
 * Plans the table to import from a spooled workbook. `mappingName` applies a saved
 * mapping (request options override it); without one, a mapping saved for the same
 * header is applied when the request gives no options. `saveAs` saves the options used.
 */
export async function prepareTableReading(
  actor: Actor,
  path: string,
  req: { sheet?: string; mapping: MappingOptions; mappingName?: string; saveAs?: string },
): Promise<TableReading> {
  const ctx = await loadImportContext();
  const look = planLookups(ctx, ctx.regionNames);
  const scans = await scanWorkbook(path);
  let options = req.mapping;
  let applied: string | undefined;
  if (req.mappingName) {
    const saved = await getImportMapping(actor, req.mappingName);
    options = { ...saved.options, ...definedOnly(req.mapping) };
    applied = saved.name;
  }
  const sheets = overviewSheets(scans, options, look);
  let scan: SheetScan | undefined;
  if (req.sheet !== undefined) {
    scan = scans.find((s) => s.name === req.sheet);
    if (!scan) {
      const names = scans.map((s) => s.name);
      throw new TablePlanError(
        [
          msg(
            `工作簿中没有名为“${req.sheet}”的工作表；现有：${names.join("、")}`,
            `The workbook has no worksheet named "${req.sheet}"; it has: ${names.join(", ")}`,
          ),
        ],
        sheets,
        undefined,
        undefined,
      );
    }
  } else {
    const matching = sheets.filter((s) => s.matches);
    if (matching.length > 1) {
      const names = matching.map((s) => s.name);
      throw new TablePlanError(
        [
          msg(
            `工作簿中有多个可导入的表：${names.map((n) => `“${n}”`).join("、")}；请选择要导入的工作表`,
            `Several worksheets hold a table that can be imported: ${names.map((n) => `"${n}"`).join(", ")}; choose the sheet to import`,
          ),
        ],
        sheets,
        undefined,
        undefined,
      );
    }
    scan = scans.find((s) => s.name === matching[0]?.name) ?? scans[0]!;
  }
  if (!applied && !hasOptions(req.mapping)) {
    const signature = headerSignature(scan.top, options);
    const saved = signature ? await findImportMappingFor(actor, signature) : null;
    if (saved) {
      options = saved.options;
      applied = saved.name;
    }
  }
  const planned = planSheet(scan, options, look);
  if (!planned.ok)
    throw new TablePlanError(
      planned.errors.map((e) => inSheet(scan.name, e)),
      sheets,
      scan.name,
      planned.headerRow,
    );
  const plan = planned.plan;
  if (req.saveAs) {
    await saveImportMapping(actor, req.saveAs, plan.signature, options);
    applied = req.saveAs;
  }
  const skipped: SkippedRow[] = [];
  let count = 0;
  const chosen = scan;
  return {
    sheet: chosen.name,
    sheets,
    table: summarize(plan, chosen, applied),
    skipped,
    skippedCount: () => count,
    open: () => {
      skipped.length = 0;
      count = 0;
      return readTableRows(path, chosen, plan, (s) => {
        count += 1;
        if (skipped.length < MAX_SKIPPED) skipped.push(s);
      });
    },
  };
}

function definedOnly(o: MappingOptions): MappingOptions {
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => v !== undefined && !(k === "layout" && v === "auto"))) as MappingOptions;
}
