// Words of the Word (.docx) report: the title page, the section headings and the table
// headers. Imported directly by the pure builder (lib/docx), which takes the language
// as input rather than reading it from a request.
const zh = {
  plan: "规划",
  round: "监测轮次",
  asOf: "数据截至",
  unit: "责任单位",
  generatedAt: "生成时间",
  contents: "目录",
  contentsHint: "（在 Word 或 WPS 中右键目录并选择“更新域”可刷新页码）",
  summary: "目标状态概览",
  statusCol: "状态",
  countCol: "目标数",
  total: "合计",
  otherArea: "其他目标",
  indicator: "指标",
  region: "地区",
  baseline: "基期值",
  target: "目标值",
  latest: "最新值",
  completion: "完成度",
  responsible: "责任单位",
  why: "判定依据",
  noTargets: "本部分没有目标。",
  charts: "图表",
  chartsUnavailable: "图表未能生成（{reason}），本文件仅含表格与文字。",
  commentary: "评述",
  annotations: "批注",
  year: "年份",
  warnings: "预警清单",
  noWarnings: "本期没有预警目标。",
  page: "第 {page} 页",
  footer: "{title}",
  listSeparator: "、",
};
type Strings = typeof zh;
const en: Strings = {
  plan: "Plan",
  round: "Monitoring round",
  asOf: "Data as of",
  unit: "Responsible unit",
  generatedAt: "Generated",
  contents: "Contents",
  contentsHint: "(In Word or WPS, right-click the table and choose Update Field to refresh the page numbers.)",
  summary: "Status summary",
  statusCol: "Status",
  countCol: "Targets",
  total: "Total",
  otherArea: "Other targets",
  indicator: "Indicator",
  region: "Region",
  baseline: "Baseline",
  target: "Target",
  latest: "Latest",
  completion: "Completion",
  responsible: "Responsible unit",
  why: "Why this status",
  noTargets: "This section has no targets.",
  charts: "Charts",
  chartsUnavailable: "The charts could not be drawn ({reason}); this file holds the tables and text only.",
  commentary: "Commentary",
  annotations: "Annotations",
  year: "Year",
  warnings: "Early warnings",
  noWarnings: "No target is on the early-warning list.",
  page: "Page {page}",
  footer: "{title}",
  listSeparator: ", ",
};

export const reportDocxStrings = { zh, en };
export type ReportDocxStrings = Strings;

/** Why a Word report has no charts (the reason printed in its chart chapter). */
export const chartFailureReasons = {
  zh: { unavailable: "图表渲染服务不可用", timeout: "生成图表超过 {seconds} 秒" },
  en: { unavailable: "the chart renderer is unavailable", timeout: "drawing them took over {seconds} s" },
};

/** The title of a round's report: {year} is the round's statistical year. */
export const roundReportTitles = {
  zh: { title: "{year}年度监测报告", frozen: "（冻结结果）", live: "（实时评估，未冻结）" },
  en: { title: "Annual monitoring report {year}", frozen: " (frozen results)", live: " (live evaluation, not frozen)" },
};
