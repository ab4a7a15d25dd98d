import "server-only";
import { prisma } from "@/lib/db";
import { generateToken } from "@/lib/auth/api-tokens";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { verifyCredentials } from "@/lib/auth/credentials";
import { AppError } from "@/lib/errors";
import type { ApiToken } from "@/lib/generated/prisma/client";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";
import { tokenExpiry, type TokenLifetime } from "@/lib/validation/account";

const view = (t: ApiToken) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  /** to the minute: use is recorded at most once a minute */
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  /** null: never expires */
  expiresAt: t.expiresAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});
export type TokenSummary = ReturnType<typeof view>;

export interface TokenInput {
  name: string;
  expiresInDays?: TokenLifetime;
}

const TOKEN_MINTS_TOKEN = msg(
  "API 令牌不能用来创建新令牌：请登录后在“我的 API 令牌”页面创建，或用邮箱和密码申请",
  "An API token cannot create tokens: create one on the API tokens page after signing in, or with email and password",
);

/**
 * A personal token for the acting user, expiring after `expiresInDays` (default one
 * year; null: never). The secret is returned here once; only its hash is kept. A request
 * authenticated by an API token may not create tokens: a leaked token must not be able
 * to outlive its own revocation or expiry.
 */
export async function createApiToken(actor: Actor, input: TokenInput) {
  authorize(actor, "token.manage");
  const user = requireUser(actor);
  if (user.via === "token") throw new AppError("FORBIDDEN", TOKEN_MINTS_TOKEN);
  return insertToken(user.userId, input, "session");
}

/** A token for the account named by email + password: the same throttled check as the login form. */
export async function createApiTokenWithPassword(email: string, password: string, input: TokenInput, ip?: string) {
  const u = await verifyCredentials(email, password, "token", ip);
  authorize({ kind: "user", userId: u.id, role: u.role, name: u.name, email: u.email, via: "session" }, "token.manage");
  return insertToken(u.id, input, "password");
}

async function insertToken(userId: number, input: TokenInput, via: "session" | "password") {
  const { token, hash, prefix } = generateToken();
  const expiresAt = tokenExpiry(input.expiresInDays, new Date());
  return prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { userId, name: input.name, tokenHash: hash, prefix, expiresAt } });
    await writeAudit(
      userId,
      { action: "token.create", entityType: "api_token", entityId: String(row.id), after: { name: row.name, prefix, via, expiresAt: view(row).expiresAt } },
      tx,
    );
    return { ...view(row), token };
  });
}

/** The acting user's own tokens, newest first (revoked and expired ones too, so the list explains itself). */
export async function listApiTokens(actor: Actor): Promise<TokenSummary[]> {
  authorize(actor, "token.manage");
  const user = requireUser(actor);
  return (await prisma.apiToken.findMany({ where: { userId: user.userId }, orderBy: { id: "desc" } })).map(view);
}

/** Revokes one's own token; an admin may revoke anyone's. Someone else's token is "not found" to a non-admin. */
export async function revokeApiToken(actor: Actor, id: number): Promise<TokenSummary> {
  authorize(actor, "token.manage");
  const user = requireUser(actor);
  return prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { id } });
    if (!row || (row.userId !== user.userId && user.role !== "admin")) throw new AppError("NOT_FOUND", msg("没有这个令牌", "No such token"));
    if (row.revokedAt) return view(row);
    const revoked = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await writeAudit(
      user.userId,
      {
        action: "token.revoke",
        entityType: "api_token",
        entityId: String(id),
        before: { revokedAt: null },
        after: { revokedAt: revoked.revokedAt!.toISOString(), owner: row.userId },
      },
      tx,
    );
    return view(revoked);
  });
}
