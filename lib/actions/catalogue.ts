"use server";
// Server actions of /indicators and the plan settings page: the indicator catalogue and targets.
import { createIndicator } from "@/lib/data/indicator-writes";
import { createTarget, updateTarget } from "@/lib/data/target-writes";
import { idParam } from "@/lib/validation/account";
import { indicatorCreate, targetCreate, targetPatch } from "@/lib/validation/catalogue";
import { formObject } from "@/lib/validation/form-state";
import type { ActionState } from "./action-state";
import { runAction } from "./run-action";

/** `label`: what the success message names (the indicator's code, the target's id). */
export type CatalogueFormState = ActionState<{ label: string }>;

export async function createIndicatorAction(prev: CatalogueFormState, fd: FormData): Promise<CatalogueFormState> {
  return runAction(prev, fd, {
    schema: indicatorCreate,
    read: (form) => {
      const raw = formObject(form);
      return { ...raw, attribute: raw.attribute || null };
    },
    permission: "indicator.write",
    run: async (actor, input) => ({ label: (await createIndicator(actor, input)).code }),
    revalidate: () => "/indicators",
  });
}

/** Empty form fields mean "leave as it is", except a cleared baseline, which removes it. */
export async function updateTargetAction(prev: CatalogueFormState, fd: FormData): Promise<CatalogueFormState> {
  return runAction(prev, fd, {
    schema: targetPatch,
    params: idParam,
    read: (form) => {
      const raw = formObject(form);
      const baseline = raw.baselineYear || raw.baselineValue ? { year: raw.baselineYear, value: raw.baselineValue || undefined } : null;
      const rateKind = raw.kind === "growth_rate" || raw.kind === "reduction";
      return {
        id: raw.id,
        value: raw.value || undefined,
        type: raw.type || undefined,
        kind: raw.kind || undefined,
        // a disabled rate field is not sent: a level or cumulative target has none
        rate: rateKind ? raw.rate || null : raw.kind ? null : undefined,
        tolerancePct: raw.type === "approx" && raw.tolerancePct ? raw.tolerancePct : raw.type ? null : undefined,
        baseline,
        clause: raw.clause || undefined,
      };
    },
    permission: "target.write",
    run: async (actor, patch, { id }) => ({ label: String((await updateTarget(actor, id, patch)).id) }),
    revalidate: () => "/indicators",
  });
}

/** A target for the plan's outlook year (2030): the year comes from the plan, not the form. */
export async function createOutlookTargetAction(prev: CatalogueFormState, fd: FormData): Promise<CatalogueFormState> {
  return runAction(prev, fd, {
    schema: targetCreate,
    permission: "target.write",
    run: async (actor, input) => ({ label: String((await createTarget(actor, input)).id) }),
    revalidate: () => ({ path: "/", type: "layout" }),
  });
}
