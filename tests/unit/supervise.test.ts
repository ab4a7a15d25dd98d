// The wrapper's supervision rules (scripts/lib/supervise.mjs): exit codes as a shell
// reports them, back-off, and restart of a dying database with bounded retries.
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain .mjs script without type declarations
import { backoffMs, exitCodeOf, superviseDatabase } from "@/scripts/lib/supervise.mjs";

describe("exitCodeOf", () => {
  it.each([
    [0, null, 0],
    [3, null, 3],
    [null, "SIGKILL", 137],
    [null, "SIGTERM", 143],
    [null, "SIGINT", 130],
    [null, null, 1],
  ])("code %s, signal %s → %s", (code, signal, expected) => {
    expect(exitCodeOf(code, signal)).toBe(expected);
  });
});

describe("backoffMs", () => {
  it("doubles from the base and stops at the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((a) => backoffMs(a, { baseMs: 250, maxMs: 5_000 }))).toEqual([250, 500, 1_000, 2_000, 4_000, 5_000, 5_000]);
  });
});

/** A database whose restarts fail `failures` times, then succeed. */
function fakeDb(failures: number) {
  let death: (e: unknown) => void = () => {};
  let attempts = 0;
  return {
    attempts: () => attempts,
    die: () => death({ code: null, signal: "SIGKILL", pid: 1 }),
    onDeath: (cb: (e: unknown) => void) => (death = cb),
    restart: async () => {
      attempts++;
      if (attempts <= failures) throw new Error("shared memory still in use");
    },
    pid: () => 2,
  };
}

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe("superviseDatabase", () => {
  it("restarts a dead database, retrying failed starts, and logs each step", async () => {
    const db = fakeDb(2);
    const log: string[] = [];
    let gaveUp = false;
    superviseDatabase(db, { log: (m: string) => log.push(m), onGiveUp: () => (gaveUp = true), retries: 5, baseMs: 1, maxMs: 4 });
    db.die();
    await until(() => log.some((m) => m.includes("restarted")));
    expect(db.attempts()).toBe(3);
    expect(gaveUp).toBe(false);
    expect(log[0]).toContain("exited on SIGKILL");
    expect(log.filter((m) => m.includes("failed"))).toHaveLength(2);
    expect(log.at(-1)).toContain("attempt 3");
  });

  it("gives up after the bounded number of attempts, so the wrapper can exit", async () => {
    const db = fakeDb(100);
    let gaveUp: Error | null = null;
    superviseDatabase(db, { log: () => {}, onGiveUp: (e: Error) => (gaveUp = e), retries: 3, baseMs: 1, maxMs: 2 });
    db.die();
    await until(() => gaveUp !== null);
    expect(db.attempts()).toBe(3);
    expect(String(gaveUp)).toContain("3 attempts");
  });
});
