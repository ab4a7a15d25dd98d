// The shape every mail is rendered into, and the small helpers the templates share. Pure.
import { fill } from "@/lib/i18n/dictionary";
import { mailStrings, type MailStrings } from "@/lib/i18n/strings/mail";
import type { MailLocale } from "./locale";

/** A rendered mail: always a plain-text part, and an HTML part with the same content. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** A block of a mail: a paragraph, a heading, or a list. */
export type Block = { p: string } | { h: string } | { list: string[] };

export function stringsFor(locale: MailLocale): MailStrings {
  return mailStrings[locale];
}

export { fill };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** 2026年12月7日 / 7 December 2026 (a calendar day YYYY-MM-DD, no time zone involved). */
export function formatDay(day: string, locale: MailLocale): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  if (locale === "zh") return `${y}年${m}月${d}日`;
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  return `${d} ${month} ${y}`;
}

/** A figure as people write it: up to 2 decimals, thousands separated (zh and en alike). */
export function formatNumber(v: number): string {
  return v.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** Both parts from the same blocks, so they never say different things. */
export function render(locale: MailLocale, subject: string, blocks: Block[]): MailContent {
  const text = blocks.map((b) => ("p" in b ? b.p : "h" in b ? b.h : b.list.map((l) => `- ${l}`).join("\n"))).join("\n\n") + "\n";
  const body = blocks
    .map((b) =>
      "p" in b ? `<p>${escapeHtml(b.p)}</p>` : "h" in b ? `<h3>${escapeHtml(b.h)}</h3>` : `<ul>${b.list.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`,
    )
    .join("\n");
  const html = `<!doctype html><html lang="${locale === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>\n${body}\n</body></html>\n`;
  return { subject, text, html };
}
