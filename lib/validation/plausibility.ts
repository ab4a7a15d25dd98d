// Plausibility of one figure, judged against the version it replaces (the same cell)
// and its neighbours in the same series. Not an error: the entry form and the import ask
// the analyst to confirm before saving. Census years and boundary changes do produce
// real jumps, so the analyst decides. A negative count is not a matter of judgement:
// that is an error (negativeNotAllowed), checked with the other row errors.
// Every value here is in the indicator's unit.

import { msg, type Message } from "@/lib/i18n/message";
import { parseUnit } from "@/lib/units/unit-registry";

/** A change larger than this share of the value compared with asks for confirmation. */
export const MAX_RELATIVE_CHANGE = 0.5;

export type PlausibilityWarning =
  /** the new figure against the current version of the same cell (a revision) */
  | { kind: "revision"; previousValue: number; value: number; changePct: number }
  /** against the nearest earlier or later year; changePct: signed, in % of the neighbour */
  | { kind: "jump"; neighbourYear: number; neighbourValue: number; value: number; changePct: number };

export interface PlausibilityInput {
  /** in the indicator's unit */
  value: number;
  year: number;
  /** the current value of the same cell, when it has one (not retracted) */
  previous?: number | null;
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

/** A negative value the indicator cannot take: its unit counts things and it does not allow negatives (net migration may). */
export function negativeNotAllowed(value: number, unit: string, allowNegative = false): boolean {
  return value < 0 && !allowNegative && isNonNegativeUnit(unit);
}

/** Signed change from `from` to `to` in % of |from|, or null when within ±MAX_RELATIVE_CHANGE. From 0 any change is ∞. */
function implausibleChange(from: number, to: number): number | null {
  if (!Number.isFinite(from)) return null;
  const diff = to - from;
  if (from === 0) return diff === 0 ? null : diff > 0 ? Infinity : -Infinity;
  return Math.abs(diff) / Math.abs(from) > MAX_RELATIVE_CHANGE ? (diff / Math.abs(from)) * 100 : null;
}

/**
 * Compares with the current version of the same cell, then with the nearest earlier
 * and nearest later year that has a figure (the year itself is ignored among the
 * neighbours: that is the figure being replaced). Exactly ±50% is still plausible.
 */
export function checkPlausibility(input: PlausibilityInput): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  if (input.previous !== undefined && input.previous !== null) {
    const changePct = implausibleChange(input.previous, input.value);
    if (changePct !== null) warnings.push({ kind: "revision", previousValue: input.previous, value: input.value, changePct });
  }
  const earlier = nearest(
    input.neighbours.filter((n) => n.year < input.year),
    (a, b) => b.year - a.year,
  );
  const later = nearest(
    input.neighbours.filter((n) => n.year > input.year),
    (a, b) => a.year - b.year,
  );
  for (const n of [earlier, later]) {
    if (!n) continue;
    const changePct = implausibleChange(n.value, input.value);
    if (changePct !== null) warnings.push({ kind: "jump", neighbourYear: n.year, neighbourValue: n.value, value: input.value, changePct });
  }
  return warnings;
}

function nearest<T>(items: T[], order: (a: T, b: T) => number): T | undefined {
  return [...items].sort(order)[0];
}

/** "+60%", "−99.99%" (a real minus sign), "+∞": at most two decimals, enough to tell −99.99% from −100%. */
export function formatChangePct(pct: number): string {
  if (!Number.isFinite(pct)) return pct > 0 ? "+∞" : "−∞";
  const rounded = Math.round(pct * 100) / 100;
  const digits = String(Math.abs(rounded));
  return rounded > 0 ? `+${digits}%` : rounded < 0 ? `−${digits}%` : "0%";
}

/** What the analyst reads: both values with their units, and the change. `format` renders a value with its unit. */
export function plausibilityMessage(w: PlausibilityWarning, format: (value: number) => { zh: string; en: string }): Message {
  const limit = `±${MAX_RELATIVE_CHANGE * 100}%`;
  const pct = formatChangePct(w.changePct);
  const to = format(w.value);
  if (w.kind === "revision") {
    const from = format(w.previousValue);
    return msg(
      `与当前版本相比：${from.zh} → ${to.zh}，${pct}，超过 ${limit}`,
      `compared with the current version: ${from.en} → ${to.en}, ${pct}, more than ${limit}`,
    );
  }
  const from = format(w.neighbourValue);
  return msg(
    `与 ${w.neighbourYear} 年相比：${from.zh} → ${to.zh}，${pct}，超过 ${limit}`,
    `compared with ${w.neighbourYear}: ${from.en} → ${to.en}, ${pct}, more than ${limit}`,
  );
}
