"use client";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { hrefWithPlan } from "@/lib/plans/plan-href";
import { useEffect, useRef, useState } from "react";
import { isActiveHref, isGroup, type NavEntry } from "@/components/layout/nav-items";

interface Props {
  entries: NavEntry[];
  labels: { menu: string; close: string; nav: string };
  /** User menu and language switch: at the row's end on desktop, at the drawer's foot on phones. */
  children?: React.ReactNode;
}

/**
 * One markup for both widths: on desktop a row of links and drop-down menus; below
 * 900 px (globals.css) a menu button opens the same list as a drawer, menus expanded.
 */
export function SiteNav({ entries, labels, children }: Props) {
  const pathname = usePathname();
  // the chosen plan (header switcher) travels with every link, so each view stays scoped to it
  const plan = useSearchParams().get("plan");
  const [drawer, setDrawer] = useState(false);
  const [openGroup, setOpenGroup] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);

  // a navigation closes what it opened: reset while rendering the new path (React's
  // "adjusting state when a prop changes"), not in an effect after a first stale render
  const [shownPath, setShownPath] = useState(pathname);
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setDrawer(false);
    setOpenGroup(null);
  }

  useEffect(() => {
    if (!drawer && !openGroup) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpenGroup(null);
      setDrawer(false);
    };
    const onClick = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) {
        setOpenGroup(null);
        setDrawer(false);
      }
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [drawer, openGroup]);

  const link = (href: string, label: string, className: string) => {
    const active = isActiveHref(href, pathname);
    return (
      <Link href={hrefWithPlan(href, plan)} className={active ? `${className} is-active` : className} aria-current={active ? "page" : undefined}>
        {label}
      </Link>
    );
  };

  return (
    <nav ref={ref} className={drawer ? "site-nav is-open" : "site-nav"} aria-label={labels.nav} data-testid="site-nav">
      <button
        type="button"
        className="site-nav__toggle"
        aria-expanded={drawer}
        aria-controls="site-nav-panel"
        onClick={() => setDrawer((d) => !d)}
        data-testid="nav-toggle"
      >
        <span aria-hidden="true" className="site-nav__burger">
          {drawer ? "✕" : "☰"}
        </span>
        {drawer ? labels.close : labels.menu}
      </button>
      <div className="site-nav__panel" id="site-nav-panel">
        <ul className="site-nav__list">
          {entries.map((e) =>
            isGroup(e) ? (
              <li key={e.id} className={openGroup === e.id ? "site-nav__group is-open" : "site-nav__group"}>
                <button
                  type="button"
                  className={
                    e.links.some((l) => isActiveHref(l.href, pathname))
                      ? "site-nav__link site-nav__menu-button is-active"
                      : "site-nav__link site-nav__menu-button"
                  }
                  aria-expanded={openGroup === e.id}
                  aria-controls={`nav-group-${e.id}`}
                  onClick={() => setOpenGroup((g) => (g === e.id ? null : e.id))}
                >
                  {e.label}
                  <span aria-hidden="true" className="site-nav__caret">
                    ▾
                  </span>
                </button>
                <span className="site-nav__heading" aria-hidden="true">
                  {e.label}
                </span>
                <ul className="site-nav__menu" id={`nav-group-${e.id}`} aria-label={e.label}>
                  {e.links.map((l) => (
                    <li key={l.href}>{link(l.href, l.label, "site-nav__item")}</li>
                  ))}
                </ul>
              </li>
            ) : (
              <li key={e.href}>{link(e.href, e.label, "site-nav__link")}</li>
            ),
          )}
        </ul>
        {children ? <div className="site-nav__extras">{children}</div> : null}
      </div>
    </nav>
  );
}
