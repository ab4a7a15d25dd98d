// Inputs for users, API tokens and the audit log query.
import { z } from "zod";
import { booleanFlag, positiveId, requiredText } from "./fields";
import { bigIdString, digitsFitInt4, wholeNumber } from "./query-fields";

const email = z
  .string({ error: "email" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "email" }));
const password = z.string({ error: "password" }).min(10, { error: "password" }).max(200, { error: "tooLong" });
export const ROLES = ["admin", "analyst", "reporter", "viewer"] as const;
const role = z.enum(ROLES, { error: "role" });
/** the user's 责任单位 (a form's empty choice: none) */
const unitId = z.preprocess((v) => (v === "" ? null : v), positiveId.nullable());

// a reporter submits for their unit's assignments: one without a unit could do nothing
const reporterHasUnit = (u: { role?: string; unitId?: number | null }) => u.role !== "reporter" || (u.unitId !== null && u.unitId !== undefined);

export const userCreate = z
  .object({ email, password, role, name: requiredText(100), unitId: unitId.optional() })
  .refine(reporterHasUnit, { error: "unitRequired", path: ["unitId"] });

export const userPatch = z
  .object({ role, active: booleanFlag, name: requiredText(100), password, unitId })
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { error: "nothingToChange" });

/** One's own password change: the current password, then the new one. */
export const passwordChange = z.object({ current: z.string({ error: "required" }).min(1, { error: "required" }).max(200, { error: "tooLong" }), password });

export type UserCreate = z.output<typeof userCreate>;
export type UserPatch = z.output<typeof userPatch>;

/** Days a new API token lives when none is chosen; the longest choice is ten years. */
export const DEFAULT_TOKEN_DAYS = 365;
const MAX_TOKEN_DAYS = 3650;
/** Days until expiry, or null for a token that never expires. */
export type TokenLifetime = number | null;

/** A token for the caller's session, or for the account named by email + password. */
export const tokenCreate = z.object({
  name: requiredText(100),
  email: z.string().trim().max(200).optional(),
  password: z.string().max(200).optional(),
  /** whole days (default 365); null: never expires */
  expiresInDays: z
    .number({ error: "tokenDays" })
    .int({ error: "tokenDays" })
    .min(1, { error: "tokenDays" })
    .max(MAX_TOKEN_DAYS, { error: "tokenDays" })
    .nullable()
    .optional(),
});

/** When a token created at `now` with this lifetime expires (undefined: the default). */
export function tokenExpiry(days: TokenLifetime | undefined, now: Date): Date | null {
  if (days === null) return null;
  return new Date(now.getTime() + (days ?? DEFAULT_TOKEN_DAYS) * 86_400_000);
}

const moment = z.iso
  .datetime({ offset: true, error: "date" })
  .or(z.iso.date({ error: "date" }))
  .transform((s) => new Date(s));
/** A date alone as an upper bound means the whole of that day (UTC). */
const momentUntil = z.iso
  .datetime({ offset: true, error: "date" })
  .transform((s) => new Date(s))
  .or(z.iso.date({ error: "date" }).transform((s) => new Date(Date.parse(s) + 86_400_000 - 1)));

export const auditQuery = z.object({
  /** user id or email */
  actor: z.string().trim().max(200).superRefine(digitsFitInt4).optional(),
  action: z.string().trim().max(64).optional(),
  entityType: z.string().trim().max(64).optional(),
  from: moment.optional(),
  to: momentUntil.optional(),
  limit: wholeNumber(1, 200).optional().default(50),
  /** id of the last entry of the previous page: the next page starts below it */
  cursor: bigIdString.optional(),
});

export type AuditQuery = z.output<typeof auditQuery>;

export const idParam = z.object({ id: positiveId });
