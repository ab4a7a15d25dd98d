"use client";
import { usePathname, useSearchParams } from "next/navigation";
import type { Locale } from "@/lib/i18n/locale";

export function LanguageSwitch({ locale, label, title }: { locale: Locale; label: string; title: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const next = search ? `${pathname}?${search}` : pathname;
  const to = locale === "zh" ? "en" : "zh";
  return (
    <a
      className="lang-switch"
      href={`/lang?to=${to}&next=${encodeURIComponent(next)}`}
      title={title}
      lang={to === "zh" ? "zh-CN" : "en"}
      data-testid="lang-switch"
    >
      {label}
    </a>
  );
}
