import "server-only";
import { prisma } from "@/lib/db";
import { getActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/permissions";
import { PRINT_TOKEN_HEADER, verifyPrintToken, type PrintSubject } from "@/lib/pdf/print-token";

/**
 * Who is viewing a print page (/reports/[id]/print, /rounds/[id]/print): the headless
 * renderer with a print token for this very subject (the user it was signed for, re-read
 * so deactivation applies), else the signed-in user printing from their own browser,
 * else anonymous.
 */
export async function getPrintActor(headers: Headers, subject: PrintSubject): Promise<Actor> {
  const token = headers.get(PRINT_TOKEN_HEADER);
  if (!token) return getActor(headers);
  const claims = verifyPrintToken(token, subject);
  if (!claims) return { kind: "anonymous" };
  const user = await prisma.user.findUnique({ where: { id: claims.userId } });
  if (!user || !user.active) return { kind: "anonymous" };
  return { kind: "user", userId: user.id, role: user.role, name: user.name, email: user.email, via: "token" };
}
