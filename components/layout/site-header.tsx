import Link from "next/link";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locale";
import type { Actor } from "@/lib/permissions";
import { can } from "@/lib/permissions";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { compactNav, type NavEntry } from "@/components/layout/nav-items";
import { SiteNav } from "@/components/layout/site-nav";
import { UserMenu } from "@/components/layout/user-menu";
import { PlanSwitch } from "@/components/layout/plan-switch";
import { listPlanChoices } from "@/lib/data/plan-list";
import { plansStrings } from "@/lib/i18n/strings/plans";

export async function SiteHeader({ t, locale, actor }: { t: Dictionary; locale: Locale; actor: Actor }) {
  const user = actor.kind === "user" ? actor : null;
  const n = t.nav;
  const ps = plansStrings[locale];
  // the plans to switch between; the default is the one an admin marked (else the first), as selectPlan reads it
  const plans = user ? await listPlanChoices(actor) : [];
  const defaultPlan = plans.find((p) => p.isDefault) ?? plans[0];
  // links to pages the actor may not use are hidden for comfort; the data layer enforces
  const entries: NavEntry[] = user
    ? compactNav([
        { href: "/", label: n.overview },
        {
          id: "plan",
          label: n.groups.plan,
          links: [
            { href: "/plans", label: ps.list.title },
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
            { href: "/rounds", label: t.rounds.nav.rounds },
            { href: "/warnings", label: t.rounds.nav.warnings },
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
            {defaultPlan ? (
              <PlanSwitch
                plans={plans.map((p) => ({
                  slug: p.slug,
                  label: `${p.short[locale]} · ${locale === "zh" ? p.nameZh : p.nameEn}${p.isDefault ? ps.switcher.defaultMark : ""}`,
                }))}
                defaultSlug={defaultPlan.slug}
                labels={{ label: ps.switcher.label, apply: ps.switcher.apply }}
              />
            ) : null}
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
