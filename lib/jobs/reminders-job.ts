import "server-only";
import { sendOnce } from "@/lib/data/mail-log";
import { listReminderCandidates } from "@/lib/data/mail-reminder-candidates";
import { logger } from "@/lib/log";
import { reminderMail } from "@/lib/mail/reminder-mail";
import { selectReminders } from "@/lib/mail/reminders";
import { chinaDay } from "@/lib/validation/as-of";
import type { JobContext, JobOutcome } from "./context";

/**
 * The hourly reminder check: every reporter of a unit with missing items in an open round
 * in its reminder window gets the round's "before" mail once and its "overdue" mail once.
 * One failed mail does not stop the others; the job fails at the end so pg-boss retries
 * (the mails already sent are skipped by their MailLog keys).
 */
export async function runReminders(ctx: JobContext): Promise<JobOutcome> {
  if (!ctx.mailer) {
    logger.info({ event: "mail_off", job: "reminders" }, "mail off (SMTP_URL not set): no reminders sent");
    return { planned: 0, sent: 0, skipped: 0, failed: 0 };
  }
  const today = chinaDay(ctx.now());
  const planned = selectReminders(await listReminderCandidates(), today, ctx.reminderDays);
  const outcome: JobOutcome = { planned: planned.length, sent: 0, skipped: 0, failed: 0 };
  for (const r of planned) {
    const mail = reminderMail(r, ctx.origin ? `${ctx.origin}/entry` : undefined);
    try {
      const result = await sendOnce({ key: r.key, userId: r.userId, to: r.to, subject: mail.subject, kind: `reminder.${r.phase}` }, () =>
        ctx.mailer!.send(r.to, mail),
      );
      outcome[result === "sent" ? "sent" : "skipped"] += 1;
    } catch (err) {
      outcome.failed += 1;
      logger.warn({ err, event: "mail_failed", key: r.key }, "reminder not sent");
    }
  }
  logger.info({ event: "reminders_done", today, ...outcome }, "reminder check done");
  if (outcome.failed > 0) throw new Error(`${outcome.failed} reminder(s) could not be sent`);
  return outcome;
}
