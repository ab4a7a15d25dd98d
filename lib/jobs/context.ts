import type { Mailer } from "@/lib/mail/transport";

/** What a job needs from outside: passed in, so tests run the jobs with their own SMTP server and clock. */
export interface JobContext {
  /** null: mail is off (no SMTP_URL) */
  mailer: Mailer | null;
  now: () => Date;
  reminderDays: number;
  /** the app's public origin for links in mails, when known (APP_ORIGIN) */
  origin?: string;
}

export interface JobOutcome {
  planned: number;
  sent: number;
  /** already sent by another run or worker (MailLog key taken) */
  skipped: number;
  failed: number;
}
