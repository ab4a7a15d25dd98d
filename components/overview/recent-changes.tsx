import Link from "next/link";
import type { RecentChange } from "@/lib/data/recent-changes";
import { formatDate, formatValue } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { localName } from "@/lib/i18n/locale";
import type { LandingStrings } from "@/lib/i18n/strings/landing";

/** The few biggest recent changes: old → new value, each linked to its indicator's progress page. */
export function RecentChanges({ changes, s, locale }: { changes: RecentChange[]; s: LandingStrings; locale: Locale }) {
  if (changes.length === 0) return <p className="empty">{s.changesEmpty}</p>;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="recent-changes">
        <thead>
          <tr>
            <th scope="col">{s.indicator}</th>
            <th scope="col">{s.region}</th>
            <th scope="col">{s.year}</th>
            <th scope="col">{s.change}</th>
            <th scope="col">{s.when}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={`/progress/indicators/${c.indicator.code}#r-${c.region.adcode}`}>{localName(locale, c.indicator)}</Link>
              </td>
              <td>{localName(locale, c.region)}</td>
              <td>{c.year}</td>
              <td>
                {c.oldValue === null ? (c.kind === "created" ? s.created : s.none) : formatValue(c.oldValue, c.indicator.unit, locale)}
                {" → "}
                {c.newValue === null ? s.retracted : formatValue(c.newValue, c.indicator.unit, locale)}
              </td>
              <td className="small">{formatDate(c.createdAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
