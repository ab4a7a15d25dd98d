"use client";
import { useActionState } from "react";
import { errorMessageOf, idleState } from "@/lib/actions/action-state";
import { signOutEverywhereAction } from "@/lib/actions/account";
import { FormError } from "@/components/forms/field-error";

/** Ends every session of the account (server action), then the sign-in page. */
export function SignOutEverywhereButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const [state, formAction, pending] = useActionState(signOutEverywhereAction, idleState());
  return (
    <form action={formAction}>
      <button className="button button--danger" type="submit" disabled={pending} data-testid="sign-out-everywhere">
        {pending ? pendingLabel : label}
      </button>
      <FormError message={errorMessageOf(state)} />
    </form>
  );
}
