"use client";
import { useActionState } from "react";
import { errorMessageOf, fieldErrorsOf, idleState } from "@/lib/actions/action-state";
import { freezeRoundAction, reopenRoundAction, type RoundStatusFormState } from "@/lib/actions/rounds";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { FormError } from "@/components/forms/field-error";
import { Field, SubmitRow } from "@/components/forms/field";

const initial: RoundStatusFormState = idleState();

/** Freeze an open round, or reopen a frozen one with a reason (admins). */
export function RoundStatusControls({ t, id, status }: { t: Dictionary["rounds"]["round"]; id: number; status: "open" | "frozen" }) {
  const [freezeState, freeze, freezing] = useActionState(freezeRoundAction, initial);
  const [reopenState, reopen, reopening] = useActionState(reopenRoundAction, initial);
  if (status === "open") {
    return (
      <form action={freeze} className="form card" data-testid="freeze-form">
        <input type="hidden" name="id" value={id} />
        <p className="small muted">{t.freezeHint}</p>
        <FormError message={errorMessageOf(freezeState)} />
        <SubmitRow pending={freezing} label={t.freeze} pendingLabel={t.freezing} />
      </form>
    );
  }
  const errors = fieldErrorsOf(reopenState);
  return (
    <form action={reopen} className="form card" data-testid="reopen-form" key={reopenState.key}>
      <input type="hidden" name="id" value={id} />
      <Field label={t.reason} name="reason" errors={errors}>
        <textarea name="reason" rows={2} required />
      </Field>
      <FormError message={errorMessageOf(reopenState)} />
      <SubmitRow pending={reopening} label={t.reopen} pendingLabel={t.reopening} />
    </form>
  );
}
