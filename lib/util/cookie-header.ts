// Parses a Cookie request header. A value that is not valid percent-encoding (e.g.
// `t=%E0%A4%A`, sent by a broken client or on purpose) is skipped, never thrown: one bad
// cookie must not turn every page into a 500. The one cookie parser: the session
// (lib/auth/current-actor.ts), the CSRF guard (lib/api/same-origin.ts) and the language
// (lib/i18n/locale.ts) read cookies alike. Pure: no next, no database.

/** name → decoded value; the first occurrence of a name wins, as browsers send the most specific first. */
export function parseCookieHeader(header: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i <= 0) continue;
    const name = part.slice(0, i).trim();
    if (!name || map.has(name)) continue;
    let value = part.slice(i + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      map.set(name, decodeURIComponent(value));
    } catch {
      // malformed: ignored
    }
  }
  return map;
}
