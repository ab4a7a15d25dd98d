import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { INT4_MAX } from "@/lib/validation/query-fields";

/** Pages show a report the actor may not see (or that is gone) as not found. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof AppError && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN" || e.code === "UNAUTHENTICATED")) notFound();
    throw e;
  }
}

export function reportIdOf(raw: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0 || id > INT4_MAX) notFound();
  return id;
}
