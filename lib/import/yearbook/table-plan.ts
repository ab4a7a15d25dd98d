// Where a yearbook table's header is and what each column holds: the "plan" that turns
// every figure of the table into one long row (region, indicator, year, value, unit).
//
// Published tables put title lines ("表3-2 各市中心城区人口（2014—2023年）") and a unit
// line ("单位：万人") above the header, sometimes a two-level header (an indicator
// merged across the years below it), a stub column of regions, indicators or years,
// and figures whose year, region or indicator comes from their column's header. Each of
// region / indicator / year comes from the figure's column header, the row's stub (or a
// key column), or a default for the whole table (the analyst's mapping, else the title).
// Pure: the caller supplies the top rows (merged cells already filled) and lookups.

import { msg, type Message } from "@/lib/i18n/message";
import { columnKeyOf, mapHeader, normalizeHeaderCell } from "../columns";
import { isFootnote, parseYearText, splitLabelUnit, titleUnit, titleYear, unitLine } from "./cell-text";
import { columnLetters, type ColumnRole, type LayoutKind, type MappingOptions } from "./mapping-options";

export interface GridRow {
  /** Worksheet row number (what Excel shows). */
  number: number;
  /** cells[0] is column A. */
  cells: string[];
}

export interface PlanLookups {
  isRegion: (text: string) => boolean;
  isIndicator: (text: string) => boolean;
  /** A region named inside a title ("成渝地区双城经济圈主要指标"), as written there. */
  regionInText: (text: string) => string | null;
}

/** A column of figures and what its header says about them. */
interface ValueColumn {
  index: number;
  label: string;
  region?: string;
  year?: number;
  indicator?: string;
  unit?: string;
}

type KeyRole = Exclude<ColumnRole, "value" | "ignore">;

export interface TablePlan {
  layout: LayoutKind;
  /** The row whose cells name the value columns (the lower one of a two-level header). */
  headerRow: number;
  /** Rows above the data that are part of the header (1 or 2). */
  headerRows: number[];
  title: string | null;
  /** Row-level columns: the stub and any region/year/unit/source/note column. */
  keys: Partial<Record<KeyRole, number>>;
  values: ValueColumn[];
  defaults: { region?: string; year?: number; indicator?: string; unit?: string; source?: string };
  /** Normalised header cells: a later file with the same header reuses a saved mapping. */
  signature: string;
}

export type PlanResult = { ok: true; plan: TablePlan } | { ok: false; errors: Message[]; headerRow?: number };

const SYNONYMS: Record<string, KeyRole> = Object.fromEntries(
  (
    [
      ["region", ["城市", "地市", "区域", "地区名称", "城市名称", "市州", "市(州)", "区县", "区(县)", "行政区", "行政区划", "省份", "地区"]],
      ["indicator", ["指标名称", "项目", "指标项", "指标"]],
      ["year", ["年度", "时间", "年份", "年"]],
      ["note", ["说明", "注", "备注"]],
    ] as [KeyRole, string[]][]
  ).flatMap(([role, names]) => names.map((n) => [normalizeHeaderCell(n), role])),
);

const signatureOf = (cells: readonly string[]) => cells.map(normalizeHeaderCell).join("|").replace(/\|+$/, "");
const distinctNonEmpty = (cells: readonly string[]) => new Set(cells.map((c) => c.trim()).filter((c) => c !== ""));
const rowText = (r: GridRow) => [...distinctNonEmpty(r.cells)].join(" ");

/** A key column the header names in the long layout's words (地区, 年份, 单位 …) or a synonym. */
function keyRoleOf(cell: string): KeyRole | null {
  const n = normalizeHeaderCell(cell);
  if (n === "") return null;
  const key = columnKeyOf(cell);
  if (key === null) return SYNONYMS[n] ?? null;
  return key === "value" ? null : (key as KeyRole);
}

/** Lines above the header: the title and a unit line. A header row has two distinct non-unit cells. */
function findHeader(rows: readonly GridRow[], opts: MappingOptions): { index: number; title: string | null; unit: string | null } | null {
  let title: string | null = null;
  let unit: string | null = null;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const cells = [...distinctNonEmpty(r.cells)];
    const lineUnit = cells.map(unitLine).find((u) => u !== null) ?? null;
    if (lineUnit) unit = lineUnit;
    const rest = cells.filter((c) => unitLine(c) === null);
    const isHeader = opts.headerRow !== undefined ? r.number === opts.headerRow : rest.length >= 2 && !rest.some(isFootnote);
    if (isHeader) return { index: i, title, unit };
    if (rest.length > 0 && title === null) title = rest.join(" ");
  }
  return null;
}

interface Classified {
  keys: Partial<Record<KeyRole, number>>;
  values: ValueColumn[];
  twoLevel: boolean;
}

/** Classifies each header cell: key column, or figures with a year / region / indicator header. */
const below = (rows: readonly GridRow[], i: number) => rows[i + 1] ?? null;

function classifyColumns(header: GridRow, below: GridRow | null, body: readonly GridRow[], opts: MappingOptions, look: PlanLookups): Classified {
  // A two-level header: the row below has years under an indicator merged across them.
  const yearsBelow = below ? below.cells.filter((c) => parseYearText(c) !== null).length : 0;
  const twoLevel =
    yearsBelow >= 2 && header.cells.some((c, i) => c.trim() !== "" && parseYearText(below!.cells[i] ?? "") !== null && parseYearText(c) === null);
  const yearRow = twoLevel ? below! : header;
  const width = Math.max(header.cells.length, yearRow.cells.length);
  const keys: Partial<Record<KeyRole, number>> = {};
  const values: ValueColumn[] = [];
  const forced = opts.layout && opts.layout !== "auto" ? opts.layout : null;
  let stub: number | null = null;
  // only the leftmost labelled column can be the stub (regions, indicators or years down the side)
  const firstLabelled = Math.max(0, [...Array(width).keys()].find((i) => (header.cells[i] ?? "").trim() !== "" || (yearRow.cells[i] ?? "").trim() !== "") ?? 0);
  const stubHere = (i: number) => stub === null && values.length === 0 && i <= firstLabelled;

  for (let i = 0; i < width; i++) {
    const top = (header.cells[i] ?? "").trim();
    const label = (yearRow.cells[i] ?? "").trim();
    const role = opts.columns?.[columnLetters(i)];
    if (role === "ignore") continue;
    if (role && role !== "value") {
      keys[role] ??= i;
      continue;
    }
    const year = parseYearText(label);
    const named = role === "value" ? null : keyRoleOf(twoLevel ? top || label : label);
    if (named && !(twoLevel && year !== null)) {
      keys[named] ??= i;
      continue;
    }
    if (label === "" && top === "") {
      // an unlabelled first column is the stub when it has content
      if (stubHere(i) && body.some((r) => (r.cells[i] ?? "").trim() !== "")) stub = i;
      continue;
    }
    const col: ValueColumn = { index: i, label: twoLevel && top !== label ? `${top} ${label}` : label };
    if (twoLevel) {
      const { name, unit } = splitLabelUnit(top);
      if (year !== null) Object.assign(col, { year, indicator: name || undefined, unit: unit ?? undefined });
      else if (role !== "value" && stubHere(i)) {
        stub = i;
        continue;
      }
    } else if ((forced === "wide-years" || !forced) && year !== null) col.year = year;
    else if ((forced === "wide-regions" || !forced) && look.isRegion(label)) col.region = label;
    else if (role !== "value" && stubHere(i) && forced !== "wide-indicators") {
      stub = i; // the leftmost labelled column that is neither a year nor a region
      continue;
    } else {
      const { name, unit } = splitLabelUnit(label);
      Object.assign(col, { indicator: name, unit: unit ?? undefined });
    }
    values.push(col);
  }
  if (stub !== null) {
    const stubRole = stubRoleOf(stub, body, look);
    keys[stubRole] ??= stub;
  }
  return { keys, values, twoLevel };
}

/** What the stub holds, by its cells: regions, years, else indicators. */
function stubRoleOf(col: number, body: readonly GridRow[], look: PlanLookups): KeyRole {
  const cells = body
    .map((r) => (r.cells[col] ?? "").trim())
    .filter((c) => c !== "" && !isFootnote(c))
    .slice(0, 20);
  const regions = cells.filter(look.isRegion).length;
  const years = cells.filter((c) => parseYearText(c) !== null).length;
  if (years > cells.length / 2) return "year";
  if (regions >= Math.max(1, cells.length / 2)) return "region";
  return "indicator";
}

function layoutOf(values: readonly ValueColumn[], keys: Partial<Record<KeyRole, number>>, forced: LayoutKind | null): LayoutKind {
  if (forced) return forced;
  if (values.length > 0 && values.every((v) => v.year !== undefined)) return "wide-years";
  if (values.length > 0 && values.every((v) => v.region !== undefined)) return "wide-regions";
  if (values.length > 0 && values.every((v) => v.indicator !== undefined)) return "wide-indicators";
  return keys.year !== undefined && keys.region !== undefined ? "long" : "wide-indicators";
}

/** The signature of the header row the plan would read (for finding a saved mapping), or null. */
export function headerSignature(rows: readonly GridRow[], opts: MappingOptions): string | null {
  const found = findHeader(rows, opts);
  return found ? signatureOf(rows[found.index]!.cells) : null;
}

/**
 * The plan of a table from its top rows (title lines, header, the first data rows),
 * or errors saying what could not be told and how to tell it (the header row read, the
 * parameter to give). `footSource` is a 资料来源 line found below the table.
 */
export function planTable(rows: readonly GridRow[], opts: MappingOptions, look: PlanLookups, footSource: string | null = null): PlanResult {
  const found = findHeader(rows, opts);
  if (!found) {
    return {
      ok: false,
      errors: [
        opts.headerRow !== undefined
          ? msg(`第${opts.headerRow}行是空行或不存在，不能作为表头`, `row ${opts.headerRow} is empty or missing and cannot be the header`)
          : msg(
              "找不到表头行：表头应至少有两个非空单元格（如“地区”和各年份）",
              "No header row found: a header has at least two non-empty cells (such as region and the years)",
            ),
      ],
    };
  }
  const header = rows[found.index]!;
  const forced = opts.layout && opts.layout !== "auto" ? opts.layout : null;
  const long = forced === null || forced === "long" ? mapHeader(header.cells) : null;
  let classified: Classified;
  if (long?.ok && !opts.columns) {
    // the long layout, below title lines: every column is a key but "value"
    const keys: Partial<Record<KeyRole, number>> = {};
    long.columns.forEach((k, i) => {
      if (k !== null && k !== "value") keys[k as KeyRole] ??= i;
    });
    const v = long.columns.indexOf("value");
    classified = { keys, values: [{ index: v, label: header.cells[v]! }], twoLevel: false };
  } else {
    classified = classifyColumns(header, below(rows, found.index), rows.slice(found.index + 1), opts, look);
  }
  const headerRows = classified.twoLevel ? [header.number, rows[found.index + 1]!.number] : [header.number];
  const plan: TablePlan = {
    layout: long?.ok && !opts.columns ? "long" : layoutOf(classified.values, classified.keys, forced),
    headerRow: headerRows[headerRows.length - 1]!,
    headerRows,
    title: found.title,
    keys: classified.keys,
    values: classified.values,
    defaults: {
      region: opts.region ?? (found.title ? (look.regionInText(found.title) ?? undefined) : undefined),
      year: opts.year ?? (found.title ? (titleYear(found.title) ?? undefined) : undefined),
      indicator: opts.indicator,
      unit: opts.unit ?? found.unit ?? (found.title ? (titleUnit(found.title) ?? undefined) : undefined),
      source: opts.source ?? footSource ?? undefined,
    },
    signature: signatureOf(header.cells),
  };
  if (opts.indicator) for (const v of plan.values) if (v.indicator !== undefined && !look.isIndicator(v.indicator)) v.indicator = undefined;
  const errors = missingParts(plan, header, look);
  return errors.length > 0 ? { ok: false, errors, headerRow: plan.headerRow } : { ok: true, plan };
}

/** Each figure needs a region, an indicator, a year and a source from somewhere. */
function missingParts(plan: TablePlan, header: GridRow, look: PlanLookups): Message[] {
  const read = msg(
    `已将第${plan.headerRow}行读作表头（${rowText(header).slice(0, 60)}）`,
    `row ${plan.headerRow} was read as the header (${rowText(header).slice(0, 60)})`,
  );
  const errors: Message[] = [];
  if (plan.values.length === 0) {
    errors.push(
      msg(
        `${read.zh}，但其中没有数值列（年份、地区或指标）；请选择表头行或指定各列内容`,
        `${read.en}, but it has no column of figures (years, regions or indicators); choose the header row or say what each column holds`,
      ),
    );
    return errors;
  }
  const has = (part: "region" | "indicator" | "year") =>
    plan.keys[part] !== undefined ||
    plan.defaults[part] !== undefined ||
    plan.values.every((v) => v[part] !== undefined && (part !== "indicator" || look.isIndicator(v.indicator!)));
  const parts: ["region" | "indicator" | "year", Message, string][] = [
    ["region", msg("地区", "region"), "region"],
    ["indicator", msg("指标", "indicator"), "indicator"],
    ["year", msg("年份", "year"), "year"],
  ];
  for (const [part, label, param] of parts) {
    if (has(part)) continue;
    const unknown =
      part === "indicator" ? plan.values.filter((v) => v.indicator !== undefined && !look.isIndicator(v.indicator)).map((v) => `“${v.label}”`) : [];
    errors.push(
      msg(
        `${read.zh}，无法确定各数值的${label.zh}${unknown.length ? `（列 ${unknown.join("、")} 不是已知指标）` : ""}；请在映射中选择${label.zh}（参数 ${param}=）或指定${label.zh}所在的列`,
        `${read.en}, but the ${label.en} of the figures cannot be told${unknown.length ? ` (column(s) ${unknown.join(", ").replace(/[“”]/g, '"')} are not known indicators)` : ""}; choose the ${label.en} in the mapping (parameter ${param}=) or the column that holds it`,
      ),
    );
  }
  if (plan.keys.source === undefined && plan.defaults.source === undefined) {
    errors.push(
      msg(
        `${read.zh}，但表中没有“来源”列，也没有“资料来源：”行；请填写本文件的来源（参数 source=）`,
        `${read.en}, but the table has no source column and no "资料来源：" line; give the file's source (parameter source=)`,
      ),
    );
  }
  return errors;
}
