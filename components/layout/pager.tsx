import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";

/**
 * Which rows of a long list a page shows ("第 201–400 项，共 50,000 项") and the links to
 * the pages before and after it. `href(n)` is page n's URL, with the list's filters kept.
 */
export function Pager({ paging, href, t, testId }: { paging: { page: number; pages: number }; href: (page: number) => string; t: Dictionary; testId: string }) {
  const { page, pages } = paging;
  if (pages <= 1) return null;
  return (
    <nav className="chips" aria-label={t.common.pages} data-testid={testId}>
      {page > 1 ? (
        <Link className="chip" href={href(page - 1)} rel="prev">
          {t.common.previousPage}
        </Link>
      ) : null}
      <span className="muted small">
        {page} / {pages}
      </span>
      {page < pages ? (
        <Link className="chip" href={href(page + 1)} rel="next">
          {t.common.nextPage}
        </Link>
      ) : null}
    </nav>
  );
}

/** "第 {from}–{to} 项，共 {total} 项" of a page of a list. */
export function shownOf(t: Dictionary, locale: Locale, paging: { from: number; to: number }, total: number): string {
  const n = (x: number) => formatNumber(x, locale, 0);
  return fill(t.common.shownOf, { from: n(paging.from), to: n(paging.to), total: n(total) });
}
