"use client";
import { useActionState } from "react";
import { idleState } from "@/lib/actions/action-state";
import { updateUserAction, type UserFormState } from "@/lib/actions/admin";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { RoleOptions } from "@/components/forms/role-options";

const initial: UserFormState = idleState();

/** Change the role, or deactivate / reactivate, of one user (each change audited with before/after). */
export function UserRowActions({
  user,
  t,
  roles,
}: {
  user: { id: number; role: string; active: boolean };
  t: Dictionary["admin"]["users"];
  roles: Record<string, string>;
}) {
  const [roleState, roleAction, rolePending] = useActionState(updateUserAction, initial);
  const [activeState, activeAction, activePending] = useActionState(updateUserAction, initial);
  const error = [roleState, activeState].find((s) => s.status === "error" || s.status === "invalid");
  return (
    <div className="inline-form" data-testid={`user-actions-${user.id}`}>
      <form action={roleAction} className="inline-form">
        <input type="hidden" name="id" value={user.id} />
        <select name="role" defaultValue={user.role} aria-label={t.role}>
          <RoleOptions roles={roles} />
        </select>
        <button className="button button--ghost" type="submit" disabled={rolePending}>
          {t.changeRole}
        </button>
      </form>
      <form action={activeAction}>
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="active" value={user.active ? "false" : "true"} />
        <button className={user.active ? "button button--danger" : "button button--ghost"} type="submit" disabled={activePending}>
          {user.active ? t.deactivate : t.reactivate}
        </button>
      </form>
      {error && "message" in error && error.message ? (
        <span className="field-error" role="alert">
          {error.message}
        </span>
      ) : null}
    </div>
  );
}
