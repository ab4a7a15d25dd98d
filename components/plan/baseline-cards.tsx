import type { ObservationSummary } from "@/lib/data/observations";
import type { IndicatorSummary } from "@/lib/data/indicators";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatValue } from "@/lib/format";

const CARDS: { indicator: string; share?: string }[] = [
  { indicator: "area", share: "area_share_national" },
  { indicator: "resident_population", share: "population_share_national" },
  { indicator: "gdp", share: "gdp_share_national" },
  { indicator: "town_density" },
];

interface Props {
  title: string;
  note: string;
  year?: number; // a fixed year (the base year), or the latest available when absent
  cluster: ObservationSummary[];
  comparisons: ObservationSummary[]; // other regions' town density (west, national)
  indicators: IndicatorSummary[];
  t: Dictionary;
  locale: Locale;
  testId: string;
}

/** Headline figures of the whole cluster: the plan's 2014 baseline, or the latest observed. */
export function BaselineCards({ title, note, year, cluster, comparisons, indicators, t, locale, testId }: Props) {
  const pickObs = (code: string, list = cluster) => {
    const series = list.filter((o) => o.indicator === code && (year === undefined || o.year === year));
    return series.sort((a, b) => b.year - a.year)[0];
  };
  const cards = CARDS.map((c) => ({ ...c, obs: pickObs(c.indicator), shareObs: c.share ? pickObs(c.share) : undefined })).filter((c) => c.obs);
  if (cards.length === 0) return null;
  const name = (code: string) => {
    const i = indicators.find((x) => x.code === code);
    return i ? (locale === "zh" ? i.nameZh : i.nameEn) : code;
  };
  const west = pickObs("town_density", comparisons.filter((o) => o.region.adcode === "CN-WEST"));
  const national = pickObs("town_density", comparisons.filter((o) => o.region.adcode === "100000"));
  return (
    <section data-testid={testId}>
      <h2>{title}</h2>
      <p className="muted small">{note}</p>
      <div className="grid grid--cards">
        {cards.map((c) => (
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
            {c.indicator === "town_density" && west && national ? (
              <div className="stat__sub">{fill(t.overview.townDensityCompare, { west: formatValue(west.value, west.unit, locale), national: formatValue(national.value, national.unit, locale) })}</div>
            ) : null}
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
        ))}
      </div>
    </section>
  );
}
