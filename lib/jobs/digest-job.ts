import "server-only";
import { getDigestContent, listDigestRecipients } from "@/lib/data/mail-digest";
import { sendOnce } from "@/lib/data/mail-log";
import { logger } from "@/lib/log";
import { digestMail, digestWorthSending } from "@/lib/mail/digest-mail";
import { digestKey, isoWeek } from "@/lib/mail/keys";
import { mailLocale } from "@/lib/mail/locale";
import { chinaDay } from "@/lib/validation/as-of";
import type { JobContext, JobOutcome } from "./context";

/**
 * The weekly digest: one mail per user who wants it and has something in it, keyed by
 * the ISO week (China time), so a retried or doubled run never sends a second one.
 */
export async function runDigest(ctx: JobContext): Promise<JobOutcome> {
  if (!ctx.mailer) {
    logger.info({ event: "mail_off", job: "digest" }, "mail off (SMTP_URL not set): no digest sent");
    return { planned: 0, sent: 0, skipped: 0, failed: 0 };
  }
  const now = ctx.now();
  const week = isoWeek(chinaDay(now));
  const outcome: JobOutcome = { planned: 0, sent: 0, skipped: 0, failed: 0 };
  for (const user of await listDigestRecipients()) {
    try {
      const content = await getDigestContent(user, now);
      if (!digestWorthSending(content)) continue;
      outcome.planned += 1;
      const mail = digestMail(mailLocale(user.locale), user.name, content, ctx.origin);
      const result = await sendOnce({ key: digestKey(week, user.id), userId: user.id, to: user.email, subject: mail.subject, kind: "digest" }, () =>
        ctx.mailer!.send(user.email, mail),
      );
      outcome[result === "sent" ? "sent" : "skipped"] += 1;
    } catch (err) {
      outcome.failed += 1;
      logger.warn({ err, event: "mail_failed", key: digestKey(week, user.id) }, "digest not sent");
    }
  }
  logger.info({ event: "digest_done", week, ...outcome }, "weekly digest done");
  if (outcome.failed > 0) throw new Error(`${outcome.failed} digest(s) could not be sent`);
  return outcome;
}
