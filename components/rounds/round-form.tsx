"use client";
import { useActionState } from "react";
import { errorMessageOf, fieldErrorsOf, idleState } from "@/lib/actions/action-state";
import { createRoundAction, type RoundFormState } from "@/lib/actions/rounds";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { FormError } from "@/components/forms/field-error";
import { Field, SubmitRow } from "@/components/forms/field";

const initial: RoundFormState = idleState();

/** Opens a monitoring round (admins); a success goes to the new round's page. */
export function RoundForm({
  t,
  plans,
  defaults,
}: {
  t: Dictionary["rounds"]["form"];
  plans: { slug: string; name: string }[];
  defaults: { plan: string; year: number; dueDate: string };
}) {
  const [state, formAction, pending] = useActionState(createRoundAction, initial);
  const errors = fieldErrorsOf(state);
  const v = state.status === "invalid" || state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="form card" data-testid="round-form" key={state.key}>
      <p className="small muted">{t.intro}</p>
      <Field label={t.plan} name="plan" errors={errors}>
        <select name="plan" defaultValue={v?.plan ?? defaults.plan}>
          {plans.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t.name} name="name" errors={errors}>
        <input name="name" required placeholder={t.namePlaceholder} defaultValue={v?.name ?? ""} />
      </Field>
      <Field label={t.year} name="year" errors={errors}>
        <input name="year" inputMode="numeric" required defaultValue={v?.year ?? String(defaults.year)} />
      </Field>
      <Field label={t.dueDate} name="dueDate" errors={errors}>
        <input name="dueDate" type="date" required defaultValue={v?.dueDate ?? defaults.dueDate} />
      </Field>
      <FormError message={errorMessageOf(state)} />
      <SubmitRow pending={pending} label={t.submit} pendingLabel={t.submitting} />
    </form>
  );
}
