// Where to send the browser after sign-in, sign-out or a language switch: a path on this
// site, or the fallback. Browsers are lenient in ways that turn a "path" into another
// host: `//evil`, `/\evil` (a backslash is a slash), tabs and newlines silently dropped
// (`/%09/evil` → `//evil`), and dot segments (`/a/../..//evil`). So anything with a
// backslash or a control character, raw or percent-encoded, is refused, and the answer is
// the path as the URL parser normalizes it, checked again. Pure: no next, no database.

const BAD_CHAR = /[\\\u0000-\u001f\u007f]/;
const PROBE_ORIGIN = "http://same-origin.invalid";
const MAX_LENGTH = 2048;

/** `raw` as a same-origin path (pathname + query + fragment), else `fallback`. */
export function safeRedirectPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return fallback;
  if (!isLocalPath(raw)) return fallback;
  // encoded forms (%5C, %09, %2F%2F, or encoded twice) must be harmless once decoded too
  let decoded = raw;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      break; // a stray "%" (e.g. "?q=100%25" once decoded) decodes no further, in a browser either
    }
    if (next === decoded) break;
    if (!isLocalPath(next)) return fallback;
    decoded = next;
  }
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = url.pathname + url.search + url.hash;
  return isLocalPath(path) ? path : fallback;
}

function isLocalPath(s: string): boolean {
  return s.startsWith("/") && !s.startsWith("//") && !BAD_CHAR.test(s);
}
