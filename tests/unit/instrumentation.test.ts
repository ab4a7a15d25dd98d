import { describe, expect, it, vi } from "vitest";

// Next's onRequestError hook goes to the app's logger: one line with the stack, the
// route's pattern, and nothing from the request's headers or path (a share token).
const lines = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/log", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/log")>();
  return { ...real, logger: real.createLogger({ write: (s: string) => void lines.push(s) }, "info") };
});

const { onRequestError } = await import("@/instrumentation");

describe("onRequestError", () => {
  it("logs the error once with its stack and the route pattern, never headers or the path", async () => {
    process.env.NEXT_RUNTIME = "nodejs";
    const err = Object.assign(new Error("render failed"), { digest: "12345" });
    await onRequestError(
      err,
      {
        path: "/share/SECRET_SHARE_TOKEN_abcdefghijklmnopqrstuvwxyz0123",
        method: "GET",
        headers: { cookie: "next-auth.session-token=COOKIE_VALUE", authorization: "Bearer pm_TOKEN" },
      },
      { routerKind: "App Router", routePath: "/share/[token]", routeType: "render", renderSource: "server-rendering", revalidateReason: undefined },
    );
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({
      level: 50,
      msg: "request error",
      route: "/share/[token]",
      routeType: "render",
      method: "GET",
      digest: "12345",
      err: { message: "render failed", stack: expect.stringContaining("instrumentation.test.ts") },
    });
    expect(lines[0]).not.toMatch(/SECRET_SHARE_TOKEN|COOKIE_VALUE|pm_TOKEN/);
  });
});
