import { AppError } from "@/lib/errors";
import { can, FORBIDDEN_MESSAGE, UNAUTHENTICATED_MESSAGE, type Action, type Actor, type Resource } from "@/lib/permissions";

/**
 * Enforces the policy: anonymous → UNAUTHENTICATED (401), a share link outside its
 * report → UNAUTHENTICATED too (it is not an identity for anything else), a signed-in
 * role that may not → FORBIDDEN (403).
 */
export function authorize(actor: Actor, action: Action, resource?: Resource): void {
  if (can(actor, action, resource)) return;
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", UNAUTHENTICATED_MESSAGE);
  throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
}

export function requireUser(actor: Actor): Extract<Actor, { kind: "user" }> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", UNAUTHENTICATED_MESSAGE);
  return actor;
}
