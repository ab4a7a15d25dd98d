"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { createShareAction, revokeShareAction } from "@/lib/actions/reports";
import { formatDateTime } from "@/lib/format";
import type { ShareLinkSummary } from "@/lib/data/share-links";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";

type Expiry = "7" | "30" | "90" | "custom" | "never";

function expiresAt(choice: Expiry, customDate: string): string | null | undefined {
  if (choice === "30") return undefined; // the server's default
  if (choice === "never") return null;
  if (choice === "custom") return customDate ? new Date(`${customDate}T23:59:59+08:00`).toISOString() : undefined;
  return new Date(Date.now() + Number(choice) * 86_400_000).toISOString();
}

/** What a refused share action says: the data layer's message, or `invalid` for a refused input (the expiry). */
function failureText(state: ActionState<unknown>, invalid: string): string {
  return state.status === "error" ? state.message : invalid;
}

const when = (iso: string | null, locale: Locale, none: string) => (iso ? formatDateTime(iso, locale) : none);

/** The owner's (or an admin's) share links of a report: create, copy once, revoke. */
export function SharePanel({
  reportId,
  links,
  mayNeverExpire,
  t,
  locale,
}: {
  reportId: number;
  links: ShareLinkSummary[];
  mayNeverExpire: boolean;
  t: Dictionary["reports"];
  locale: Locale;
}) {
  const s = t.share;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [choice, setChoice] = useState<Expiry>("30");
  const [customDate, setCustomDate] = useState("");
  const [allowExport, setAllowExport] = useState(true);
  const [newUrl, setNewUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = () =>
    startTransition(async () => {
      setError(null);
      const res = await createShareAction(idleState(), { reportId, expiresAt: expiresAt(choice, customDate), allowExport });
      if (res.status !== "done" || !res.data) return setError(failureText(res, s.invalidExpiry));
      setNewUrl(`${window.location.origin}/share/${res.data.token}`);
      setCopied(false);
      router.refresh();
    });
  const revoke = (id: number) => {
    if (!window.confirm(s.revokeConfirm)) return;
    startTransition(async () => {
      const res = await revokeShareAction(idleState(), { linkId: id, reportId });
      if (res.status !== "done") setError(failureText(res, s.invalidExpiry));
      router.refresh();
    });
  };
  const copy = async () => {
    if (!newUrl) return;
    await navigator.clipboard?.writeText(newUrl).catch(() => undefined);
    setCopied(true);
  };

  return (
    <section className="report-section card share-panel no-print" data-testid="share-panel">
      <h2>{s.title}</h2>
      <p className="muted small">{s.intro}</p>
      <div className="field-row">
        <label className="field">
          <span>{s.expiry}</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value as Expiry)} data-testid="share-expiry">
            <option value="7">{s.days7}</option>
            <option value="30">{s.days30}</option>
            <option value="90">{s.days90}</option>
            <option value="custom">{s.custom}</option>
            {mayNeverExpire ? <option value="never">{s.never}</option> : null}
          </select>
        </label>
        {choice === "custom" ? (
          <label className="field">
            <span>{s.custom}</span>
            <input type="date" value={customDate} onChange={(e) => setCustomDate(e.target.value)} />
          </label>
        ) : null}
        <label className="check">
          <input type="checkbox" checked={allowExport} onChange={(e) => setAllowExport(e.target.checked)} data-testid="share-allow-export" />
          {s.allowExport}
        </label>
        <button type="button" className="button" onClick={create} disabled={pending} data-testid="create-share">
          {pending ? s.creating : s.create}
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {newUrl ? (
        <div className="share-new form-ok" data-testid="share-new">
          <span>{s.newLink}</span>
          <input readOnly value={newUrl} data-testid="share-url" onFocus={(e) => e.target.select()} />
          <button type="button" className="button button--ghost" onClick={() => void copy()}>
            {copied ? s.copied : s.copy}
          </button>
        </div>
      ) : null}
      {links.length === 0 ? (
        <p className="empty">{s.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="data" data-testid="share-links">
            <thead>
              <tr>
                <th>{s.created}</th>
                <th>{s.createdBy}</th>
                <th>{s.expires}</th>
                <th>{s.downloads}</th>
                <th className="num">{s.views}</th>
                <th>{s.lastView}</th>
                <th>{s.state}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {links.map((l) => (
                <tr key={l.id} data-testid="share-link-row" data-state={l.state}>
                  <td>{when(l.createdAt, locale, "")}</td>
                  <td>{l.createdBy}</td>
                  <td>{when(l.expiresAt, locale, s.noExpiry)}</td>
                  <td>{l.allowExport ? s.yes : s.no}</td>
                  <td className="num">{l.viewCount}</td>
                  <td>{when(l.lastViewedAt, locale, s.never_viewed)}</td>
                  <td>
                    <span className={`tag share-state share-state--${l.state}`}>{s.states[l.state]}</span>
                  </td>
                  <td>
                    {l.state === "active" ? (
                      <button type="button" className="link-button" onClick={() => revoke(l.id)} disabled={pending} data-testid="revoke-share">
                        {s.revoke}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
