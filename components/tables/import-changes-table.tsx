"use client";
import { useState } from "react";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { Message } from "@/lib/i18n/message";

interface ChangeRow {
  row: number;
  key: number;
  cell?: string;
  status: string;
  region: string;
  indicator: string;
  year: number;
  value: number;
  valueAsEntered: string;
  unitAsEntered: string;
  old?: { value: number | null; valueAsEntered: string | null; unitAsEntered: string | null; source: string };
  conflict?: string;
}

export interface ChangesBody {
  preview?: ChangeRow[];
  skipped?: { row: number; reason: string; text: string; reasonText: Message }[];
  totalSkipped?: number;
  totalConflicts?: number;
}

const asWritten = (value: string | null | undefined, unit: string | null | undefined) => `${value ?? "—"}${unit ? ` ${unit}` : ""}`;

/**
 * The preview of a yearbook table, one line per figure (a row holds several): its cell,
 * outcome, and for a changed figure old → new as both were written, with their units.
 * Figures that would overwrite a newer correction are left out unless ticked.
 */
export function ImportChangesTable({
  body,
  t,
  locale,
  names,
  overwrite,
  onOverwrite,
}: {
  body: ChangesBody;
  t: Dictionary["importTable"];
  locale: Locale;
  names: Record<string, string>;
  overwrite: readonly number[];
  onOverwrite: (keys: number[]) => void;
}) {
  const [filter, setFilter] = useState("all");
  const rows = body.preview ?? [];
  const shown = filter === "all" ? rows : rows.filter((r) => r.status === filter);
  const statuses = [...new Set(rows.map((r) => r.status))];
  const unticked = rows.filter((r) => r.status === "conflict" && !overwrite.includes(r.key)).length;
  const skipped = body.skipped ?? [];
  return (
    <section className="grid" data-testid="import-changes">
      <h2>{t.changesTitle}</h2>
      {(body.totalConflicts ?? 0) > 0 ? (
        <div className="form-warning" role="alert" data-testid="conflicts">
          <p>{t.conflictHelp}</p>
          {unticked > 0 ? <p>{fill(t.heldBack, { n: String(unticked) })}</p> : null}
        </div>
      ) : null}
      <label className="field">
        <span>{t.filter}</span>
        <select data-testid="changes-filter" value={filter} onChange={(e) => setFilter(e.target.value)}>
          <option value="all">{t.all}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t.statuses[s] ?? s}
            </option>
          ))}
        </select>
      </label>
      <div className="table-wrap">
        <table className="data" data-testid="changes-table">
          <thead>
            <tr>
              <th>{t.cell}</th>
              <th>{t.status}</th>
              <th>{t.what}</th>
              <th className="num">{t.year2}</th>
              <th className="num">{t.oldNew}</th>
              <th>{t.overwrite}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.key} className={r.status === "conflict" ? "is-warning" : undefined}>
                <td>{r.cell ?? r.row}</td>
                <td>
                  <span className={`tag status-tag--${r.status === "conflict" ? "warning" : r.status}`}>{t.statuses[r.status] ?? r.status}</span>
                  {r.conflict ? <div className="small muted">{t.conflictReasons[r.conflict] ?? r.conflict}</div> : null}
                </td>
                <td>
                  {names[r.region] ?? r.region} · {names[`indicator:${r.indicator}`] ?? r.indicator}
                </td>
                <td className="num">{r.year}</td>
                <td className="num" data-testid="old-new">
                  {r.old && r.status !== "new" && r.status !== "unchanged"
                    ? `${asWritten(r.old.valueAsEntered ?? (r.old.value === null ? null : String(r.old.value)), r.old.unitAsEntered)} → `
                    : ""}
                  {asWritten(r.valueAsEntered, r.unitAsEntered)}
                </td>
                <td>
                  {r.status === "conflict" || r.conflict ? (
                    <input
                      type="checkbox"
                      aria-label={`${t.overwrite} ${r.cell ?? r.row}`}
                      data-testid={`overwrite-${r.key}`}
                      checked={overwrite.includes(r.key)}
                      onChange={(e) => onOverwrite(e.target.checked ? [...overwrite, r.key] : overwrite.filter((k) => k !== r.key))}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {skipped.length > 0 ? (
        <details data-testid="skipped-rows">
          <summary>{fill(t.skippedTitle, { n: String(body.totalSkipped ?? skipped.length) })}</summary>
          <ul className="small">
            {skipped.map((s) => (
              <li key={s.row}>
                {t.row} {s.row}: {s.reasonText[locale]}
                {s.text ? <span lang="zh-CN"> — {s.text}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
