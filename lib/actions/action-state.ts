// What every server action hands back to its form (useActionState), in one shape.
// Pure types and helpers: client components import them; the pipeline that fills them
// is lib/actions/run-action.ts.
import type { ErrorCode } from "@/lib/errors";
import type { FailureState } from "@/lib/validation/form-state";

/** The form's fields as submitted, so a refused form can come back filled in. */
export type FormValues = Record<string, string>;

/**
 * `key` counts submissions: a form rendered with `key={state.key}` remounts after each
 * one, so its uncontrolled fields show `values` (or their defaults after a success)
 * instead of what React's form reset leaves. Messages are in the reader's language;
 * `fieldErrors` holds every message per field name.
 */
export type ActionState<D = null, X = never> =
  | { status: "idle"; key: number }
  | { status: "done"; key: number; data: D }
  | (Extract<FailureState, { status: "invalid" }> & { key: number; values?: FormValues })
  | (Extract<FailureState, { status: "error" }> & { key: number; code: ErrorCode; extra?: X; values?: FormValues });

/** The state a form starts in. */
export function idleState<D = null, X = never>(): ActionState<D, X> {
  return { status: "idle", key: 0 };
}

/** The per-field messages of a refused submission (for FieldError), else none. */
export function fieldErrorsOf(state: ActionState<unknown, unknown>): Record<string, string[]> | undefined {
  return state.status === "invalid" ? state.fieldErrors : undefined;
}

/** The form-level message of a failed submission, else null. */
export function errorMessageOf(state: ActionState<unknown, unknown>): string | null {
  return state.status === "error" ? state.message : null;
}
