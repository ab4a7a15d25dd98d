// Number formatting for explanation sentences. Display only: every decision is taken on
// unrounded numbers before anything is formatted.

import { roundTo } from "./numeric";

/**
 * A bare number inside a formula or an explanation sentence, the same in both languages
 * (figures with their unit, for people, are lib/format.ts `formatValue`): at most 4 decimals, trailing zeros dropped, no digit
 * grouping (111.59 → "111.59", 200 → "200", 167.58 − 150 → "17.58" despite the
 * floating-point tail). Negative zero prints as "0".
 */
export function formatPlainNumber(value: number): string {
  const s = fixed(value, 4);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

/** A fraction as a percentage with one decimal: 0.5699 → "57.0%". */
export function formatFraction(fraction: number): string {
  return `${fixed(fraction * 100, 1)}%`;
}

/** A number already in percent (or pp) with one decimal: 71.02 → "71.0". */
export function formatOneDecimal(x: number): string {
  return fixed(x, 1);
}

/** A percentage with an explicit sign: 2.5 → "+2.5%", −2.5 → "-2.5%", 0 → "0.0%". */
export function formatSignedPct(pct: number): string {
  const s = fixed(pct, 1);
  return `${Number(s) > 0 ? "+" : ""}${s}%`;
}

function fixed(x: number, decimals: number): string {
  const s = roundTo(x, decimals).toFixed(decimals);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/**
 * The completion as every view prints it (table, caption, matrix, export, API clients'
 * docs): a percentage with one decimal, "—" when undefined. One function, so two views
 * can never round the same number differently.
 */
export function formatCompletion(completion: number | null | undefined): string {
  return completion === null || completion === undefined || !Number.isFinite(completion) ? "—" : formatFraction(completion);
}
