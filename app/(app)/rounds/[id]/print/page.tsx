import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { ChartLegend } from "@/components/charts/chart-legend";
import { RoundChartCard } from "@/components/rounds/round-chart-card";
import { getRoundPrintView } from "@/lib/data/round-print";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n/dictionary";
import { localName } from "@/lib/i18n/locale";
import { roundPrintStrings } from "@/lib/i18n/strings/round-print";
import { getDictionary } from "@/lib/i18n/server-locale";
import { getPrintActor } from "@/lib/pdf/print-actor";
import { PRINT_TOKEN_HEADER } from "@/lib/pdf/print-token";
import { printRows } from "@/lib/reports/print-rows";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ unit?: string }> };

const idSchema = z.coerce.number().int().positive().max(2_147_483_647);
const querySchema = z.object({ unit: idSchema.optional() });

/**
 * The round and what the caller may see of it, once per request (the metadata and the
 * page both need it): the headless renderer comes with a print token for this round
 * (lib/pdf/print-token.ts), a person with their session; anyone else is sent to sign in,
 * and a renderer with a bad token gets a 404.
 */
const loadRoundPrint = cache(async (rawId: string, rawUnit: string | undefined) => {
  const id = idSchema.safeParse(rawId);
  const query = querySchema.safeParse({ unit: rawUnit });
  if (!id.success || !query.success) notFound();
  const h = await headers();
  const actor = await getPrintActor(h, { kind: "round", id: id.data });
  if (actor.kind === "anonymous") {
    if (h.get(PRINT_TOKEN_HEADER)) notFound();
    const next = `/rounds/${id.data}/print${query.data.unit ? `?unit=${query.data.unit}` : ""}`;
    redirect(`/login?next=${encodeURIComponent(next)}`);
  }
  const { locale, t } = await getDictionary();
  const view = await getRoundPrintView(actor, id.data, locale, { unitId: query.data.unit }).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return { view, locale, t };
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { view } = await loadRoundPrint((await params).id, (await searchParams).unit);
  return { title: { absolute: view.documentTitle }, robots: { index: false, follow: false } };
}

/** The charts of a round's 年度监测报告, as its Word file photographs them (lib/data/docx-charts.ts). */
export default async function RoundPrintPage({ params, searchParams }: Props) {
  const { view, locale, t } = await loadRoundPrint((await params).id, (await searchParams).unit);
  const s = roundPrintStrings[locale];
  const cards = view.cards.map((card) => (
    <RoundChartCard key={card.entry.targetId} card={card} evaluationYear={view.evaluationYear} spanYears={view.spanYears} t={t} locale={locale} />
  ));
  return (
    <div className="report report--print" data-testid="round-print">
      <header className="report-head">
        <h1 data-testid="round-print-title">{view.documentTitle}</h1>
        <p>
          {view.roundName} · {view.frozenAt ? fill(s.frozen, { at: formatDateTime(view.frozenAt, locale) }) : s.live}
        </p>
        {view.unit ? <p data-testid="round-print-unit">{fill(s.unit, { unit: localName(locale, view.unit) })}</p> : null}
      </header>
      <section className="report-section">
        <h2>{s.charts}</h2>
        {view.total > view.cards.length ? (
          <p className="small muted" data-testid="round-print-limited">
            {fill(s.limited, { shown: String(view.cards.length), total: String(view.total) })}
          </p>
        ) : null}
        {cards.length ? <ChartLegend t={t} /> : <p className="muted">{s.none}</p>}
        {/* in print: rows that never split (lib/reports/print-rows.ts); every card takes a whole row */}
        <div className="report-charts report-charts--rows">
          {printRows(cards.map(() => true)).map((row) => (
            <div className={row.keepWithPrevious ? "report-chart-row report-chart-row--keep" : "report-chart-row"} key={row.cards[0]}>
              {row.cards.map((i) => cards[i])}
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
