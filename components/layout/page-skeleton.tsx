/**
 * What the slow part of a data page shows while its queries run: its shape in grey and
 * one "Loading…" for screen readers. Used as a <Suspense> fallback inside a page, after
 * the page has checked the session and looked up what it shows (never as a route's
 * loading.tsx: that starts the response before notFound()/redirect() can set 404/307).
 */
export function PageSkeleton({ label, blocks = 2 }: { label: string; blocks?: number }) {
  return (
    <div className="skeleton" role="status" aria-busy="true" data-testid="page-skeleton">
      <span className="sr-only">{label}</span>
      <div className="skeleton__line skeleton__line--title" aria-hidden="true" />
      <div className="skeleton__line skeleton__line--short" aria-hidden="true" />
      {Array.from({ length: blocks }, (_, i) => (
        <div className="skeleton__block" key={i} aria-hidden="true" />
      ))}
    </div>
  );
}
