import Link from "next/link";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { NavLinks } from "@/components/layout/nav-links";

export function SiteHeader({ t, locale }: { t: Dictionary; locale: Locale }) {
  const items = [
    { href: "/", label: t.nav.overview },
    { href: "/spatial", label: t.nav.spatial },
    { href: "/regions", label: t.nav.regions },
    { href: "/indicators", label: t.nav.indicators },
  ];
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
        <LanguageSwitch locale={locale} label={t.switchTo} title={t.switchToLabel} />
      </div>
    </header>
  );
}
