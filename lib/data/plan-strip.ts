import "server-only";
import { authorize } from "@/lib/auth/authorize";
import { prisma } from "@/lib/db";
import { toNumber, toNumberOrNull } from "@/lib/data/decimal";
import { listObservations } from "@/lib/data/observations";
import { listPlanChoices } from "@/lib/data/plan-list";
import { getProgress } from "@/lib/data/progress";
import type { Actor } from "@/lib/permissions";
import { buildPlanStrips, stripKey, type PlanStrip, type StripPlanInput, type StripTarget, type YearFigure } from "@/lib/plans/plan-strip";

/**
 * The overview's "plan to plan" strips for `slug` (lib/plans/plan-strip.ts): every other
 * plan sharing an indicator × region with it, its base-year figures and targets, the
 * evaluation's verdict on the earlier plan's targets (the one cached evaluation), and,
 * where the earlier plan set no target, the figure of its last period year.
 */
export async function getPlanStrips(actor: Actor, slug: string, asOf?: Date): Promise<PlanStrip[]> {
  authorize(actor, "plan.read");
  const [choices, plans] = await Promise.all([
    listPlanChoices(actor),
    prisma.plan.findMany({
      select: {
        slug: true,
        baselineFigures: { orderBy: { id: "asc" }, select: { regionAdcode: true, year: true, value: true, indicator: { select: { code: true } } } },
        targets: {
          orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
          select: { regionAdcode: true, year: true, value: true, type: true, kind: true, rate: true, indicator: { select: { code: true } } },
        },
      },
    }),
  ]);
  const current = plans.find((p) => p.slug === slug);
  if (!current || plans.length < 2) return [];
  const inputs = await Promise.all(
    choices.map(async (c): Promise<StripPlanInput | null> => {
      const p = plans.find((x) => x.slug === c.slug);
      if (!p) return null;
      const baselines = new Map<string, YearFigure>();
      for (const b of p.baselineFigures) baselines.set(stripKey(b.indicator.code, b.regionAdcode), { year: b.year, value: toNumber(b.value) });
      const targets = new Map<string, StripTarget>();
      for (const t of p.targets) {
        const key = stripKey(t.indicator.code, t.regionAdcode);
        // the plan's own horizon: the latest target within its period (2020, not the 2030 outlook), else the first after it
        const rank = (y: number) => (y <= c.periodEnd ? y : -y);
        const held = targets.get(key);
        if (held && rank(held.year) >= rank(t.year)) continue;
        targets.set(key, { year: t.year, value: toNumber(t.value), type: t.type, kind: t.kind, rate: toNumberOrNull(t.rate) });
      }
      const progress = p.targets.length > 0 ? await getProgress(actor, { planSlug: c.slug, asOf }) : null;
      const results = new Map(
        (progress?.entries ?? [])
          .filter((e) => targets.get(stripKey(e.indicator, e.region.adcode))?.year === e.targetYear)
          .map((e) => [stripKey(e.indicator, e.region.adcode), { status: e.status, basis: e.basis }]),
      );
      return {
        slug: c.slug,
        nameZh: c.nameZh,
        nameEn: c.nameEn,
        short: c.short,
        periodStart: c.periodStart,
        periodEnd: c.periodEnd,
        baselines,
        targets,
        results,
      };
    }),
  );
  const all = inputs.filter((i): i is StripPlanInput => i !== null);
  const me = all.find((i) => i.slug === slug)!;
  // the figures of the earlier plans' last years, for the shared series without a target
  const keys = [...new Set(all.flatMap((i) => [...i.baselines.keys(), ...i.targets.keys()]))];
  const regions = [...new Set(keys.map((k) => k.split("|")[1]!))].filter((r) =>
    [...me.baselines.keys(), ...me.targets.keys()].some((k) => k.endsWith(`|${r}`)),
  );
  const years = [...new Set(all.map((i) => i.periodEnd))];
  const observed = new Map<string, YearFigure>();
  for (const region of regions) {
    for (const o of await listObservations(actor, { region, from: Math.min(...years), to: Math.max(...years), asOf })) {
      observed.set(`${stripKey(o.indicator, region)}|${o.year}`, { year: o.year, value: o.value });
    }
  }
  return buildPlanStrips(me, all, (key, year) => observed.get(`${key}|${year}`) ?? null);
}
