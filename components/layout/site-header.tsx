import Link from "next/link";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { Actor } from "@/lib/permissions";
import { can } from "@/lib/permissions";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { compactNav, type NavEntry } from "@/components/layout/nav-items";
import { SiteNav } from "@/components/layout/site-nav";
import { UserMenu } from "@/components/layout/user-menu";

export function SiteHeader({ t, locale, actor }: { t: Dictionary; locale: Locale; actor: Actor }) {
  const user = actor.kind === "user" ? actor : null;
  const n = t.nav;
  // links to pages the actor may not use are hidden for comfort; the data layer enforces
  const entries: NavEntry[] = user
    ? compactNav([
        { href: "/", label: n.overview },
        {
          id: "plan",
          label: n.groups.plan,
          links: [
            { href: "/spatial", label: n.spatial },
            { href: "/indicators", label: n.indicators },
            { href: "/regions", label: n.regions },
          ],
        },
        {
          id: "monitor",
          label: n.groups.monitor,
          links: [
            { href: "/progress", label: n.progress },
            { href: "/goals", label: n.goals },
          ],
        },
        {
          id: "data",
          label: n.groups.data,
          links: [
            ...(can(actor, "observation.write")
              ? [
                  { href: "/entry", label: n.entry },
                  { href: "/import", label: n.import },
                ]
              : []),
            ...(can(actor, "submission.create") ? [{ href: "/submissions", label: t.submissions.nav.mine }] : []),
            ...(can(actor, "submission.review") ? [{ href: "/review", label: t.submissions.nav.review }] : []),
          ],
        },
        { href: "/reports", label: n.reports },
        ...(can(actor, "user.manage") ? [{ href: "/admin", label: n.admin }] : []),
      ])
    : [];
  const languageSwitch = <LanguageSwitch locale={locale} label={t.switchTo} title={t.switchToLabel} />;
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            ◐
          </span>
          <span className="brand__name">{t.appName}</span>
          <span className="brand__tagline">{t.appTagline}</span>
        </Link>
        {user ? (
          <SiteNav entries={entries} labels={{ menu: n.menu, close: n.closeMenu, nav: n.label }}>
            <UserMenu name={user.name} role={t.auth.roles[user.role] ?? user.role} signOutLabel={t.auth.signOut} />
            {languageSwitch}
          </SiteNav>
        ) : (
          <div className="site-header__end">{languageSwitch}</div>
        )}
      </div>
    </header>
  );
}
