import { NextResponse, type NextRequest } from "next/server";
import { HSTS, newNonce, pageCsp, servedOverHttps } from "@/lib/security-headers";

// Runs before every page (not /api: see the matcher) to give it a Content-Security-Policy
// with a fresh nonce, which Next reads back from the request header and puts on its
// scripts; pages render dynamically anyway (the root layout reads the language cookie).
// The fixed security headers come from next.config.js; API responses get theirs there
// and in apiRoute (lib/api/respond.ts), which is also where cross-site writes are refused.
export function proxy(request: NextRequest) {
  const https = servedOverHttps(request.headers, request.url);
  const csp = pageCsp(newNonce(), { dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  if (https) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  // Not /api: with a proxy in front, Next buffers request bodies for it (and cuts them at
  // proxyClientMaxBodySize), which would break streamed imports; API responses need no
  // nonce. Not the hashed static files either.
  matcher: ["/((?!api/|_next/static/|_next/image|favicon\\.ico).*)"],
};
