// "What changed since": the figures and statuses of a pinned report compared with the
// live data. Pure: the caller reads the data twice (as of the pin, and now) and passes
// both snapshots; nothing here knows about the database.
import { normalizeDecimalText } from "./decimal-text";

/** One figure as a report shows it. `value` is the decimal text in the indicator's unit. */
export interface FigureSnapshot {
  indicator: string;
  region: string;
  year: number;
  value: string;
  source: string;
  flags: readonly string[];
}

/** The status of one target. completion is a fraction (0.57 = 57 %), null when undefined. */
export interface StatusSnapshot {
  targetId: number;
  indicator: string;
  region: string;
  targetYear: number;
  status: string;
  completion: number | null;
}

type ChangeKind = "changed" | "added" | "removed";

export interface FigureChange {
  indicator: string;
  region: string;
  year: number;
  /** added: a figure exists now that did not then; removed: it was retracted since. */
  kind: ChangeKind;
  fields: ("value" | "source" | "flags")[];
  before: { value: string; source: string; flags: readonly string[] } | null;
  after: { value: string; source: string; flags: readonly string[] } | null;
}

export interface StatusChange {
  targetId: number;
  indicator: string;
  region: string;
  targetYear: number;
  kind: ChangeKind;
  before: { status: string; completion: number | null } | null;
  after: { status: string; completion: number | null } | null;
}

export interface ReportChanges {
  figures: FigureChange[];
  statuses: StatusChange[];
}

const figureKey = (f: FigureSnapshot) => `${f.indicator}|${f.region}|${f.year}`;
const sameFlags = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join(";") === [...b].sort().join(";");
const figureState = (f: FigureSnapshot) => ({ value: normalizeDecimalText(f.value), source: f.source, flags: f.flags });

function compareFigure(before: FigureSnapshot | undefined, after: FigureSnapshot | undefined): FigureChange | null {
  const ref = (after ?? before)!;
  const base = { indicator: ref.indicator, region: ref.region, year: ref.year };
  if (!before) return { ...base, kind: "added", fields: ["value"], before: null, after: figureState(after!) };
  if (!after) return { ...base, kind: "removed", fields: ["value"], before: figureState(before), after: null };
  const b = figureState(before);
  const a = figureState(after);
  const fields: FigureChange["fields"] = [];
  if (b.value !== a.value) fields.push("value");
  if (b.source !== a.source) fields.push("source");
  if (!sameFlags(b.flags, a.flags)) fields.push("flags");
  return fields.length === 0 ? null : { ...base, kind: "changed", fields, before: b, after: a };
}

function byPosition<T extends { indicator: string; region: string }>(
  a: T & { year?: number; targetYear?: number },
  b: T & { year?: number; targetYear?: number },
): number {
  return a.indicator.localeCompare(b.indicator) || a.region.localeCompare(b.region) || (a.year ?? a.targetYear ?? 0) - (b.year ?? b.targetYear ?? 0);
}

/**
 * Figures whose value, source or flags differ between the two snapshots, plus figures
 * that appeared or were retracted. Values are compared as decimals ("1.50" = "1.5").
 */
export function diffFigures(pinned: readonly FigureSnapshot[], live: readonly FigureSnapshot[]): FigureChange[] {
  const then = new Map(pinned.map((f) => [figureKey(f), f]));
  const now = new Map(live.map((f) => [figureKey(f), f]));
  const keys = new Set([...then.keys(), ...now.keys()]);
  const out: FigureChange[] = [];
  for (const k of keys) {
    const change = compareFigure(then.get(k), now.get(k));
    if (change) out.push(change);
  }
  return out.sort(byPosition);
}

/**
 * Targets whose status differs. A change of completion alone is not listed: it follows
 * from a changed figure, which diffFigures already reports.
 */
export function diffStatuses(pinned: readonly StatusSnapshot[], live: readonly StatusSnapshot[]): StatusChange[] {
  const then = new Map(pinned.map((s) => [s.targetId, s]));
  const now = new Map(live.map((s) => [s.targetId, s]));
  const out: StatusChange[] = [];
  for (const id of new Set([...then.keys(), ...now.keys()])) {
    const b = then.get(id);
    const a = now.get(id);
    if (b && a && b.status === a.status) continue;
    const ref = (a ?? b)!;
    out.push({
      targetId: id,
      indicator: ref.indicator,
      region: ref.region,
      targetYear: ref.targetYear,
      kind: !b ? "added" : !a ? "removed" : "changed",
      before: b ? { status: b.status, completion: b.completion } : null,
      after: a ? { status: a.status, completion: a.completion } : null,
    });
  }
  return out.sort(byPosition);
}

export function diffReportData(
  pinned: { figures: readonly FigureSnapshot[]; statuses: readonly StatusSnapshot[] },
  live: { figures: readonly FigureSnapshot[]; statuses: readonly StatusSnapshot[] },
): ReportChanges {
  return { figures: diffFigures(pinned.figures, live.figures), statuses: diffStatuses(pinned.statuses, live.statuses) };
}
