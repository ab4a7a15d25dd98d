import type { AuditEntryView } from "@/lib/data/audit-log";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/format";
import { auditDiff } from "@/lib/audit/diff";
import { auditActionLabel } from "@/lib/i18n/strings/audit-actions";
import { textLang } from "@/lib/i18n/text-lang";

const show = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));

/** The changed fields as a small field/before/after table; meta (context, not a change) stays as JSON. */
function AuditChange({ e, t }: { e: AuditEntryView; t: Dictionary["admin"]["audit"] }) {
  const rows = auditDiff(e.before, e.after);
  return (
    <>
      {rows.length > 0 ? (
        <table className="audit-diff" data-testid="audit-diff">
          <thead>
            <tr>
              <th scope="col">{t.field}</th>
              <th scope="col">{t.before}</th>
              <th scope="col">{t.after}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field}>
                <th scope="row">{r.field}</th>
                {/* recorded values are data in whatever language they were written */}
                <td lang={textLang(r.before)}>{r.before === "" ? "—" : r.before}</td>
                <td lang={textLang(r.after)}>{r.after === "" ? "—" : r.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {e.meta ? (
        <div className="audit-json" lang={textLang(show(e.meta))}>
          {show(e.meta)}
        </div>
      ) : null}
    </>
  );
}

/** Who did what, when; the action by its readable name (code kept in the title), changes as a field table. */
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
              <td className="small" lang={e.actor ? textLang(e.actor.name) : undefined}>
                {e.actor ? `${e.actor.name} <${e.actor.email}>` : t.system}
              </td>
              <td>
                <span title={e.action} data-action={e.action}>
                  {auditActionLabel(e.action, locale)}
                </span>
              </td>
              <td className="small" lang={textLang(e.entityId)}>
                {e.entityType}
                {e.entityId ? ` #${e.entityId}` : ""}
              </td>
              <td>
                <AuditChange e={e} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
