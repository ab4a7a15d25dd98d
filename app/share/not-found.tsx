import { getDictionary } from "@/lib/i18n/server-locale";

/** The one answer for unknown, revoked and expired links: it says nothing about which. */
export default async function ShareNotFound() {
  const { t } = await getDictionary();
  return (
    <div className="card share-not-found" data-testid="share-not-found">
      <h1>{t.reports.shared.notFoundTitle}</h1>
      <p className="muted">{t.reports.shared.notFoundBody}</p>
    </div>
  );
}
