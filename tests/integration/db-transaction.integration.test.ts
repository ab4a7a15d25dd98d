import { describe, expect, it } from "vitest";
import { pool, withPgTransaction } from "@/lib/db";

// withPgTransaction: the raw pg transactions of the file import and of the progress cache's updates.
describe("withPgTransaction", () => {
  it("commits what fn wrote, and rolls back everything when fn throws", async () => {
    await pool.query("CREATE TABLE IF NOT EXISTS tx_probe (n int)");
    await pool.query("TRUNCATE tx_probe");
    await withPgTransaction((c) => c.query("INSERT INTO tx_probe VALUES (1)"));
    const failing = withPgTransaction(async (c) => {
      await c.query("INSERT INTO tx_probe VALUES (2)");
      throw new Error("nope");
    });
    await expect(failing).rejects.toThrow("nope");
    expect((await pool.query("SELECT array_agg(n) AS ns FROM tx_probe")).rows[0].ns).toEqual([1]);
    await pool.query("DROP TABLE tx_probe");
  });

  it("survives the server ending an idle transaction: the next query fails, the process does not", async () => {
    const stalled = withPgTransaction(async (c) => {
      await c.query("SET LOCAL idle_in_transaction_session_timeout = '50ms'");
      await new Promise((r) => setTimeout(r, 500)); // an upload that stopped sending
      await c.query("SELECT 1");
    });
    await expect(stalled).rejects.toThrow();
    // the broken client was discarded: the pool still serves
    expect((await withPgTransaction((c) => c.query("SELECT 2 AS n"))).rows[0].n).toBe(2);
  });

  it("opens a read-only REPEATABLE READ transaction when asked: one snapshot for every statement, no write", async () => {
    const mode = "ISOLATION LEVEL REPEATABLE READ READ ONLY";
    expect((await withPgTransaction((c) => c.query("SHOW transaction_isolation"), mode)).rows[0].transaction_isolation).toBe("repeatable read");
    expect((await withPgTransaction((c) => c.query("SHOW transaction_isolation"))).rows[0].transaction_isolation).toBe("read committed");
    await expect(withPgTransaction((c) => c.query("CREATE TABLE tx_never (n int)"), mode)).rejects.toThrow(/read-only transaction/);
  });
});
