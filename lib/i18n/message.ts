// Bilingual user-facing text. Analysts read Chinese first and English second, so every
// message is built in both languages at the point where the facts are known, rather
// than translated later from a code (which loses the row/value details).

import type { Locale } from "@/lib/i18n/locale";

export interface Message {
  zh: string;
  en: string;
}

export function msg(zh: string, en: string): Message {
  return { zh, en };
}

/** Lists read naturally in each language: 万人、人 / 万人, 人 */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === "zh" ? "、" : ", ");
}
