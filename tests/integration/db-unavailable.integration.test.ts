// The API's one error mapping (lib/api/respond.ts) answers "database unavailable" with
// 503, Retry-After and a bilingual message, and every other unexpected error with 500.
// (The fault layer, tests/fault/db-restart.fault.test.ts, proves it against a real outage.)
import { describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/api/respond";
import { quietOutageErrors } from "@/lib/api/db-unavailable";

const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", errno: -111, syscall: "connect" });

describe("errorResponse for a database outage", () => {
  it("answers 503 with Retry-After and a message in both languages", async () => {
    const res = errorResponse(refused());
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    const body = await res.json();
    expect(body.error.code).toBe("DB_UNAVAILABLE");
    expect(body.error.message.zh).toContain("数据库暂时不可用");
    expect(body.error.message.en).toContain("temporarily unavailable");
  });

  it("answers 503 for PostgreSQL's admin shutdown (57P01) wrapped by Prisma", () => {
    const e = Object.assign(new Error("Raw query failed"), {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } },
    });
    expect(errorResponse(e).status).toBe(503);
  });

  it("still answers 500 for a bug", () => {
    const original = console.error;
    console.error = () => {};
    try {
      expect(errorResponse(new TypeError("x is undefined")).status).toBe(500);
    } finally {
      console.error = original;
    }
  });
});

describe("quietOutageErrors", () => {
  it("swallows Next's per-request print of an outage error and passes every other print through", () => {
    const printed: unknown[][] = [];
    const target = { error: (...args: unknown[]) => void printed.push(args) };
    quietOutageErrors(target);
    target.error("⨯", refused());
    target.error("⨯", new TypeError("x is undefined"));
    target.error("plain text");
    expect(printed.map((a) => String(a.at(-1)))).toEqual(["TypeError: x is undefined", "plain text"]);
  });
});
