import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatNumber, formatValue } from "@/lib/format";
import type { TargetSummary } from "@/lib/data/targets";
import Link from "next/link";

/** How many outlook targets the card lists; the rest are a link away (the target list, filtered to that year). */
export const OUTLOOK_SHOWN = 20;

/**
 * The quantified outlook targets (year = the plan's outlook year) admins have entered:
 * the first OUTLOOK_SHOWN of `total`. The plan itself words its 2030 outlook
 * qualitatively, so usually there are none and the card says so rather than inventing figures.
 */
export function OutlookTargets({
  targets,
  total,
  outlookYear,
  listHref,
  t,
  locale,
}: {
  targets: readonly TargetSummary[];
  total: number;
  outlookYear: number;
  listHref: string;
  t: Dictionary;
  locale: Locale;
}) {
  const L = locale === "zh";
  if (targets.length === 0)
    return (
      <p className="muted small" data-testid="outlook-targets-none">
        {fill(t.planSettings.outlookNone, { year: String(outlookYear) })}
      </p>
    );
  return (
    <div className="card" data-testid="outlook-targets">
      <div className="eyebrow">{t.planSettings.outlookTarget}</div>
      <ul className="small">
        {targets.map((x) => (
          <li key={x.id} data-testid="outlook-target">
            {L ? x.region.nameZh : x.region.nameEn} · {L ? x.indicatorNameZh : x.indicatorNameEn}
            {t.colon}
            {outlookYear} {fill(t.targetPhrases[x.type] ?? "{v}", { v: formatValue(x.value, x.unit, locale) })}
          </li>
        ))}
      </ul>
      {total > targets.length ? (
        <p className="small">
          <Link href={listHref} data-testid="outlook-targets-all">
            {fill(t.planSettings.outlookAll, { n: formatNumber(total, locale, 0) })}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
