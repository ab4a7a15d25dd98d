import "server-only";
import crypto from "node:crypto";

// 32 random bytes (256 bits); only the SHA-256 is stored, so a database leak reveals no token.
const PREFIX = "pm_";

export function generateToken(): { token: string; hash: string; prefix: string } {
  const token = PREFIX + crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token), prefix: token.slice(0, 10) };
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
