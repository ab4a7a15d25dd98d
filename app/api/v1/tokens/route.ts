import { apiRoute, json } from "@/lib/api/respond";
import { clientIp } from "@/lib/auth/client-ip";
import { verifyCredentials } from "@/lib/auth/credentials";
import { createApiToken, listApiTokens } from "@/lib/data/api-tokens";
import type { Actor } from "@/lib/permissions";
import { tokenCreate } from "@/lib/validation/account";
import { readJsonBody } from "@/lib/validation/json-body";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute(async ({ actor }) => json({ tokens: await listApiTokens(actor) }));

/**
 * With a session or token: a token for that user. With {email, password}: a token for
 * that account — the same throttled check as the login form (lib/auth/throttle.ts: 429
 * with Retry-After).
 * 201 {id, token, name, prefix}: the token is shown this once.
 */
export const POST = apiRoute(async ({ req, actor }) => {
  const input = parseInput(tokenCreate, await readJsonBody(req));
  let owner: Actor = actor;
  if (input.email !== undefined || input.password !== undefined) {
    const u = await verifyCredentials(input.email ?? "", input.password ?? "", "token", clientIp(req.headers));
    owner = { kind: "user", userId: u.id, role: u.role, name: u.name, email: u.email, via: "token" };
  }
  const t = await createApiToken(owner, { name: input.name });
  return json({ id: t.id, token: t.token, name: t.name, prefix: t.prefix, createdAt: t.createdAt }, 201);
});
