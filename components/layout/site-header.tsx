import Link from "next/link";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { Actor } from "@/lib/permissions";
import { can } from "@/lib/permissions";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { NavLinks } from "@/components/layout/nav-links";
import { UserMenu } from "@/components/layout/user-menu";

export function SiteHeader({ t, locale, actor }: { t: Dictionary; locale: Locale; actor: Actor }) {
  const user = actor.kind === "user" ? actor : null;
  // links to pages the actor may not use are hidden for comfort; the data layer enforces
  const items = user
    ? [
        { href: "/", label: t.nav.overview },
        { href: "/progress", label: t.nav.progress },
        { href: "/goals", label: t.nav.goals },
        { href: "/spatial", label: t.nav.spatial },
        { href: "/regions", label: t.nav.regions },
        { href: "/indicators", label: t.nav.indicators },
        ...(can(actor, "observation.write") ? [{ href: "/entry", label: t.nav.entry }, { href: "/import", label: t.nav.import }] : []),
        { href: "/reports", label: t.nav.reports },
        ...(can(actor, "user.manage") ? [{ href: "/admin", label: t.nav.admin }] : []),
      ]
    : [];
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
        <NavLinks items={items} />
        {user ? <UserMenu name={user.name} role={t.auth.roles[user.role] ?? user.role} signOutLabel={t.auth.signOut} /> : null}
        <LanguageSwitch locale={locale} label={t.switchTo} title={t.switchToLabel} />
      </div>
    </header>
  );
}
