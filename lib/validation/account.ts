// Inputs for users, API tokens and the audit log query.
import { z } from "zod";
import { booleanFlag, positiveId, requiredText } from "./fields";
import { bigIdString, digitsFitInt4, wholeNumber } from "./query-fields";

const email = z.string({ error: "email" }).trim().toLowerCase().pipe(z.email({ error: "email" }));
const password = z.string({ error: "password" }).min(10, { error: "password" }).max(200, { error: "tooLong" });
const role = z.enum(["admin", "analyst", "viewer"], { error: "role" });

export const userCreate = z.object({ email, password, role, name: requiredText(100) });

export const userPatch = z
  .object({ role, active: booleanFlag, name: requiredText(100), password })
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { error: "nothingToChange" });

export type UserCreate = z.output<typeof userCreate>;
export type UserPatch = z.output<typeof userPatch>;

/** A token for the caller's session/token, or for the account named by email + password. */
export const tokenCreate = z.object({
  name: requiredText(100),
  email: z.string().trim().max(200).optional(),
  password: z.string().max(200).optional(),
});

const moment = z.iso.datetime({ offset: true, error: "date" }).or(z.iso.date({ error: "date" })).transform((s) => new Date(s));
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
