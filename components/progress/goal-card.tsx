import { clauseLabel } from "@/lib/i18n/plan-clause";
import type { AssessmentView } from "@/lib/data/assessments";
import type { GoalProgressNode } from "@/lib/data/goals-progress";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/format";
import { textLang } from "@/lib/i18n/text-lang";
import { RATING_LABELS, ratingColor } from "@/lib/progress/assessment-ratings";
import { AssessmentForm, type AssessmentFormLabels } from "./assessment-form";
import { StatusCounts } from "./status-counts";

function Assessment({ a, t, locale }: { a: AssessmentView; t: Dictionary; locale: Locale }) {
  const g = t.progress.goals;
  return (
    <div className="assessment" data-testid="assessment" data-rating={a.rating}>
      <div>
        <span className={`status status--${ratingColor(a.rating)}`}>
          <span className="status__dot" aria-hidden="true" />
          {a.year} · {RATING_LABELS[a.rating][locale]}
        </span>
        <span className="muted small">
          {g.by}
          {t.colon}
          {a.createdBy ?? "—"} · {formatDate(a.createdAt, locale)}
          {a.supersedesId !== null ? ` · ${g.supersedes}` : ""}
          {a.current ? "" : ` · ${g.superseded}`}
        </span>
      </div>
      <p lang={textLang(a.narrative)}>{a.narrative}</p>
      {a.evidence.length > 0 ? (
        <ul className="small evidence">
          {a.evidence.map((e) => (
            <li key={e.url}>
              <a href={e.url} rel="noopener noreferrer nofollow" target="_blank" lang={textLang(e.title)}>
                {e.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

interface Props {
  goal: GoalProgressNode;
  history: AssessmentView[];
  planSlug: string;
  defaultYear: number;
  canWrite: boolean;
  formLabels: AssessmentFormLabels;
  t: Dictionary;
  locale: Locale;
}

/** A goal with the roll-up of its linked targets, its current assessments, history and form. */
export function GoalCard({ goal, history, planSlug, defaultYear, canWrite, formLabels, t, locale }: Props) {
  const g = t.progress.goals;
  const L = locale === "zh";
  const text = L ? goal.textZh : goal.textEn;
  const older = history.filter((a) => !a.current);
  return (
    <article className="card goal-card" data-testid="goal-card" data-goal={goal.key}>
      <div className="eyebrow">
        {t.goalKinds[goal.kind] ?? goal.kind}
        {goal.clause ? ` · ${clauseLabel(goal.clause, locale)}` : ""}
      </div>
      <h3>{L ? goal.titleZh : goal.titleEn}</h3>
      {text ? (
        <details>
          <summary className="small muted">{g.planText}</summary>
          <p className="small muted">{text}</p>
        </details>
      ) : null}
      <div className="goal-card__rollup">
        <strong className="small">
          {g.rollup}
          {t.colon}
        </strong>
        {goal.rollup.total > 0 ? (
          <StatusCounts counts={goal.rollup.counts} total={goal.rollup.total} t={t} locale={locale} testId="goal-rollup" />
        ) : (
          <span className="muted small">{g.noLinked}</span>
        )}
      </div>
      <div className="goal-card__assessments">
        <strong className="small">
          {g.assessment}
          {t.colon}
        </strong>
        {goal.assessments.length === 0 ? (
          <span className="muted small">{g.noAssessment}</span>
        ) : (
          goal.assessments.map((a) => <Assessment key={a.id} a={a} t={t} locale={locale} />)
        )}
      </div>
      {older.length > 0 ? (
        <details data-testid="assessment-history">
          <summary className="small">
            {g.history}（{older.length}）
          </summary>
          {older.map((a) => (
            <Assessment key={a.id} a={a} t={t} locale={locale} />
          ))}
        </details>
      ) : null}
      {canWrite ? (
        <details>
          <summary className="small">{g.form.title}</summary>
          <AssessmentForm planSlug={planSlug} goalKey={goal.key} defaultYear={defaultYear} labels={formLabels} />
        </details>
      ) : null}
    </article>
  );
}
