"use server";
import { revalidatePath } from "next/cache";
import { getRequestActor } from "@/lib/auth/page-actor";
import { createApiToken, revokeApiToken } from "@/lib/data/api-tokens";
import { getLocale } from "@/lib/i18n/server-locale";
import { idParam, tokenCreate } from "@/lib/validation/account";
import { failureState, type FailureState } from "@/lib/validation/form-state";
import { fieldErrors, issuesOf } from "@/lib/validation/parse";

export type TokenFormState = { status: "idle" } | FailureState | { status: "created"; token: string; name: string } | { status: "revoked" };

export async function createTokenAction(_prev: TokenFormState, fd: FormData): Promise<TokenFormState> {
  const locale = await getLocale();
  const parsed = tokenCreate.pick({ name: true, expiresInDays: true }).safeParse({ name: fd.get("name") ?? "", expiresInDays: lifetimeField(fd.get("expiresInDays")) });
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrors(issuesOf(parsed.error), locale), message: "" };
  try {
    const t = await createApiToken(await getRequestActor(), parsed.data);
    revalidatePath("/account/tokens");
    return { status: "created", token: t.token, name: t.name };
  } catch (e) {
    return failureState(e, locale);
  }
}

/** The form's lifetime choice: "never" → null, a number of days, nothing → the default. */
function lifetimeField(v: FormDataEntryValue | null): number | null | undefined {
  if (v === null || v === "") return undefined;
  return v === "never" ? null : Number(v);
}

export async function revokeTokenAction(_prev: TokenFormState, fd: FormData): Promise<TokenFormState> {
  const locale = await getLocale();
  const id = idParam.safeParse({ id: fd.get("id") });
  if (!id.success) return { status: "invalid", fieldErrors: {}, message: "" };
  try {
    await revokeApiToken(await getRequestActor(), id.data.id);
    revalidatePath("/account/tokens");
    return { status: "revoked" };
  } catch (e) {
    return failureState(e, locale);
  }
}
