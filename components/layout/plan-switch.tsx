"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { planInPath, switchPlanHref } from "@/lib/plans/plan-href";
import "./plan-switch.css";

export interface PlanOption {
  slug: string;
  /** "2016年规划 · 成渝城市群发展规划" in the reader's language. */
  label: string;
}

/**
 * The header's plan switcher: a labelled <select> whose choice lives in the URL
 * (`?plan=<slug>`), so a link, a reload or a shared address shows the same plan. Without
 * JavaScript it is a GET form with its own button. No `plan=`: the default plan is shown.
 */
export function PlanSwitch({ plans, defaultSlug, labels }: { plans: PlanOption[]; defaultSlug: string; labels: { label: string; apply: string } }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const router = useRouter();
  // a plan's own page names it in its path
  const current = planInPath(pathname) ?? search.get("plan") ?? defaultSlug;
  return (
    <form className="plan-switch" action={pathname} method="get" data-testid="plan-switch-form">
      <label htmlFor="plan-switch" className="plan-switch__label">
        {labels.label}
      </label>
      <select
        id="plan-switch"
        name="plan"
        className="plan-switch__select"
        value={current}
        onChange={(e) => router.push(switchPlanHref(pathname, search.toString(), e.target.value))}
        data-testid="plan-switch"
      >
        {plans.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.label}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit">{labels.apply}</button>
      </noscript>
    </form>
  );
}
