"use client";
import { useActionState } from "react";
import { retractObservationAction, type RetractFormState } from "@/app/(app)/entry/actions";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { FieldError } from "@/components/forms/field-error";

const initial: RetractFormState = { status: "idle" };

/** Withdraws the current figure of a cell, with a reason; refused if it changed meanwhile. */
export function RetractForm({ versionId, t }: { versionId: number; t: Dictionary["entry"]["history"] }) {
  const [state, formAction, pending] = useActionState(retractObservationAction, initial);
  return (
    <form action={formAction} className="form retract-form" data-testid="retract-form">
      <input type="hidden" name="id" value={versionId} />
      <input type="hidden" name="baseVersionId" value={versionId} />
      <label className="field">
        <span>{t.reason}</span>
        <input name="reason" placeholder={t.reasonHint} required />
        <FieldError errors={state.status === "invalid" ? state.fieldErrors : undefined} name="reason" />
      </label>
      {state.status === "error" || state.status === "conflict" ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === "retracted" ? (
        <p className="form-ok" role="status">
          {t.retracted}
        </p>
      ) : null}
      <div className="button-row">
        <button className="button button--danger" type="submit" disabled={pending}>
          {pending ? t.retracting : t.retract}
        </button>
      </div>
    </form>
  );
}
