import { Suspense } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { getRequestActor } from "@/lib/auth/page-actor";
import { getDictionary } from "@/lib/i18n/server-locale";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getDictionary();
  // only to choose which links to show; every page and query checks the actor itself
  const actor = await getRequestActor();
  return (
    <>
      <Suspense>
        <SiteHeader t={t} locale={locale} actor={actor} />
      </Suspense>
      <main id="main" className="page">
        {children}
      </main>
      <footer className="site-footer">
        {t.appName} · {locale === "zh" ? "数据以来源为准，数值单位见各表" : "Figures as published by their sources; units as shown"}
      </footer>
    </>
  );
}
