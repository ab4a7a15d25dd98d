// Whether a plan is in force: a pure reading of its period against a year. The caller
// passes the year of "today" in China (lib/validation/as-of.ts chinaYear), so the same
// plan reads the same everywhere and a test can fix the date.

export type PlanStatus = "upcoming" | "in_force" | "ended";

/**
 * "in_force" from the first to the last year of the period (both inclusive: a 2016–2020
 * plan is in force throughout 2020), "ended" from the year after, "upcoming" before the
 * period starts (a plan published ahead of its first year).
 */
export function planStatus(period: { periodStart: number; periodEnd: number }, year: number): PlanStatus {
  if (year > period.periodEnd) return "ended";
  if (year < period.periodStart) return "upcoming";
  return "in_force";
}

/**
 * The short name a marker, a switcher option or a strip column uses for a plan: the year
 * it was issued ("2016年规划" / "2016 plan"). Plans of the same area differ by that year;
 * when several share a year, the first in `all` (the list's order: loaded first) keeps
 * the plain name and the others add their slug ("2021年规划（sichuan-2021）"), so names
 * already on screen do not change when a plan is added.
 */
export function planShortName(plan: { slug: string; issueYear: number }, all: readonly { slug: string; issueYear: number }[]): { zh: string; en: string } {
  const first = all.find((p) => p.issueYear === plan.issueYear);
  if (first && first.slug !== plan.slug) return { zh: `${plan.issueYear}年规划（${plan.slug}）`, en: `${plan.issueYear} plan (${plan.slug})` };
  return { zh: `${plan.issueYear}年规划`, en: `${plan.issueYear} plan` };
}
