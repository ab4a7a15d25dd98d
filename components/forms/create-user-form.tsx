"use client";
import { useActionState } from "react";
import { errorMessageOf, fieldErrorsOf, idleState } from "@/lib/actions/action-state";
import { createUserAction, type UserFormState } from "@/lib/actions/admin";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/dictionary";
import { FormError, FormOk } from "@/components/forms/field-error";
import { Field, SubmitRow } from "@/components/forms/field";
import { RoleOptions } from "@/components/forms/role-options";

const initial: UserFormState = idleState();

export function CreateUserForm({
  t,
  roles,
  units = [],
  unitLabel = "",
}: {
  t: Dictionary["admin"]["users"];
  roles: Record<string, string>;
  /** active units, in the reader's language: a reporter must belong to one */
  units?: { id: number; name: string }[];
  unitLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(createUserAction, initial);
  const errors = fieldErrorsOf(state);
  return (
    <form action={formAction} className="form card" data-testid="create-user-form">
      <h3>{t.createTitle}</h3>
      <Field label={t.email} name="email" errors={errors}>
        <input name="email" type="email" required />
      </Field>
      <Field label={t.name} name="name" errors={errors}>
        <input name="name" required />
      </Field>
      <Field label={t.password} name="password" errors={errors}>
        <input name="password" type="password" autoComplete="new-password" placeholder={t.passwordHint} required />
      </Field>
      <Field label={t.role}>
        <select name="role" defaultValue="analyst">
          <RoleOptions roles={roles} />
        </select>
      </Field>
      <Field label={unitLabel} name="unitId" errors={errors}>
        <select name="unitId" defaultValue="">
          <option value="">—</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </Field>
      <FormError message={errorMessageOf(state)} />
      {state.status === "done" ? <FormOk>{fill(t.createdOk, { email: state.data.email })}</FormOk> : null}
      <SubmitRow pending={pending} label={t.create} pendingLabel={t.creating} />
    </form>
  );
}
