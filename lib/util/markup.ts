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
