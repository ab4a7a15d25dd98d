"use client";
import { useActionState } from "react";
import { errorMessageOf, fieldErrorsOf, idleState } from "@/lib/actions/action-state";
import { createTokenAction, revokeTokenAction, type TokenFormState } from "@/lib/actions/account";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { DEFAULT_TOKEN_DAYS } from "@/lib/validation/account";
import { FormError } from "@/components/forms/field-error";
import { Field, SubmitRow } from "@/components/forms/field";

const initial: TokenFormState = idleState();
const LIFETIMES = ["30", "90", String(DEFAULT_TOKEN_DAYS), "never"];

/** Creates a personal API token and shows it this once. */
export function CreateTokenForm({ t }: { t: Dictionary["admin"]["tokens"] }) {
  const [state, formAction, pending] = useActionState(createTokenAction, initial);
  return (
    <form action={formAction} className="form card" data-testid="create-token-form">
      <Field label={t.name} name="name" errors={fieldErrorsOf(state)}>
        <input name="name" placeholder={t.nameHint} required />
      </Field>
      <Field label={t.lifetime} name="expiresInDays" errors={fieldErrorsOf(state)}>
        <select name="expiresInDays" defaultValue={String(DEFAULT_TOKEN_DAYS)} data-testid="token-lifetime">
          {LIFETIMES.map((v) => (
            <option key={v} value={v}>
              {t.lifetimes[v]}
            </option>
          ))}
        </select>
      </Field>
      <FormError message={errorMessageOf(state)} />
      {state.status === "done" && "created" in state.data ? (
        <div className="form-ok" role="status">
          <p>{t.shownOnce}</p>
          <p className="token-once" data-testid="new-token">
            {state.data.created.token}
          </p>
        </div>
      ) : null}
      <SubmitRow pending={pending} label={t.create} pendingLabel={t.creating} />
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
