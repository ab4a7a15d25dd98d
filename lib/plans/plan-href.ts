// Where the plan switcher and the navigation links go: the same page with `?plan=<slug>`
// (other parameters kept: the day, the map colouring…), so every view stays scoped to the
// chosen plan. A page about one plan by its path (/plans/<slug>) goes to the other plan's
// page. Pure, for the client header and its test.

/** The current page for another plan. */
export function switchPlanHref(pathname: string, search: string, slug: string): string {
  const m = /^\/plans\/[^/]+(\/.*)?$/.exec(pathname);
  if (m) return `/plans/${encodeURIComponent(slug)}`;
  const params = new URLSearchParams(search);
  params.set("plan", slug);
  return `${pathname}?${params.toString()}`;
}

/** A navigation link carrying the chosen plan; unchanged when none is chosen (the default plan). */
export function hrefWithPlan(href: string, plan: string | null): string {
  if (!plan) return href;
  const [path, hash] = href.split("#", 2) as [string, string | undefined];
  const sep = path.includes("?") ? "&" : "?";
  return `${path}${sep}plan=${encodeURIComponent(plan)}${hash !== undefined ? `#${hash}` : ""}`;
}

/** The plan a page names in its path (/plans/<slug>), else null. */
export function planInPath(pathname: string): string | null {
  const m = /^\/plans\/([^/]+)/.exec(pathname);
  return m ? decodeURIComponent(m[1]!) : null;
}
