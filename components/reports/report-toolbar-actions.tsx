"use client";
import { useActionState } from "react";
import { errorMessageOf, idleState } from "@/lib/actions/action-state";
import { deleteReportAction, duplicateReportAction } from "@/lib/actions/reports";
import { ConfirmSubmit } from "@/components/reports/confirm-submit";
import { FormError } from "@/components/forms/field-error";

/** "Duplicate" and "Delete" of the report toolbar; each opens its next page, or says why it was refused. */
export function DuplicateReportButton({ reportId, label }: { reportId: number; label: string }) {
  const [state, formAction, pending] = useActionState(duplicateReportAction, idleState());
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={reportId} />
      <button className="button button--ghost" type="submit" disabled={pending}>
        {label}
      </button>
      <FormError message={errorMessageOf(state)} />
    </form>
  );
}

export function DeleteReportButton({ reportId, label, question }: { reportId: number; label: string; question: string }) {
  const [state, formAction] = useActionState(deleteReportAction, idleState());
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={reportId} />
      <ConfirmSubmit className="button button--ghost button--danger" label={label} question={question} testId="delete-report" />
      <FormError message={errorMessageOf(state)} />
    </form>
  );
}
