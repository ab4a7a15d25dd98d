import "server-only";
import type { BuilderOptions, BuilderState, BuilderText } from "@/components/reports/builder-types";
import { listIndicators } from "@/lib/data/indicators";
import { listPlans } from "@/lib/data/plans";
import { listRegionNames } from "@/lib/data/regions";
import type { ReportDetail } from "@/lib/data/reports";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { localName, type Locale } from "@/lib/i18n/locale";
import type { Actor } from "@/lib/permissions";
import { isoToBeijingLocal } from "@/lib/reports/beijing-time";

/** What the builder's pickers offer, named in the reader's language. */
export async function builderOptions(actor: Actor, locale: Locale): Promise<BuilderOptions> {
  const [plans, indicators, regions] = await Promise.all([listPlans(actor), listIndicators(actor), listRegionNames(actor)]);
  return {
    plans: plans.map((p) => ({ slug: p.slug, name: localName(locale, p), periodStart: p.periodStart, outlookYear: p.outlookYear })),
    indicators: indicators.map((i) => ({ code: i.code, name: localName(locale, i), unit: i.unit })),
    regions: regions.map((r) => ({ adcode: r.adcode, name: localName(locale, r), level: r.level })),
  };
}

export function builderText(t: Dictionary, locale: Locale): BuilderText {
  return { r: t.reports, common: t.common, levels: t.levels, locale };
}

/** A new report: the plan chosen in the header (else the first), its base year to its end year, live, private. */
export function newReportState(options: BuilderOptions, preferred?: string): BuilderState {
  const plan = options.plans.find((p) => p.slug === preferred) ?? options.plans[0];
  return {
    title: "",
    description: "",
    commentary: "",
    plan: plan?.slug ?? "",
    indicators: [],
    regions: [],
    yearFrom: 2014,
    yearTo: plan?.outlookYear ?? 2030,
    lens: "schedule",
    chartKind: "series",
    showTrajectory: true,
    showProjection: true,
    includeWarnings: false,
    pinned: false,
    pinnedLocal: isoToBeijingLocal(new Date().toISOString()),
    visibility: "private",
    annotations: [],
  };
}

export function reportState(r: ReportDetail): BuilderState {
  const s = r.selection;
  return {
    title: r.title,
    description: r.description,
    commentary: r.commentary,
    plan: s.plan,
    indicators: s.indicators,
    regions: s.regions,
    yearFrom: s.years.from,
    yearTo: s.years.to,
    lens: s.lens,
    chartKind: s.charts.kind,
    showTrajectory: s.charts.showTrajectory,
    showProjection: s.charts.showProjection,
    includeWarnings: s.warnings,
    pinned: r.pinnedAt !== null,
    pinnedLocal: isoToBeijingLocal(r.pinnedAt ?? new Date().toISOString()),
    visibility: r.visibility,
    annotations: r.annotations.map((a) => ({
      indicatorCode: a.indicatorCode,
      regionAdcode: a.regionAdcode,
      year: a.year === null ? "" : String(a.year),
      body: a.body,
    })),
  };
}
