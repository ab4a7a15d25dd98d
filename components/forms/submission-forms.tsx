"use client";
import { useActionState, useState } from "react";
import { errorMessageOf, fieldErrorsOf, idleState } from "@/lib/actions/action-state";
import { acceptSubmissionAction, returnSubmissionAction, submitFigureAction, type ReviewFormState, type SubmitFormState } from "@/lib/actions/submissions";
import type { SubmissionStrings } from "@/lib/i18n/strings/submissions";
import type { Locale } from "@/lib/i18n/locale";
import { FormError, FormOk } from "@/components/forms/field-error";
import { Field, SubmitRow } from "@/components/forms/field";

export interface SeriesOption {
  indicator: string;
  region: string;
  label: string;
  unit: string;
}

export interface FigureDefaults {
  series?: string;
  year?: number;
  value?: string;
  unit?: string;
  source?: string;
  note?: string;
}

const submitInitial: SubmitFormState = idleState();

/** A reporter's figure for one of the unit's series; `defaults` refill it for a resubmission. */
export function SubmitFigureForm({
  series,
  defaults = {},
  t,
  testId = "submit-figure-form",
}: {
  series: SeriesOption[];
  defaults?: FigureDefaults;
  t: SubmissionStrings["mine"];
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(submitFigureAction, submitInitial);
  const [key, setKey] = useState(defaults.series ?? (series[0] ? `${series[0].indicator}|${series[0].region}` : ""));
  const chosen = series.find((s) => `${s.indicator}|${s.region}` === key);
  const errors = fieldErrorsOf(state);
  const v = state.status === "invalid" || state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="form card" data-testid={testId}>
      <Field label={t.series}>
        <select value={key} onChange={(e) => setKey(e.target.value)} name="series">
          {series.map((s) => (
            <option key={`${s.indicator}|${s.region}`} value={`${s.indicator}|${s.region}`}>
              {s.label}
            </option>
          ))}
        </select>
      </Field>
      <input type="hidden" name="indicator" value={chosen?.indicator ?? ""} />
      <input type="hidden" name="region" value={chosen?.region ?? ""} />
      <div className="grid grid--two" key={state.key}>
        <Field label={t.year} name="year" errors={errors}>
          <input name="year" inputMode="numeric" required defaultValue={v?.year ?? defaults.year ?? new Date().getFullYear() - 1} />
        </Field>
        <Field label={t.value} name="value" errors={errors}>
          <input name="value" inputMode="decimal" required defaultValue={v?.value ?? defaults.value ?? ""} />
        </Field>
        <Field label={t.unit} name="unit" errors={errors}>
          <input name="unit" defaultValue={v?.unit ?? defaults.unit ?? chosen?.unit ?? ""} />
        </Field>
        <Field label={t.source} name="source" errors={errors}>
          <input name="source" required defaultValue={v?.source ?? defaults.source ?? ""} />
        </Field>
      </div>
      <Field label={t.note} name="note" errors={errors}>
        <input name="note" defaultValue={v?.note ?? defaults.note ?? ""} />
      </Field>
      <FormError message={errorMessageOf(state)} />
      {state.status === "done" ? <FormOk>{t.submitted}</FormOk> : null}
      <SubmitRow pending={pending} label={t.submit} pendingLabel={t.submitting} />
    </form>
  );
}

const reviewInitial: ReviewFormState = idleState();

/** Accept (against the official version shown) or return with a comment. */
export function ReviewActions({ id, currentId, t }: { id: number; currentId: number | null; t: SubmissionStrings["review"]; locale?: Locale }) {
  const [acceptState, accept, accepting] = useActionState(acceptSubmissionAction, reviewInitial);
  const [returnState, giveBack, returning] = useActionState(returnSubmissionAction, reviewInitial);
  const errors = fieldErrorsOf(returnState);
  if (acceptState.status === "done") return <FormOk>{t.accepted}</FormOk>;
  if (returnState.status === "done") return <FormOk>{t.returned}</FormOk>;
  return (
    <div className="review-actions">
      <form action={accept} data-testid={`accept-${id}`}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="baseVersionId" value={currentId ?? "none"} />
        <FormError message={errorMessageOf(acceptState)} />
        <SubmitRow pending={accepting} label={t.accept} pendingLabel={t.accepting} />
      </form>
      <form action={giveBack} className="form" data-testid={`return-${id}`}>
        <input type="hidden" name="id" value={id} />
        <Field label={t.comment} name="comment" errors={errors}>
          <textarea name="comment" rows={2} required />
        </Field>
        <FormError message={errorMessageOf(returnState)} />
        <SubmitRow pending={returning} label={t.return} pendingLabel={t.returning} />
      </form>
    </div>
  );
}
