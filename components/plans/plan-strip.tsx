import { StatusChip } from "@/components/progress/status-chip";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { PlansStrings } from "@/lib/i18n/strings/plans";
import { formatValue } from "@/lib/format";
import { changeWording } from "@/lib/plans/change-wording";
import type { PlanStrip, StripTarget, YearFigure } from "@/lib/plans/plan-strip";

interface IndicatorName {
  nameZh: string;
  nameEn: string;
  unit: string;
}

/**
 * "Plan to plan": the earlier plan's final results beside its successor's baseline and
 * targets, one row per indicator × region both carry. Data only; nothing here knows
 * which plans these are.
 */
export function PlanStripView({
  strip,
  indicators,
  regionNames,
  phrases,
  s,
  locale,
}: {
  strip: PlanStrip;
  indicators: ReadonlyMap<string, IndicatorName>;
  regionNames: ReadonlyMap<string, { nameZh: string; nameEn: string }>;
  phrases: Record<string, string>;
  s: PlansStrings;
  locale: Locale;
}) {
  const L = locale === "zh";
  const st = s.strip;
  const e = strip.earlier.short[locale];
  const l = strip.later.short[locale];
  const year = (y: number) => (L ? `（${y}年）` : ` (${y})`);
  const figure = (f: YearFigure | null, unit: string) =>
    f ? (
      <>
        {formatValue(f.value, unit, locale)}
        <span className="muted small">{year(f.year)}</span>
      </>
    ) : (
      "—"
    );
  const target = (t: StripTarget | null, unit: string) =>
    t ? (
      <>
        {changeWording({ kind: t.kind, type: t.type, rate: t.rate, value: t.value, unit }, locale) ??
          fill(phrases[t.type] ?? "{v}", { v: formatValue(t.value, unit, locale) })}
        <span className="muted small">{year(t.year)}</span>
      </>
    ) : (
      "—"
    );
  return (
    <section className="card plan-strip" data-testid="plan-strip" data-earlier={strip.earlier.slug} data-later={strip.later.slug}>
      <h2>{st.title}</h2>
      <p className="muted small">
        {fill(st.intro, { earlier: L ? strip.earlier.nameZh : strip.earlier.nameEn, later: L ? strip.later.nameZh : strip.later.nameEn })}
      </p>
      {/* scrolls sideways on a phone: focusable so a keyboard can scroll it */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={st.title}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{st.indicator}</th>
              <th scope="col">{fill(st.earlierBase, { plan: e })}</th>
              <th scope="col">{fill(st.earlierTarget, { plan: e })}</th>
              <th scope="col">{fill(st.earlierResult, { plan: e })}</th>
              <th scope="col">{fill(st.laterBase, { plan: l })}</th>
              <th scope="col">{fill(st.laterTarget, { plan: l })}</th>
            </tr>
          </thead>
          <tbody>
            {strip.rows.map((r) => {
              const ind = indicators.get(r.indicator);
              const unit = ind?.unit ?? "";
              const region = regionNames.get(r.region);
              return (
                <tr key={`${r.indicator}|${r.region}`} data-indicator={r.indicator}>
                  <th scope="row">
                    {ind ? (L ? ind.nameZh : ind.nameEn) : r.indicator}
                    {region ? <div className="muted small">{L ? region.nameZh : region.nameEn}</div> : null}
                  </th>
                  <td>{figure(r.earlier.baseline, unit)}</td>
                  <td>{target(r.earlier.target, unit)}</td>
                  <td>
                    {r.earlier.result ? (
                      <>
                        <StatusChip status={r.earlier.result.status} locale={locale} /> {figure(r.earlier.result.basis, unit)}
                      </>
                    ) : r.earlier.observed ? (
                      <>
                        {figure(r.earlier.observed, unit)} <span className="muted small">{st.observed}</span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>{figure(r.later.baseline, unit)}</td>
                  <td>{target(r.later.target, unit)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
