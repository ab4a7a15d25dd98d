"use client";
import { useActionState } from "react";
import { errorMessageOf, fieldErrorsOf, idleState } from "@/lib/actions/action-state";
import { retractObservationAction, type RetractFormState } from "@/lib/actions/entry";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { FormError, FormOk } from "@/components/forms/field-error";
import { Field } from "@/components/forms/field";

const initial: RetractFormState = idleState();

/** Withdraws the current figure of a cell, with a reason; refused if it changed meanwhile. */
export function RetractForm({ versionId, t }: { versionId: number; t: Dictionary["entry"]["history"] }) {
  const [state, formAction, pending] = useActionState(retractObservationAction, initial);
  return (
    <form action={formAction} className="form retract-form" data-testid="retract-form">
      <input type="hidden" name="id" value={versionId} />
      <input type="hidden" name="baseVersionId" value={versionId} />
      <Field label={t.reason} name="reason" errors={fieldErrorsOf(state)}>
        <input name="reason" placeholder={t.reasonHint} required />
      </Field>
      <FormError message={errorMessageOf(state)} />
      {state.status === "done" ? <FormOk>{t.retracted}</FormOk> : null}
      <div className="button-row">
        <button className="button button--danger" type="submit" disabled={pending}>
          {pending ? t.retracting : t.retract}
        </button>
      </div>
    </form>
  );
}
