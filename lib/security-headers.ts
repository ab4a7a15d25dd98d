// Security headers that depend on the request (issue 9 §6): the page CSP carries a fresh
// nonce per request, HSTS only when the browser reached us over https. The fixed ones
// (X-Frame-Options, nosniff, Referrer-Policy, the API's CSP) are in next.config.js.
// Pure: proxy.ts and apiRoute use these.

/** One year, subdomains included; sent only over https (a browser ignores it over http anyway). */
export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Whether the browser used https: the request URL's scheme, or X-Forwarded-Proto when
 * TRUST_PROXY=1 (anyone can send that header; only a proxy we were told about sets it).
 */
export function servedOverHttps(headers: Headers, url: string, trustProxy = ["1", "true", "on"].includes(process.env.TRUST_PROXY ?? "")): boolean {
  if (trustProxy) {
    const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
    if (proto) return proto === "https";
  }
  return url.startsWith("https:");
}

/** 16 random bytes, base64: a new one for every page response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The pages' policy. Next reads the nonce back from this header (set on the request by
 * proxy.ts) and puts it on its own scripts; 'strict-dynamic' lets those load the page's
 * chunks. No 'unsafe-eval' outside development (React uses eval only for dev stacks).
 *
 * Styles: <style> and <link> elements need 'self' or the nonce (style-src-elem), but
 * style *attributes* are allowed (style-src-attr 'unsafe-inline'): React renders
 * style={{…}} props as attributes (layout widths, colour swatches, the chart's sizes and
 * recharts' own positioning), and a nonce cannot be put on an attribute. An injected
 * attribute can restyle but not run script. `style-src` is the fallback for browsers
 * without the -elem/-attr directives (they then allow inline styles, no worse than today).
 */
export function pageCsp(nonce: string, opts: { dev?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // development injects hot-reloaded CSS as <style> elements without the nonce
    `style-src-elem 'self' ${opts.dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // over plain http (an intranet install) upgrading would break every request
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
