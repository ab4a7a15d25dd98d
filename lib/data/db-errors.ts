// What a failed database statement means, by its error code, in one place. Prisma's
// known errors carry a P-code (P2002 …); statements sent straight through pg (the COPY
// import) carry PostgreSQL's SQLSTATE (23505 …). Codes, never messages: messages change
// between versions and locales.

/** The error's code: a Prisma P-code or a PostgreSQL SQLSTATE, when it has one. */
function codeOf(e: unknown): string | undefined {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

/** A unique key refused the row: P2002 through Prisma, SQLSTATE 23505 straight from pg. */
export function isUniqueViolation(e: unknown): boolean {
  const code = codeOf(e);
  return code === "P2002" || code === "23505";
}

/**
 * Worth trying the statement again: 40P01 deadlock detected, 40001 serialization failure
 * (raw pg), or Prisma's P2034 (its name for the same two: "write conflict or a deadlock").
 */
export function isRetryableConflict(e: unknown): boolean {
  const code = codeOf(e);
  return code === "40P01" || code === "40001" || code === "P2034";
}

/**
 * Any way a concurrent writer can make a versioning statement fail: a unique key, or a
 * deadlock or serialization failure that outlasted the retries. All mean "someone else
 * wrote these rows meanwhile; nothing of yours was written" — a 409, never a 500.
 */
export function isConcurrentWriteConflict(e: unknown): boolean {
  return isUniqueViolation(e) || isRetryableConflict(e);
}
