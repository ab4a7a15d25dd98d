import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { Message } from "@/lib/i18n/message";
import { formatNumber } from "@/lib/format";

export interface ImportResponse {
  created: number;
  updated: number;
  unchanged: number;
  rows: number;
  totalErrors?: number;
  errors: { row: number; column: string; value: string; message: Message }[];
  fileErrors?: Message[];
  warnings?: Message[];
  /** rows whose figures look implausible (same rules as the entry form) */
  rowWarnings?: { row: number; column: string; value: string; message: Message }[];
  totalWarnings?: number;
  preview?: { row: number; status: "new" | "changed" | "unchanged"; region: string; indicator: string; year: number; value: number }[];
  /** XLSX: the worksheet read, and every worksheet with whether its header matches */
  sheet?: string;
  sheets?: { name: string; matches: boolean }[];
}

type Line = { row: number; status: string; region: string; indicator: string; year: string; value: string; messages: string[] };

/** What a dry run found: file problems, then one line per row (errors in place, with their messages). */
export function ImportPreviewTable({
  body,
  t,
  locale,
  names,
}: {
  body: ImportResponse;
  t: Dictionary["entry"]["import"];
  locale: Locale;
  names: Record<string, string>;
}) {
  const lines = new Map<number, Line>();
  for (const p of body.preview ?? []) {
    lines.set(p.row, {
      row: p.row,
      status: p.status,
      region: names[p.region] ?? p.region,
      indicator: names[`indicator:${p.indicator}`] ?? p.indicator,
      year: String(p.year),
      value: formatNumber(p.value, locale, 4),
      messages: [],
    });
  }
  for (const e of body.errors) {
    const line = lines.get(e.row) ?? { row: e.row, status: "error", region: "", indicator: "", year: "", value: "", messages: [] };
    line.status = "error";
    line.messages.push(e.message[locale]);
    lines.set(e.row, line);
  }
  for (const w of body.rowWarnings ?? []) {
    const line = lines.get(w.row);
    if (!line || line.status === "error") continue;
    line.status = "warning";
    line.messages.push(w.message[locale]);
  }
  const sorted = [...lines.values()].sort((a, b) => a.row - b.row);
  const total = body.totalErrors ?? body.errors.length;
  const rowWarnings = body.rowWarnings ?? [];
  const totalWarnings = body.totalWarnings ?? rowWarnings.length;
  return (
    <section className="grid" data-testid="import-preview">
      {body.fileErrors && body.fileErrors.length > 0 ? (
        <div className="form-error" role="alert" data-testid="file-errors">
          <strong>{t.fileErrorsTitle}</strong>
          <ul>
            {body.fileErrors.map((m) => (
              <li key={m.en}>{m[locale]}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {total > 0 ? (
        <div className="form-error" role="alert" data-testid="row-errors">
          <strong>{fill(t.errorsTitle, { n: String(total) })}</strong>
          <ul>
            {body.errors.map((e) => (
              <li key={`${e.row}-${e.column}`}>{e.message[locale]}</li>
            ))}
          </ul>
          {total > body.errors.length ? <p>{fill(t.moreErrors, { n: String(total - body.errors.length) })}</p> : null}
        </div>
      ) : null}
      {total === 0 && totalWarnings > 0 ? (
        <div className="form-warning" role="alert" data-testid="row-warnings">
          <strong>{fill(t.warningsTitle, { n: String(totalWarnings) })}</strong>
          <ul>
            {rowWarnings.map((w) => (
              <li key={w.row}>{w.message[locale]}</li>
            ))}
          </ul>
          {totalWarnings > rowWarnings.length ? <p>{fill(t.moreWarnings, { n: String(totalWarnings - rowWarnings.length) })}</p> : null}
        </div>
      ) : null}
      {body.warnings && body.warnings.length > 0 ? (
        <div className="form-warning">
          <strong>{t.notes}</strong>
          <ul>
            {body.warnings.map((m) => (
              <li key={m.en}>{m[locale]}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {total === 0 && !body.fileErrors?.length ? (
        <p className="muted">{fill(t.counts, { created: String(body.created), updated: String(body.updated), unchanged: String(body.unchanged) })}</p>
      ) : null}
      {sorted.length > 0 ? (
        <>
          <h2>{t.previewTitle}</h2>
          {(body.preview?.length ?? 0) < body.rows - body.errors.length ? (
            <p className="muted small">{fill(t.previewLimited, { n: String(body.preview?.length ?? 0) })}</p>
          ) : null}
          <div className="table-wrap">
            <table className="data" data-testid="preview-table">
              <thead>
                <tr>
                  <th className="num">{t.row}</th>
                  <th>{t.status}</th>
                  <th>{t.what}</th>
                  <th className="num">{t.year}</th>
                  <th className="num">{t.value}</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((l) => (
                  <tr key={l.row} className={l.status === "error" ? "is-error" : l.status === "warning" ? "is-warning" : undefined}>
                    <td className="num">{l.row}</td>
                    <td>
                      <span className={`tag status-tag--${l.status}`}>{t.statuses[l.status] ?? l.status}</span>
                    </td>
                    <td>
                      {l.messages.length > 0 ? (
                        l.messages.map((m) => (
                          <div key={m} className="small">
                            {m}
                          </div>
                        ))
                      ) : (
                        <>
                          {l.region} · {l.indicator}
                        </>
                      )}
                    </td>
                    <td className="num">{l.year}</td>
                    <td className="num">{l.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
