import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { CAVEAT_TEXT } from "@/lib/progress/caveats";
import { formatPlainNumber } from "@/lib/progress/format";
import { buildLensRows, missingBaselineNote } from "@/lib/progress/lens-rows";
import type { UnitLabel } from "@/lib/progress/types";
import type { ProgressResult } from "@/lib/progress/result-types";
import "./why-panel.css";

/**
 * "Why this colour": the explanation sentence, every lens with its value, formula and what
 * its categories mean, the caveats. Rows are stacked (label and value, then the formula
 * below) rather than a three-column table, so the panel fits a 340 px card and a phone.
 */
export function WhyPanel({
  result,
  unit,
  outlookYear,
  t,
  locale,
}: {
  result: ProgressResult;
  unit: UnitLabel;
  outlookYear: number;
  t: Dictionary;
  locale: Locale;
}) {
  const w = t.progress.why;
  const th = result.thresholds;
  const rows = buildLensRows(result, unit, outlookYear);
  const noBaseline = missingBaselineNote(result);
  return (
    <details className="why" data-testid="why-panel">
      <summary>{w.title}</summary>
      <p className="why__explanation" data-testid="explanation">
        {result.explanation[locale]}
      </p>
      {noBaseline ? (
        <p className="why__note" data-testid="no-baseline">
          {noBaseline[locale]}
        </p>
      ) : null}
      {result.baseline ? <p className="muted small">{w.baselineSource[result.baseline.source]}</p> : null}
      {result.caveats.length > 0 ? (
        <p className="why__caveats" data-testid="caveats">
          <strong>
            {w.caveats}
            {t.colon}
          </strong>
          {result.caveats.map((c) => (
            <span key={c} className="tag tag--flag">
              {CAVEAT_TEXT[c][locale]}
            </span>
          ))}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <dl className="why__lenses" data-testid="lens-table" aria-label={w.measure}>
          {rows.map((r) => (
            <div className="why__row" key={r.key} data-lens={r.key}>
              <dt className="why__label">{r.label[locale]}</dt>
              <dd className="why__value">{r.value[locale]}</dd>
              <dd className="why__formula">
                <code>{r.formula}</code>
                {r.note ? <span className="why__category">{r.note[locale]}</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p className="muted small">
        {fill(w.thresholds, {
          on: formatPlainNumber(th.onTrackLagPp),
          risk: formatPlainNumber(th.atRiskLagPp),
          margin: formatPlainNumber(th.ceilingMarginPp),
          nearly: formatPlainNumber(th.nearlyAchievedPct),
        })}
      </p>
      <p className="muted small">{w.notation}</p>
    </details>
  );
}
