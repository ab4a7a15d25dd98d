import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/forms/forbidden-notice";
import { RoundForm } from "@/components/rounds/round-form";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listPlans } from "@/lib/data/plans";
import { selectPlan } from "@/lib/data/plan-selection";
import { getDictionary } from "@/lib/i18n/server-locale";
import { can } from "@/lib/permissions";
import { chinaDay, chinaYear } from "@/lib/validation/as-of";

export const metadata: Metadata = { title: "开启监测轮次 Open a round" };

export default async function NewRoundPage() {
  const actor = await requirePageUser("/rounds/new");
  const { locale, t } = await getDictionary();
  if (!can(actor, "round.manage")) return <ForbiddenNotice title={t.admin.forbidden.title} body={t.admin.forbidden.body} />;
  const [plans, selected] = await Promise.all([listPlans(actor), selectPlan(actor)]);
  const now = new Date();
  // spring collects last year's figures; due in a month by default
  const due = chinaDay(new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000));
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">{t.rounds.nav.rounds}</div>
        <h1>{t.rounds.form.title}</h1>
      </div>
      <RoundForm
        t={t.rounds.form}
        plans={plans.map((p) => ({ slug: p.slug, name: locale === "zh" ? p.nameZh : p.nameEn }))}
        defaults={{ plan: selected ?? plans[0]?.slug ?? "", year: chinaYear(now) - 1, dueDate: due }}
      />
    </>
  );
}
