import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as importFile } from "@/app/api/v1/observations/import/route";
import { GET as getProgress } from "@/app/api/v1/progress/route";
import { pool, prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { call } from "../support/api";
import { createUser } from "../support/factories";
import { csv, generatedRows } from "../support/import-files";
import { postStreamed } from "../support/upload";

// Issue 10.7: an import used to hold a pooled connection, inside an open transaction,
// while its body was still arriving; slow uploads starved every other request. Now the
// upload is spooled first, and at most IMPORT_CONCURRENCY (2) imports run at once.
let token = "";
let regions: string[] = [];
const inUse = () => pool.totalCount - pool.idleCount;
const savedMax = pool.options.max;

describe("slow uploads", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    token = (await createUser("analyst")).token;
    regions = (await prisma.region.findMany({ where: { adcode: { startsWith: "5" } }, select: { adcode: true } })).map((r) => r.adcode);
    pool.options.max = 2; // as small as DB_POOL_SIZE=2
  });
  afterAll(() => {
    pool.options.max = savedMax;
  });

  it("hold no connection while they trickle in; progress still answers; past the cap: 503 with Retry-After", async () => {
    // two files of different series (the same series at once would be a 409 for one of them)
    const files = ["gdp", "resident_population"].map((indicator) => new TextEncoder().encode(csv(generatedRows(600, regions, [indicator]))));
    const file = files[0]!;
    // ~20 KB each at 2 KB every 150 ms: about 1.5 s on the wire
    const slow = files.map((f) =>
      postStreamed(importFile, "/api/v1/observations/import", f, { token, contentType: "text/csv", delayMs: 150, chunkBytes: 2048 }),
    );
    await new Promise((r) => setTimeout(r, 400));

    // sampled while only the two uploads are running (not during our own requests below)
    const held: number[] = [];
    const timer = setInterval(() => held.push(inUse()), 20);
    await new Promise((r) => setTimeout(r, 300));
    clearInterval(timer);
    const t0 = Date.now();
    const progress = await call(getProgress, "/api/v1/progress?limit=5", { token });
    const progressMs = Date.now() - t0;
    expect(progress.status).toBe(200);
    expect(progressMs).toBeLessThan(2_000);

    const third = await postStreamed(importFile, "/api/v1/observations/import", file, { token, contentType: "text/csv" });
    expect(third.status).toBe(503);
    expect(third.headers.get("retry-after")).toBe("10");
    expect(third.body.error.message.zh).toContain("导入正在进行");
    expect(third.body.error.message.en).toContain("imports are already running");

    // while both uploads were still arriving, no connection was checked out for them
    expect(held.length).toBeGreaterThan(5);
    expect(Math.max(...held)).toBe(0);

    const done = await Promise.all(slow);
    expect(done.map((d) => d.status)).toEqual([200, 200]);
    expect(done.map((d) => d.body.created + d.body.unchanged).sort()).toEqual([600, 600]);
    // the slots are free again
    const again = await postStreamed(importFile, "/api/v1/observations/import", file, { token, contentType: "text/csv" });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ unchanged: 600 });
  }, 60_000);

  it("stops a chunked upload without Content-Length at the size limit as it streams (413)", async () => {
    // 51 MB of rows, streamed: refused once 50 MB went by, not after reading all of it
    const line = new TextEncoder().encode(`510500,gdp,2018,1,,${"x".repeat(1000)}\n`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent > 51 * 1024 * 1024) return c.close();
        sent += line.length;
        c.enqueue(line);
      },
    });
    const req = new Request("http://localhost/api/v1/observations/import", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" },
      body,
      duplex: "half",
    } as RequestInit);
    const res = await importFile(req, { params: Promise.resolve({}) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: { en: string } } }).error.message.en).toContain("50 MB");
    expect(sent).toBeLessThan(51 * 1024 * 1024);
  }, 60_000);
});
