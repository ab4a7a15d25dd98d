import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoundStatusControls } from "@/components/rounds/round-status-controls";
import { UnitCompletenessTable } from "@/components/rounds/unit-completeness-table";
import { RoundTargetTable } from "@/components/rounds/round-target-table";
import { FrozenResultsTable } from "@/components/rounds/frozen-results-table";
import { requirePageUser } from "@/lib/auth/page-actor";
import { getRoundDetail, getRoundTodo } from "@/lib/data/round-completeness";
import { getRoundResults } from "@/lib/data/round-freeze";
import { AppError } from "@/lib/errors";
import { fill } from "@/lib/i18n/dictionary";
import { getDictionary } from "@/lib/i18n/server-locale";
import { can } from "@/lib/permissions";
import { roundIdParam } from "@/lib/validation/rounds";

export const metadata: Metadata = { title: "监测轮次 Round" };

type Props = { params: Promise<{ id: string }> };

export default async function RoundPage({ params }: Props) {
  const parsed = roundIdParam.safeParse(await params);
  if (!parsed.success) notFound();
  const id = parsed.data.id;
  const actor = await requirePageUser(`/rounds/${id}`);
  const { locale, t } = await getDictionary();
  const s = t.rounds.round;
  const round = await getRoundDetail(actor, id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const [todo, results] = await Promise.all([getRoundTodo(actor, id), round.freezeNo > 0 ? getRoundResults(actor, id) : null]);
  const L = locale === "zh";
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">{t.rounds.nav.rounds}</div>
        <h1 data-testid="round-title">{round.name}</h1>
        <p className="muted">
          {t.rounds.list.year} {round.year} · {fill(s.dueOn, { date: round.dueDate })}
          {round.pastDue ? ` · ${s.pastDue}` : ""} ·{" "}
          <strong data-testid="round-status">{round.status === "open" ? t.rounds.list.open : t.rounds.list.frozen}</strong>
        </p>
        {/* the 年度监测报告: frozen results once frozen, else the live evaluation */}
        <p className="export-links" data-testid="round-report-links">
          <a href={`/api/v1/rounds/${round.id}/report?format=docx`} download>
            {s.reportWord}
          </a>{" "}
          ·{" "}
          <a href={`/api/v1/rounds/${round.id}/report?format=pdf`} download>
            {s.reportPdf}
          </a>
        </p>
      </div>
      <section data-testid="round-completeness">
        <h2>{s.completeness}</h2>
        <p className="muted small">
          {fill(s.counts, {
            official: String(round.totals.official),
            total: String(round.totals.total),
            pending: String(round.totals.pending),
            returned: String(round.totals.returned),
            missing: String(round.totals.missing),
          })}
        </p>
        <h3>{s.byUnit}</h3>
        <UnitCompletenessTable units={round.units} t={s} locale={locale} />
      </section>
      {todo ? (
        <section data-testid="round-todo">
          <h2>{s.todo}</h2>
          {todo.items.length === 0 ? <p className="muted">{s.todoNone}</p> : <RoundTargetTable targets={todo.items} year={round.year} t={s} locale={locale} />}
        </section>
      ) : null}
      {can(actor, "round.manage") ? <RoundStatusControls t={s} id={round.id} status={round.status} /> : null}
      <section data-testid="round-results">
        {results ? (
          <>
            <h2>
              {fill(s.results, {
                no: String(results.freezeNo),
                at: new Date(results.frozenAt).toLocaleString(L ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai" }),
              })}
            </h2>
            <FrozenResultsTable results={results} names={new Map(round.targets.map((x) => [x.targetId, x]))} t={s} locale={locale} />
          </>
        ) : (
          <p className="muted">{s.noResults}</p>
        )}
      </section>
      <section>
        <h2>{s.byTarget}</h2>
        <RoundTargetTable targets={round.targets} year={round.year} t={s} locale={locale} />
      </section>
    </>
  );
}
