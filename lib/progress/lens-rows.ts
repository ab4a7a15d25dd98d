// The "why this colour" panel: every measure of a result with its formula and its value
// (or why it has none), in zh and en. Pure, so the panel, exports and tests read the same
// rows. Rows depend on the kind of target (limit-lenses.ts): a goal gets the growth
// lenses; a ceiling or floor gets the allowance, the crossing year and the margin; an
// approx target its distance to the band. Formulas are symbols only (the same in both
// languages); every word — category thresholds included — is in the row's `note`.

import { formatFraction, formatOneDecimal, formatPlainNumber } from "./format";
import type { LensRow } from "./lens-row";
import { limitRows } from "./lens-rows-limit";
import { cumulativeRows, rateRows } from "./lens-rows-kinds";
import { NULL_REASON_TEXT, STATCAN_CATEGORY_TEXT, UNSD_CATEGORY_TEXT } from "./lens-text";
import type { UnitLabel } from "./types";
import type { Bilingual, ProgressResult } from "./result-types";

/**
 * The one sentence said instead of rows that need a baseline, when there is none; null
 * when there is one. Said once, above the table, rather than "—（缺基期）" on every row.
 */
export function missingBaselineNote(r: ProgressResult): Bilingual | null {
  // a cumulative target needs no baseline value (its sum starts from nothing)
  return r.baseline || r.reading?.kind === "cumulative"
    ? null
    : { zh: "无基期值：需要基期的视角不计算。", en: "No baseline: lenses that need one are not computed." };
}

/** Why the growth lenses are absent for a limit or a band: said once, as its own row. */
const NOT_GOAL: Record<"limit" | "band", Bilingual> = {
  limit: {
    zh: "联合国统计司、加拿大统计局、亚太经社会方法及“达到目标还需年数”衡量向目标推进的程度；上下限是不得越过的界限，向上限增长并非进展，故不计算。",
    en: "The UNSD, Statistics Canada and UNESCAP measures and “years to target” measure progress towards a goal; a limit is a line not to cross, and growing towards a cap is not progress, so they are not computed.",
  },
  band: {
    zh: "联合国统计司、加拿大统计局、亚太经社会方法衡量单向推进的程度；区间目标越过区间同样是偏离，故不计算，改看与区间的距离和方向。",
    en: "The UNSD, Statistics Canada and UNESCAP measures score one-way progress; for a band, passing it is a miss too, so they are not computed: see the distance to the band and the direction instead.",
  },
};

const same = (s: string): Bilingual => ({ zh: s, en: s });
const DASH = same("—");
const pct = (x: number) => same(formatFraction(x));
const ratio = (x: number) => formatPlainNumber(Math.round(x * 1000) / 1000);

/**
 * The rows of the panel, in a fixed order per kind. Rows that need a baseline are left
 * out when there is none (missingBaselineNote says so once). A lens that is undefined
 * for another reason shows "—" and its reason.
 */
export function buildLensRows(r: ProgressResult, unit: UnitLabel, outlookYear: number): LensRow[] {
  if (r.reading?.kind === "cumulative") return cumulativeRows(r, unit);
  const L = r.lenses;
  const why = (name: keyof typeof L.nullReasons): Bilingual => {
    const reason = L.nullReasons[name];
    return reason ? { zh: `—（${NULL_REASON_TEXT[reason].zh}）`, en: `— (${NULL_REASON_TEXT[reason].en})` } : DASH;
  };
  const v = (x: number) => ({
    zh: `${formatPlainNumber(Math.round(x * 100) / 100)}${unit.zh}`,
    en: `${formatPlainNumber(Math.round(x * 100) / 100)} ${unit.en}`.trim(),
  });
  const years = (x: number | null) => (x === null ? null : { zh: `${formatOneDecimal(x)}年`, en: `${formatOneDecimal(x)} years` });
  const hasBaseline = r.baseline !== null;
  const rows: LensRow[] = hasBaseline ? rateRows(r, unit) : [];
  const push = (row: LensRow, needsBaseline = true) => {
    if (hasBaseline || !needsBaseline) rows.push(row);
  };

  if (L.kind === "limit" && L.limit) {
    limitRows(L.limit, v).forEach((row) => push(row, row.key !== "headroom" && row.key !== "crossing" && row.key !== "marginAtTarget"));
  } else {
    push({
      key: "completion",
      label: { zh: "完成度", en: "Completion" },
      formula: "c = (v_t − v_b) / (v_T − v_b)",
      value: r.completion === null ? DASH : pct(r.completion),
    });
    push({
      key: "timeShare",
      label: { zh: "时间进度", en: "Time elapsed" },
      formula: "s = (t − b) / (T − b)",
      value: r.timeShare === null ? DASH : pct(r.timeShare),
    });
    push({
      key: "lag",
      label: { zh: "滞后（百分点）", en: "Lag (pp)" },
      formula: "lag = 100 · (s − c)",
      value: r.lagPp === null ? DASH : same(formatOneDecimal(r.lagPp)),
    });
  }
  if (L.kind === "band" && L.band) {
    const b = L.band;
    const dist =
      b.distance === 0
        ? { zh: "在区间内", en: "inside the band" }
        : b.distance > 0
          ? { zh: `高于区间上沿${v(b.distance).zh}`, en: `${v(b.distance).en} above the band` }
          : { zh: `低于区间下沿${v(-b.distance).zh}`, en: `${v(-b.distance).en} below the band` };
    push(
      {
        key: "band",
        label: { zh: "与目标区间的距离", en: "Distance to the band" },
        formula: `[v_T − w, v_T + w] = [${formatPlainNumber(round2(b.low))}, ${formatPlainNumber(round2(b.high))}]`,
        value: dist,
      },
      false,
    );
    const dir: Record<NonNullable<typeof b.direction>, Bilingual> = {
      inside: { zh: "在区间内", en: "inside the band" },
      toward: { zh: "正向区间靠近", en: "moving towards the band" },
      away: { zh: "正远离区间", en: "moving away from the band" },
    };
    push({ key: "direction", label: { zh: "变化方向", en: "Direction" }, formula: "sign(k)", value: b.direction ? dir[b.direction] : why("linear") });
  }

  push({
    key: "cagrActual",
    label: { zh: "实际年均增速", en: "Actual annual growth" },
    formula: "CAGR_a = (v_t / v_b)^(1/(t − b)) − 1",
    value: L.cagrActual === null ? why("cagrActual") : pct(L.cagrActual),
  });
  push({
    key: "cagrRequired",
    label: L.kind === "limit" ? { zh: "允许的年均增速", en: "Allowed annual growth" } : { zh: "所需年均增速", en: "Required annual growth" },
    formula: "CAGR_r = (v_T / v_b)^(1/(T − b)) − 1",
    value: L.cagrRequired === null ? why("cagrRequired") : pct(L.cagrRequired),
  });
  push({
    key: "projected",
    label: { zh: "按实际增速推算的目标年值", en: "Value in the target year at that growth" },
    formula: "v̂_T = v_t · (1 + CAGR_a)^(T − t)",
    value: L.projectedAtTarget === null ? why("projectedAtTarget") : v(L.projectedAtTarget),
  });

  if (L.kind === "progress") {
    push({
      key: "unsd",
      label: { zh: "联合国统计司比值", en: "UNSD ratio" },
      formula: "r = (v̂_T − v_b) / (v_T − v_b)",
      value:
        L.unsd === null
          ? why("unsd")
          : {
              zh: `${ratio(L.unsd.ratio)}（${UNSD_CATEGORY_TEXT[L.unsd.category].zh}）`,
              en: `${ratio(L.unsd.ratio)} (${UNSD_CATEGORY_TEXT[L.unsd.category].en})`,
            },
      note: { zh: "≥0.95 可按期实现；0.10—0.95 有一定进展；<0.10 停滞或倒退", en: "≥ 0.95 on track; 0.10–0.95 fair progress; < 0.10 stagnation or regression" },
    });
    push({
      key: "statcan",
      label: { zh: "加拿大统计局比值", en: "Statistics Canada ratio" },
      formula: "R = d · CAGR_a / |CAGR_r|",
      value:
        L.statcan === null
          ? why("statcan")
          : {
              zh: `${ratio(L.statcan.ratio)}（${STATCAN_CATEGORY_TEXT[L.statcan.category].zh}）`,
              en: `${ratio(L.statcan.ratio)} (${STATCAN_CATEGORY_TEXT[L.statcan.category].en})`,
            },
      note: {
        zh: "≥0.95 显著进展；0.60—0.95 中等进展；0—0.60 进展有限；<0 恶化",
        en: "≥ 0.95 substantial; 0.60–0.95 moderate; 0–0.60 limited; < 0 deterioration",
      },
    });
    push({
      key: "escap",
      label: { zh: "亚太经社会现状得分", en: "UNESCAP current status" },
      formula: "CS = min(10, 10 · d · (v_t − v_b) / |v_T − v_b|)",
      value: L.escap === null ? why("escap") : same(formatOneDecimal(L.escap.score)),
    });
  } else if (hasBaseline) {
    rows.push({
      key: "growthLenses",
      label: { zh: "进展类方法", en: "Progress measures" },
      formula: "r, R, CS",
      value: { zh: "不适用", en: "not defined" },
      note: NOT_GOAL[L.kind],
    });
  }
  push({
    key: "linear",
    label: { zh: "线性趋势", en: "Linear trend" },
    formula: `v = a + k · t; v(T), v(${outlookYear})`,
    value:
      L.linear === null
        ? why("linear")
        : {
            zh: `k = ${formatPlainNumber(Math.round(L.linear.slope * 1000) / 1000)}${unit.zh}/年；v(T) = ${v(L.linear.projectedAtTarget).zh}；v(${outlookYear}) = ${v(L.linear.projectedAtOutlook).zh}`,
            en: `k = ${formatPlainNumber(Math.round(L.linear.slope * 1000) / 1000)} ${unit.en}/yr; v(T) = ${v(L.linear.projectedAtTarget).en}; v(${outlookYear}) = ${v(L.linear.projectedAtOutlook).en}`,
          },
    note: { zh: "k 为最小二乘拟合的年变化量", en: "k: yearly change fitted by least squares" },
  });
  if (L.kind === "progress") {
    push({
      key: "yearsToTarget",
      label: { zh: "按当前速度达到目标还需", en: "Years to target at the current pace" },
      formula: "n = ln(v_T / v_t) / ln(1 + CAGR_a); (v_T − v_t) / k",
      value: yearsValue(years(L.yearsToTarget.atCagr) ?? why("yearsToTargetAtCagr"), years(L.yearsToTarget.linear) ?? why("yearsToTargetLinear")),
    });
  }
  return rows;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function yearsValue(cagr: Bilingual, linear: Bilingual): Bilingual {
  return { zh: `增速法 ${cagr.zh}；线性 ${linear.zh}`, en: `at growth rate ${cagr.en}; linear ${linear.en}` };
}
