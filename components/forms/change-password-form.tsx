"use client";
import { useActionState } from "react";
import { idleState } from "@/lib/actions/action-state";
import { changePasswordAction, type PasswordFormState } from "@/lib/actions/account";
import { FieldError, FormError } from "@/components/forms/field-error";
import type { Dictionary } from "@/lib/i18n/dictionary";

const initial: PasswordFormState = idleState();

/** One's own password change; on success every session ends and the sign-in page follows. */
export function ChangePasswordForm({ t }: { t: Dictionary["auth"]["account"] }) {
  const [state, formAction, pending] = useActionState(changePasswordAction, initial);
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="form" data-testid="change-password-form">
      <label className="field">
        <span>{t.currentPassword}</span>
        <input name="current" type="password" autoComplete="current-password" required />
        <FieldError errors={errors} name="current" />
      </label>
      <label className="field">
        <span>{t.newPassword}</span>
        <input name="password" type="password" autoComplete="new-password" minLength={10} required />
        <FieldError errors={errors} name="password" />
      </label>
      <FormError message={state.status === "error" ? state.message : null} />
      <div className="button-row">
        <button className="button" type="submit" disabled={pending}>
          {pending ? t.changingPassword : t.changePassword}
        </button>
      </div>
    </form>
  );
}
