import type { Metadata } from "next";
// Noto Sans SC from the npm package (no font CDN offline), split by unicode-range so a
// page downloads only the glyph chunks it uses.
import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";
import "./globals.css";
import { getLocale } from "@/lib/i18n/server-locale";
import { htmlLang } from "@/lib/i18n/locale";

export const metadata: Metadata = {
  title: { default: "规划监测 Plan Monitor", template: "%s · 规划监测 Plan Monitor" },
  description: "成渝城市群发展规划实施监测 — Chengdu–Chongqing City Cluster plan monitoring",
};

// The document shell only: the app's header lives in app/(app)/layout.tsx, so shared
// report pages (app/share) carry no navigation into the app.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={htmlLang(locale)}>
      <body>{children}</body>
    </html>
  );
}
