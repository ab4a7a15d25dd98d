import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IndicatorTable, indicatorTableCaption } from "@/components/plans/indicator-table";
import { AsOfForm } from "@/components/progress/as-of-form";
import { requirePageUser } from "@/lib/auth/page-actor";
import { getPlanIndicatorTable } from "@/lib/data/plan-indicator-table";
import { listPlanChoices } from "@/lib/data/plan-list";
import { plansStrings } from "@/lib/i18n/strings/plans";
import { getDictionary } from "@/lib/i18n/server-locale";
import { planStatus } from "@/lib/plans/plan-status";
import { chinaYear, readAsOfParam } from "@/lib/validation/as-of";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ asOf?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).slug };
}

/** One plan: who issued it, its period and status, and its 主要指标 table with the XLSX export. */
export default async function PlanPage({ params, searchParams }: Props) {
  const [{ slug }, sp] = await Promise.all([params, searchParams]);
  const actor = await requirePageUser(`/plans/${slug}`);
  const { locale, t } = await getDictionary();
  const s = plansStrings[locale];
  const choice = readAsOfParam(sp.asOf);
  const [table, choices] = await Promise.all([getPlanIndicatorTable(actor, slug, choice.asOf), listPlanChoices(actor)]);
  if (!table) notFound();
  const L = locale === "zh";
  const p = table.plan;
  const short = choices.find((c) => c.slug === slug)?.short[locale] ?? slug;
  const status = planStatus(p, chinaYear(new Date()));
  const q = (path: string) => `${path}?plan=${encodeURIComponent(slug)}${choice.day ? `&asOf=${choice.day}` : ""}`;
  const xlsx = `/plans/${encodeURIComponent(slug)}/indicators.xlsx${choice.day ? `?asOf=${choice.day}` : ""}`;
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">
          <Link href="/plans">{s.table.back}</Link> · {short}
        </div>
        <h1 data-testid="plan-name">{L ? p.nameZh : p.nameEn}</h1>
        <div className="page-head__meta">
          {p.docNumber ? <span lang="zh-CN">{p.docNumber}</span> : null}
          <span>
            {s.list.period}
            {t.colon}
            {p.periodStart}–{p.periodEnd}
          </span>
          <span>
            {s.list.outlook}
            {t.colon}
            {p.outlookYear}
          </span>
          <span className={`tag plan-status plan-status--${status}`}>{s.status[status]}</span>
        </div>
      </div>
      <AsOfForm path={`/plans/${slug}`} day={choice.day} evaluationYear={table.evaluationYear} invalid={choice.invalid} t={t} />
      <section>
        <h2>{s.table.title}</h2>
        <p>
          <a className="button" href={xlsx} download data-testid="indicator-table-xlsx">
            {s.table.exportXlsx}
          </a>{" "}
          <Link href={q("/progress")}>{s.table.viewProgress}</Link>
        </p>
        <IndicatorTable
          groups={table.groups}
          caption={indicatorTableCaption(s, L ? p.nameZh : p.nameEn, table.evaluationYear)}
          s={s}
          phrases={t.targetPhrases}
          locale={locale}
        />
      </section>
    </>
  );
}
