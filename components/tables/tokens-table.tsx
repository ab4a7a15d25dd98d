import type { TokenSummary } from "@/lib/data/api-tokens";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/format";
import { RevokeTokenButton } from "@/components/forms/token-forms";

export function TokensTable({ tokens, t, locale }: { tokens: TokenSummary[]; t: Dictionary["admin"]["tokens"]; locale: Locale }) {
  if (tokens.length === 0) return <p className="empty">{t.empty}</p>;
  // a server component: it renders once per request and never re-renders on the client,
  // so reading the clock here cannot make two renders disagree
  // eslint-disable-next-line react-hooks/purity
  const now = Date.now();
  return (
    <div className="table-wrap">
      <table className="data" data-testid="tokens-table">
        <thead>
          <tr>
            <th>{t.name}</th>
            <th>{t.prefix}</th>
            <th>{t.created}</th>
            <th title={t.lastUsedHint}>{t.lastUsed}</th>
            <th>{t.expires}</th>
            <th>{t.status}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tokens.map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td>
                <code>{k.prefix}…</code>
              </td>
              <td className="small">{formatDateTime(k.createdAt, locale)}</td>
              <td className="small">{k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : t.never}</td>
              <td className="small">{k.expiresAt ? formatDateTime(k.expiresAt, locale) : t.noExpiry}</td>
              <td>
                {k.revokedAt ? (
                  <span className="tag tag--flag">{t.revoked}</span>
                ) : isExpired(k, now) ? (
                  <span className="tag tag--flag">{t.expired}</span>
                ) : (
                  <span className="tag">{t.active}</span>
                )}
              </td>
              <td>{k.revokedAt ? null : <RevokeTokenButton id={k.id} t={t} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const isExpired = (k: TokenSummary, now: number) => k.expiresAt !== null && Date.parse(k.expiresAt) <= now;
