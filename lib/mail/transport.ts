import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import type { MailContent } from "./message";

/** Sends one rendered mail; resolves when the SMTP server accepted it. */
export interface Mailer {
  from: string;
  send(to: string, mail: MailContent): Promise<void>;
}

/** A mailer on an SMTP URL (smtp://user:pass@host:587, smtps://host:465). */
export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    from,
    async send(to, mail) {
      await transport.sendMail({ from, to, subject: mail.subject, text: mail.text, html: mail.html });
    },
  };
}

let cached: Mailer | null | undefined;

/** The app's mailer from SMTP_URL and MAIL_FROM; null when SMTP_URL is unset (mail is off). */
export function appMailer(): Mailer | null {
  if (cached === undefined) {
    const { SMTP_URL, MAIL_FROM } = env();
    cached = SMTP_URL ? createMailer(SMTP_URL, MAIL_FROM) : null;
  }
  return cached;
}

/** For the admin page: whether mail goes out, and from whom. */
export function mailStatus(): { on: boolean; from: string } {
  const { SMTP_URL, MAIL_FROM } = env();
  return { on: Boolean(SMTP_URL), from: MAIL_FROM };
}
