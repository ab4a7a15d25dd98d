"use server";
import { revalidatePath } from "next/cache";
import { getRequestActor } from "@/lib/auth/page-actor";
import { createObservation } from "@/lib/data/observation-entry";
import { getPlausibilityWarnings } from "@/lib/data/observation-plausibility";
import { retractObservation } from "@/lib/data/observation-retract";
import type { ObservationVersion } from "@/lib/data/observation-versions";
import { AppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server-locale";
import { failureState, formObject, type FailureState } from "@/lib/validation/form-state";
import { observationInput, retractInput } from "@/lib/validation/observation";
import { fieldErrors, issuesOf } from "@/lib/validation/parse";
import { plausibilityMessages } from "@/lib/validation/plausibility-messages";

export type EntryFormState =
  | { status: "idle" }
  | FailureState
  | { status: "confirm"; warnings: string[] }
  | { status: "conflict"; message: string; current: ObservationVersion | null }
  | { status: "saved"; version: number; unchanged: boolean };

/** baseVersionId from the form: "none" = the editor saw an empty cell; "Keep mine" names the newer version. */
function baseVersion(fd: FormData): string | null | undefined {
  const base = String(fd.get("overrideBase") || fd.get("baseVersionId") || "");
  return base === "" ? undefined : base === "none" ? null : base;
}

export async function saveObservationAction(_prev: EntryFormState, fd: FormData): Promise<EntryFormState> {
  const locale = await getLocale();
  const parsed = observationInput.safeParse({ ...formObject(fd, ["flags"]), baseVersionId: baseVersion(fd) });
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrors(issuesOf(parsed.error), locale), message: "" };
  const actor = await getRequestActor();
  try {
    // implausible values are saved only once the analyst has confirmed them
    if (fd.get("confirm") !== "on") {
      const { warnings, unit } = await getPlausibilityWarnings(actor, parsed.data);
      if (warnings.length > 0) return { status: "confirm", warnings: plausibilityMessages(warnings, unit).map((m) => m[locale]) };
    }
    const r = await createObservation(actor, parsed.data);
    revalidatePath("/entry");
    return { status: "saved", version: r.observation.version, unchanged: r.status === "unchanged" };
  } catch (e) {
    if (e instanceof AppError && e.code === "CONFLICT") return { status: "conflict", message: e.detail[locale], current: (e.extra?.current ?? null) as ObservationVersion | null };
    return failureState(e, locale);
  }
}

export type RetractFormState = { status: "idle" } | FailureState | { status: "conflict"; message: string } | { status: "retracted" };

export async function retractObservationAction(_prev: RetractFormState, fd: FormData): Promise<RetractFormState> {
  const locale = await getLocale();
  const parsed = retractInput.safeParse({ reason: fd.get("reason") ?? "", baseVersionId: fd.get("baseVersionId") || undefined });
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrors(issuesOf(parsed.error), locale), message: "" };
  try {
    await retractObservation(await getRequestActor(), Number(fd.get("id")), parsed.data);
    revalidatePath("/entry");
    return { status: "retracted" };
  } catch (e) {
    if (e instanceof AppError && e.code === "CONFLICT") return { status: "conflict", message: e.detail[locale] };
    return failureState(e, locale);
  }
}
