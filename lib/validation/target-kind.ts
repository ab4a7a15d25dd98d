// Which fields each target kind needs (lib/progress/kinds.ts). One rule set for the API,
// the catalogue form and the plan-document loader, so all three refuse the same targets.
import type { ValidationKey } from "./messages";

export const TARGET_KINDS = ["level", "growth_rate", "reduction", "cumulative"] as const;
export type TargetKindName = (typeof TARGET_KINDS)[number];

/** The fields of a target that the kind rules look at (after parsing; undefined/null = absent). */
export interface TargetKindFields {
  kind: TargetKindName;
  value?: unknown;
  rate?: number | null;
  baseline?: { year?: unknown; value?: unknown } | null;
}

/**
 * The problems of a target's fields for its kind, each with the path it belongs to:
 *   - level, cumulative: `value` is required (the level, or the sum over b+1 … T); a rate
 *     is refused; a cumulative baseline may give the year alone (b), a level's needs both;
 *   - growth_rate, reduction: `rate` (percent) and a baseline with year and value are
 *     required; `value` is refused — it is implied (v_b·(1+r)^(T−b), v_b·(1 − x)) and
 *     written by the server; a reduction's rate is a fall of more than 0 and at most
 *     100 percent (a fall of 120 % would leave a negative level; 0 or less is no fall).
 * Empty when the fields fit.
 */
export function targetKindIssues(t: TargetKindFields): { path: string[]; key: ValidationKey }[] {
  const issues: { path: string[]; key: ValidationKey }[] = [];
  const has = (v: unknown) => v !== undefined && v !== null;
  if (t.kind === "growth_rate" || t.kind === "reduction") {
    if (!has(t.rate)) issues.push({ path: ["rate"], key: "rateRequired" });
    else if (t.kind === "reduction" && !(t.rate! > 0 && t.rate! <= 100)) issues.push({ path: ["rate"], key: "reductionRange" });
    if (!has(t.baseline)) issues.push({ path: ["baseline"], key: "rateBaseline" });
    else if (!has(t.baseline!.value)) issues.push({ path: ["baseline", "value"], key: "rateBaseline" });
    if (has(t.value)) issues.push({ path: ["value"], key: "valueImplied" });
    return issues;
  }
  if (!has(t.value)) issues.push({ path: ["value"], key: "required" });
  if (has(t.rate)) issues.push({ path: ["rate"], key: "rateNotForKind" });
  if (t.kind === "level" && has(t.baseline) && !has(t.baseline!.value)) issues.push({ path: ["baseline", "value"], key: "required" });
  return issues;
}
