"use server";
// Server actions of /account and /account/tokens: one's own password, sessions and API tokens.
import { z } from "zod";
import { createApiToken, revokeApiToken } from "@/lib/data/api-tokens";
import { updateMailPreferences } from "@/lib/data/mail-preferences";
import { changeOwnPassword, endAllSessions } from "@/lib/data/users";
import { idParam, passwordChange, tokenCreate } from "@/lib/validation/account";
import { mailPreferences } from "@/lib/validation/mail-preferences";
import type { ActionState } from "./action-state";
import { runAction } from "./run-action";

export type PasswordFormState = ActionState;

/** Ends every session of the signed-in user, this one included, and goes to the sign-in page. */
export async function signOutEverywhereAction(prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(prev, fd, {
    schema: z.object({}),
    permission: "signed-in",
    run: async (actor) => {
      await endAllSessions(actor);
      return null;
    },
    redirectTo: () => "/login",
  });
}

/** Changes one's own password; every session ends, so the next stop is the sign-in page. */
export async function changePasswordAction(prev: PasswordFormState, fd: FormData): Promise<PasswordFormState> {
  return runAction(prev, fd, {
    schema: passwordChange,
    permission: "signed-in",
    run: async (actor, input) => {
      await changeOwnPassword(actor, input);
      return null;
    },
    redirectTo: () => "/login",
  });
}

export type TokenFormState = ActionState<{ created: { token: string; name: string } } | { revoked: true }>;

/** The form's lifetime choice: "never" → no expiry, a number of days, nothing → the default. */
const tokenForm = z.object({
  name: tokenCreate.shape.name,
  expiresInDays: z
    .union([z.literal("never").transform(() => null), z.coerce.number({ error: "tokenDays" })])
    .optional()
    .pipe(tokenCreate.shape.expiresInDays),
});

export async function createTokenAction(prev: TokenFormState, fd: FormData): Promise<TokenFormState> {
  return runAction(prev, fd, {
    schema: tokenForm,
    read: (form) => ({ name: form.get("name") ?? "", expiresInDays: form.get("expiresInDays") || undefined }),
    permission: "token.manage",
    run: async (actor, input) => {
      const t = await createApiToken(actor, input);
      return { created: { token: t.token, name: t.name } };
    },
    revalidate: () => "/account/tokens",
  });
}

export async function revokeTokenAction(prev: TokenFormState, fd: FormData): Promise<TokenFormState> {
  return runAction(prev, fd, {
    schema: z.object({}),
    params: idParam,
    permission: "token.manage",
    run: async (actor, _input, { id }) => {
      await revokeApiToken(actor, id);
      return { revoked: true as const };
    },
    revalidate: () => "/account/tokens",
  });
}

export type MailPreferencesFormState = ActionState<{ saved: true }>;

/** One's own mail settings: reminders, weekly digest, language of mails. */
export async function saveMailPreferencesAction(prev: MailPreferencesFormState, fd: FormData): Promise<MailPreferencesFormState> {
  return runAction(prev, fd, {
    schema: mailPreferences,
    permission: "signed-in",
    run: async (actor, input) => {
      await updateMailPreferences(actor, input);
      return { saved: true as const };
    },
    revalidate: () => "/account",
  });
}
