import type { ReactNode } from "react";
import { FieldError } from "@/components/forms/field-error";

/** One labelled form field with the action's messages for it (`name`) under the control. */
export function Field({ label, name, errors, children }: { label: ReactNode; name?: string; errors?: Record<string, string[]>; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
      {name ? <FieldError errors={errors} name={name} /> : null}
    </label>
  );
}

/** The form's submit button, which says so while the action runs. */
export function SubmitRow({
  pending,
  label,
  pendingLabel = label,
  disabled = false,
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  disabled?: boolean;
}) {
  return (
    <div className="button-row">
      <button className="button" type="submit" disabled={pending || disabled}>
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}
