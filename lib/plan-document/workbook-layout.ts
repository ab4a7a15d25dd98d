// The plan document as an Excel workbook, for people who live in Excel: which sheets,
// which columns, their zh + en header labels and the lists a cell may hold. The writer
// (workbook-write.ts) and the reader (workbook-read.ts) both follow this one layout, so a
// document written and read back is the same document.
//
// Header cells read "中文名 field" (e.g. "种类 kind"): the reader finds a column by its
// field name (the last word) or its Chinese label, so columns may be reordered and extra
// columns (a region's name, for reading) are ignored.

type CellKind = "text" | "int" | "number" | "bool" | "list" | "enum";

export interface ColumnSpec {
  /** the document field (dotted for nested objects: baseline.year) */
  key: string;
  zh: string;
  en: string;
  kind: CellKind;
  /** the header must be present (the field is required in the document) */
  required?: boolean;
  /** a required text that may be empty: a blank cell is "", not a missing field */
  emptyAsText?: boolean;
  /** for enum cells: the accepted codes (also offered as a drop-down list) */
  values?: readonly EnumValue[];
  /** blank → null (a nullable field) */
  nullable?: boolean;
  width?: number;
  /** read for people, ignored by the reader */
  readOnly?: boolean;
}

interface EnumValue {
  code: string;
  zh: string;
  en: string;
}

const ev = (code: string, zh: string, en: string): EnumValue => ({ code, zh, en });

const TARGET_KIND_VALUES = [
  ev("level", "水平值", "level in year T"),
  ev("growth_rate", "年均增长", "average annual growth"),
  ev("reduction", "降低", "fall from the baseline"),
  ev("cumulative", "累计", "sum over the period"),
];
const TARGET_TYPE_VALUES = [ev("min", "不低于", "at least"), ev("max", "不高于", "at most"), ev("approx", "左右", "about")];
const ATTRIBUTE_VALUES = [ev("binding", "约束性", "binding"), ev("expected", "预期性", "expected")];
const MEMBERSHIP_VALUES = [ev("whole", "全部", "whole"), ev("part", "部分", "part")];
const ROLE_VALUES = [
  ev("core_city", "核心城市", "core city"),
  ev("regional_centre", "区域中心城市", "regional centre"),
  ev("node_city", "节点城市", "node city"),
];
const LANGUAGE_VALUES = [ev("zh", "中文", "Chinese"), ev("en", "英文", "English")];
const GOAL_KIND_VALUES = [
  ev("overall_goal", "总体目标", "overall goal"),
  ev("goal_area", "目标领域", "goal area"),
  ev("outlook", "远景", "outlook"),
  ev("positioning_overall", "总体定位", "overall positioning"),
  ev("positioning", "定位", "positioning"),
  ev("spatial_structure", "空间格局", "spatial structure"),
  ev("axis", "轴", "axis"),
  ev("belt", "带", "belt"),
  ev("core", "核", "core"),
  ev("zone", "区", "zone"),
  ev("cooperation_group", "合作组团", "cooperation group"),
  ev("category", "篇章", "category"),
  ev("section", "节", "section"),
];

export interface TableSheet {
  name: string;
  en: string;
  /** the document array the rows become */
  columns: readonly ColumnSpec[];
}

const c = (key: string, zh: string, en: string, kind: CellKind, more: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, zh, en, kind, ...more });

export const GOALS_SHEET: TableSheet = {
  name: "目标体系",
  en: "Goals",
  columns: [
    c("key", "目标键", "goal key", "text", { required: true, width: 30 }),
    c("parent", "上级目标键", "parent goal key (blank: top level)", "text", { width: 24 }),
    c("kind", "类别", "kind", "enum", { required: true, values: GOAL_KIND_VALUES, width: 18 }),
    c("titleZh", "标题（中文）", "title (Chinese)", "text", { required: true, width: 36 }),
    c("titleEn", "标题（英文）", "title (English)", "text", { required: true, width: 36 }),
    c("textZh", "原文（中文）", "text (Chinese)", "text", { width: 50 }),
    c("textEn", "原文（英文）", "text (English)", "text", { width: 50 }),
    c("year", "年份", "year", "int", { width: 8 }),
    c("clause", "条款", "clause", "text", { width: 14 }),
    c("regions", "地区（每行：代码 原文名称）", "regions (one a line: code name-as-written)", "list", { width: 24 }),
  ],
};

export const INDICATORS_SHEET: TableSheet = {
  name: "指标",
  en: "Indicators",
  columns: [
    c("code", "指标代码", "indicator code", "text", { required: true, width: 24 }),
    c("nameZh", "名称（中文）", "name (Chinese)", "text", { required: true, width: 24 }),
    c("nameEn", "名称（英文）", "name (English)", "text", { required: true, width: 30 }),
    c("unit", "单位", "unit", "text", { required: true, width: 8 }),
    c("attribute", "属性", "attribute", "enum", { required: true, nullable: true, values: ATTRIBUTE_VALUES, width: 10 }),
    c("definitionZh", "定义（中文）", "definition (Chinese)", "text", { required: true, width: 50 }),
    c("definitionEn", "定义（英文）", "definition (English)", "text", { required: true, width: 50 }),
    c("allowNegative", "可为负数", "may be negative", "bool", { width: 10 }),
  ],
};

export const TARGETS_SHEET: TableSheet = {
  name: "目标值",
  en: "Targets",
  columns: [
    c("indicator", "指标代码", "indicator code", "text", { required: true, width: 22 }),
    c("region", "地区代码", "region code", "text", { required: true, width: 10 }),
    c("year", "目标年份", "target year", "int", { required: true, width: 8 }),
    c("type", "类型", "type", "enum", { required: true, values: TARGET_TYPE_VALUES, width: 8 }),
    c("kind", "种类", "kind", "enum", { values: TARGET_KIND_VALUES, width: 12 }),
    c("value", "目标值", "value", "number", { width: 10 }),
    c("rate", "百分比", "rate (%)", "number", { width: 8 }),
    c("tolerancePct", "容差（%）", "tolerance (%)", "number", { width: 8 }),
    c("baseline.year", "基期年份", "baseline year", "int", { width: 8 }),
    c("baseline.value", "基期值", "baseline value", "number", { width: 10 }),
    c("unit", "单位", "unit", "text", { width: 8 }),
    c("clause", "条款", "clause", "text", { required: true, emptyAsText: true, width: 10 }),
    c("goals", "服务目标（目标键，每行一个）", "goals served (keys, one a line)", "list", { width: 28 }),
    c("source", "来源", "source", "text", { width: 30 }),
    c("note", "备注", "note", "text", { width: 30 }),
    c("wording", "原文措辞", "wording", "text", { width: 40 }),
    c("wordingLanguage", "措辞语言", "wording language", "enum", { values: LANGUAGE_VALUES, width: 8 }),
  ],
};

/** One row is a region in scope (membership filled), a role (role filled), or both. */
export const REGIONS_SHEET: TableSheet = {
  name: "地区",
  en: "Regions",
  columns: [
    c("region", "地区代码", "region code", "text", { required: true, width: 10 }),
    c("name", "地区名称（仅供阅读）", "region name (for reading only)", "text", { readOnly: true, width: 14 }),
    c("membership", "范围", "membership", "enum", { required: true, values: MEMBERSHIP_VALUES, width: 8 }),
    c("note", "范围备注", "scope note", "text", { width: 24 }),
    c("role", "角色", "role", "enum", { values: ROLE_VALUES, width: 14 }),
    c("labelZh", "规划中的称谓", "label as the plan writes it", "text", { width: 10 }),
    c("textZh", "角色说明（中文）", "role text (Chinese)", "text", { width: 40 }),
    c("textEn", "角色说明（英文）", "role text (English)", "text", { width: 40 }),
    c("clause", "角色条款", "role clause", "text", { width: 10 }),
  ],
};

export const FIGURES_SHEET: TableSheet = {
  name: "基期数据",
  en: "Baseline figures",
  columns: [
    c("indicator", "指标代码", "indicator code", "text", { required: true, width: 22 }),
    c("region", "地区代码", "region code", "text", { required: true, width: 10 }),
    c("year", "年份", "year", "int", { required: true, width: 8 }),
    c("value", "数值（指标单位）", "value (indicator's unit)", "number", { required: true, width: 12 }),
    c("valueAsPublished", "原文数值", "value as published", "number", { required: true, width: 12 }),
    c("unitAsPublished", "原文单位", "unit as published", "text", { required: true, width: 10 }),
    c("note", "备注", "note", "text", { required: true, emptyAsText: true, width: 50 }),
    c("flags", "标记（每行一个）", "flags (one a line)", "list", { width: 16 }),
  ],
};

/** 基本信息: one field a row (key | label | value). */
export const INFO_SHEET = { name: "基本信息", en: "General" } as const;

export interface InfoField extends ColumnSpec {
  hint?: { zh: string; en: string };
}

export const INFO_FIELDS: readonly InfoField[] = [
  c("schemaVersion", "文档格式版本", "schema version", "int", { required: true }),
  c("slug", "标识", "slug (e.g. chengyu-2016)", "text", { required: true }),
  c("nameZh", "规划名称（中文）", "name (Chinese)", "text", { required: true }),
  c("nameEn", "规划名称（英文）", "name (English)", "text", { required: true }),
  c("docNumber", "文号", "document number", "text", { required: true, emptyAsText: true }),
  c("issuingBodiesZh", "印发机关（中文）", "issuing bodies (Chinese)", "text", { required: true }),
  c("issuingBodiesEn", "印发机关（英文）", "issuing bodies (English)", "text", { required: true }),
  c("issueDate", "印发日期", "issue date (YYYY-MM-DD)", "text", { required: true }),
  c("periodStart", "规划期初", "period start", "int", { required: true }),
  c("periodEnd", "规划期末", "period end", "int", { required: true }),
  c("outlookYear", "远景年份", "outlook year", "int", { required: true }),
  c("baseYear", "基期", "base year", "int", { required: true }),
  c("scopeZh", "规划范围（中文）", "scope (Chinese)", "text", { required: true }),
  c("scopeEn", "规划范围（英文）", "scope (English)", "text", { required: true }),
  c("sourceZh", "数据来源引文", "source citation", "text", { required: true }),
  c("noteZh", "说明（中文）", "note (Chinese)", "text"),
  c("noteEn", "说明（英文）", "note (English)", "text"),
  c("thresholds.onTrackLagPp", "序时进度：正常的滞后上限（百分点）", "on track: lag at most (pp)", "number"),
  c("thresholds.atRiskLagPp", "序时进度：滞后预警（百分点）", "at risk: lag above (pp)", "number"),
  c("thresholds.ceilingMarginPp", "上限目标的余量（百分点）", "ceiling margin (pp)", "number"),
  c("thresholds.nearlyAchievedPct", "基本完成的完成度（%）", "nearly achieved at (%)", "number"),
  c("display.clusterCode", "规划区整体的地区代码", "region code of the whole plan area", "text"),
  c("display.comparisonRegionCodes", "对比地区（每行一个代码）", "comparison regions (one code a line)", "list"),
  c(
    "display.baselineCards",
    "基期概览卡片（每行：指标 [share:占全国比重指标] [compare]）",
    "baseline cards (one a line: indicator [share:indicator] [compare])",
    "list",
  ),
];

export const TABLE_SHEETS = [GOALS_SHEET, INDICATORS_SHEET, TARGETS_SHEET, REGIONS_SHEET, FIGURES_SHEET] as const;
export const INSTRUCTIONS_SHEET = "说明";

/** The header text of a column: "种类 kind". */
export const headerText = (col: Pick<ColumnSpec, "zh" | "key">) => `${col.zh} ${col.key}`;

/** 1 → "A", 27 → "AA". */
export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Quoted for a cell reference: 目标值!E5 as is, 'Sheet 1'!A1 quoted. */
export const cellRef = (sheet: string, col: number, row: number) => `${/^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet}'`}!${columnLetter(col)}${row}`;
