"use server";
// Server actions of /entry: save one figure (with the plausibility confirmation), retract one.
import { z } from "zod";
import { recordEntry } from "@/lib/data/submissions";
import { getPlausibilityWarnings } from "@/lib/data/observation-plausibility";
import { retractObservation } from "@/lib/data/observation-retract";
import type { ObservationVersion } from "@/lib/data/observation-versions";
import type { Message } from "@/lib/i18n/message";
import { formObject } from "@/lib/validation/form-state";
import { observationIdParam, observationInput, retractInput } from "@/lib/validation/observation";
import { plausibilityMessages } from "@/lib/validation/plausibility-messages";
import type { ActionState } from "./action-state";
import { runAction } from "./run-action";

/** A save either asks to confirm implausible values first, or records a version. */
// "submitted": under the plan's four-eyes rule the figure awaits another reviewer
type EntrySaved = { kind: "confirm"; warnings: Message[] } | { kind: "saved"; version: number; unchanged: boolean } | { kind: "submitted"; id: number };
/** A refused save may carry the version someone else saved meanwhile (CONFLICT). */
export type EntryFormState = ActionState<EntrySaved, ObservationVersion | null>;

/** baseVersionId from the form: "none" = the editor saw an empty cell; "Keep mine" names the newer version. */
function baseVersion(fd: FormData): string | null | undefined {
  const base = String(fd.get("overrideBase") || fd.get("baseVersionId") || "");
  return base === "" ? undefined : base === "none" ? null : base;
}

// the confirmation checkbox: browsers send "on" when it is ticked
const confirmParam = z.object({
  confirm: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

export async function saveObservationAction(prev: EntryFormState, fd: FormData): Promise<EntryFormState> {
  return runAction(prev, fd, {
    schema: observationInput,
    params: confirmParam,
    read: (form) => ({ ...formObject(form, ["flags"]), baseVersionId: baseVersion(form) }),
    permission: "observation.write",
    run: async (actor, input, { confirm }): Promise<EntrySaved> => {
      // implausible values are saved only once the analyst has confirmed them
      if (!confirm) {
        const { warnings, unit } = await getPlausibilityWarnings(actor, input);
        if (warnings.length > 0) return { kind: "confirm", warnings: plausibilityMessages(warnings, unit) };
      }
      const r = await recordEntry(actor, input);
      if (r.kind === "submission") return { kind: "submitted", id: r.id };
      return { kind: "saved", version: r.observation.version, unchanged: r.status === "unchanged" };
    },
    revalidate: (d) => (d.kind === "confirm" ? null : "/entry"),
    errorExtra: (e) => (e.code === "CONFLICT" ? ((e.extra?.current ?? null) as ObservationVersion | null) : undefined),
  });
}

export type RetractFormState = ActionState<{ retracted: true }>;

export async function retractObservationAction(prev: RetractFormState, fd: FormData): Promise<RetractFormState> {
  return runAction(prev, fd, {
    schema: retractInput,
    params: observationIdParam,
    read: (form) => ({ id: form.get("id") ?? "", reason: form.get("reason") ?? "", baseVersionId: form.get("baseVersionId") || undefined }),
    permission: "observation.retract",
    run: async (actor, input, { id }) => {
      await retractObservation(actor, id, input);
      return { retracted: true as const };
    },
    revalidate: () => "/entry",
  });
}
