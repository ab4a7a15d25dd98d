import "server-only";
import { prisma } from "@/lib/db";

export interface MailLogEntry {
  /** deterministic (lib/mail/keys.ts): the same mail always has the same key */
  key: string;
  userId: number | null;
  to: string;
  subject: string;
  kind: string;
}

/**
 * Sends a mail at most once across every worker of every instance: the MailLog row is
 * claimed first (INSERT … ON CONFLICT DO NOTHING on the unique key, committed on its
 * own so every other worker sees the claim), and only the worker whose insert wrote the
 * row sends. If sending fails the row is removed again, so the next run can retry.
 * (A process killed between the claim and the send leaves the row: that mail is then
 * not sent — at most once is the promise, never twice.)
 */
export async function sendOnce(entry: MailLogEntry, send: () => Promise<void>): Promise<"sent" | "already-sent"> {
  const claimed = await prisma.$queryRaw<{ id: number }[]>`
    INSERT INTO "MailLog" (key, "userId", "to", subject, kind)
    VALUES (${entry.key}, ${entry.userId}, ${entry.to}, ${entry.subject}, ${entry.kind})
    ON CONFLICT (key) DO NOTHING
    RETURNING id`;
  if (claimed.length === 0) return "already-sent";
  try {
    await send();
  } catch (e) {
    await prisma.mailLog.delete({ where: { id: claimed[0]!.id } });
    throw e;
  }
  return "sent";
}
