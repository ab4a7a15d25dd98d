// Completeness of a monitoring round (年度监测): for every target of the round, whether the
// figure of its series (indicator × region) for the round's statistical year is in —
// officially (a current Observation), pending review (a Submission "submitted"), sent back
// (the newest submission "returned"), or missing — and the same counted per responsible unit.
// Pure: the data layer (lib/data/rounds.ts) gathers the facts.

/** official: a current Observation exists; pending: submitted, awaiting review; returned: sent back for correction. */
export type ItemStatus = "official" | "pending" | "returned" | "missing";

export interface CompletenessTargetInput {
  targetId: number;
  /** Whether a current (non-retracted) observation exists for the round's year. */
  hasObservation: boolean;
  /**
   * Statuses of the submissions for the series and year, newest first (withdrawn and
   * accepted ones may be included; they do not count).
   */
  submissions: readonly ("submitted" | "returned" | "accepted" | "withdrawn")[];
  /** Units of the target (TargetUnit rows). */
  units: readonly { unitId: number; role: "lead" | "support" }[];
}

export interface UnitInfo {
  id: number;
  nameZh: string;
  nameEn: string;
}

interface TargetCompleteness {
  targetId: number;
  status: ItemStatus;
  leadUnitId: number | null;
  supportUnitIds: number[];
}

export interface UnitCompleteness {
  /** null: the targets with no unit assigned. */
  unitId: number | null;
  nameZh: string;
  nameEn: string;
  total: number;
  official: number;
  pending: number;
  returned: number;
  missing: number;
  /** official / total (0..1); null for a unit with no target in the round. */
  share: number | null;
  /** The due date has passed and the unit still owes a figure (missing or returned). */
  overdue: boolean;
}

export interface Completeness {
  targets: TargetCompleteness[];
  units: UnitCompleteness[];
  totals: { total: number; official: number; pending: number; returned: number; missing: number; share: number | null };
  /** Due date passed (the day after it, in China). */
  pastDue: boolean;
}

/**
 * The status of one item. An official figure wins over anything pending (a resubmission of an
 * existing figure is a revision, not a gap). Otherwise the newest live submission decides:
 * submitted → pending, returned → returned; withdrawn and accepted ones are skipped (an
 * accepted one without an observation was retracted since: the figure is missing again).
 */
export function itemStatus(hasObservation: boolean, submissions: CompletenessTargetInput["submissions"]): ItemStatus {
  if (hasObservation) return "official";
  for (const s of submissions) {
    if (s === "submitted") return "pending";
    if (s === "returned") return "returned";
  }
  return "missing";
}

/**
 * Whether the due date (a calendar day, "YYYY-MM-DD") has passed on `today` (also a day, in
 * China time). The due day itself is not overdue.
 */
export function isPastDue(dueDay: string, today: string): boolean {
  return today > dueDay;
}

const share = (official: number, total: number) => (total === 0 ? null : official / total);

/**
 * Completeness by target and by unit. A target counts for each of its units (lead and
 * support alike: each must see it on its to-do list); targets without any unit are counted
 * under an "unassigned" row (unitId null) listed last, only when there are some. Units are
 * listed in the order given (`units`), each once even without targets in the round; the
 * totals count every target once.
 */
export function roundCompleteness(input: {
  targets: readonly CompletenessTargetInput[];
  units: readonly UnitInfo[];
  pastDue: boolean;
  unassignedLabel: { zh: string; en: string };
}): Completeness {
  const targets: TargetCompleteness[] = input.targets.map((t) => ({
    targetId: t.targetId,
    status: itemStatus(t.hasObservation, t.submissions),
    leadUnitId: t.units.find((u) => u.role === "lead")?.unitId ?? null,
    supportUnitIds: t.units.filter((u) => u.role === "support").map((u) => u.unitId),
  }));
  const blank = () => ({ total: 0, official: 0, pending: 0, returned: 0, missing: 0 });
  const counts = new Map<number | null, ReturnType<typeof blank>>();
  for (const u of input.units) counts.set(u.id, blank());
  const totals = blank();
  input.targets.forEach((t, i) => {
    const status = targets[i]!.status;
    totals.total++;
    totals[status]++;
    const unitIds = t.units.length ? [...new Set(t.units.map((u) => u.unitId))] : [null];
    for (const id of unitIds) {
      if (!counts.has(id)) counts.set(id, blank());
      const c = counts.get(id)!;
      c.total++;
      c[status]++;
    }
  });
  const names = new Map<number | null, { nameZh: string; nameEn: string }>(input.units.map((u) => [u.id, { nameZh: u.nameZh, nameEn: u.nameEn }]));
  names.set(null, { nameZh: input.unassignedLabel.zh, nameEn: input.unassignedLabel.en });
  const order = [...input.units.map((u) => u.id), ...[...counts.keys()].filter((k) => k !== null && !names.has(k)), ...(counts.has(null) ? [null] : [])];
  const units = order.map((id) => {
    const c = counts.get(id)!;
    const n = names.get(id) ?? { nameZh: `#${id}`, nameEn: `#${id}` };
    return { unitId: id, ...n, ...c, share: share(c.official, c.total), overdue: input.pastDue && c.missing + c.returned > 0 };
  });
  return { targets, units, totals: { ...totals, share: share(totals.official, totals.total) }, pastDue: input.pastDue };
}
