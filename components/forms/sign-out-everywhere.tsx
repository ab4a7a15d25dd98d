"use client";
import { useFormStatus } from "react-dom";
import { signOutEverywhereAction } from "@/app/(app)/account/actions";

function Submit({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button className="button button--danger" type="submit" disabled={pending} data-testid="sign-out-everywhere">
      {pending ? pendingLabel : label}
    </button>
  );
}

/** Ends every session of the account (server action), then the sign-in page. */
export function SignOutEverywhereButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  return (
    <form action={signOutEverywhereAction}>
      <Submit label={label} pendingLabel={pendingLabel} />
    </form>
  );
}
