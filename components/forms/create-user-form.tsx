"use client";
import { useActionState } from "react";
import { idleState } from "@/lib/actions/action-state";
import { createUserAction, type UserFormState } from "@/lib/actions/admin";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import { FieldError, FormError } from "@/components/forms/field-error";

const initial: UserFormState = idleState();

export function CreateUserForm({ t, roles }: { t: Dictionary["admin"]["users"]; roles: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(createUserAction, initial);
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="form card" data-testid="create-user-form">
      <h3>{t.createTitle}</h3>
      <label className="field">
        <span>{t.email}</span>
        <input name="email" type="email" required />
        <FieldError errors={errors} name="email" />
      </label>
      <label className="field">
        <span>{t.name}</span>
        <input name="name" required />
        <FieldError errors={errors} name="name" />
      </label>
      <label className="field">
        <span>{t.password}</span>
        <input name="password" type="password" autoComplete="new-password" placeholder={t.passwordHint} required />
        <FieldError errors={errors} name="password" />
      </label>
      <label className="field">
        <span>{t.role}</span>
        <select name="role" defaultValue="analyst">
          {["admin", "analyst", "viewer"].map((r) => (
            <option key={r} value={r}>
              {roles[r] ?? r}
            </option>
          ))}
        </select>
      </label>
      <FormError message={state.status === "error" ? state.message : null} />
      {state.status === "done" ? (
        <p className="form-ok" role="status">
          {fill(t.createdOk, { email: state.data.email })}
        </p>
      ) : null}
      <div className="button-row">
        <button className="button" type="submit" disabled={pending}>
          {pending ? t.creating : t.create}
        </button>
      </div>
    </form>
  );
}
