"use client";
import { useActionState } from "react";
import { idleState } from "@/lib/actions/action-state";
import { retractObservationAction, type RetractFormState } from "@/lib/actions/entry";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { FieldError } from "@/components/forms/field-error";

const initial: RetractFormState = idleState();

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
      {state.status === "error" ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === "done" ? (
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
