// The one place where plan-document fields meet database columns, both ways: publishing
// (document → rows) and export (rows → document). A new Plan or Target column that the
// document carries is added here and nowhere else.
import type { Plan, Target } from "@/lib/generated/prisma/client";
import { impliedLevel } from "@/lib/progress/kinds";
import { readBaselineCards } from "@/lib/validation/plan-display";
import { toNumber, toNumberOrNull } from "@/lib/data/decimal";
import type { PlanDocument, TargetDocument } from "@/lib/plan-document/schema";

// ---------------------------------------------------------------------------------------
// Plan
// ---------------------------------------------------------------------------------------

/** Plan columns set by a document (thresholds only when the document gives them). */
export function planRowFromDocument(doc: PlanDocument) {
  return {
    slug: doc.slug,
    nameZh: doc.nameZh,
    nameEn: doc.nameEn,
    docNumber: doc.docNumber,
    issuingBodiesZh: doc.issuingBodiesZh,
    issuingBodiesEn: doc.issuingBodiesEn,
    issueDate: new Date(`${doc.issueDate}T00:00:00Z`),
    periodStart: doc.periodStart,
    periodEnd: doc.periodEnd,
    outlookYear: doc.outlookYear,
    baseYear: doc.baseYear,
    scopeZh: doc.scopeZh,
    scopeEn: doc.scopeEn,
    sourceZh: doc.sourceZh,
    noteZh: doc.noteZh ?? null,
    noteEn: doc.noteEn ?? null,
    clusterCode: doc.display?.clusterCode ?? null,
    comparisonRegionCodes: doc.display?.comparisonRegionCodes ?? [],
    baselineCards: doc.display?.baselineCards ?? [],
    ...(doc.thresholds
      ? {
          onTrackLagPp: String(doc.thresholds.onTrackLagPp),
          atRiskLagPp: String(doc.thresholds.atRiskLagPp),
          ceilingMarginPp: String(doc.thresholds.ceilingMarginPp),
          nearlyAchievedPct: String(doc.thresholds.nearlyAchievedPct),
        }
      : {}),
  };
}

type PlanHead = Omit<PlanDocument, "schemaVersion" | "regions" | "roles" | "goals" | "indicators" | "targets" | "baselineFigures">;

/** What names and dates a plan: the head of its document, and of every plan listing. */
export function planIdentity(p: Plan) {
  return {
    slug: p.slug,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    docNumber: p.docNumber,
    issuingBodiesZh: p.issuingBodiesZh,
    issuingBodiesEn: p.issuingBodiesEn,
    issueDate: p.issueDate.toISOString().slice(0, 10),
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    outlookYear: p.outlookYear,
    baseYear: p.baseYear,
    scopeZh: p.scopeZh,
    scopeEn: p.scopeEn,
    sourceZh: p.sourceZh,
  };
}

export function planHeadFromRow(p: Plan): PlanHead {
  const cards = readBaselineCards(p.baselineCards);
  return {
    ...planIdentity(p),
    ...(p.noteZh !== null ? { noteZh: p.noteZh } : {}),
    ...(p.noteEn !== null ? { noteEn: p.noteEn } : {}),
    ...(p.clusterCode !== null || p.comparisonRegionCodes.length > 0 || cards.length > 0
      ? { display: { clusterCode: p.clusterCode, comparisonRegionCodes: p.comparisonRegionCodes, baselineCards: cards } }
      : {}),
    thresholds: {
      onTrackLagPp: toNumber(p.onTrackLagPp),
      atRiskLagPp: toNumber(p.atRiskLagPp),
      ceilingMarginPp: toNumber(p.ceilingMarginPp),
      nearlyAchievedPct: toNumber(p.nearlyAchievedPct),
    },
  };
}

// ---------------------------------------------------------------------------------------
// Target
// ---------------------------------------------------------------------------------------

/** The versioned figures of a target (a change to any of them is a new TargetVersion). */
export function targetFigures(t: TargetDocument) {
  // growth and reduction targets store their implied level (lib/progress/kinds.ts), as the API does
  const implied =
    (t.kind === "growth_rate" || t.kind === "reduction") && t.baseline?.value !== undefined
      ? impliedLevel(t.kind, { year: t.baseline.year, value: t.baseline.value }, t.rate, t.year)
      : null;
  return {
    value: String(implied ?? t.value ?? 0),
    kind: t.kind,
    rate: t.rate === undefined ? null : String(t.rate),
    type: t.type,
    tolerancePct: t.tolerancePct === undefined ? null : String(t.tolerancePct),
    baselineYear: t.baseline?.year ?? null,
    baselineValue: t.baseline?.value === undefined ? null : String(t.baseline.value),
  };
}

export type TargetFigures = ReturnType<typeof targetFigures>;

/** The same figures read from a row, in the same string form, for comparison. */
export function targetFiguresOfRow(t: Pick<Target, "value" | "kind" | "rate" | "type" | "tolerancePct" | "baselineYear" | "baselineValue">): TargetFigures {
  const s = (d: { toString(): string } | null) => (d === null ? null : String(toNumber(d)));
  return {
    value: String(toNumber(t.value)),
    kind: t.kind,
    rate: s(t.rate),
    type: t.type,
    tolerancePct: s(t.tolerancePct),
    baselineYear: t.baselineYear,
    baselineValue: s(t.baselineValue),
  };
}

export function sameFigures(a: TargetFigures, b: TargetFigures): boolean {
  const n = (v: string | null) => (v === null ? null : Number(v));
  return (
    n(a.value) === n(b.value) &&
    a.kind === b.kind &&
    n(a.rate) === n(b.rate) &&
    a.type === b.type &&
    n(a.tolerancePct) === n(b.tolerancePct) &&
    a.baselineYear === b.baselineYear &&
    n(a.baselineValue) === n(b.baselineValue)
  );
}

/** Target columns that describe the target without being figures: updated in place. */
export function targetMeta(t: TargetDocument, sortOrder: number) {
  return { clause: t.clause, source: t.source ?? null, note: t.note ?? null, wording: t.wording ?? null, wordingLang: t.wordingLanguage ?? null, sortOrder };
}

export function targetDocumentFromRow(t: Target, indicatorCode: string, unit: string, goalKeys: string[]): TargetDocument {
  const tolerance = toNumberOrNull(t.tolerancePct);
  const baselineValue = toNumberOrNull(t.baselineValue);
  const rate = toNumberOrNull(t.rate);
  // a growth or reduction target's value is implied by its rate: the document gives the rate
  const rateKind = t.kind === "growth_rate" || t.kind === "reduction";
  return {
    indicator: indicatorCode,
    region: t.regionAdcode,
    year: t.year,
    ...(rateKind ? {} : { value: toNumber(t.value) }),
    unit,
    type: t.type,
    kind: t.kind,
    ...(rate !== null ? { rate } : {}),
    ...(tolerance !== null ? { tolerancePct: tolerance } : {}),
    ...(t.baselineYear !== null ? { baseline: { year: t.baselineYear, ...(baselineValue !== null ? { value: baselineValue } : {}) } } : {}),
    clause: t.clause,
    ...(goalKeys.length ? { goals: goalKeys } : {}),
    ...(t.source !== null ? { source: t.source } : {}),
    ...(t.note !== null ? { note: t.note } : {}),
    ...(t.wording !== null ? { wording: t.wording } : {}),
    ...(t.wordingLang === "zh" || t.wordingLang === "en" ? { wordingLanguage: t.wordingLang } : {}),
  };
}
