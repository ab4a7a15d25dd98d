import type { AuditEntryView } from "@/lib/data/audit-log";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/format";

const show = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));

/** Who did what, when, with before/after as recorded (JSON, so nothing is hidden by formatting). */
export function AuditTable({ entries, t, locale }: { entries: AuditEntryView[]; t: Dictionary["admin"]["audit"]; locale: Locale }) {
  if (entries.length === 0) return <p className="empty">{t.empty}</p>;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="audit-table">
        <thead>
          <tr>
            <th>{t.when}</th>
            <th>{t.who}</th>
            <th>{t.what}</th>
            <th>{t.entity}</th>
            <th>{t.change}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="small">{formatDateTime(e.createdAt, locale)}</td>
              <td className="small">{e.actor ? `${e.actor.name} <${e.actor.email}>` : t.system}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td className="small">
                {e.entityType}
                {e.entityId ? ` #${e.entityId}` : ""}
              </td>
              <td>
                <div className="audit-json">
                  {show(e.before)}
                  {e.before !== null && e.after !== null ? " → " : ""}
                  {show(e.after)}
                  {e.meta ? <div>{show(e.meta)}</div> : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
