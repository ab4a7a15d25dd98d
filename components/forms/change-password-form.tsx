"use client";
import { useActionState } from "react";
import { errorMessageOf, fieldErrorsOf, idleState } from "@/lib/actions/action-state";
import { changePasswordAction, type PasswordFormState } from "@/lib/actions/account";
import { FormError } from "@/components/forms/field-error";
import { Field, SubmitRow } from "@/components/forms/field";
import type { Dictionary } from "@/lib/i18n/dictionary";

const initial: PasswordFormState = idleState();

/** One's own password change; on success every session ends and the sign-in page follows. */
export function ChangePasswordForm({ t }: { t: Dictionary["auth"]["account"] }) {
  const [state, formAction, pending] = useActionState(changePasswordAction, initial);
  const errors = fieldErrorsOf(state);
  return (
    <form action={formAction} className="form" data-testid="change-password-form">
      <Field label={t.currentPassword} name="current" errors={errors}>
        <input name="current" type="password" autoComplete="current-password" required />
      </Field>
      <Field label={t.newPassword} name="password" errors={errors}>
        <input name="password" type="password" autoComplete="new-password" minLength={10} required />
      </Field>
      <FormError message={errorMessageOf(state)} />
      <SubmitRow pending={pending} label={t.changePassword} pendingLabel={t.changingPassword} />
    </form>
  );
}
