"use client";
import { useActionState, useState } from "react";
import { errorMessageOf, fieldErrorsOf, idleState } from "@/lib/actions/action-state";
import { assignTargetAction, type AssignmentFormState } from "@/lib/actions/submissions";
import type { SubmissionStrings } from "@/lib/i18n/strings/submissions";
import type { Locale } from "@/lib/i18n/locale";
import { FormError, FormOk } from "@/components/forms/field-error";
import { Field, SubmitRow } from "@/components/forms/field";

const initial: AssignmentFormState = idleState();

export interface AssignableTarget {
  id: number;
  label: string;
  leadUnitId: number | null;
  supportUnitIds: number[];
}

/** Admins: a target's lead unit and supporting units (replaces the previous assignment). */
export function TargetAssignmentForm({
  targets,
  units,
  t,
  locale,
}: {
  targets: AssignableTarget[];
  units: { id: number; nameZh: string; nameEn: string; active: boolean }[];
  t: SubmissionStrings["assignment"];
  locale: Locale;
}) {
  const [state, formAction, pending] = useActionState(assignTargetAction, initial);
  const [targetId, setTargetId] = useState(targets[0]?.id ?? 0);
  const target = targets.find((x) => x.id === targetId);
  const name = (u: { nameZh: string; nameEn: string }) => (locale === "zh" ? u.nameZh : u.nameEn);
  const errors = fieldErrorsOf(state);
  return (
    <form action={formAction} className="form card" data-testid="target-assignment-form">
      <h3>{t.title}</h3>
      <p className="small muted">{t.intro}</p>
      <Field label={t.target} name="id" errors={errors}>
        <select name="id" value={targetId} onChange={(e) => setTargetId(Number(e.target.value))}>
          {targets.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      </Field>
      {/* keyed by target: the controls start from that target's assignment */}
      <div key={targetId} className="form">
        <Field label={t.leadUnit} name="leadUnitId" errors={errors}>
          <select name="leadUnitId" defaultValue={target?.leadUnitId ?? ""}>
            <option value="">{t.noUnit}</option>
            {units
              .filter((u) => u.active || u.id === target?.leadUnitId)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {name(u)}
                </option>
              ))}
          </select>
        </Field>
        <fieldset className="field">
          <legend>{t.supportUnits}</legend>
          {units
            .filter((u) => u.active || target?.supportUnitIds.includes(u.id))
            .map((u) => (
              <label key={u.id} className="checkbox">
                <input type="checkbox" name="supportUnitIds" value={u.id} defaultChecked={target?.supportUnitIds.includes(u.id)} /> {name(u)}
              </label>
            ))}
        </fieldset>
      </div>
      <FormError message={errorMessageOf(state)} />
      {state.status === "done" ? <FormOk>{t.saved}</FormOk> : null}
      <SubmitRow pending={pending} label={t.save} />
    </form>
  );
}
