// The navigation's shape: a few top-level entries, some of them menus. Grouping keeps the
// header on one row at desktop widths in both languages (12 flat items wrapped to two or
// three rows). Pure data so the header (server) builds it and the menu (client) draws it.

interface NavLink {
  href: string;
  label: string;
}

export interface NavGroup {
  id: string;
  label: string;
  links: NavLink[];
}

export type NavEntry = NavLink | NavGroup;

export const isGroup = (e: NavEntry): e is NavGroup => "links" in e;

/** "/" only matches itself; other links match their subpages too. */
export function isActiveHref(href: string, pathname: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** Groups with no link are dropped; a group with one link becomes that link. */
export function compactNav(entries: NavEntry[]): NavEntry[] {
  return entries.flatMap((e): NavEntry[] => (!isGroup(e) || e.links.length > 1 ? [e] : e.links.slice(0, 1)));
}
