import "server-only";
import { requireUser } from "@/lib/auth/authorize";
import { writeAudit } from "@/lib/data/audit";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import type { MailPreferences } from "@/lib/validation/mail-preferences";

/** One's own mail settings, as the account page shows them. */
export async function getMailPreferences(actor: Actor): Promise<MailPreferences> {
  const user = requireUser(actor);
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.userId }, select: { mailReminders: true, mailDigest: true, locale: true } });
  return { mailReminders: row.mailReminders, mailDigest: row.mailDigest, locale: row.locale === "en" ? "en" : "zh" };
}

/** Saves one's own mail settings, audited with what changed. */
export async function updateMailPreferences(actor: Actor, input: MailPreferences): Promise<MailPreferences> {
  const user = requireUser(actor);
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.userId }, select: { mailReminders: true, mailDigest: true, locale: true } });
    const after = await tx.user.update({ where: { id: user.userId }, data: input, select: { mailReminders: true, mailDigest: true, locale: true } });
    await writeAudit(user.userId, { action: "user.mail_preferences", entityType: "user", entityId: String(user.userId), before, after }, tx);
    return input;
  });
}
