import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/forms/forbidden-notice";
import { SubmitFigureForm, type SeriesOption } from "@/components/forms/submission-forms";
import { SubmissionTable } from "@/components/tables/submission-table";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listSubmissions } from "@/lib/data/submission-list";
import { listAssignedSeries } from "@/lib/data/unit-todo";
import { fill } from "@/lib/i18n/dictionary";
import { getDictionary } from "@/lib/i18n/server-locale";
import { can } from "@/lib/permissions";
import { formatUnit } from "@/lib/format";

export const metadata: Metadata = { title: "我的报送 My submissions" };

/** A reporter's to-do (what the unit is assigned), the submit form, and the unit's submissions with reviewers' comments. */
export default async function MySubmissionsPage() {
  const actor = await requirePageUser("/submissions");
  const { locale, t } = await getDictionary();
  const tm = t.submissions.mine;
  if (!can(actor, "submission.create")) return <ForbiddenNotice title={t.admin.forbidden.title} body={t.admin.forbidden.body} />;
  const [{ unit, series }, submissions] = await Promise.all([listAssignedSeries(actor), listSubmissions(actor)]);
  const L = locale === "zh";
  const options: SeriesOption[] = series.map((s) => ({
    indicator: s.indicator.code,
    region: s.region.adcode,
    unit: s.indicator.unit,
    label: `${L ? s.indicator.nameZh : s.indicator.nameEn} · ${L ? s.region.nameZh : s.region.nameEn}`,
  }));
  // submissions of someone else's series (an analyst under four-eyes) can be resubmitted too
  const mine = submissions.filter((s) => actor.role !== "reporter" || s.responsibleUnit?.id === actor.unitId || s.submittedBy.id === actor.userId);
  return (
    <>
      <div className="page-head">
        <h1>{tm.title}</h1>
        <p className="muted">{tm.intro}</p>
        {unit ? (
          <p data-testid="my-unit">{fill(tm.unitLine, { unit: L ? unit.nameZh : unit.nameEn })}</p>
        ) : actor.role === "reporter" ? (
          <p className="form-error">{tm.noUnit}</p>
        ) : null}
      </div>
      <section>
        <h2>{tm.todoTitle}</h2>
        {series.length === 0 ? (
          <p className="muted">{tm.todoEmpty}</p>
        ) : (
          <ul data-testid="todo">
            {series.map((s) => (
              <li key={`${s.indicator.code}:${s.region.adcode}`}>
                {L ? s.indicator.nameZh : s.indicator.nameEn} · {L ? s.region.nameZh : s.region.nameEn} ({formatUnit(s.indicator.unit, locale)})
                {s.targetYears.length > 0 ? <span className="muted small"> · {s.targetYears.join(", ")}</span> : null} ·{" "}
                <span className="tag">{s.role === "lead" ? t.submissions.assignment.leadUnit : t.submissions.assignment.supportUnits}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {options.length > 0 ? (
        <section style={{ maxWidth: 560 }}>
          <h2>{tm.submitTitle}</h2>
          <SubmitFigureForm series={options} t={tm} />
        </section>
      ) : null}
      <section>
        <h2>{tm.listTitle}</h2>
        {mine.length === 0 ? (
          <p className="muted">{tm.listEmpty}</p>
        ) : (
          <SubmissionTable rows={mine} t={t.submissions} locale={locale} series={options} resubmit />
        )}
      </section>
    </>
  );
}
