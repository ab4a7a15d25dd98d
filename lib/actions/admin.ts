"use server";
// Server actions of /admin: users and the plan's evaluation thresholds.
import { z } from "zod";
import { updatePlanSettings } from "@/lib/data/plan-settings";
import { createUser, updateUser } from "@/lib/data/users";
import { idParam, userCreate, userPatch } from "@/lib/validation/account";
import { formObject } from "@/lib/validation/form-state";
import { planSettingsPatch } from "@/lib/validation/plan-settings";
import type { ActionState } from "./action-state";
import { runAction } from "./run-action";

export type UserFormState = ActionState<{ email: string }>;

export async function createUserAction(prev: UserFormState, fd: FormData): Promise<UserFormState> {
  return runAction(prev, fd, {
    schema: userCreate,
    permission: "user.manage",
    run: async (actor, input) => ({ email: (await createUser(actor, input)).email }),
    revalidate: () => "/admin",
  });
}

/** One change to one user from the users table: a new role, or active on/off. */
export async function updateUserAction(prev: UserFormState, fd: FormData): Promise<UserFormState> {
  return runAction(prev, fd, {
    schema: userPatch,
    params: idParam,
    permission: "user.manage",
    run: async (actor, patch, { id }) => ({ email: (await updateUser(actor, id, patch)).email }),
    revalidate: () => "/admin",
  });
}

const PLAN_SETTING_KEYS: readonly string[] = Object.keys(planSettingsPatch.shape);

export type PlanSettingsFormState = ActionState;

/** The plan's evaluation thresholds (admins); empty fields are left as they are. */
export async function updatePlanSettingsAction(prev: PlanSettingsFormState, fd: FormData): Promise<PlanSettingsFormState> {
  return runAction(prev, fd, {
    schema: planSettingsPatch,
    params: z.object({ plan: z.string().trim().max(64).default("") }),
    read: (form) => {
      const { plan, ...rest } = formObject(form);
      return { plan, ...Object.fromEntries(Object.entries(rest).filter(([k, v]) => PLAN_SETTING_KEYS.includes(k) && v !== "")) };
    },
    permission: "plan.settings",
    run: async (actor, patch, { plan }) => {
      await updatePlanSettings(actor, plan, patch);
      return null;
    },
    revalidate: () => ({ path: "/", type: "layout" }),
  });
}
