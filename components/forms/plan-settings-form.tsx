"use client";
import { useActionState } from "react";
import { errorMessageOf, fieldErrorsOf, idleState } from "@/lib/actions/action-state";
import { updatePlanSettingsAction, type PlanSettingsFormState } from "@/lib/actions/admin";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import { FormError, FormOk } from "@/components/forms/field-error";
import { Field, SubmitRow } from "@/components/forms/field";

const initial: PlanSettingsFormState = idleState();
const FIELDS = ["nearlyAchievedPct", "onTrackLagPp", "atRiskLagPp", "ceilingMarginPp"] as const;

export interface PlanSettingsValues {
  plan: string;
  planName: string;
  nearlyAchievedPct: number;
  onTrackLagPp: number;
  atRiskLagPp: number;
  ceilingMarginPp: number;
  fourEyes: boolean;
}

/** One plan's evaluation thresholds (admins). */
export function PlanSettingsForm({ t, values }: { t: Dictionary["planSettings"]; values: PlanSettingsValues }) {
  const [state, formAction, pending] = useActionState(updatePlanSettingsAction, initial);
  const errors = fieldErrorsOf(state);
  return (
    <form action={formAction} className="form card" data-testid="plan-settings-form">
      <p className="small muted">{fill(t.intro, { plan: values.planName })}</p>
      <input type="hidden" name="plan" value={values.plan} />
      {FIELDS.map((k) => (
        <Field key={k} label={t[k]} name={k} errors={errors}>
          <input name={k} inputMode="decimal" defaultValue={String(values[k])} />
        </Field>
      ))}
      <Field label={t.fourEyes} name="fourEyes" errors={errors}>
        <select name="fourEyes" defaultValue={String(values.fourEyes)}>
          <option value="false">{t.fourEyesOff}</option>
          <option value="true">{t.fourEyesOn}</option>
        </select>
      </Field>
      <FormError message={errorMessageOf(state)} />
      {state.status === "done" ? <FormOk>{t.saved}</FormOk> : null}
      <SubmitRow pending={pending} label={t.save} pendingLabel={t.saving} />
    </form>
  );
}
