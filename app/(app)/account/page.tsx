import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { MailPreferencesForm } from "@/components/forms/mail-preferences-form";
import { SignOutEverywhereButton } from "@/components/forms/sign-out-everywhere";
import { requirePageUser } from "@/lib/auth/page-actor";
import { getMailPreferences } from "@/lib/data/mail-preferences";
import { getDictionary } from "@/lib/i18n/server-locale";
import { mailStrings } from "@/lib/i18n/strings/mail";
import { mailStatus } from "@/lib/mail/transport";

export const metadata: Metadata = { title: "我的账户 My account" };

export default async function AccountPage() {
  const actor = await requirePageUser("/account");
  const { t, locale } = await getDictionary();
  const ta = t.auth.account;
  const tm = mailStrings[locale];
  const mailPrefs = await getMailPreferences(actor);
  return (
    <>
      <div className="page-head">
        <h1>{ta.title}</h1>
        <p className="muted">
          {actor.name} · {actor.email} · {ta.role}: {t.auth.roles[actor.role] ?? actor.role}
        </p>
      </div>
      <div className="grid">
        <section className="card" style={{ maxWidth: 560 }}>
          <h2>{ta.sessionsTitle}</h2>
          <p className="muted">{ta.sessionsIntro}</p>
          <SignOutEverywhereButton label={ta.signOutEverywhere} pendingLabel={ta.signingOut} />
        </section>
        <section className="card" style={{ maxWidth: 560 }}>
          <h2>{ta.passwordTitle}</h2>
          <p className="muted">{ta.passwordIntro}</p>
          <ChangePasswordForm t={ta} />
        </section>
        <section className="card" style={{ maxWidth: 560 }} id="mail">
          <h2>{tm.settingsTitle}</h2>
          <p className="muted">{tm.settingsIntro}</p>
          {mailStatus().on ? null : <p className="muted">{tm.mailOff}</p>}
          <MailPreferencesForm t={tm} values={mailPrefs} />
        </section>
        <p>
          <Link href="/account/tokens">{ta.tokensLink}</Link>
        </p>
      </div>
    </>
  );
}
