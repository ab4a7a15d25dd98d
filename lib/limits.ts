// Settings of the abuse limits (share-link lifetime, PDF/PNG render queue), read from
// the environment once and validated with zod: a bad value is an error naming the
// variable, never a NaN at run time.
// NOTE for the merge: lib/env.ts (another engineer) validates all configuration at
// start; these four variables belong in its schema, and this file can then read them
// from there.
import { z } from "zod";

const int = (min: number, max: number, fallback: number) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(min).max(max).default(fallback));

const limitsSchema = z.object({
  /** Longest lifetime of a share link made by a non-admin, in days. */
  SHARE_MAX_DAYS: int(1, 3650, 365),
  /** PDF/PNG renders that may wait for a slot; one more is refused with 503. */
  RENDER_QUEUE_SIZE: int(0, 1000, 4),
  /** PDF/PNG renders at once (each holds a chromium page and its memory). */
  RENDER_CONCURRENCY: int(1, 32, 2),
  /** Time limit of one render, waiting excluded, in milliseconds. */
  RENDER_TIMEOUT_MS: int(1000, 600_000, 60_000),
});
export type Limits = z.infer<typeof limitsSchema>;

/** Parses the limits from an environment; throws naming every bad variable. */
export function parseLimits(env: Record<string, string | undefined>): Limits {
  const parsed = limitsSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new Error(`Invalid configuration: ${problems}`);
}

let cached: Limits | null = null;

/** The limits of this process (read once from process.env). */
export function limits(): Limits {
  return (cached ??= parseLimits(process.env));
}
