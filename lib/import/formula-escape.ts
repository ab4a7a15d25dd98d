// CSV injection guard (OWASP "CSV Injection"): a spreadsheet opening a CSV treats a
// cell beginning with = + - @, tab or CR as a formula. Exports prefix such text cells
// with one apostrophe, which Excel/WPS/LibreOffice show as plain text; the importer
// removes that one apostrophe again, so an exported file round-trips unchanged.
//
// To keep the pair exact for text that itself begins with apostrophes before such a
// character ("'=x" must not come back as "=x"), escaping adds one apostrophe whenever
// the text matches ^'*<trigger>, and unescaping removes one only when it matches
// ^'+<trigger>. Anything else passes both ways untouched.
//
// Only text columns are escaped: a number such as -3.5 is a number, not a formula.

const TRIGGER = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/** A text cell of a CSV export, made inert for spreadsheets. */
export function escapeCsvText(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

/**
 * A text cell of an XLSX export. XLSX string cells are never formulas, so "=x" stays
 * as written; only text already beginning with apostrophes before a trigger gains one,
 * so that the importer's unescape (which reads XLSX too) gives it back unchanged.
 */
export function escapeXlsxText(text: string): string {
  return ESCAPED.test(text) ? `'${text}` : text;
}

/** The importer's inverse of both escapes: one leading apostrophe off before a trigger. */
export function unescapeCellText(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
