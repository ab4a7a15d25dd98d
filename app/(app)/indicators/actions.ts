"use server";
import { revalidatePath } from "next/cache";
import { getRequestActor } from "@/lib/auth/page-actor";
import { createIndicator } from "@/lib/data/indicator-writes";
import { createTarget, updateTarget } from "@/lib/data/target-writes";
import { getLocale } from "@/lib/i18n/server-locale";
import { idParam } from "@/lib/validation/account";
import { indicatorCreate, targetCreate, targetPatch } from "@/lib/validation/catalogue";
import { failureState, formObject, type FailureState } from "@/lib/validation/form-state";
import { fieldErrors, issuesOf } from "@/lib/validation/parse";

export type CatalogueFormState = { status: "idle" } | FailureState | { status: "done"; label: string };

export async function createIndicatorAction(_prev: CatalogueFormState, fd: FormData): Promise<CatalogueFormState> {
  const locale = await getLocale();
  const raw = formObject(fd);
  const parsed = indicatorCreate.safeParse({ ...raw, attribute: raw.attribute || null });
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrors(issuesOf(parsed.error), locale), message: "" };
  try {
    const i = await createIndicator(await getRequestActor(), parsed.data);
    revalidatePath("/indicators");
    return { status: "done", label: i.code };
  } catch (e) {
    return failureState(e, locale);
  }
}

/** Empty form fields mean "leave as it is", except a cleared baseline, which removes it. */
export async function updateTargetAction(_prev: CatalogueFormState, fd: FormData): Promise<CatalogueFormState> {
  const locale = await getLocale();
  const raw = formObject(fd);
  const id = idParam.safeParse({ id: raw.id });
  const baseline = raw.baselineYear || raw.baselineValue ? { year: raw.baselineYear, value: raw.baselineValue || undefined } : null;
  const rateKind = raw.kind === "growth_rate" || raw.kind === "reduction";
  const parsed = targetPatch.safeParse({
    value: raw.value || undefined,
    type: raw.type || undefined,
    kind: raw.kind || undefined,
    // a disabled rate field is not sent: a level or cumulative target has none
    rate: rateKind ? raw.rate || null : raw.kind ? null : undefined,
    tolerancePct: raw.type === "approx" && raw.tolerancePct ? raw.tolerancePct : raw.type ? null : undefined,
    baseline,
    clause: raw.clause || undefined,
  });
  if (!id.success || !parsed.success) return { status: "invalid", fieldErrors: parsed.success ? {} : fieldErrors(issuesOf(parsed.error), locale), message: "" };
  try {
    const t = await updateTarget(await getRequestActor(), id.data.id, parsed.data);
    revalidatePath("/indicators");
    return { status: "done", label: String(t.id) };
  } catch (e) {
    return failureState(e, locale);
  }
}

/** A target for the plan's outlook year (2030): the year comes from the plan, not the form. */
export async function createOutlookTargetAction(_prev: CatalogueFormState, fd: FormData): Promise<CatalogueFormState> {
  const locale = await getLocale();
  const raw = formObject(fd);
  const parsed = targetCreate.safeParse({ plan: raw.plan, indicator: raw.indicator, region: raw.region, year: raw.year, value: raw.value, type: raw.type, clause: raw.clause });
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrors(issuesOf(parsed.error), locale), message: "" };
  try {
    const t = await createTarget(await getRequestActor(), parsed.data);
    revalidatePath("/", "layout");
    return { status: "done", label: String(t.id) };
  } catch (e) {
    return failureState(e, locale);
  }
}
