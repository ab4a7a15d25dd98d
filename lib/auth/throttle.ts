import "server-only";
import crypto from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { backoffSeconds, retryAfterSeconds, THROTTLE } from "@/lib/auth/throttle-policy";

// Sign-in throttling (login form and email+password token requests).
//
// Design. A fixed per-account lock ("10 failures → locked 15 min") lets any stranger
// lock any account, admin included, with 10 requests. Instead, three limits, each an
// atomic counter in PostgreSQL (rate-limiter-flexible's RateLimiterPostgres: one
// INSERT … ON CONFLICT DO UPDATE … RETURNING per check, so concurrent attempts and
// several app instances see one counter and the limit holds exactly):
//
// 1. Per (account, IP) pair: 5 failures, then that pair alone is locked — 1 min, then
//    2, 4, … up to 1 h for each further lockout within a day (exponential back-off).
//    It is counted *before* the password is checked, so of 25 concurrent wrong
//    attempts exactly 5 are evaluated. A stranger's failures lock the stranger's pair,
//    never the owner's: the owner, from their own address, still gets in.
// 2. Per IP, any accounts: 50 failures in 15 min, then the IP is refused for the rest
//    of the window — one source spraying passwords across many accounts stops.
// 3. Per account, any IPs: past 20 failures in 15 min the account is slowed down, not
//    locked: an IP that has never signed in to it gets one attempt per 10 s (shared by
//    all such IPs), while an IP the account signed in from in the last 30 days keeps
//    its own pair limit only. Many sources together gain little, and the owner on a
//    known network is not blocked by them.
//
// A success clears the pair's counters and lock, returns its point to the IP and the
// account (so only failures count), and marks the pair as known.
//
// The counters live in the "RateLimit" table, created by a migration (tableCreated:
// start-up writes nothing). Keys are hashes: the table holds no email or address. Rows
// expired for an hour are deleted by the limiter every 5 minutes.

const TABLE = "RateLimit";

interface Limiters {
  pair: RateLimiterPostgres;
  strikes: RateLimiterPostgres;
  ip: RateLimiterPostgres;
  account: RateLimiterPostgres;
  slowDown: RateLimiterPostgres;
  known: RateLimiterPostgres;
}

function limiter(keyPrefix: string, points: number, duration: number, prune = false): RateLimiterPostgres {
  // storeType "pool": the app's one pg pool (lib/db.ts); no connection of its own
  return new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: TABLE,
    tableCreated: true,
    keyPrefix,
    points,
    duration,
    clearExpiredByTimeout: prune,
  });
}

const g = globalThis as unknown as { __planMonitorLoginLimiters?: Limiters };

function limiters(): Limiters {
  return (g.__planMonitorLoginLimiters ??= {
    // the one limiter that prunes (all share the table)
    pair: limiter("login_pair", THROTTLE.pair.points, THROTTLE.pair.windowSec, true),
    strikes: limiter("login_strikes", Number.MAX_SAFE_INTEGER, THROTTLE.strikesWindowSec),
    ip: limiter("login_ip", THROTTLE.ip.points, THROTTLE.ip.windowSec),
    account: limiter("login_account", THROTTLE.account.points, THROTTLE.account.windowSec),
    slowDown: limiter("login_slow", 1, THROTTLE.slowDownSec),
    known: limiter("login_known", 1, THROTTLE.knownPairSec),
  });
}

const digest = (...parts: string[]) => crypto.createHash("sha256").update(parts.join("\n")).digest("hex");

/** What one admitted attempt counted, to settle once the password was checked. */
export interface LoginTicket {
  pair: string;
  ip: string;
  account: string;
}

function rateLimitedError(ms: number): AppError {
  const s = retryAfterSeconds(ms);
  return new AppError("RATE_LIMITED", { zh: `登录尝试过于频繁，请 ${s} 秒后再试。`, en: `Too many sign-in attempts: try again in ${s} s.` }, { retryAfter: s });
}

async function consumeOr429(l: RateLimiterPostgres, key: string): Promise<RateLimiterRes> {
  try {
    return await l.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw rateLimitedError(e.msBeforeNext);
    throw e;
  }
}

/**
 * Counts one sign-in attempt against the three limits, before the password is checked;
 * throws RATE_LIMITED (with retryAfter seconds) when any refuses it. Call
 * `settleLoginAttempt` with the ticket once the password was checked.
 */
export async function admitLoginAttempt(email: string, ip: string): Promise<LoginTicket> {
  const L = limiters();
  const account = normalizeEmail(email);
  const t: LoginTicket = { pair: digest(account, ip), ip: digest(ip), account: digest(account) };
  await consumeOr429(L.ip, t.ip);
  try {
    await L.pair.consume(t.pair);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    // exactly one attempt crosses the limit (the counter is atomic): it sets the lock
    if (e.consumedPoints === THROTTLE.pair.points + 1) {
      const strike = await L.strikes.penalty(t.pair);
      const seconds = backoffSeconds(strike.consumedPoints);
      await L.pair.block(t.pair, seconds);
      throw rateLimitedError(seconds * 1000);
    }
    // an attempt racing the one above may still see the window's end, not the lock's
    const strikes = await L.strikes.get(t.pair);
    throw rateLimitedError(Math.min(e.msBeforeNext, backoffSeconds(strikes?.consumedPoints ?? 1) * 1000));
  }
  const failures = await L.account.penalty(t.account);
  if (failures.consumedPoints > THROTTLE.account.points && !(await L.known.get(t.pair))) {
    await consumeOr429(L.slowDown, t.account);
  }
  return t;
}

/** Failures stay counted; a success clears its pair and gives its point back. */
export async function settleLoginAttempt(t: LoginTicket, succeeded: boolean): Promise<void> {
  if (!succeeded) return;
  const L = limiters();
  await Promise.all([
    L.pair.delete(t.pair),
    L.strikes.delete(t.pair),
    L.ip.reward(t.ip),
    L.account.reward(t.account),
    L.known.set(t.pair, 1, THROTTLE.knownPairSec),
  ]);
}

/**
 * Whether an attempt for this email from this IP would be refused now, without
 * counting it: lets the sign-in route answer a plain 429 before next-auth runs. Only a
 * courtesy (a read, not atomic); admitLoginAttempt enforces.
 */
export async function isThrottled(email: string, ip: string): Promise<boolean> {
  const L = limiters();
  const [pair, byIp] = await Promise.all([L.pair.get(digest(normalizeEmail(email), ip)), L.ip.get(digest(ip))]);
  return (pair?.consumedPoints ?? 0) >= THROTTLE.pair.points || (byIp?.consumedPoints ?? 0) >= THROTTLE.ip.points;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Deletes counters expired for an hour (the limiter also does so every 5 minutes). */
export async function pruneExpiredCounters(): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { expire: { lt: BigInt(Date.now() - 3_600_000) } } });
}
