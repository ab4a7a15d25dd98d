import type { ObservationSummary } from "@/lib/data/observations";
import type { IndicatorSummary } from "@/lib/data/indicators";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";
import type { BaselineCard } from "@/lib/validation/plan-display";

interface Props {
  title: string;
  note: string;
  year?: number; // a fixed year (the base year), or the latest available when absent
  /** The plan's headline cards (Plan.baselineCards). */
  cards: readonly BaselineCard[];
  cluster: ObservationSummary[];
  /** The comparison regions' figures of the cards marked `compare`. */
  comparisons: ObservationSummary[];
  /** The plan's comparison regions, in the order shown (Plan.comparisonRegionCodes). */
  comparisonRegions: readonly string[];
  indicators: IndicatorSummary[];
  t: Dictionary;
  locale: Locale;
  testId: string;
}

/** Headline figures of the whole plan area: the plan's baseline, or the latest observed. */
export function BaselineCards({ title, note, year, cards: config, cluster, comparisons, comparisonRegions, indicators, t, locale, testId }: Props) {
  const pickObs = (code: string, list = cluster) => {
    const series = list.filter((o) => o.indicator === code && (year === undefined || o.year === year));
    return series.sort((a, b) => b.year - a.year)[0];
  };
  const cards = config.map((c) => ({ ...c, obs: pickObs(c.indicator), shareObs: c.share ? pickObs(c.share) : undefined })).filter((c) => c.obs);
  if (cards.length === 0) return null;
  const name = (code: string) => {
    const i = indicators.find((x) => x.code === code);
    return i ? (locale === "zh" ? i.nameZh : i.nameEn) : code;
  };
  // "西部地区 2.5 个/万km²，全国 1.1 个/万km²": each comparison region with its figure, all or none
  const compared = (code: string) => {
    const figures = comparisonRegions.map((region) =>
      pickObs(
        code,
        comparisons.filter((o) => o.region.adcode === region),
      ),
    );
    if (figures.length === 0 || figures.some((o) => !o)) return null;
    return figures
      .map((o) => `${locale === "zh" ? o!.region.nameZh : o!.region.nameEn} ${formatValue(o!.value, o!.unit, locale)}`)
      .join(locale === "zh" ? "，" : ", ");
  };
  return (
    <section data-testid={testId}>
      <h2>{title}</h2>
      <p className="muted small">{note}</p>
      <div className="grid grid--cards">
        {cards.map((c) => {
          const comparison = c.compare ? compared(c.indicator) : null;
          return (
            <div className="card stat" key={c.indicator}>
              <div className="stat__label">
                {name(c.indicator)}
                {year === undefined ? ` · ${c.obs!.year}` : ""}
              </div>
              <div className="stat__value">{formatValue(c.obs!.value, c.obs!.unit, locale)}</div>
              {c.shareObs ? (
                <div className="stat__sub">
                  {t.overview.nationalShare} {formatValue(c.shareObs.value, "%", locale)}
                </div>
              ) : null}
              {comparison ? <div className="stat__sub">{comparison}</div> : null}
              {c.obs!.flags.length > 0 ? (
                <div>
                  {c.obs!.flags.map((f) => (
                    <span key={f} className="tag tag--flag">
                      {t.flags[f] ?? f}
                    </span>
                  ))}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}
