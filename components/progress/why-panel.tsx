import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { CAVEAT_TEXT } from "@/lib/progress/caveats";
import { formatValue } from "@/lib/progress/format";
import { buildLensRows } from "@/lib/progress/lens-rows";
import type { ProgressResult, UnitLabel } from "@/lib/progress/types";

/** "Why this colour": the explanation sentence, every lens with its formula, the caveats. */
export function WhyPanel({ result, unit, outlookYear, t, locale }: { result: ProgressResult; unit: UnitLabel; outlookYear: number; t: Dictionary; locale: Locale }) {
  const w = t.progress.why;
  const th = result.thresholds;
  return (
    <details className="why" data-testid="why-panel">
      <summary>{w.title}</summary>
      <p className="why__explanation" data-testid="explanation">
        {result.explanation[locale]}
      </p>
      {result.baseline ? <p className="muted small">{w.baselineSource[result.baseline.source]}</p> : null}
      {result.caveats.length > 0 ? (
        <p className="why__caveats" data-testid="caveats">
          <strong>{w.caveats}{t.colon}</strong>
          {result.caveats.map((c) => (
            <span key={c} className="tag tag--flag">
              {CAVEAT_TEXT[c][locale]}
            </span>
          ))}
        </p>
      ) : null}
      <table className="data why__lenses" data-testid="lens-table">
        <thead>
          <tr>
            <th scope="col">{w.measure}</th>
            <th scope="col">{w.formula}</th>
            <th scope="col">{w.value}</th>
          </tr>
        </thead>
        <tbody>
          {buildLensRows(result, unit, outlookYear).map((r) => (
            <tr key={r.key} data-lens={r.key}>
              <th scope="row">{r.label[locale]}</th>
              <td>
                <code>{r.formula}</code>
              </td>
              <td>{r.value[locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{fill(w.thresholds, { on: formatValue(th.onTrackLagPp), risk: formatValue(th.atRiskLagPp), margin: formatValue(th.ceilingMarginPp) })}</p>
      <p className="muted small">{w.notation}</p>
    </details>
  );
}
