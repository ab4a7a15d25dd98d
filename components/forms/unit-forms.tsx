"use client";
import { useActionState } from "react";
import { errorMessageOf, fieldErrorsOf, idleState } from "@/lib/actions/action-state";
import { createUnitAction, updateUnitAction, type UnitFormState } from "@/lib/actions/submissions";
import { fill } from "@/lib/i18n/dictionary";
import type { SubmissionStrings } from "@/lib/i18n/strings/submissions";
import type { UnitSummary } from "@/lib/data/units";
import { FormError, FormOk } from "@/components/forms/field-error";
import { Field, SubmitRow } from "@/components/forms/field";

const initial: UnitFormState = idleState();
type Strings = SubmissionStrings["units"];

function UnitFields({ t, errors, unit }: { t: Strings; errors?: Record<string, string[]>; unit?: UnitSummary }) {
  return (
    <>
      <Field label={t.nameZh} name="nameZh" errors={errors}>
        <input name="nameZh" required defaultValue={unit?.nameZh} />
      </Field>
      <Field label={t.nameEn} name="nameEn" errors={errors}>
        <input name="nameEn" required defaultValue={unit?.nameEn} />
      </Field>
      <Field label={t.kind} name="kind" errors={errors}>
        <input name="kind" defaultValue={unit?.kind ?? ""} />
      </Field>
      <Field label={t.contact} name="contact" errors={errors}>
        <input name="contact" defaultValue={unit?.contact ?? ""} />
      </Field>
    </>
  );
}

export function CreateUnitForm({ t }: { t: Strings }) {
  const [state, formAction, pending] = useActionState(createUnitAction, initial);
  return (
    <form action={formAction} className="form card" data-testid="create-unit-form" key={state.key}>
      <h3>{t.create}</h3>
      <UnitFields t={t} errors={fieldErrorsOf(state)} />
      <FormError message={errorMessageOf(state)} />
      {state.status === "done" ? <FormOk>{fill(t.created, { name: state.data.name })}</FormOk> : null}
      <SubmitRow pending={pending} label={t.create} pendingLabel={t.creating} />
    </form>
  );
}

/** One unit, editable in place (admins); deactivating keeps its history and assignments. */
export function EditUnitForm({ t, unit }: { t: Strings; unit: UnitSummary }) {
  const [state, formAction, pending] = useActionState(updateUnitAction, initial);
  return (
    <form action={formAction} className="form card" data-testid={`unit-${unit.id}`}>
      <input type="hidden" name="id" value={unit.id} />
      <UnitFields t={t} errors={fieldErrorsOf(state)} unit={unit} />
      <Field label={t.active} name="active" errors={fieldErrorsOf(state)}>
        <select name="active" defaultValue={String(unit.active)}>
          <option value="true">{t.activeOn}</option>
          <option value="false">{t.activeOff}</option>
        </select>
      </Field>
      <FormError message={errorMessageOf(state)} />
      {state.status === "done" ? <FormOk>{t.saved}</FormOk> : null}
      <SubmitRow pending={pending} label={t.save} pendingLabel={t.creating} />
    </form>
  );
}
