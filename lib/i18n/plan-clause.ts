// Where in the plan a goal or target is written: "第二章第三节", "专栏1", "第四章". The
// clause is stored as the plan writes it; English readers get "Chapter 2, Section 3",
// "Box 1", "Chapter 4". A clause this does not recognise is returned unchanged.

import type { Locale } from "@/lib/i18n/locale";

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "三" → 3, "十二" → 12, "二十" → 20, "12" → 12; NaN when not a numeral up to 99. */
export function chineseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === "") return Number.NaN;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? DIGITS[tens]! : Number.NaN;
  return (tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0);
}

const PARTS: { re: RegExp; en: string }[] = [
  { re: /^第([〇零一二三四五六七八九十\d]+)章/, en: "Chapter" },
  { re: /^第([〇零一二三四五六七八九十\d]+)节/, en: "Section" },
  { re: /^专栏\s*([〇零一二三四五六七八九十\d]+)/, en: "Box" },
];

export function clauseLabel(clause: string | null | undefined, locale: Locale): string {
  if (!clause) return "";
  if (locale === "zh") return clause;
  let rest = clause.trim();
  const out: string[] = [];
  while (rest) {
    const part = PARTS.map((p) => ({ p, m: p.re.exec(rest) })).find((x) => x.m);
    if (!part?.m) return clause;
    const n = chineseNumeral(part.m[1]!);
    if (Number.isNaN(n)) return clause;
    out.push(`${part.p.en} ${n}`);
    rest = rest.slice(part.m[0].length).replace(/^[\s、，,]+/, "");
  }
  return out.join(", ");
}

/**
 * A heading with the clauses its items cite, read from the plan's data so generic UI text
 * names no one plan's box: "区域中心城市（专栏1）" / "Regional centre cities (Box 1)";
 * the bare label when they cite none.
 */
export function withClauses(label: string, clauses: readonly (string | null | undefined)[], locale: Locale): string {
  const list = [...new Set(clauses.map((c) => (c ?? "").trim()).filter(Boolean))].map((c) => clauseLabel(c, locale));
  if (list.length === 0) return label;
  return locale === "zh" ? `${label}（${list.join("、")}）` : `${label} (${list.join(", ")})`;
}
