/**
 * Rows of a long list per page (the target table, the warnings table): a plan of 50,000
 * targets drawn whole made /indicators an 80 MB page that took 10 s, /warnings 10 MB and 8 s.
 */
export const LIST_PAGE_SIZE = 200;

/** Where page `requested` (1-based; past the end: the last page) of `total` rows falls, `size` rows a page. */
export function pageOf(total: number, requested: number | undefined, size: number) {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, requested ?? 1), pages);
  const skip = (page - 1) * size;
  // 1-based positions of the page's first and last row; 0 and 0 when there is none
  const from = total === 0 ? 0 : skip + 1;
  const to = Math.min(total, skip + size);
  return { page, pages, skip, take: size, from, to };
}
