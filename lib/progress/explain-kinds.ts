// The "why" sentences of growth_rate and reduction targets: each walks its own arithmetic
// (the rate, the level it implies, the realized rate), zh first, en second.
// e.g. "基期2019年63000亿元 → 2019—2027年年均增长不低于6%（隐含2027年目标100412.4268亿元）；
//       2024年87000亿元；完成64.2%，时间进度62.5%，超前1.7个百分点 → 绿（在序时进度容差内）"

import { baselinePhrase, observationPhrase, withUnit } from "./explain-parts";
import { completionPhrase } from "./explain-final";
import { formatPlainNumber } from "./format";
import { effectiveTolerancePct, roundTo } from "./numeric";
import { COLOR_WORDS, STATUS_LABELS, statusColor } from "./status";
import type { Bilingual, FinalEvaluation, ScheduleReason } from "./result-types";
import type { ProgressTarget, UnitLabel, YearValue } from "./types";

type RateKind = "growth_rate" | "reduction";

/** A rate in percent as sentences print it: at most two decimals, "6%", "6.67%", "-1.5%". */
export function ratePct(x: number): string {
  return `${formatPlainNumber(roundTo(x, 2))}%`;
}

/**
 * The target phrase of a rate kind (lower-case en; it follows the baseline phrase):
 *   growth_rate min "2019—2027年年均增长不低于6%（隐含2027年目标100412.4268亿元）" /
 *     "average growth 2019–2027 of at least 6%/yr (implies 2027: 100412.4268 亿元)";
 *   reduction min "到2020年较基期下降不少于13.5%（即不高于86.5吨）" /
 *     "a fall of at least 13.5% by 2020 (i.e. at most 86.5 吨)".
 * The implied level is left out when it cannot be derived (level null).
 */
export function rateTargetPhrase(
  kind: RateKind,
  target: Pick<ProgressTarget, "year" | "type" | "tolerancePct">,
  baselineYear: number | null,
  rate: number | null,
  level: number | null,
  unit: UnitLabel,
): Bilingual {
  const T = target.year;
  const r = rate === null ? "?" : ratePct(rate);
  const band = target.type === "approx" ? `（±${formatPlainNumber(effectiveTolerancePct("approx", target.tolerancePct))}%）` : "";
  const bandEn = target.type === "approx" ? ` (±${formatPlainNumber(effectiveTolerancePct("approx", target.tolerancePct))}%)` : "";
  const L = level === null ? null : withUnit(level, unit);
  if (kind === "growth_rate") {
    const b = baselineYear;
    const span = b === null ? { zh: `至${T}年`, en: `to ${T}` } : { zh: `${b}—${T}年`, en: `${b}–${T}` };
    const how = { min: ["不低于", "at least "], max: ["不超过", "at most "], approx: ["", "about "] }[target.type];
    const zhRate = target.type === "approx" ? `${r}左右${band}` : `${how[0]}${r}`;
    return {
      zh: `${span.zh}年均增长${zhRate}${L ? `（隐含${T}年目标${L.zh}）` : ""}`,
      en: `average growth ${span.en} of ${how[1]}${r}/yr${bandEn}${L ? ` (implies ${T}: ${L.en})` : ""}`,
    };
  }
  const how = {
    min: ["不少于", "at least ", "即不高于", "i.e. at most "],
    max: ["不超过", "at most ", "即不低于", "i.e. at least "],
    approx: ["", "about ", "即约", "i.e. about "],
  }[target.type];
  const zhRate = target.type === "approx" ? `${r}左右${band}` : `${how[0]}${r}`;
  return {
    zh: `到${T}年较基期下降${zhRate}${L ? `（${how[2]}${L.zh}）` : ""}`,
    en: `a fall of ${how[1]}${r}${bandEn} by ${T}${L ? ` (${how[3]}${L.en})` : ""}`,
  };
}

export interface RateFinalInput {
  kind: RateKind;
  target: Pick<ProgressTarget, "year">;
  rate: number;
  unit: UnitLabel;
  baseline: YearValue;
  final: FinalEvaluation;
  completion: number | null;
  realizedRate: number | null;
  wording: Bilingual;
}

/**
 * The final sentence of a rate kind: baseline → target phrase; the figure used (with the
 * year it stands in for); the realized rate against the plan's; the completion → label.
 * "基期2019年63000亿元 → …；2027年实际100000亿元，2019—2027年年均增长5.95%（规划6%），完成度98.9% → 基本完成"
 */
export function explainRateFinal({ kind, target, rate, unit, baseline, final, completion, realizedRate, wording }: RateFinalInput): Bilingual {
  const b = baselinePhrase(baseline, unit);
  const head = { zh: `${b.zh} → ${wording.zh}`, en: `${b.en} → ${wording.en}` };
  const label = STATUS_LABELS[final.status];
  if (final.year === null || final.value === null) {
    return {
      zh: `${head.zh}；${target.year - 1}—${target.year + 1}年均无观测数据 → ${label.zh}`,
      en: `${head.en}; no observation for ${target.year - 1}–${target.year + 1} → ${label.en}`,
    };
  }
  const v = withUnit(final.value, unit);
  const note =
    final.yearOffset === 0
      ? { zh: "", en: "" }
      : { zh: `（${target.year}年无数据，采用${final.year}年）`, en: ` (no data for ${target.year}; ${final.year} used)` };
  const realized =
    realizedRate === null
      ? { zh: "实际增长率无定义", en: "realized rate undefined" }
      : kind === "growth_rate"
        ? {
            zh: `${baseline.year}—${final.year}年年均增长${ratePct(realizedRate)}（规划${ratePct(rate)}）`,
            en: `average growth ${baseline.year}–${final.year} ${ratePct(realizedRate)}/yr (plan: ${ratePct(rate)})`,
          }
        : { zh: `较基期下降${ratePct(realizedRate)}（规划${ratePct(rate)}）`, en: `${ratePct(realizedRate)} below the baseline (plan: ${ratePct(rate)})` };
  const parts = [realized, completionPhrase(completion, null)].filter((p): p is Bilingual => p !== null);
  return {
    zh: `${head.zh}；${final.year}年实际${v.zh}${note.zh}，${parts.map((p) => p.zh).join("，")} → ${label.zh}`,
    en: `${head.en}; actual ${final.year}: ${v.en}${note.en}, ${parts.map((p) => p.en).join(", ")} → ${label.en}`,
  };
}

/** A rate target without a usable baseline: says why the level cannot be derived. */
export function explainRateUnreadable({
  wording,
  baseline,
  latest,
  unit,
  reason,
}: {
  wording: Bilingual;
  baseline: YearValue | null;
  latest: YearValue | null;
  unit: UnitLabel;
  reason: ScheduleReason;
}): Bilingual {
  const head = baseline
    ? { zh: `${baselinePhrase(baseline, unit).zh} → ${wording.zh}`, en: `${baselinePhrase(baseline, unit).en} → ${wording.en}` }
    : { zh: wording.zh, en: wording.en.charAt(0).toUpperCase() + wording.en.slice(1) };
  const segs: Bilingual[] = [head];
  if (latest) segs.push(observationPhrase(latest, unit));
  const why: Bilingual =
    reason === "no_observation"
      ? { zh: "暂无观测数据", en: "no observations yet" }
      : reason === "baseline_not_positive"
        ? { zh: "基期值不为正，增长率或降幅无定义", en: "baseline value not positive, the rate is undefined" }
        : reason === "baseline_not_before_target"
          ? { zh: "基期年不早于目标年，无法计算", en: "baseline year not before the target year, cannot be computed" }
          : { zh: "无基期值，无法推算目标水平", en: "no baseline, the implied level cannot be derived" };
  segs.push(why);
  const color = COLOR_WORDS[statusColor(latest ? "no_baseline" : "no_data")];
  const label = STATUS_LABELS[latest ? "no_baseline" : "no_data"];
  return {
    zh: `${segs.map((s) => s.zh).join("；")} → ${color.zh}（${label.zh}）`,
    en: `${segs.map((s) => s.en).join("; ")} → ${color.en} (${label.en.toLowerCase()})`,
  };
}
