"use client";
import { useActionState } from "react";
import { idleState } from "@/lib/actions/action-state";
import { updatePlanSettingsAction, type PlanSettingsFormState } from "@/lib/actions/admin";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import { FieldError, FormError } from "@/components/forms/field-error";

const initial: PlanSettingsFormState = idleState();
const FIELDS = ["nearlyAchievedPct", "onTrackLagPp", "atRiskLagPp", "ceilingMarginPp"] as const;

export interface PlanSettingsValues {
  plan: string;
  planName: string;
  nearlyAchievedPct: number;
  onTrackLagPp: number;
  atRiskLagPp: number;
  ceilingMarginPp: number;
}

/** One plan's evaluation thresholds (admins). */
export function PlanSettingsForm({ t, values }: { t: Dictionary["planSettings"]; values: PlanSettingsValues }) {
  const [state, formAction, pending] = useActionState(updatePlanSettingsAction, initial);
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="form card" data-testid="plan-settings-form">
      <p className="small muted">{fill(t.intro, { plan: values.planName })}</p>
      <input type="hidden" name="plan" value={values.plan} />
      {FIELDS.map((k) => (
        <label key={k} className="field">
          <span>{t[k]}</span>
          <input name={k} inputMode="decimal" defaultValue={String(values[k])} />
          <FieldError errors={errors} name={k} />
        </label>
      ))}
      <FormError message={state.status === "error" ? state.message : null} />
      {state.status === "done" ? (
        <p className="form-ok" role="status">
          {t.saved}
        </p>
      ) : null}
      <div className="button-row">
        <button className="button" type="submit" disabled={pending}>
          {pending ? t.saving : t.save}
        </button>
      </div>
    </form>
  );
}
