"use server";
import { revalidatePath } from "next/cache";
import { getRequestActor } from "@/lib/auth/page-actor";
import { updatePlanSettings } from "@/lib/data/plan-settings";
import { createUser, updateUser } from "@/lib/data/users";
import { planSettingsPatch } from "@/lib/validation/plan-settings";
import { getLocale } from "@/lib/i18n/server-locale";
import { idParam, userCreate, userPatch } from "@/lib/validation/account";
import { failureState, formObject, type FailureState } from "@/lib/validation/form-state";
import { fieldErrors, issuesOf } from "@/lib/validation/parse";

export type UserFormState = { status: "idle" } | FailureState | { status: "done"; email: string };

export async function createUserAction(_prev: UserFormState, fd: FormData): Promise<UserFormState> {
  const locale = await getLocale();
  const parsed = userCreate.safeParse(formObject(fd));
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrors(issuesOf(parsed.error), locale), message: "" };
  try {
    const u = await createUser(await getRequestActor(), parsed.data);
    revalidatePath("/admin");
    return { status: "done", email: u.email };
  } catch (e) {
    return failureState(e, locale);
  }
}

/** One change to one user from the users table: a new role, or active on/off. */
export async function updateUserAction(_prev: UserFormState, fd: FormData): Promise<UserFormState> {
  const locale = await getLocale();
  const { id: rawId, ...rest } = formObject(fd);
  const id = idParam.safeParse({ id: rawId });
  const parsed = userPatch.safeParse(rest);
  if (!id.success || !parsed.success) return { status: "invalid", fieldErrors: parsed.success ? {} : fieldErrors(issuesOf(parsed.error), locale), message: "" };
  try {
    const u = await updateUser(await getRequestActor(), id.data.id, parsed.data);
    revalidatePath("/admin");
    return { status: "done", email: u.email };
  } catch (e) {
    return failureState(e, locale);
  }
}

const PLAN_SETTING_KEYS = ["nearlyAchievedPct", "onTrackLagPp", "atRiskLagPp", "ceilingMarginPp"] as const;

export type PlanSettingsFormState = { status: "idle" } | FailureState | { status: "done" };

/** The plan's evaluation thresholds (admins); empty fields are left as they are. */
export async function updatePlanSettingsAction(_prev: PlanSettingsFormState, fd: FormData): Promise<PlanSettingsFormState> {
  const locale = await getLocale();
  const { plan, ...rest } = formObject(fd);
  const filled = Object.fromEntries(Object.entries(rest).filter(([k, v]) => PLAN_SETTING_KEYS.includes(k as never) && v !== ""));
  const parsed = planSettingsPatch.safeParse(filled);
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrors(issuesOf(parsed.error), locale), message: "" };
  try {
    await updatePlanSettings(await getRequestActor(), String(plan ?? ""), parsed.data);
    revalidatePath("/", "layout");
    return { status: "done" };
  } catch (e) {
    return failureState(e, locale);
  }
}
