// The one pipeline of every server action: read the form, parse it with the schema (zod
// coerces numbers), authorize through the policy, call the data layer, and turn errors
// into the form's state in one place. The data layer still checks every call itself,
// against the resource; the check here refuses a role early, before any work.
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorize, requireUser } from "@/lib/auth/authorize";
import { getRequestActor } from "@/lib/auth/page-actor";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server-locale";
import type { Action, Actor } from "@/lib/permissions";
import { failureState, formObject } from "@/lib/validation/form-state";
import { fieldErrors, issuesFromError, issuesOf, type FieldIssue } from "@/lib/validation/parse";
import type { ActionState, FormValues } from "./action-state";

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface ActionSpec<S extends z.ZodType, P extends AnyObject, D, X> {
  /** The input itself. */
  schema: S;
  /** Identifiers carried beside the input (an id, a plan slug): parsed from the same fields, taken out before `schema` reads them. */
  params?: P;
  /** The raw object both schemas read; default: the form's fields as strings (FormData), or the object passed. */
  read?: (input: FormData) => Record<string, unknown>;
  /** What the policy must allow; "signed-in": any user. */
  permission: Action | "signed-in" | ((params: z.output<P>) => Action);
  run: (actor: Actor, input: z.output<S>, params: z.output<P>) => Promise<D>;
  /** Pages to refresh after a success (null: none). */
  revalidate?: (data: D) => string | { path: string; type: "layout" | "page" } | null;
  /** Where to go after a success. */
  redirectTo?: (data: D) => string;
  /** Fields sent back with a failure, so the form comes back filled in. */
  echo?: readonly string[];
  /** One message per field instead of the schema's (a form with its own wording). */
  fieldMessages?: (locale: Locale) => Record<string, string>;
  /** fieldErrors keyed by the whole dotted path ("selection.years.to") rather than its first name. */
  fullPaths?: boolean;
  /** What a refused call carries back besides its message (the newer version of a conflict). */
  errorExtra?: (e: AppError) => X | undefined;
}

const NO_PARAMS = z.object({});

/**
 * Runs one server action. Returns the form's next state; a success with `redirectTo`
 * does not return (Next's redirect). Anything that is not an AppError is a bug and is
 * rethrown, never shown as a form message.
 */
export async function runAction<S extends z.ZodType, P extends AnyObject = typeof NO_PARAMS, D = null, X = never>(
  prev: ActionState<D, X>,
  input: FormData | Record<string, unknown>,
  spec: ActionSpec<S, P, D, X>,
): Promise<ActionState<D, X>> {
  const locale = await getLocale();
  const key = prev.key + 1;
  const raw = input instanceof FormData ? (spec.read ? spec.read(input) : formObject(input)) : input;
  const values = spec.echo ? echoed(input, spec.echo) : undefined;
  const paramSchema = (spec.params ?? NO_PARAMS) as P;
  const params = paramSchema.safeParse(raw);
  const body = spec.schema.safeParse(withoutKeys(raw, Object.keys(paramSchema.shape)));
  if (!params.success || !body.success) {
    const issues = [...(params.success ? [] : issuesOf(params.error)), ...(body.success ? [] : issuesOf(body.error))];
    return { status: "invalid", key, message: "", fieldErrors: formFieldErrors(issues, locale, spec), values };
  }
  let data: D;
  try {
    const actor = await getRequestActor();
    const permission = typeof spec.permission === "function" ? spec.permission(params.data) : spec.permission;
    if (permission === "signed-in") requireUser(actor);
    else authorize(actor, permission);
    data = await spec.run(actor, body.data, params.data);
  } catch (e) {
    const failure = failureState(e, locale);
    if (failure.status === "invalid") return { ...failure, key, fieldErrors: formFieldErrors(issuesFromError(e as AppError), locale, spec), values };
    const appError = e as AppError;
    return { ...failure, key, code: appError.code, extra: spec.errorExtra?.(appError), values };
  }
  const target = spec.revalidate?.(data);
  if (typeof target === "string") revalidatePath(target);
  else if (target) revalidatePath(target.path, target.type);
  if (spec.redirectTo) redirect(spec.redirectTo(data));
  return { status: "done", key, data };
}

function formFieldErrors(
  issues: readonly FieldIssue[],
  locale: Locale,
  spec: { fullPaths?: boolean; fieldMessages?: (locale: Locale) => Record<string, string> },
) {
  const errors = fieldErrors(issues, locale, spec.fullPaths ? "path" : "field");
  const own = spec.fieldMessages?.(locale) ?? {};
  return Object.fromEntries(Object.entries(errors).map(([name, list]) => [name, own[name] !== undefined ? [own[name]] : list]));
}

function withoutKeys(raw: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !keys.includes(k)));
}

/** The named fields as typed (before `read` reshapes them). */
function echoed(input: FormData | Record<string, unknown>, names: readonly string[]): FormValues {
  const get = (n: string) => (input instanceof FormData ? input.get(n) : input[n]);
  return Object.fromEntries(names.map((n) => [n, String(get(n) ?? "")]));
}
