// The print page of a round's 年度监测报告 (/rounds/[id]/print): the charts its Word file
// photographs. Imported directly by that page and by lib/data/round-report.ts.
const zh = {
  charts: "目标走势图",
  live: "实时评估（本轮尚未冻结），图表与数值均为当前数据。",
  frozen: "本轮已于 {at} 冻结：图表为当前数据，每张图下注明本轮冻结结果所用的数值。",
  unit: "责任单位：{unit}",
  /** {shown} charts of {total} targets */
  limited: "仅绘制前 {shown} 个目标的图表（本轮共 {total} 个目标）。",
  none: "本轮没有可绘制的目标。",
  noData: "暂无数据，无法绘图。",
  frozenUsed: "本轮冻结结果：依据 {year} 年数值 {value}，{status}。",
  frozenNoFigure: "本轮冻结结果：没有可作依据的数值，{status}。",
  revisedSince: "冻结后最新数据为 {year} 年 {value}。",
};
type Strings = typeof zh;
const en: Strings = {
  charts: "Target trends",
  live: "Live evaluation (the round is not frozen yet): charts and figures are today's data.",
  frozen: "The round was frozen on {at}: the charts show today's data; below each, the figure the round's frozen result used.",
  unit: "Responsible unit: {unit}",
  limited: "Charts of the first {shown} targets only (the round has {total}).",
  none: "The round has no target to chart.",
  noData: "No data to chart yet.",
  frozenUsed: "Frozen result of the round: {status}, judged by the {year} figure {value}.",
  frozenNoFigure: "Frozen result of the round: no figure to judge by, {status}.",
  revisedSince: "Since the freeze, the latest figure is {value} ({year}).",
};

export const roundPrintStrings = { zh, en };
