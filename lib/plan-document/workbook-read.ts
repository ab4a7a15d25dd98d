// The rows of a plan workbook (see workbook-layout.ts) → the same document object the JSON
// path validates, then that validation, with each issue named by its sheet and cell as
// well as its document path. Pure: the caller reads the sheets (workbook-file.ts).
import { msg } from "@/lib/i18n/message";
import { parsePlanDocument } from "./parse";
import type { PlanDocument } from "./schema";
import { CellLocator, cellToValue, issueAtCell, type WorkbookIssue } from "./workbook-cells";
import {
  FIGURES_SHEET,
  GOALS_SHEET,
  headerText,
  INDICATORS_SHEET,
  INFO_FIELDS,
  INFO_SHEET,
  REGIONS_SHEET,
  TARGETS_SHEET,
  cellRef,
  type ColumnSpec,
  type TableSheet,
} from "./workbook-layout";

/** One worksheet row: `cells[0]` is column A; `number` the row number Excel shows. */
export interface WorkbookRow {
  number: number;
  cells: readonly string[];
}
export type WorkbookRows = ReadonlyMap<string, readonly WorkbookRow[]>;

export type WorkbookReadResult = { ok: true; document: PlanDocument; locate: (path: string) => string | undefined } | { ok: false; issues: WorkbookIssue[] };

type Obj = Record<string, unknown>;
const compact = (o: Obj): Obj => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const blankRow = (r: WorkbookRow) => r.cells.every((c) => (c ?? "").trim() === "");
const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** Which spec a header cell names: "种类 kind", "kind" or "种类". */
function specOf(sheet: TableSheet, header: string): ColumnSpec | undefined {
  const h = norm(header);
  if (h === "") return undefined;
  const last = h.split(" ").pop()!;
  return sheet.columns.find((c) => h === norm(headerText(c)) || last === c.key.toLowerCase() || h === norm(c.zh));
}

interface Table {
  rows: { number: number; values: Obj }[];
  cols: Map<string, number>;
  headerRow: number;
}

function readTable(sheet: TableSheet, rows: readonly WorkbookRow[] | undefined, issues: WorkbookIssue[], required: boolean): Table | null {
  if (!rows) {
    if (required)
      issues.push({
        path: "",
        cell: sheet.name,
        message: msg(
          `工作簿中缺少工作表“${sheet.name}”（可从模板复制）`,
          `The workbook has no worksheet "${sheet.name}" (${sheet.en}); copy it from the template`,
        ),
      });
    return null;
  }
  const data = rows.filter((r) => !blankRow(r));
  const header = data[0];
  const cols = new Map<string, number>();
  header?.cells.forEach((text, i) => {
    const spec = specOf(sheet, text ?? "");
    if (spec && !cols.has(spec.key)) cols.set(spec.key, i + 1);
  });
  const missing = sheet.columns.filter((c) => c.required && !cols.has(c.key));
  if (missing.length) {
    const names = missing.map((c) => `“${headerText(c)}”`).join("、");
    const namesEn = missing.map((c) => `"${headerText(c)}" (${c.en})`).join(", ");
    const at = `${sheet.name}!${header?.number ?? 1}:${header?.number ?? 1}`;
    issues.push({
      path: "",
      cell: at,
      message: msg(
        `${at}：表头缺少必填列 ${names}；表头写作“中文名 字段名”，见模板`,
        `${at}: the header lacks the required column(s) ${namesEn}; headers read "Chinese-name field", see the template`,
      ),
    });
    return null;
  }
  const specs = sheet.columns.filter((c) => cols.has(c.key) && !c.readOnly);
  return {
    headerRow: header!.number,
    cols,
    rows: data.slice(1).map((r) => ({
      number: r.number,
      values: compact(Object.fromEntries(specs.map((c) => [c.key, cellToValue(c, r.cells[cols.get(c.key)! - 1])]))),
    })),
  };
}

const pick = (values: Obj, keys: readonly string[]) => compact(Object.fromEntries(keys.map((k) => [k, values[k]])));

function readInfo(rows: readonly WorkbookRow[] | undefined, locator: CellLocator, issues: WorkbookIssue[]): Obj {
  if (!rows) {
    issues.push({
      path: "",
      cell: INFO_SHEET.name,
      message: msg(`工作簿中缺少工作表“${INFO_SHEET.name}”`, `The workbook has no worksheet "${INFO_SHEET.name}" (${INFO_SHEET.en})`),
    });
    return {};
  }
  const v: Obj = {};
  for (const r of rows) {
    const key = (r.cells[0] ?? "").trim();
    const field = INFO_FIELDS.find((f) => f.key === key);
    if (!field) {
      if (key !== "" && r !== rows.find((x) => !blankRow(x)))
        issues.push({
          path: "",
          cell: `${INFO_SHEET.name}!A${r.number}`,
          message: msg(
            `${INFO_SHEET.name}!A${r.number}：未知字段“${key}”（字段见模板 A 列）`,
            `${INFO_SHEET.name}!A${r.number}: unknown field "${key}" (see column A of the template)`,
          ),
        });
      continue;
    }
    locator.add(field.key, INFO_SHEET.name, r.number, new Map([["", 3]]));
    v[field.key] = cellToValue(field, r.cells[2]);
  }
  const thresholdKeys = ["onTrackLagPp", "atRiskLagPp", "ceilingMarginPp", "nearlyAchievedPct"];
  const th = compact(Object.fromEntries(thresholdKeys.map((k) => [k, v[`thresholds.${k}`]])));
  const cluster = v["display.clusterCode"];
  const comparison = v["display.comparisonRegionCodes"] as string[] | undefined;
  const cards = v["display.baselineCards"] as string[] | undefined;
  const head = Object.fromEntries(Object.entries(v).filter(([k]) => !k.includes(".")));
  return compact({
    ...head,
    thresholds: Object.keys(th).length ? th : undefined,
    display:
      cluster !== undefined || comparison || cards
        ? { clusterCode: cluster ?? null, comparisonRegionCodes: comparison ?? [], baselineCards: (cards ?? []).map(baselineCard) }
        : undefined,
  });
}

/** "gdp share:gdp_share_national compare" → { indicator, share, compare }. */
function baselineCard(line: string): Obj {
  const [indicator, ...rest] = line.split(/\s+/);
  const card: Obj = { indicator };
  for (const t of rest) {
    const share = /^share[:=：](.+)$/i.exec(t);
    if (share) card.share = share[1];
    else if (/^compare$/i.test(t)) card.compare = true;
    else card[t] = true; // the schema names the unknown word
  }
  return card;
}

interface GoalRow {
  number: number;
  node: Obj;
  parent?: string;
}

function readGoals(table: Table, locator: CellLocator, issues: WorkbookIssue[]): Obj[] {
  const rows: GoalRow[] = table.rows.map(({ number, values }) => {
    const { parent, regions, ...rest } = values;
    const node: Obj = { ...rest };
    if (regions) node.regions = (regions as string[]).map(goalRegion);
    return { number, node, parent: parent === undefined ? undefined : String(parent).trim() };
  });
  const byKey = new Map<string, GoalRow>();
  for (const r of rows) if (typeof r.node.key === "string" && !byKey.has(r.node.key)) byKey.set(r.node.key, r);
  const top: GoalRow[] = [];
  const children = new Map<GoalRow, GoalRow[]>();
  for (const r of rows) {
    if (r.parent === undefined) {
      top.push(r);
      continue;
    }
    const parent = byKey.get(r.parent);
    let cyclic = false;
    for (let p = parent, n = 0; p && n <= rows.length; p = p.parent ? byKey.get(p.parent) : undefined, n++) if (p === r) cyclic = true;
    if (!parent || cyclic) {
      const cell = cellRef(GOALS_SHEET.name, table.cols.get("parent")!, r.number);
      issues.push({
        path: "",
        cell,
        message: cyclic
          ? msg(`${cell}：上级目标“${r.parent}”形成循环`, `${cell}: parent goal "${r.parent}" makes a cycle`)
          : msg(
              `${cell}：未知的上级目标键“${r.parent}”：应为本表“目标键”列中的键`,
              `${cell}: unknown parent goal key "${r.parent}": use a key from the goal key column`,
            ),
      });
      continue;
    }
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const build = (list: GoalRow[], prefix: string): Obj[] =>
    list.map((r, i) => {
      const path = `${prefix}[${i}]`;
      locator.add(path, GOALS_SHEET.name, r.number, table.cols);
      const kids = children.get(r) ?? [];
      return kids.length ? { ...r.node, children: build(kids, `${path}.children`) } : r.node;
    });
  return build(top, "goals");
}

/** "510500 泸州" (or "510500：泸州") → { region, labelZh }. */
function goalRegion(line: string): Obj {
  const m = /^(\S+?)(?:\s+|[:：])(.+)$/.exec(line.trim());
  return m ? { region: m[1], labelZh: m[2]!.trim() } : { region: line.trim() };
}

function readRegions(table: Table, locator: CellLocator, issues: WorkbookIssue[]): { regions: Obj[]; roles: Obj[] } {
  const regions: Obj[] = [];
  const roles: Obj[] = [];
  for (const { number, values: v } of table.rows) {
    const isRole = ["role", "labelZh", "textZh", "textEn"].some((k) => v[k] !== undefined);
    if (v.membership !== undefined) {
      locator.add(`regions[${regions.length}]`, REGIONS_SHEET.name, number, table.cols);
      regions.push(pick(v, ["region", "membership", "note"]));
    }
    if (isRole) {
      locator.add(`roles[${roles.length}]`, REGIONS_SHEET.name, number, table.cols);
      roles.push({ ...pick(v, ["region", "role", "labelZh", "textZh", "textEn"]), clause: v.clause ?? "" });
    }
    if (v.membership === undefined && !isRole) {
      const cell = `${REGIONS_SHEET.name}!${number}:${number}`;
      issues.push({
        path: "",
        cell,
        message: msg(
          `${cell}：每行须填“范围”（whole 全部 / part 部分）或“角色”（core_city、regional_centre、node_city）`,
          `${cell}: each row needs a membership (whole / part) or a role (core_city, regional_centre, node_city)`,
        ),
      });
    }
  }
  return { regions, roles };
}

function readTargets(table: Table, locator: CellLocator): Obj[] {
  return table.rows.map(({ number, values }, i) => {
    locator.add(`targets[${i}]`, TARGETS_SHEET.name, number, table.cols);
    const { "baseline.year": year, "baseline.value": value, ...rest } = values;
    return compact({ ...rest, baseline: year !== undefined || value !== undefined ? compact({ year, value }) : undefined });
  });
}

function readList(table: Table, sheet: TableSheet, name: string, locator: CellLocator): Obj[] {
  return table.rows.map(({ number, values }, i) => {
    locator.add(`${name}[${i}]`, sheet.name, number, table.cols);
    return values;
  });
}

/** The document a workbook holds, validated as a JSON document is; issues name cells. */
export function readPlanWorkbook(sheets: WorkbookRows): WorkbookReadResult {
  const issues: WorkbookIssue[] = [];
  const locator = new CellLocator();
  const info = readInfo(sheets.get(INFO_SHEET.name), locator, issues);
  const goals = readTable(GOALS_SHEET, sheets.get(GOALS_SHEET.name), issues, true);
  const indicators = readTable(INDICATORS_SHEET, sheets.get(INDICATORS_SHEET.name), issues, true);
  const targets = readTable(TARGETS_SHEET, sheets.get(TARGETS_SHEET.name), issues, true);
  const regions = readTable(REGIONS_SHEET, sheets.get(REGIONS_SHEET.name), issues, true);
  const figures = readTable(FIGURES_SHEET, sheets.get(FIGURES_SHEET.name), issues, false);
  if (!goals || !indicators || !targets || !regions) return { ok: false, issues };
  for (const [t, s, name] of [
    [goals, GOALS_SHEET, "goals"],
    [indicators, INDICATORS_SHEET, "indicators"],
    [targets, TARGETS_SHEET, "targets"],
    [regions, REGIONS_SHEET, "regions"],
  ] as const)
    locator.add(name, s.name, t.headerRow, new Map());

  const scope = readRegions(regions, locator, issues);
  const raw = {
    ...info,
    regions: scope.regions,
    roles: scope.roles,
    goals: readGoals(goals, locator, issues),
    indicators: readList(indicators, INDICATORS_SHEET, "indicators", locator),
    targets: readTargets(targets, locator),
    baselineFigures: figures ? readList(figures, FIGURES_SHEET, "baselineFigures", locator) : [],
  };
  const parsed = parsePlanDocument(raw);
  if (!parsed.ok) issues.push(...parsed.issues.map((i) => issueAtCell(i, locator.locate(i.path))));
  if (issues.length || !parsed.ok) return { ok: false, issues };
  return { ok: true, document: parsed.document, locate: (p) => locator.locate(p) };
}
