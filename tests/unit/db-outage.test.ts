// Which errors mean "the database is unavailable" (503, retry) and which are ordinary
// failures (4xx/500), in every form pg, pg-pool, @prisma/adapter-pg and the Prisma
// client throw them; and the outage tracker's two log-worthy transitions.
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db-outage/classify";
import { OutageTracker } from "@/lib/db-outage/tracker";

const socketError = (code: string) =>
  Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: "connect", address: "127.0.0.1", port: 5432 });
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: "FATAL" });
// the client's PrismaClientKnownRequestError: code + meta.driverAdapterError (a DriverAdapterError whose cause is the mapped kind)
const prismaError = (code: string, cause: Record<string, unknown>, message = "x") =>
  Object.assign(new Error(message), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: { driverAdapterError: Object.assign(new Error("DriverAdapterError"), { cause }) },
  });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["pg: connection refused", socketError("ECONNREFUSED")],
    ["pg: connection reset", socketError("ECONNRESET")],
    ["pg: host not found", socketError("ENOTFOUND")],
    [
      "pg: AggregateError of refused addresses (localhost → ::1 and 127.0.0.1)",
      Object.assign(new AggregateError([socketError("ECONNREFUSED"), socketError("ECONNREFUSED")]), { code: "ECONNREFUSED" }),
    ],
    ["pg: AggregateError without a code of its own", new AggregateError([socketError("ECONNREFUSED")])],
    ["pg: connection terminated (no code)", new Error("Connection terminated unexpectedly")],
    ["pg: client not queryable", new Error("Client has encountered a connection error and is not queryable")],
    ["pg-pool: connect timeout", new Error("timeout exceeded when trying to connect")],
    ["postgres 57P01 admin shutdown", pgError("57P01", "terminating connection due to administrator command")],
    ["postgres 57P02 crash shutdown", pgError("57P02", "terminating connection because of crash of another server process")],
    ["postgres 57P03 starting up", pgError("57P03", "the database system is starting up")],
    ["postgres 57P03 shutting down", pgError("57P03", "the database system is shutting down")],
    ["postgres 08006 connection failure", pgError("08006", "connection failure")],
    ["postgres 53300 too many connections", pgError("53300", "sorry, too many clients already")],
    [
      "adapter-pg DriverAdapterError DatabaseNotReachable",
      Object.assign(new Error("DriverAdapterError"), { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 } }),
    ],
    ["adapter-pg DriverAdapterError ConnectionClosed", Object.assign(new Error("DriverAdapterError"), { cause: { kind: "ConnectionClosed" } })],
    [
      "adapter-pg DriverAdapterError postgres 57P01",
      Object.assign(new Error("DriverAdapterError"), {
        cause: { kind: "postgres", originalCode: "57P01", originalMessage: "terminating connection due to administrator command" },
      }),
    ],
    ["Prisma P1001 can't reach server", prismaError("P1001", { kind: "DatabaseNotReachable" })],
    ["Prisma P1017 connection closed", prismaError("P1017", { kind: "ConnectionClosed" })],
    ["Prisma P1008 socket timeout", prismaError("P1008", { kind: "SocketTimeout" })],
    ["Prisma P2010 raw query failed with 57P01", prismaError("P2010", { kind: "postgres", originalCode: "57P01" }, "Raw query failed. Code: `57P01`.")],
    ["Prisma P2039 database error with 57P03", prismaError("P2039", { kind: "postgres", originalCode: "57P03" })],
    [
      "Prisma unknown request error carrying pg's message",
      Object.assign(new Error("Connection terminated unexpectedly"), { name: "PrismaClientUnknownRequestError" }),
    ],
    ["wrapped once more by the app", new Error("import failed", { cause: socketError("ECONNREFUSED") })],
  ])("%s → unavailable", (_, e) => {
    expect(isDatabaseUnavailable(e)).toBe(true);
  });

  it.each([
    ["a plain bug", new TypeError("Cannot read properties of undefined (reading 'x')")],
    ["postgres unique violation 23505", pgError("23505", "duplicate key value violates unique constraint")],
    ["postgres deadlock 40P01", pgError("40P01", "deadlock detected")],
    ["postgres syntax error 42601", pgError("42601", "syntax error at or near")],
    ["postgres numeric overflow 22003", pgError("22003", "numeric field overflow")],
    ["Prisma P2002 unique", prismaError("P2002", { kind: "UniqueConstraintViolation" })],
    ["Prisma P2025 not found", Object.assign(new Error("No record was found"), { code: "P2025" })],
    [
      "Prisma P2010 whose message quotes a connection phrase but whose code is a user error",
      prismaError("P2010", { kind: "postgres", originalCode: "42601" }, "Raw query failed: Connection terminated"),
    ],
    ["a file not found (ENOENT)", Object.assign(new Error("ENOENT"), { code: "ENOENT" })],
    ["a string", "ECONNREFUSED"],
    ["null", null],
    ["undefined", undefined],
  ])("%s → not unavailable", (_, e) => {
    expect(isDatabaseUnavailable(e)).toBe(false);
  });

  it("terminates on a cyclic cause chain", () => {
    const a = new Error("a") as Error & { cause?: unknown };
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe("OutageTracker", () => {
  it("reports the first failure as down, later failures silently, then up with duration and count", () => {
    const t = new OutageTracker();
    expect(t.succeeded(0)).toBeNull(); // up and staying up: nothing to log
    expect(t.failed(1_000)).toEqual({ kind: "down", at: 1_000 });
    expect(t.isDown).toBe(true);
    expect(t.failed(1_200)).toBeNull();
    expect(t.failed(1_500)).toBeNull();
    expect(t.succeeded(4_000)).toEqual({ kind: "up", at: 4_000, downMs: 3_000, failures: 3 });
    expect(t.isDown).toBe(false);
    expect(t.succeeded(4_100)).toBeNull();
  });

  it("counts a second outage from scratch", () => {
    const t = new OutageTracker();
    t.failed(0);
    t.failed(10);
    t.succeeded(100);
    expect(t.failed(500)).toEqual({ kind: "down", at: 500 });
    expect(t.succeeded(700)).toEqual({ kind: "up", at: 700, downMs: 200, failures: 1 });
  });
});
