import "server-only";
import crypto from "node:crypto";
import { authSecret } from "@/lib/env";

// The PDF/PNG renderer is a headless browser that loads the app's own print page. It
// carries no session: instead the export handler, which has already authorized the
// caller, gives it a print token — an HMAC-signed {report, user, expiry} that the print
// page accepts for that one report, for one minute. The caller's cookie or API token
// never reaches the browser process, and a leaked print token opens nothing else.

const LIFETIME_MS = 60_000;
const CONTEXT = "plan-monitor print token v1";

export const PRINT_TOKEN_HEADER = "x-print-token";

interface Claims {
  reportId: number;
  userId: number;
  exp: number;
}

function mac(payload: string): Buffer {
  return crypto.createHmac("sha256", authSecret()).update(`${CONTEXT}\n${payload}`).digest();
}

export function signPrintToken(reportId: number, userId: number, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ reportId, userId, exp: now + LIFETIME_MS } satisfies Claims)).toString("base64url");
  return `${payload}.${mac(payload).toString("base64url")}`;
}

/** The claims of a valid, unexpired token for this report; null otherwise. */
export function verifyPrintToken(token: string, reportId: number, now = Date.now()): { userId: number } | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  let claims: Claims;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Claims;
  } catch {
    return null;
  }
  if (claims.reportId !== reportId || !Number.isSafeInteger(claims.userId) || !(claims.exp > now)) return null;
  return { userId: claims.userId };
}
