"use server";
import { redirect } from "next/navigation";
import { getRequestActor } from "@/lib/auth/page-actor";
import { changeOwnPassword, endAllSessions } from "@/lib/data/users";
import { getLocale } from "@/lib/i18n/server-locale";
import { passwordChange } from "@/lib/validation/account";
import { failureState, type FailureState } from "@/lib/validation/form-state";
import { fieldErrors, issuesOf } from "@/lib/validation/parse";

export type PasswordFormState = { status: "idle" } | FailureState;

/** Ends every session of the signed-in user, this one included, and goes to the sign-in page. */
export async function signOutEverywhereAction(): Promise<void> {
  await endAllSessions(await getRequestActor());
  redirect("/login");
}

/** Changes one's own password; every session ends, so the next stop is the sign-in page. */
export async function changePasswordAction(_prev: PasswordFormState, fd: FormData): Promise<PasswordFormState> {
  const locale = await getLocale();
  const parsed = passwordChange.safeParse({ current: fd.get("current") ?? "", password: fd.get("password") ?? "" });
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrors(issuesOf(parsed.error), locale), message: "" };
  try {
    await changeOwnPassword(await getRequestActor(), parsed.data);
  } catch (e) {
    return failureState(e, locale);
  }
  redirect("/login");
}
