import { getDictionary } from "@/lib/i18n/server-locale";

/**
 * What a data page shows while its queries run (a route's loading.tsx): the page's
 * shape in grey, and one "Loading…" for screen readers, so a click is answered at once.
 */
export async function PageSkeleton({ blocks = 2 }: { blocks?: number }) {
  const { t } = await getDictionary();
  return (
    <div className="skeleton" role="status" aria-busy="true" data-testid="page-skeleton">
      <span className="sr-only">{t.common.loading}</span>
      <div className="skeleton__line skeleton__line--title" aria-hidden="true" />
      <div className="skeleton__line" style={{ width: "70%" }} aria-hidden="true" />
      {Array.from({ length: blocks }, (_, i) => (
        <div className="skeleton__block" key={i} aria-hidden="true" />
      ))}
    </div>
  );
}
