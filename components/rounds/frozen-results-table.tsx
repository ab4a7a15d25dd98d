import { StatusChip } from "@/components/progress/status-chip";
import type { RoundResults } from "@/lib/data/round-freeze";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatCompletion, formatPlainNumber } from "@/lib/progress/format";
import type { ProgressStatus } from "@/lib/progress/types";
import "./rounds.css";

type Names = ReadonlyMap<number, { indicatorNameZh: string; indicatorNameEn: string; region: { nameZh: string; nameEn: string } }>;

/**
 * The round's frozen results; a target revised since the freeze keeps its frozen status and
 * figure, with the live reading beside it under "revised since the round".
 */
export function FrozenResultsTable({ results, names, t, locale }: { results: RoundResults; names: Names; t: Dictionary["rounds"]["round"]; locale: Locale }) {
  const L = locale === "zh";
  const revised = new Map(results.revisedSince.map((r) => [r.targetId, r]));
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t.frozenStatus}>
      <table className="data" data-testid="frozen-results">
        <thead>
          <tr>
            <th>{t.indicator}</th>
            <th>{t.region}</th>
            <th>{t.frozenStatus}</th>
            <th>{t.basis}</th>
            <th>{t.completeness}</th>
            <th>{t.revised}</th>
          </tr>
        </thead>
        <tbody>
          {results.entries.map((e) => {
            const n = names.get(e.targetId);
            const r = revised.get(e.targetId);
            return (
              <tr key={e.targetId} data-target={e.targetId}>
                <td>{n ? (L ? n.indicatorNameZh : n.indicatorNameEn) : e.indicator}</td>
                <td>{n ? (L ? n.region.nameZh : n.region.nameEn) : e.region.nameZh}</td>
                <td>
                  <StatusChip status={e.status} locale={locale} />
                </td>
                <td>{e.basis ? `${formatPlainNumber(e.basis.value)} (${e.basis.year})` : "—"}</td>
                <td>{formatCompletion(e.completion)}</td>
                <td data-revised={r ? "true" : "false"}>
                  {r ? (
                    <>
                      <span className="revised-tag">{t.revised}</span> {t.liveNow} <StatusChip status={r.live.status as ProgressStatus} locale={locale} />
                      {r.live.basis ? ` ${formatPlainNumber(r.live.basis.value)} (${r.live.basis.year})` : ""}
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
