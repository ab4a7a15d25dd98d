"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/actions/action-state";
import { saveAssessment, type AssessmentFormState } from "@/lib/actions/goals";
import { FormError } from "@/components/forms/field-error";

export interface AssessmentFormLabels {
  title: string;
  year: string;
  rating: string;
  narrative: string;
  evidence: string;
  evidenceHint: string;
  submit: string;
  saved: string;
  invalid: string;
  ratings: { value: string; label: string }[];
}

const INITIAL: AssessmentFormState = idleState();

/** New assessment of one goal: posts to the server action, shows field errors in place. */
export function AssessmentForm({
  planSlug,
  goalKey,
  defaultYear,
  labels,
}: {
  planSlug: string;
  goalKey: string;
  defaultYear: number;
  labels: AssessmentFormLabels;
}) {
  const [state, action, pending] = useActionState(saveAssessment, INITIAL);
  const err = (name: string) => (state.status === "invalid" ? state.fieldErrors[name]?.join("；") : undefined);
  const id = (name: string) => `${goalKey}-${name}`;
  const v = state.status === "invalid" || state.status === "error" ? state.values : undefined;
  return (
    <form key={state.key} action={action} className="form assessment-form" data-testid="assessment-form" data-goal={goalKey}>
      <input type="hidden" name="plan" value={planSlug} />
      <input type="hidden" name="goal" value={goalKey} />
      <div className="form-row">
        <label className="field" htmlFor={id("year")}>
          {labels.year}
          <input
            id={id("year")}
            name="year"
            type="number"
            min={2000}
            max={2100}
            defaultValue={v?.year ?? defaultYear}
            required
            aria-invalid={err("year") ? true : undefined}
          />
          {err("year") ? <span className="field-error">{err("year")}</span> : null}
        </label>
        <label className="field" htmlFor={id("rating")}>
          {labels.rating}
          <select id={id("rating")} name="rating" required defaultValue={v?.rating ?? ""}>
            <option value="" disabled>
              —
            </option>
            {labels.ratings.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
          {err("rating") ? <span className="field-error">{err("rating")}</span> : null}
        </label>
      </div>
      <label className="field" htmlFor={id("narrative")}>
        {labels.narrative}
        <textarea
          id={id("narrative")}
          name="narrative"
          rows={3}
          required
          defaultValue={v?.narrative ?? ""}
          aria-invalid={err("narrative") ? true : undefined}
        />
        {err("narrative") ? <span className="field-error">{err("narrative")}</span> : null}
      </label>
      <label className="field" htmlFor={id("evidence")}>
        {labels.evidence}
        <textarea
          id={id("evidence")}
          name="evidence"
          rows={2}
          defaultValue={v?.evidence ?? ""}
          placeholder={labels.evidenceHint}
          aria-invalid={err("evidence") ? true : undefined}
        />
        <span className="small muted">{labels.evidenceHint}</span>
        {err("evidence") ? <span className="field-error">{err("evidence")}</span> : null}
      </label>
      {state.status === "done" ? (
        <p className="form-ok" role="status">
          {labels.saved}
        </p>
      ) : null}
      {state.status === "invalid" ? (
        <p className="form-error" role="alert">
          {labels.invalid}
        </p>
      ) : null}
      <FormError message={state.status === "error" ? state.message : null} />
      <div>
        <button className="button" type="submit" disabled={pending}>
          {labels.submit}
        </button>
      </div>
    </form>
  );
}
