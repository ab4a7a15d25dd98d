import type { Metadata } from "next";
import { Suspense } from "react";
// Noto Sans SC from the npm package (no font CDN offline), split by unicode-range so a
// page downloads only the glyph chunks it uses.
import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";
import "./globals.css";
import { SiteHeader } from "@/components/layout/site-header";
import { getDictionary } from "@/lib/i18n/server-locale";
import { htmlLang } from "@/lib/i18n/locale";

export const metadata: Metadata = {
  title: { default: "规划监测 Plan Monitor", template: "%s · 规划监测 Plan Monitor" },
  description: "成渝城市群发展规划实施监测 — Chengdu–Chongqing City Cluster plan monitoring",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getDictionary();
  return (
    <html lang={htmlLang(locale)}>
      <body>
        <Suspense>
          <SiteHeader t={t} locale={locale} />
        </Suspense>
        <main id="main" className="page">
          {children}
        </main>
        <footer className="site-footer">
          {t.appName} · {locale === "zh" ? "数据以来源为准，数值单位见各表" : "Figures as published by their sources; units as shown"}
        </footer>
      </body>
    </html>
  );
}
