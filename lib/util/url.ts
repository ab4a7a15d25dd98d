// The one rule for URLs that people type (evidence links, Markdown links) and that
// headers carry (Origin, Referer): absolute, of an allowed scheme, parsed by the WHATWG
// URL parser browsers use. Pure: no next, no database.

/** The URL, or null when it is missing or does not parse (relative, malformed). */
export function parseUrl(v: string | null | undefined): URL | null {
  if (!v) return null;
  try {
    return new URL(v);
  } catch {
    return null;
  }
}

/**
 * True for an absolute URL whose scheme is one of `schemes` ("https:" …), compared
 * case-insensitively. Control characters are refused before parsing: browsers strip
 * them ("java\tscript:"), so the scheme they would read is not the one written. An
 * http(s) URL must name a host.
 */
function isAllowedUrl(s: string, schemes: ReadonlySet<string>): boolean {
  const trimmed = s.trim();
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return false;
  const u = parseUrl(trimmed);
  if (!u || !schemes.has(u.protocol.toLowerCase())) return false;
  return u.protocol !== "http:" && u.protocol !== "https:" ? true : u.hostname.length > 0;
}

const WEB = new Set(["http:", "https:"]);
const LINK = new Set(["http:", "https:", "mailto:"]);

/** An absolute http(s) URL with a host; javascript:, data:, relative paths are refused (evidence links). */
export const isHttpUrl = (s: string): boolean => isAllowedUrl(s, WEB);

/** An absolute http(s) or mailto URL (links in report commentary). */
export const isLinkUrl = (s: string): boolean => isAllowedUrl(s, LINK);
