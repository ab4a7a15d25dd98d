// Keys the resolver compares on. NFKC folds full-width digits and letters (５１０５００,
// Ｌｕｚｈｏｕ) and the ideographic space, so pasted text from Chinese spreadsheets matches.

/** Chinese names and codes: width-folded, with all whitespace removed (泸州 市 → 泸州市). */
export function regionKey(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** Administrative codes compare case-insensitively (CHENGYU / chengyu). */
export function adcodeKey(text: string): string {
  return regionKey(text).toUpperCase();
}

/**
 * English names: case-insensitive, ignoring spaces, apostrophes and hyphens
 * (Guang'an = Guangan = guang an) and a trailing administrative word
 * ("Luzhou City", "Wanzhou District").
 */
export function englishKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .trim()
    .replace(/\s+(city|district|county|province|municipality)$/u, "")
    .replace(/[\s'’‘`\-.]/gu, "");
}
