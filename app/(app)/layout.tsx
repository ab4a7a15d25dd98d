import { Suspense } from "react";
import { OutageNotice } from "@/components/layout/outage-notice";
import { SiteHeader } from "@/components/layout/site-header";
import { noteDatabaseError } from "@/lib/api/db-unavailable";
import { getRequestActor } from "@/lib/auth/page-actor";
import { getDictionary } from "@/lib/i18n/server-locale";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getDictionary();
  // only to choose which links to show; every page and query checks the actor itself
  // with the database down the shell still renders (sign-in, static pages) with a
  // notice; a page that needs data fails on its own into error.tsx
  const { actor, dbDown } = await getRequestActor().then(
    (actor) => ({ actor, dbDown: false }),
    (e: unknown) => {
      if (!noteDatabaseError(e)) throw e;
      return { actor: { kind: "anonymous" } as const, dbDown: true };
    },
  );
  return (
    <>
      <Suspense>
        <SiteHeader t={t} locale={locale} actor={actor} />
      </Suspense>
      <main id="main" className="page">
        <OutageNotice locale={locale} down={dbDown} />
        {children}
      </main>
      <footer className="site-footer">
        {t.appName} · {locale === "zh" ? "数据以来源为准，数值单位见各表" : "Figures as published by their sources; units as shown"}
      </footer>
    </>
  );
}
