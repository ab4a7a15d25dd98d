import { parseBody } from "@/lib/api/read-json";
import { apiRoute, json } from "@/lib/api/respond";
import { clientIp } from "@/lib/auth/client-ip";
import { createApiToken, createApiTokenWithPassword, listApiTokens } from "@/lib/data/api-tokens";
import { tokenCreate } from "@/lib/validation/account";

export const GET = apiRoute(async ({ actor }) => json({ tokens: await listApiTokens(actor) }));

/**
 * With a session: a token for that user. With {email, password}: a token for that
 * account — the same throttled check as the login form (lib/auth/throttle.ts: 429 with Retry-After). A
 * request authenticated by an API token gets 403 either way. `expiresInDays`: default
 * 365, null for never. 201 {id, token, name, prefix, createdAt, expiresAt}: the token is
 * shown this once.
 */
export const POST = apiRoute(async ({ req, actor }) => {
  const input = await parseBody(req, tokenCreate);
  const wanted = { name: input.name, expiresInDays: input.expiresInDays };
  const byPassword = (input.email !== undefined || input.password !== undefined) && !(actor.kind === "user" && actor.via === "token");
  const t = byPassword
    ? await createApiTokenWithPassword(input.email ?? "", input.password ?? "", wanted, clientIp(req.headers))
    : await createApiToken(actor, wanted);
  return json({ id: t.id, token: t.token, name: t.name, prefix: t.prefix, createdAt: t.createdAt, expiresAt: t.expiresAt }, 201);
});
