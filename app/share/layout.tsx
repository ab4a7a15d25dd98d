import type { Metadata } from "next";

// Shared reports: no app header, no navigation, never indexed, and no Referer leaving
// the page (the token is in its URL). next.config.js adds the X-Robots-Tag header.
export const metadata: Metadata = {
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  referrer: "no-referrer",
};

export default function ShareLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="page share-page">
      {children}
    </main>
  );
}
