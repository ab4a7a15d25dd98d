"use client";
import { useActionState } from "react";
import { idleState } from "@/lib/actions/action-state";
import { createTokenAction, revokeTokenAction, type TokenFormState } from "@/lib/actions/account";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { DEFAULT_TOKEN_DAYS } from "@/lib/validation/account";
import { FieldError, FormError } from "@/components/forms/field-error";

const initial: TokenFormState = idleState();
const LIFETIMES = ["30", "90", String(DEFAULT_TOKEN_DAYS), "never"];

/** Creates a personal API token and shows it this once. */
export function CreateTokenForm({ t }: { t: Dictionary["admin"]["tokens"] }) {
  const [state, formAction, pending] = useActionState(createTokenAction, initial);
  return (
    <form action={formAction} className="form card" data-testid="create-token-form">
      <label className="field">
        <span>{t.name}</span>
        <input name="name" placeholder={t.nameHint} required />
        <FieldError errors={state.status === "invalid" ? state.fieldErrors : undefined} name="name" />
      </label>
      <label className="field">
        <span>{t.lifetime}</span>
        <select name="expiresInDays" defaultValue={String(DEFAULT_TOKEN_DAYS)} data-testid="token-lifetime">
          {LIFETIMES.map((v) => (
            <option key={v} value={v}>
              {t.lifetimes[v]}
            </option>
          ))}
        </select>
        <FieldError errors={state.status === "invalid" ? state.fieldErrors : undefined} name="expiresInDays" />
      </label>
      <FormError message={state.status === "error" ? state.message : null} />
      {state.status === "done" && "created" in state.data ? (
        <div className="form-ok" role="status">
          <p>{t.shownOnce}</p>
          <p className="token-once" data-testid="new-token">
            {state.data.created.token}
          </p>
        </div>
      ) : null}
      <div className="button-row">
        <button className="button" type="submit" disabled={pending}>
          {pending ? t.creating : t.create}
        </button>
      </div>
    </form>
  );
}

export function RevokeTokenButton({ id, t }: { id: number; t: Dictionary["admin"]["tokens"] }) {
  const [state, formAction, pending] = useActionState(revokeTokenAction, initial);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <button className="button button--danger" type="submit" disabled={pending}>
        {t.revoke}
      </button>
      {state.status === "error" ? <span className="field-error">{state.message}</span> : null}
    </form>
  );
}
