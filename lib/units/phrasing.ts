// How English reads a figure stored in a Chinese unit. Chinese counts in 万 (10^4) and
// 亿 (10^8); English in thousands, millions, billions, trillions. So "9,094 万人" reads
// "90.94 million people" and "37,600 亿元" "3.76 trillion yuan": the value is moved to
// the base unit (人, 元, km²) and shown on the largest English scale it reaches.

import type { UnitDef } from "./unit-registry";

/** English scale words, largest first: 10^exp → word. Below a million: the plain number. */
const EN_SCALES: readonly { exp: number; word: string }[] = [
  { exp: 12, word: "trillion" },
  { exp: 9, word: "billion" },
  { exp: 6, word: "million" },
];

export interface EnPhrasing {
  /** The base-unit noun after a number: "people", "yuan", "km²". */
  noun: string;
  /** Column-header label for values kept in this unit: "10,000 people". */
  label: string;
  /** false: never rescaled (a density "per 10,000 km²" is a ratio, not a count). */
  scalable: boolean;
}

/** By canonical symbol (unit-registry's `symbol`). */
export const EN_PHRASING: Readonly<Record<string, EnPhrasing>> = {
  万人: { noun: "people", label: "10,000 people", scalable: true },
  人: { noun: "people", label: "people", scalable: true },
  "km²": { noun: "km²", label: "km²", scalable: true },
  "万km²": { noun: "km²", label: "10,000 km²", scalable: true },
  公顷: { noun: "ha", label: "ha", scalable: true },
  亿元: { noun: "yuan", label: "100 million yuan", scalable: true },
  万亿元: { noun: "yuan", label: "trillion yuan", scalable: true },
  万元: { noun: "yuan", label: "10,000 yuan", scalable: true },
  元: { noun: "yuan", label: "yuan", scalable: true },
  "%": { noun: "%", label: "%", scalable: false },
  "个/万km²": { noun: "per 10,000 km²", label: "per 10,000 km²", scalable: false },
};

export interface EnScaled {
  /** The number to show, in the chosen scale. */
  value: number;
  /** Decimal places that keep the precision of the figure as stored. */
  maxDigits: number;
  /** "million people", "yuan", "km²"… */
  words: string;
}

/**
 * `value` in `unit` (showing up to `maxDigits` decimals in that unit), on an English
 * scale: 9094 万人 → {90.94, "million people"}; 200 万人 → {2, "million people"};
 * 6.5 万元 → {65000, "yuan"}; 113 个/万km² → unchanged. Null for a unit with no phrasing.
 * The decimals grow by the shift so no stored digit is lost (161.97 万人 → 1.6197 million).
 */
export function scaleForEnglish(value: number, unit: UnitDef, maxDigits: number): EnScaled | null {
  const p = EN_PHRASING[unit.symbol];
  if (!p) return null;
  if (!p.scalable) return { value, maxDigits, words: p.noun };
  const base = Math.abs(value) * 10 ** unit.pow10;
  const scale = EN_SCALES.find((s) => base >= 10 ** s.exp);
  const exp = scale?.exp ?? 0;
  const shift = exp - unit.pow10; // > 0: fewer units, more decimals
  const scaled = shiftDecimal(value, -shift);
  return { value: scaled, maxDigits: Math.max(0, maxDigits + shift), words: scale ? `${scale.word} ${p.noun}` : p.noun };
}

/** value × 10^k without binary noise (161.97 / 100 = 1.6197, not 1.6197000000000001). */
function shiftDecimal(value: number, k: number): number {
  if (k === 0) return value;
  return Number(`${value}e${k}`);
}
