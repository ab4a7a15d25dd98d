// The numbers of the sign-in throttle (lib/auth/throttle.ts explains the design). Pure.

export const THROTTLE = {
  /** Failed attempts per (account, IP) pair within `windowSec` before that pair is locked. */
  pair: { points: 5, windowSec: 15 * 60 },
  /** Lockouts of a pair are remembered this long; each one doubles the next lock. */
  strikesWindowSec: 24 * 60 * 60,
  /** First lock of a pair, and the longest. */
  backoff: { firstSec: 60, maxSec: 60 * 60 },
  /** Failed attempts per IP (any accounts) within `windowSec`; past it the IP is refused. */
  ip: { points: 50, windowSec: 15 * 60 },
  /** Failed attempts per account (any IPs) within `windowSec` before its slow-down. */
  account: { points: 20, windowSec: 15 * 60 },
  /** In slow-down, IPs that never signed in to the account get one attempt per this many seconds. */
  slowDownSec: 10,
  /** How long a successful sign-in makes its IP a known one for the account. */
  knownPairSec: 30 * 24 * 60 * 60,
} as const;

/**
 * Length of the `strike`-th lock of one (account, IP) pair, in seconds: 60, 120, 240, …,
 * at most an hour. `strike` counts from 1; anything below is treated as the first.
 */
export function backoffSeconds(strike: number): number {
  const n = Math.max(1, Math.floor(strike));
  return Math.min(THROTTLE.backoff.firstSec * 2 ** (n - 1), THROTTLE.backoff.maxSec);
}

/** Whole seconds to wait, for Retry-After and messages: at least 1. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
