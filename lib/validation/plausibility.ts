// Plausibility of one entered figure, judged against its neighbours in the same series.
// Not an error: the entry form asks the analyst to confirm before saving. Census years
// and boundary changes do produce real jumps, so the analyst decides.

import { msg, type Message } from "@/lib/i18n/message";
import { parseUnit } from "@/lib/units/unit-registry";

/** A change larger than this share of the neighbour's value asks for confirmation. */
export const MAX_RELATIVE_CHANGE = 0.5;

export type PlausibilityWarning =
  | { kind: "negative"; value: number }
  /** changePct: signed change from the neighbour to the entered value, in % of the neighbour */
  | { kind: "jump"; neighbourYear: number; neighbourValue: number; changePct: number };

export interface PlausibilityInput {
  /** in the indicator's unit */
  value: number;
  year: number;
  /** the indicator's unit: decides whether a negative value can make sense */
  unit: string;
  /** other years of the same series (current values, in the indicator's unit) */
  neighbours: readonly { year: number; value: number }[];
}

/**
 * Counts (persons), areas and densities cannot be negative; money (a deficit) and
 * percentages (a growth rate) can. Units we do not know are given the benefit of the
 * doubt, except those that plainly count things (…个, …人, …户).
 */
export function isNonNegativeUnit(unit: string): boolean {
  const def = parseUnit(unit);
  if (def) return def.dimension === "population" || def.dimension === "area" || def.dimension === "density";
  return /^(个|人|户|家|所|座|万人|万户)/.test(unit.trim());
}

/**
 * Compares with the nearest earlier and nearest later year that has a figure. The year
 * itself is ignored (that is the figure being replaced). A neighbour of 0 counts as a
 * jump for any non-zero value; exactly ±50% is still plausible.
 */
export function checkPlausibility(input: PlausibilityInput): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  if (input.value < 0 && isNonNegativeUnit(input.unit)) warnings.push({ kind: "negative", value: input.value });
  const earlier = nearest(input.neighbours.filter((n) => n.year < input.year), (a, b) => b.year - a.year);
  const later = nearest(input.neighbours.filter((n) => n.year > input.year), (a, b) => a.year - b.year);
  for (const n of [earlier, later]) {
    if (!n || !Number.isFinite(n.value)) continue;
    const diff = input.value - n.value;
    if (n.value === 0 ? diff !== 0 : Math.abs(diff) / Math.abs(n.value) > MAX_RELATIVE_CHANGE) {
      warnings.push({ kind: "jump", neighbourYear: n.year, neighbourValue: n.value, changePct: n.value === 0 ? Infinity : (diff / Math.abs(n.value)) * 100 });
    }
  }
  return warnings;
}

function nearest<T>(items: T[], order: (a: T, b: T) => number): T | undefined {
  return [...items].sort(order)[0];
}

/** What the form shows; `format` renders a value with its unit in the reader's language. */
export function plausibilityMessage(w: PlausibilityWarning, format: (value: number) => { zh: string; en: string }): Message {
  if (w.kind === "negative") {
    const v = format(w.value);
    return msg(`数值 ${v.zh} 为负数，但该指标不应为负`, `the value ${v.en} is negative, which this indicator cannot be`);
  }
  const n = format(w.neighbourValue);
  const pct = Number.isFinite(w.changePct) ? `${w.changePct > 0 ? "+" : ""}${Math.round(w.changePct)}%` : "∞";
  return msg(
    `与 ${w.neighbourYear} 年（${n.zh}）相比变化 ${pct}，超过 ±${MAX_RELATIVE_CHANGE * 100}%`,
    `changes by ${pct} from ${w.neighbourYear} (${n.en}), more than ±${MAX_RELATIVE_CHANGE * 100}%`,
  );
}
