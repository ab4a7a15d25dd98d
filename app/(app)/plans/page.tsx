import type { Metadata } from "next";
import { PlanListTable } from "@/components/plans/plan-list-table";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listPlanRows } from "@/lib/data/plan-list";
import { plansStrings } from "@/lib/i18n/strings/plans";
import { getDictionary } from "@/lib/i18n/server-locale";
import { chinaYear } from "@/lib/validation/as-of";

export const metadata: Metadata = { title: "规划 Plans" };

export default async function PlansPage() {
  const actor = await requirePageUser("/plans");
  const { locale } = await getDictionary();
  const s = plansStrings[locale];
  const plans = await listPlanRows(actor);
  return (
    <>
      <div className="page-head">
        <h1>{s.list.title}</h1>
        <p className="muted">{s.list.intro}</p>
      </div>
      {/* in force / ended: read from each period and this year in China */}
      <PlanListTable plans={plans} year={chinaYear(new Date())} s={s} locale={locale} />
    </>
  );
}
