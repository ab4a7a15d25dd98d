import "server-only";
import { prisma } from "@/lib/db";
import { generateToken } from "@/lib/auth/api-tokens";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { ApiToken } from "@/lib/generated/prisma/client";
import { msg } from "@/lib/i18n/message";
import type { Actor } from "@/lib/permissions";
import { writeAudit } from "@/lib/data/audit";

const view = (t: ApiToken) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});
export type TokenSummary = ReturnType<typeof view>;

/** A personal token for the acting user. The secret is returned here once; only its hash is kept. */
export async function createApiToken(actor: Actor, input: { name: string }) {
  authorize(actor, "token.manage");
  const user = requireUser(actor);
  const { token, hash, prefix } = generateToken();
  return prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { userId: user.userId, name: input.name, tokenHash: hash, prefix } });
    await writeAudit(user.userId, { action: "token.create", entityType: "api_token", entityId: String(row.id), after: { name: row.name, prefix, via: user.via } }, tx);
    return { ...view(row), token };
  });
}

/** The acting user's own tokens, newest first (revoked ones too, so the list explains itself). */
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
    await writeAudit(user.userId, { action: "token.revoke", entityType: "api_token", entityId: String(id), before: { revokedAt: null }, after: { revokedAt: revoked.revokedAt!.toISOString(), owner: row.userId } }, tx);
    return view(revoked);
  });
}
