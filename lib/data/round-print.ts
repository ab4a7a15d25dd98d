import "server-only";
import { CHART_LIMIT } from "@/lib/docx/chart-limit";
import type { FrozenEntry } from "@/lib/docx/frozen-entry";
import { frozenRoundEntries, getRoundScope, liveRoundEntries, roundReportTitle } from "@/lib/data/round-scope";
import type { Locale } from "@/lib/i18n/locale";
import type { Actor } from "@/lib/permissions";
import { PRINT_TOKEN_HEADER, signPrintToken } from "@/lib/pdf/print-token";
import type { ProgressEntry } from "@/lib/progress/entry";

export interface RoundPrintCard {
  /** The live evaluation: the chart draws today's series. */
  entry: ProgressEntry;
  /** Other targets of the plan on the same indicator × region (they extend the planned path). */
  siblings: ProgressEntry[];
  /** What the round's frozen result used, when the round is frozen. */
  frozen: FrozenEntry | null;
}

export interface RoundPrintView {
  title: string;
  documentTitle: string;
  roundName: string;
  /** The moment of the latest freeze when the round is frozen; null while it is open. */
  frozenAt: Date | null;
  unit: { nameZh: string; nameEn: string } | null;
  evaluationYear: number;
  /** Every chart spans at least these years (the plan's base and outlook years). */
  spanYears: number[];
  /** At most CHART_LIMIT, in plan order. */
  cards: RoundPrintCard[];
  /** Targets of the report (frozen: those with a frozen result), charted or not. */
  total: number;
}

/**
 * What the round's print page charts: the targets of its 年度监测报告 (the same ones, in
 * plan order, as the Word file's tables: frozen results once frozen, so a target added
 * after the freeze is left out), each with its live series; `unitId` limits them to that
 * unit's targets.
 */
export async function getRoundPrintView(actor: Actor, roundId: number, locale: Locale, opts: { unitId?: number } = {}): Promise<RoundPrintView> {
  const { round, unit, targets } = await getRoundScope(actor, roundId, opts.unitId);
  const frozen = round.status === "frozen";
  const ids = targets.map((t) => t.id);
  const [live, frozenEntries] = await Promise.all([liveRoundEntries(actor, round, ids), frozen ? frozenRoundEntries(round, ids) : null]);
  const reported = targets.filter((t) => live.entries.has(t.id) && (!frozenEntries || frozenEntries.has(t.id)));
  const all = live.progress?.entries ?? [];
  const cards = reported.slice(0, CHART_LIMIT).map((t): RoundPrintCard => {
    const entry = live.entries.get(t.id)!;
    const siblings = all.filter((s) => s.targetId !== entry.targetId && s.indicator === entry.indicator && s.region.adcode === entry.region.adcode);
    return { entry, siblings, frozen: frozenEntries?.get(t.id) ?? null };
  });
  const plan = live.progress?.plan;
  return {
    ...roundReportTitle(locale, round),
    roundName: round.name,
    frozenAt: frozen ? round.frozenAt : null,
    unit,
    evaluationYear: live.progress?.evaluationYear ?? round.year,
    spanYears: plan ? [plan.baseYear, plan.outlookYear] : [],
    cards,
    total: reported.length,
  };
}

/**
 * The round's print page as the renderer loads it (for a caller already granted
 * plan.read on it): a one-minute print token for this round (lib/pdf/print-token.ts),
 * and the unit the report is limited to.
 */
export function roundPrintTarget(actor: Extract<Actor, { kind: "user" }>, roundId: number, unitId?: number): { path: string; headers: Record<string, string> } {
  const query = unitId ? `?unit=${unitId}` : "";
  return { path: `/rounds/${roundId}/print${query}`, headers: { [PRINT_TOKEN_HEADER]: signPrintToken({ kind: "round", id: roundId }, actor.userId) } };
}
