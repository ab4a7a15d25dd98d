// How yearbook and bulletin tables write years, units and row labels. Pure helpers for
// the layout detection (table-plan.ts): statistical offices write a year as 2014,
// 2014年 or "2014 年" (full-width digits too), a unit in a parenthesis after a label
// ("人口（万人）"), on a line of its own ("单位：万人") or in the title.

import { parseUnit } from "@/lib/units/unit-registry";

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** "2014", "2014年", "2014 年", "２０１４年", "2014年末" → 2014; anything else null. */
export function parseYearText(text: string): number | null {
  const s = text.normalize("NFKC").replace(/\s+/g, "");
  const m = /^(\d{4})(?:\.0+)?(?:年(?:末|底)?)?$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** The one year a title names ("…城区人口（2018年）"), or null for none or a range ("2014—2023年"). */
export function titleYear(title: string): number | null {
  const s = title.normalize("NFKC");
  if (/\d{4}\s*年?\s*[—–\-~～至到]\s*\d{4}/.test(s)) return null;
  const years = new Set([...s.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1])).filter((y) => y >= MIN_YEAR && y <= MAX_YEAR));
  return years.size === 1 ? [...years][0]! : null;
}

/** A unit as written, when the text is one the unit registry knows (万人, km², 亿元 …). */
function unitIfKnown(text: string): string | null {
  const t = text.normalize("NFKC").trim();
  return t !== "" && parseUnit(t) ? t : null;
}

/**
 * "人口（万人）" → { name: "人口", unit: "万人" }; a label without a unit parenthesis (or
 * whose parenthesis is not a unit, like "（2014—2023年）") keeps its whole text as name.
 */
export function splitLabelUnit(label: string): { name: string; unit: string | null } {
  const t = label.trim();
  const m = /^(.*?)\s*[（(]\s*([^（）()]+?)\s*[）)]\s*$/.exec(t);
  if (m) {
    const unit = unitIfKnown(m[2]!);
    if (unit) return { name: m[1]!.trim(), unit };
  }
  return { name: t, unit: null };
}

/** "单位：万人" / "计量单位: 亿元" / "Unit: km2" → the unit; null when the line is not a unit line. */
export function unitLine(text: string): string | null {
  const m = /^\s*(?:计量)?单位\s*[:：]\s*(.+?)\s*$/.exec(text.normalize("NFKC")) ?? /^\s*units?\s*:\s*(.+?)\s*$/i.exec(text.normalize("NFKC"));
  return m ? m[1]! : null;
}

/** The unit a title names in its last parenthesis ("…人口（万人）"), if any. */
export function titleUnit(title: string): string | null {
  for (const m of [...title.matchAll(/[（(]\s*([^（）()]+?)\s*[）)]/g)].reverse()) {
    const unit = unitIfKnown(m[1]!);
    if (unit) return unit;
  }
  return null;
}

/** Rows that are not data: totals, whose figure is a sum of the rows above. */
export function isTotalLabel(text: string): boolean {
  const t = text.normalize("NFKC").replace(/\s+/g, "");
  return /^(合计|总计|全市|全省|总和|小计|total|sum)$/i.test(t) || /^(合计|总计|小计)[:：(（]/.test(t);
}

/** Footnote lines below a table: 注：…, 注1：…, 资料来源：…, 数据来源：…, 说明：… */
export function isFootnote(text: string): boolean {
  return /^\s*(注\s*\d*|资料来源|数据来源|来源|说明|备注|source|note)\s*[:：]/i.test(text.normalize("NFKC"));
}

/** The source a footnote names ("资料来源：中国城市建设统计年鉴2018"), else null. */
export function footnoteSource(text: string): string | null {
  // the source is kept as written (full-width brackets and all): only the prefix is matched loosely
  const m = /^\s*(?:资料来源|数据来源|来源|source)\s*[:：]\s*(.+?)\s*$/is.exec(text);
  return m ? m[1]! : null;
}

/** Cells that mean "no figure" in a published table: …, -, —, ×, 空. Left out, not errors. */
export function isNoFigure(text: string): boolean {
  return /^(…+|\.{2,}|-+|—+|–|×|x|\/|空|无|n\/?a)$/i.test(text.normalize("NFKC").trim());
}

/** "近63000" / "约9600" — an approximate figure: the number, and that it is an estimate. */
export function approximateNumber(text: string): { text: string; estimated: boolean } {
  const m = /^\s*(?:近|约|约为|大约|逾|超过|~|≈)\s*(.+)$/.exec(text);
  return m ? { text: m[1]!, estimated: true } : { text, estimated: false };
}
