// How the app's server process is started, wherever it is: `npm start` (with-db.mjs),
// the bench and the README's deployment section.
//
// V8's young generation is 16 MB by default. A request of the overview allocates about
// 2.5 MB, so with 20 requests in flight the scavenger runs every few requests and
// promotes what those requests still hold; the old generation, which also holds the
// evaluation caches, then fills with garbage that only a full mark-compact (100+ ms on a
// 2-core box, every request waiting) frees. At 64 MB, measured at 20 clients: 4× fewer
// scavenges, scavenger time per overview request 1.9 → 0.7 ms, /login and the overview
// each served 20–30 % faster. It costs up to 3 × 64 MB of address space, not of memory in use.
const SERVE_NODE_OPTIONS = "--max-semi-space-size=64";

/** `env` with SERVE_NODE_OPTIONS added to whatever NODE_OPTIONS it already has. */
export function withServeOptions(env) {
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, SERVE_NODE_OPTIONS].filter(Boolean).join(" ") };
}
