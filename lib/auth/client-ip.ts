// The address a request came from, as the throttle keys it.
//
// Route handlers see no socket. `next start` puts the peer address in X-Forwarded-For
// when the request has none; a reverse proxy appends it (nginx
// `$proxy_add_x_forwarded_for`). The rightmost entry is therefore the one added by
// the nearest hop we run — never an entry a client can choose, as long as a proxy
// appends or overwrites the header. Without a proxy, a client that sends its own
// X-Forwarded-For chooses its key: deploy behind a proxy (the README says so). The
// per-account slow-down (lib/auth/throttle.ts) does not depend on the address.

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(h: HeaderSource, name: string): string | undefined {
  if (h instanceof Headers) return h.get(name) ?? undefined;
  const v = h[name] ?? h[name.toLowerCase()];
  return Array.isArray(v) ? v.join(",") : v;
}

/** The client address of a request, "unknown" when there is none (in-process calls). */
export function clientIp(h: HeaderSource | undefined): string {
  if (!h) return "unknown";
  const hops = (header(h, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const last = hops.at(-1);
  if (!last) return "unknown";
  // ::ffff:10.0.0.1 and 10.0.0.1 are the same client
  return last
    .replace(/^::ffff:/i, "")
    .toLowerCase()
    .slice(0, 64);
}
