import { describe, expect, it } from "vitest";
import { isConcurrentWriteConflict, isRetryableConflict, isUniqueViolation } from "@/lib/data/db-errors";

// Database errors are told apart by code: Prisma's P-codes and PostgreSQL's SQLSTATEs.
const err = (code: unknown) => Object.assign(new Error("x"), { code });

describe("database errors by code", () => {
  it.each([
    ["Prisma unique (P2002)", err("P2002"), true, false, true],
    ["pg unique (23505)", err("23505"), true, false, true],
    ["pg deadlock (40P01)", err("40P01"), false, true, true],
    ["pg serialization failure (40001)", err("40001"), false, true, true],
    ["Prisma write conflict or deadlock (P2034)", err("P2034"), false, true, true],
    ["Prisma foreign key (P2003)", err("P2003"), false, false, false],
    ["pg foreign key (23503)", err("23503"), false, false, false],
    ["connection refused (ECONNREFUSED)", err("ECONNREFUSED"), false, false, false],
    ["a plain object with a code", { code: "23505" }, true, false, true],
    ["a numeric code", err(23505), false, false, false],
    ["no code", new Error("duplicate key value violates unique constraint"), false, false, false],
    ["not an error", "P2002", false, false, false],
    ["null", null, false, false, false],
  ])("%s", (_name, e, unique, retryable, conflict) => {
    expect(isUniqueViolation(e)).toBe(unique);
    expect(isRetryableConflict(e)).toBe(retryable);
    expect(isConcurrentWriteConflict(e)).toBe(conflict);
  });
});
