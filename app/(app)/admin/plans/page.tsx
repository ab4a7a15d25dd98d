import type { Metadata } from "next";
import Link from "next/link";
import { ForbiddenNotice } from "@/components/forms/forbidden-notice";
import { MakeDefaultPlanButton } from "@/components/forms/make-default-plan-button";
import { PlanDocumentUpload } from "@/components/forms/plan-document-upload";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listPlans } from "@/lib/data/plans";
import { getDictionary } from "@/lib/i18n/server-locale";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "规划文档 Plan documents" };

export default async function PlanDocumentsPage() {
  const actor = await requirePageUser("/admin/plans");
  const { locale, t } = await getDictionary();
  if (!can(actor, "plan.publish")) return <ForbiddenNotice title={t.admin.forbidden.title} body={t.admin.forbidden.body} />;
  const plans = await listPlans(actor);
  const tp = t.planDocuments;
  return (
    <>
      <div className="page-head">
        <h1>{tp.title}</h1>
        <p>{tp.intro}</p>
        <p>
          <a href="/api/v1/plan-document.schema.json">{tp.schemaLink}</a> ·{" "}
          <a href="/api/v1/plans/template.xlsx" download="plan-template.xlsx" data-testid="plan-template-link">
            {tp.template}
          </a>{" "}
          · <Link href="/admin">{t.admin.title}</Link>
        </p>
      </div>
      <section>
        <h2>{tp.plans}</h2>
        <table className="table" data-testid="plan-list">
          <thead>
            <tr>
              <th>{tp.slug}</th>
              <th>{tp.name}</th>
              <th>{tp.period}</th>
              <th>{tp.version}</th>
              <th>{tp.targets}</th>
              <th>{tp.isDefault}</th>
              <th>{tp.export}</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr key={p.slug}>
                <td>
                  <code>{p.slug}</code>
                </td>
                <td lang={locale === "zh" ? "zh-CN" : "en"}>{locale === "zh" ? p.nameZh : p.nameEn}</td>
                <td>
                  {p.periodStart}–{p.periodEnd}
                </td>
                <td>{p.version}</td>
                <td>{p.counts.targets}</td>
                <td>{p.isDefault ? "✓" : <MakeDefaultPlanButton slug={p.slug} label={tp.makeDefault} />}</td>
                <td>
                  <a href={`/api/v1/plans/${encodeURIComponent(p.slug)}/document`} download={`${p.slug}.json`}>
                    {tp.export}
                  </a>{" "}
                  ·{" "}
                  <a href={`/api/v1/plans/${encodeURIComponent(p.slug)}/document?format=xlsx`} download={`${p.slug}.xlsx`}>
                    {tp.exportXlsx}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>
          {tp.preview} / {tp.publish}
        </h2>
        <div style={{ maxWidth: 640 }}>
          <PlanDocumentUpload t={tp} locale={locale} />
        </div>
      </section>
    </>
  );
}
