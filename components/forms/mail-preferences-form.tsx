"use client";
import { useActionState } from "react";
import { errorMessageOf, fieldErrorsOf, idleState } from "@/lib/actions/action-state";
import { saveMailPreferencesAction, type MailPreferencesFormState } from "@/lib/actions/account";
import { FormError, FormOk } from "@/components/forms/field-error";
import { Field, SubmitRow } from "@/components/forms/field";
import type { MailStrings } from "@/lib/i18n/strings/mail";
import type { MailPreferences } from "@/lib/validation/mail-preferences";

const initial: MailPreferencesFormState = idleState();

/** One's own mail settings: which mails, and in which language. */
export function MailPreferencesForm({ t, values }: { t: MailStrings; values: MailPreferences }) {
  const [state, formAction, pending] = useActionState(saveMailPreferencesAction, initial);
  const errors = fieldErrorsOf(state);
  return (
    <form action={formAction} className="form" data-testid="mail-preferences-form" key={state.key}>
      <label className="check">
        <input type="checkbox" name="mailReminders" defaultChecked={values.mailReminders} data-testid="mail-reminders" />
        {t.reminders}
      </label>
      <label className="check">
        <input type="checkbox" name="mailDigest" defaultChecked={values.mailDigest} data-testid="mail-digest" />
        {t.digest}
      </label>
      <Field label={t.language} name="locale" errors={errors}>
        <select name="locale" defaultValue={values.locale} data-testid="mail-locale">
          <option value="zh">{t.languageZh}</option>
          <option value="en">{t.languageEn}</option>
        </select>
      </Field>
      <FormError message={errorMessageOf(state)} />
      {state.status === "done" ? <FormOk>{t.saved}</FormOk> : null}
      <SubmitRow pending={pending} label={t.save} pendingLabel={t.saving} />
    </form>
  );
}
