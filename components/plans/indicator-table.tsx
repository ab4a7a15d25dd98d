import { StatusChip } from "@/components/progress/status-chip";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { PlansStrings } from "@/lib/i18n/strings/plans";
import { formatValue } from "@/lib/format";
import { changeWording } from "@/lib/plans/change-wording";
import type { IndicatorTableGroup, IndicatorTableRow } from "@/lib/plans/indicator-table";

interface Props {
  groups: IndicatorTableGroup[];
  caption: string;
  s: PlansStrings;
  /** "不低于{v}", "控制在{v}以内"…: how a level target reads with its value (dictionary targetPhrases). */
  phrases: Record<string, string>;
  locale: Locale;
}

/**
 * A plan's 主要指标 table as Chinese plans print it: 指标 | 基期值 | 目标值 | 年均增长/累计 |
 * 属性 | 最新值 | 状态, one body per goal area. Figures through lib/format.ts; the status
 * is the evaluation's (the same chip as /progress).
 */
export function IndicatorTable({ groups, caption, s, phrases, locale }: Props) {
  const t = s.table;
  const rows = groups.flatMap((g) => g.rows);
  if (rows.length === 0) return <p className="empty">{t.empty}</p>;
  const byRegion = rows.some((r) => !r.wholeArea);
  return (
    <>
      {byRegion ? <p className="muted small">{t.regionNote}</p> : null}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <table className="data indicator-table" data-testid="indicator-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.indicator}</th>
              <th scope="col" className="num">
                {t.baseline}
              </th>
              <th scope="col" className="num">
                {t.target}
              </th>
              <th scope="col">{t.change}</th>
              <th scope="col">{t.attribute}</th>
              <th scope="col" className="num">
                {t.latest}
              </th>
              <th scope="col">{t.status}</th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.key}>
              {groups.length > 1 || g.title ? (
                <tr className="indicator-table__group">
                  <th scope="colgroup" colSpan={7}>
                    {g.title ? g.title[locale] : t.otherGoals}
                  </th>
                </tr>
              ) : null}
              {g.rows.map((r) => (
                <Row key={r.targetId} r={r} s={s} phrases={phrases} locale={locale} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}

function Row({ r, s, phrases, locale }: { r: IndicatorTableRow; s: PlansStrings; phrases: Record<string, string>; locale: Locale }) {
  const L = locale === "zh";
  const v = (x: number) => formatValue(x, r.unit, locale);
  const year = (y: number) => (L ? `（${y}年）` : ` (${y})`);
  const implied = r.kind === "growth_rate" || r.kind === "reduction";
  return (
    <tr data-testid="indicator-row" data-indicator={r.indicator} data-region={r.region.adcode} data-status={r.status}>
      <th scope="row">
        {L ? r.indicatorNameZh : r.indicatorNameEn}
        {r.wholeArea ? null : <div className="muted small">{L ? r.region.nameZh : r.region.nameEn}</div>}
      </th>
      <td className="num">
        {r.baseline ? (
          <>
            {v(r.baseline.value)}
            <span className="muted small">{year(r.baseline.year)}</span>
          </>
        ) : (
          "—"
        )}
      </td>
      <td className="num">
        {r.kind === "level" ? fill(phrases[r.targetType] ?? "{v}", { v: v(r.targetValue) }) : v(r.targetValue)}
        <span className="muted small">
          {year(r.targetYear)}
          {implied ? (L ? `${s.table.implied}` : ` ${s.table.implied}`) : null}
        </span>
      </td>
      <td>{changeWording({ kind: r.kind, type: r.targetType, rate: r.rate, value: r.targetValue, unit: r.unit }, locale) ?? "—"}</td>
      <td>{r.attribute ? s.attribute[r.attribute] : "—"}</td>
      <td className="num">
        {r.latest ? (
          <>
            {v(r.latest.value)}
            <span className="muted small">{year(r.latest.year)}</span>
          </>
        ) : (
          "—"
        )}
      </td>
      <td>
        <StatusChip status={r.status} locale={locale} />
      </td>
    </tr>
  );
}

export const indicatorTableCaption = (s: PlansStrings, plan: string, year: number) => fill(s.table.caption, { plan, year: String(year) });
