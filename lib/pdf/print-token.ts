import "server-only";
import crypto from "node:crypto";
import { authSecret } from "@/lib/env";

// The PDF/PNG/Word renderer is a headless browser that loads the app's own print pages.
// It carries no session: instead the handler, which has already authorized the caller,
// gives it a print token — an HMAC-signed {subject, user, expiry} that the print page of
// that one subject (a saved report, or a monitoring round) accepts, for one minute. The
// caller's cookie or API token never reaches the browser process, and a leaked print
// token opens nothing else: not another report, not a round with the same id.

const LIFETIME_MS = 60_000;
// v2: the claims name the kind of subject (v1 tokens held a report id only)
const CONTEXT = "plan-monitor print token v2";

export const PRINT_TOKEN_HEADER = "x-print-token";

/** What a print token opens: the print page of one report or of one round. */
export interface PrintSubject {
  kind: "report" | "round";
  id: number;
}

interface Claims {
  kind: PrintSubject["kind"];
  id: number;
  userId: number;
  exp: number;
}

function mac(payload: string): Buffer {
  return crypto.createHmac("sha256", authSecret()).update(`${CONTEXT}\n${payload}`).digest();
}

export function signPrintToken(subject: PrintSubject, userId: number, now = Date.now()): string {
  const claims: Claims = { kind: subject.kind, id: subject.id, userId, exp: now + LIFETIME_MS };
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${payload}.${mac(payload).toString("base64url")}`;
}

/** The claims of a valid, unexpired token for exactly this subject; null otherwise. */
export function verifyPrintToken(token: string, subject: PrintSubject, now = Date.now()): { userId: number } | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  let claims: Partial<Claims> | null;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Partial<Claims> | null;
  } catch {
    return null;
  }
  if (!claims || claims.kind !== subject.kind || claims.id !== subject.id) return null;
  if (!Number.isSafeInteger(claims.userId) || !(typeof claims.exp === "number" && claims.exp > now)) return null;
  return { userId: claims.userId as number };
}
