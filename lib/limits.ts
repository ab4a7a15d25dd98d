// The abuse limits (share-link lifetime, PDF/PNG render queue): part of the one
// configuration module, lib/env.ts, which validates them with everything else.
import { env, parseEnv, type Env } from "@/lib/env";

export type Limits = Pick<Env, "SHARE_MAX_DAYS" | "RENDER_QUEUE_SIZE" | "RENDER_CONCURRENCY" | "RENDER_TIMEOUT_MS">;

const pick = (e: Env): Limits => ({
  SHARE_MAX_DAYS: e.SHARE_MAX_DAYS,
  RENDER_QUEUE_SIZE: e.RENDER_QUEUE_SIZE,
  RENDER_CONCURRENCY: e.RENDER_CONCURRENCY,
  RENDER_TIMEOUT_MS: e.RENDER_TIMEOUT_MS,
});

/** Parses the limits from an environment; throws naming every bad variable. */
export function parseLimits(source: Record<string, string | undefined>): Limits {
  return pick(parseEnv(source));
}

/** The limits of this process. */
export function limits(): Limits {
  return pick(env());
}
