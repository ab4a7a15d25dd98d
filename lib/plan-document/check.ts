// What a well-formed plan document must also satisfy to be published: every name it uses
// is known, every target lies in the plan's period and scope and has what its kind needs.
// Pure: the caller passes what the database knows (indicators, regions).
import { msg } from "@/lib/i18n/message";
import type { DocumentIssue } from "./issues";
import type { GoalDocument, PlanDocument } from "./schema";

export interface KnownCatalogue {
  /** existing indicators: code → canonical unit */
  indicators: ReadonlyMap<string, string>;
  /** existing region codes */
  regions: ReadonlySet<string>;
}

/** Years a target may be set for: the plan period, and the outlook year. */
export function targetYearAllowed(doc: Pick<PlanDocument, "periodStart" | "periodEnd" | "outlookYear">, year: number): boolean {
  return (year >= doc.periodStart && year <= doc.periodEnd) || year === doc.outlookYear;
}

export function checkPlanDocument(doc: PlanDocument, known: KnownCatalogue): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const add = (path: string, zh: string, en: string) => issues.push({ path, message: msg(zh, en) });

  if (doc.periodEnd < doc.periodStart)
    add("periodEnd", `规划期末（${doc.periodEnd}）早于期初（${doc.periodStart}）`, `the period ends (${doc.periodEnd}) before it starts (${doc.periodStart})`);
  if (doc.outlookYear < doc.periodEnd)
    add("outlookYear", `远景年份应不早于规划期末 ${doc.periodEnd}`, `the outlook year must not be before the end of the period, ${doc.periodEnd}`);
  if (doc.baseYear >= doc.periodStart)
    add("baseYear", `基期应早于规划期初 ${doc.periodStart}`, `the base year must be before the start of the period, ${doc.periodStart}`);

  const knownRegion = (path: string, adcode: string) => {
    if (!known.regions.has(adcode))
      add(
        path,
        `未知的地区代码“${adcode}”：请使用地区表中的行政区划代码（如 510500）或 CHENGYU`,
        `unknown region code "${adcode}": use an administrative code from the regions table (e.g. 510500) or CHENGYU`,
      );
  };

  // indicators: defined here, or existing; a shared indicator keeps its unit
  const units = new Map(known.indicators);
  const seenCodes = new Set<string>();
  doc.indicators.forEach((ind, i) => {
    if (seenCodes.has(ind.code)) add(`indicators[${i}].code`, `指标代码“${ind.code}”重复`, `indicator code "${ind.code}" appears twice`);
    seenCodes.add(ind.code);
    const existing = known.indicators.get(ind.code);
    if (existing !== undefined && existing !== ind.unit) {
      add(
        `indicators[${i}].unit`,
        `已有指标“${ind.code}”的单位是“${existing}”，不能改为“${ind.unit}”`,
        `the existing indicator "${ind.code}" is in "${existing}"; it cannot change to "${ind.unit}"`,
      );
    }
    if (existing === undefined) units.set(ind.code, ind.unit);
  });
  const unitOf = (path: string, code: string): string | undefined => {
    const u = units.get(code);
    if (u === undefined)
      add(
        path,
        `未知的指标“${code}”：请在 indicators 中定义，或使用已有指标的代码`,
        `unknown indicator "${code}": define it under indicators or use the code of an existing indicator`,
      );
    return u;
  };

  // scope
  const scope = new Set<string>();
  doc.regions.forEach((r, i) => {
    knownRegion(`regions[${i}].region`, r.region);
    if (scope.has(r.region)) add(`regions[${i}].region`, `地区“${r.region}”重复`, `region "${r.region}" appears twice`);
    scope.add(r.region);
  });
  const inScope = (path: string, adcode: string) => {
    if (!known.regions.has(adcode)) knownRegion(path, adcode);
    else if (!scope.has(adcode))
      add(path, `地区“${adcode}”不在规划范围内：范围见 regions`, `region "${adcode}" is outside the plan's scope: the scope is listed under regions`);
  };

  doc.roles.forEach((r, i) => inScope(`roles[${i}].region`, r.region));

  // goals: unique keys, known regions
  const goalKeys = new Set<string>();
  const walk = (goals: readonly GoalDocument[], prefix: string) =>
    goals.forEach((g, i) => {
      const p = `${prefix}[${i}]`;
      if (goalKeys.has(g.key)) add(`${p}.key`, `目标键“${g.key}”重复`, `goal key "${g.key}" appears twice`);
      goalKeys.add(g.key);
      (g.regions ?? []).forEach((r, j) => knownRegion(`${p}.regions[${j}].region`, r.region));
      walk(g.children ?? [], `${p}.children`);
    });
  walk(doc.goals, "goals");

  // targets
  const seenTargets = new Set<string>();
  doc.targets.forEach((t, i) => {
    const p = `targets[${i}]`;
    const unit = unitOf(`${p}.indicator`, t.indicator);
    inScope(`${p}.region`, t.region);
    if (!targetYearAllowed(doc, t.year)) {
      add(
        `${p}.year`,
        `目标年份 ${t.year} 不在规划期 ${doc.periodStart}–${doc.periodEnd} 内，也不是远景年份 ${doc.outlookYear}`,
        `target year ${t.year} is outside the plan period ${doc.periodStart}–${doc.periodEnd} and is not the outlook year ${doc.outlookYear}`,
      );
    }
    if (unit !== undefined && t.unit !== undefined && t.unit !== unit) {
      add(`${p}.unit`, `单位应为指标的单位“${unit}”`, `the unit must be the indicator's unit, "${unit}"`);
    }
    const key = `${t.indicator}|${t.region}|${t.year}`;
    if (seenTargets.has(key)) add(p, `同一指标、地区和年份的目标重复`, `a second target for the same indicator, region and year`);
    seenTargets.add(key);
    checkKind(t, p, add);
    (t.goals ?? []).forEach((g, j) => {
      if (!goalKeys.has(g)) add(`${p}.goals[${j}]`, `未知的目标键“${g}”：应为 goals 中的 key`, `unknown goal key "${g}": use a key from goals`);
    });
  });

  doc.baselineFigures.forEach((b, i) => {
    unitOf(`baselineFigures[${i}].indicator`, b.indicator);
    knownRegion(`baselineFigures[${i}].region`, b.region);
  });
  return issues;
}

type Add = (path: string, zh: string, en: string) => void;

/** What each kind of target needs (see lib/plan-document/schema.ts TARGET_KINDS). */
function checkKind(t: PlanDocument["targets"][number], p: string, add: Add): void {
  const needsRate = t.kind === "growth_rate" || t.kind === "reduction";
  if ((t.kind === "level" || t.kind === "cumulative") && t.value === undefined) {
    add(`${p}.value`, `${t.kind} 目标必须有目标值 value`, `a ${t.kind} target needs a value`);
  }
  if (needsRate && t.rate === undefined) add(`${p}.rate`, `${t.kind} 目标必须有百分比 rate`, `a ${t.kind} target needs a rate (percent)`);
  if (needsRate && (t.baseline === undefined || t.baseline.value === undefined)) {
    add(`${p}.baseline`, `${t.kind} 目标必须有基期（年份和数值）`, `a ${t.kind} target needs a baseline (year and value)`);
  }
  if (t.kind === "cumulative" && t.baseline === undefined) add(`${p}.baseline`, "累计目标必须有基期年份", "a cumulative target needs a baseline year");
  if (t.kind === "level" && t.rate !== undefined) add(`${p}.rate`, "水平目标不使用 rate", "a level target takes no rate");
  if (t.baseline && t.baseline.year >= t.year) {
    add(`${p}.baseline.year`, `基期年份应早于目标年份 ${t.year}`, `the baseline year must be before the target year ${t.year}`);
  }
  if (t.wording !== undefined && t.wordingLanguage === undefined)
    add(`${p}.wordingLanguage`, "有原文措辞时须注明其语言：zh 或 en", "give the wording's language: zh or en");
}
