// Rows of the "why this colour" panel that belong to a target's kind (kinds.ts): the rate
// and the level it implies for growth_rate / reduction, the running sum and its pace for
// cumulative (which has no growth lens at all).

import { formatFraction, formatOneDecimal, formatPlainNumber } from "./format";
import { ratePct } from "./explain-kinds";
import type { LensRow } from "./lens-row";
import type { Bilingual, ProgressResult } from "./result-types";
import type { UnitLabel } from "./types";

const same = (s: string): Bilingual => ({ zh: s, en: s });
const DASH = same("—");

function valueIn(unit: UnitLabel) {
  return (x: number): Bilingual => ({
    zh: `${formatPlainNumber(Math.round(x * 100) / 100)}${unit.zh}`,
    en: `${formatPlainNumber(Math.round(x * 100) / 100)} ${unit.en}`.trim(),
  });
}

/** growth_rate / reduction: the plan's rate, the implied level, the realized rate (placed first). */
export function rateRows(r: ProgressResult, unit: UnitLabel): LensRow[] {
  const k = r.reading;
  if (k.kind !== "growth_rate" && k.kind !== "reduction") return [];
  const v = valueIn(unit);
  const growth = k.kind === "growth_rate";
  return [
    {
      key: "rate",
      label: growth ? { zh: "规划年均增速", en: "Planned annual growth" } : { zh: "规划降低幅度", en: "Planned fall" },
      formula: growth ? "r" : "x",
      value: k.rate === null ? DASH : same(ratePct(k.rate)),
    },
    {
      key: "levelTarget",
      label: { zh: "隐含目标年值", en: "Implied value in the target year" },
      formula: growth ? "v_T = v_b · (1 + r)^(T − b)" : "v_T = v_b · (1 − x)",
      value: k.levelTarget === null ? DASH : v(k.levelTarget),
    },
    {
      key: "realizedRate",
      label: growth ? { zh: "实际年均增速", en: "Realized annual growth" } : { zh: "实际降低幅度", en: "Realized fall" },
      formula: growth ? "g = (v_t / v_b)^(1/(t − b)) − 1" : "f = (v_b − v_t) / v_b",
      value: k.realizedRate === null ? DASH : same(`${ratePct(k.realizedRate)}${k.realizedYear === null ? "" : ` (${k.realizedYear})`}`),
    },
  ];
}

/** cumulative: completion, time share, lag, the sum, the missing years and the pace. */
export function cumulativeRows(r: ProgressResult, unit: UnitLabel): LensRow[] {
  const c = r.reading.cumulative;
  if (!c) return [];
  const v = valueIn(unit);
  const L = r.lenses.cumulative ?? null;
  const rows: LensRow[] = [
    {
      key: "sum",
      label: { zh: "期内累计", en: "Sum so far" },
      formula: "Σ v_y, y = b+1 … t",
      value:
        c.sum === null || c.through === null ? DASH : { zh: `${c.from + 1}—${c.through}年 ${v(c.sum).zh}`, en: `${c.from + 1}–${c.through}: ${v(c.sum).en}` },
    },
    {
      key: "completion",
      label: { zh: "完成度", en: "Completion" },
      formula: "c = Σ / S",
      value: r.completion === null ? DASH : same(formatFraction(r.completion)),
    },
    {
      key: "timeShare",
      label: { zh: "时间进度", en: "Time elapsed" },
      formula: "s = (t − b) / (T − b)",
      value: r.timeShare === null ? DASH : same(formatFraction(r.timeShare)),
    },
    {
      key: "lag",
      label: { zh: "滞后（百分点）", en: "Lag (pp)" },
      formula: "lag = 100 · (s − c)",
      value: r.lagPp === null ? DASH : same(formatOneDecimal(r.lagPp)),
    },
  ];
  if (c.missingYears.length > 0) {
    rows.push({
      key: "missingYears",
      label: { zh: "缺失年份", en: "Missing years" },
      formula: "—",
      value: { zh: `${c.missingYears.join("、")}（不推算）`, en: `${c.missingYears.join(", ")} (not estimated)` },
    });
  }
  if (L) {
    rows.push({ key: "averagePerYear", label: { zh: "年均值", en: "Average per year" }, formula: "Σ / (t − b)", value: v(L.averagePerYear) });
    rows.push({
      key: "requiredPerYear",
      label: { zh: "剩余年份所需年均值", en: "Needed per remaining year" },
      formula: "(S − Σ) / (T − t)",
      value: L.requiredPerYear === null ? DASH : v(L.requiredPerYear),
    });
    rows.push({
      key: "projectedSum",
      label: { zh: "按年均值推算的期末累计", en: "Sum at T at that average" },
      formula: "Σ + avg · (T − t)",
      value: v(L.projectedAtTarget),
    });
  }
  rows.push({
    key: "growthLenses",
    label: { zh: "增速类方法", en: "Growth measures" },
    formula: "CAGR, r, R, CS",
    value: { zh: "不适用", en: "not defined" },
    note: {
      zh: "累计类目标衡量期内总和，不衡量某一年的水平，故不计算增速、联合国统计司、加拿大统计局和亚太经社会方法。",
      en: "A cumulative target measures a sum over the period, not a level in one year: growth rates and the UNSD, Statistics Canada and UNESCAP measures are not computed.",
    },
  });
  return rows;
}
