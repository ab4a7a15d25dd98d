import { ReviewActions, SubmitFigureForm, type SeriesOption } from "@/components/forms/submission-forms";
import type { SubmissionView } from "@/lib/data/submission-list";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { SubmissionStrings } from "@/lib/i18n/strings/submissions";
import { formatValue } from "@/lib/format";

/**
 * Submissions as cards (they stack on a phone): the series, the submitted and the
 * official figure side by side, status and comment. `reviewerId`: with accept/return
 * (not on one's own); `resubmit`: a returned, not yet answered submission can be corrected.
 */
export function SubmissionTable({
  rows,
  t,
  locale,
  reviewerId,
  resubmit = false,
  series = [],
}: {
  rows: SubmissionView[];
  t: SubmissionStrings;
  locale: Locale;
  reviewerId?: number;
  resubmit?: boolean;
  series?: SeriesOption[];
}) {
  const L = locale === "zh";
  const answered = new Set(rows.map((r) => r.replacesId).filter((id) => id !== null));
  return (
    <ul className="submission-list" data-testid="submission-list">
      {rows.map((s) => (
        <li key={s.id} className="card submission-card" data-testid={`submission-${s.id}`} data-status={s.status}>
          <p>
            <strong>
              {L ? s.indicator.nameZh : s.indicator.nameEn} · {L ? s.region.nameZh : s.region.nameEn} · {s.year}
            </strong>{" "}
            <span className={`tag status-${s.status}`}>{t.status[s.status]}</span>
          </p>
          <dl className="submission-figures">
            <div>
              <dt>{t.review.submittedValue}</dt>
              <dd data-testid="submitted-value">{formatValue(s.value, s.unit, locale)}</dd>
            </div>
            <div>
              <dt>{t.review.officialValue}</dt>
              <dd data-testid="official-value">{s.current?.value != null ? formatValue(s.current.value, s.unit, locale) : t.review.noOfficial}</dd>
            </div>
            <div>
              <dt>{t.review.by}</dt>
              <dd>
                {s.submittedBy.name}
                {s.responsibleUnit ? ` · ${L ? s.responsibleUnit.nameZh : s.responsibleUnit.nameEn}` : ""}
              </dd>
            </div>
          </dl>
          <p className="small muted">
            {s.source}
            {s.note ? ` · ${s.note}` : ""}
          </p>
          {s.reviewComment ? (
            <p className="form-error" data-testid="review-comment">
              {fill(t.mine.returnedBecause, { comment: s.reviewComment })}
            </p>
          ) : null}
          {reviewerId !== undefined && s.status === "submitted" ? (
            s.submittedBy.id === reviewerId ? (
              <p className="muted small">{t.review.own}</p>
            ) : (
              <ReviewActions id={s.id} currentId={s.current?.id ?? null} t={t.review} />
            )
          ) : null}
          {resubmit && s.status === "returned" && !answered.has(s.id) ? (
            <details>
              <summary>{t.mine.resubmit}</summary>
              <SubmitFigureForm
                series={
                  series.some((o) => o.indicator === s.indicator.code && o.region === s.region.adcode)
                    ? series
                    : [
                        ...series,
                        {
                          indicator: s.indicator.code,
                          region: s.region.adcode,
                          unit: s.unit,
                          label: `${L ? s.indicator.nameZh : s.indicator.nameEn} · ${L ? s.region.nameZh : s.region.nameEn}`,
                        },
                      ]
                }
                defaults={{
                  series: `${s.indicator.code}|${s.region.adcode}`,
                  year: s.year,
                  value: s.valueAsEntered ?? String(s.value),
                  unit: s.unitAsEntered ?? s.unit,
                  source: s.source,
                  note: s.note ?? "",
                }}
                t={t.mine}
                testId={`resubmit-${s.id}`}
              />
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
