// Markup built as strings, for the few large server-drawn parts of pages (the cluster map,
// the heat matrix): as React elements, thousands of static nodes cost more to render than
// the rest of the page, and appear twice (HTML and RSC payload). Every text and attribute
// value goes through escapeXml, so names from the database cannot inject markup.

/** Escapes the five XML/HTML special characters (text, and double- or single-quoted attributes). */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** A double-quoted, escaped attribute value. */
export const attr = (v: string | number): string => `"${escapeXml(String(v))}"`;

/**
 * Memoizes markup per source object (which the caller keeps for as long as its data are
 * unchanged) and a text key (locale, as-of day…); dropped sources free their markup.
 */
export function markupMemo<S extends object>(): (source: S, key: string, build: () => string) => string {
  const memo = new WeakMap<S, Map<string, string>>();
  return (source, key, build) => {
    let byKey = memo.get(source);
    if (!byKey) memo.set(source, (byKey = new Map()));
    let out = byKey.get(key);
    if (out === undefined) byKey.set(key, (out = build()));
    return out;
  };
}
