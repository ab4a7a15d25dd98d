// One upload for preview and commit: the preview keeps the file server-side under an id
// (lib/import/spool.ts), and the commit names the id instead of sending the file again.
// Only the uploader may use the id, and only until it expires.
import { readdir } from "node:fs/promises";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as importFile } from "@/app/api/v1/observations/import/route";
import { prisma } from "@/lib/db";
import { defaultStageDir, STAGE_TTL_MS } from "@/lib/import/spool";
import { seedAll } from "@/prisma/seed";
import { callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

let analyst = "";
let other = "";
const CSV =
  "region,indicator,year,value,unit,source\r\n万州区,urban_population,2019,88.5,万人,staged test\r\n黔江区,urban_population,2019,30.1,万人,staged test\r\n";
const ROUTE = "/api/v1/observations/import";

const preview = (token: string) => callJson(importFile, `${ROUTE}?dryRun=true&stage=true`, { token, rawBody: CSV, contentType: "text/csv" });
const byId = (token: string, id: string, query = "") => callJson(importFile, `${ROUTE}?staged=${encodeURIComponent(id)}${query}`, { token, method: "POST" });
const written = () => prisma.observation.count({ where: { source: "staged test" } });
const stagedIds = async () => (await readdir(defaultStageDir()).catch(() => [])).filter((n) => /^[0-9a-f-]{36}$/.test(n));

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false, sample: false });
  analyst = (await createUser("analyst")).token;
  other = (await createUser("analyst")).token;
});

afterEach(() => {
  vi.useRealTimers();
});

describe("a staged import", () => {
  it("the preview answers an id and an expiry; the commit by that id writes the rows, with no body", async () => {
    const before = Date.now();
    const p = await preview(analyst);
    expect(p.status).toBe(200);
    expect(p.body.preview.map((r: { status: string }) => r.status)).toEqual(["new", "new"]);
    const { id, expiresAt } = p.body.staged;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(expiresAt) - before).toBeGreaterThanOrEqual(STAGE_TTL_MS - 1000);
    expect(await stagedIds()).toContain(id);
    expect(await written()).toBe(0);

    // previewing again by id (e.g. another worksheet) reads the same file, keeps it
    const again = await byId(analyst, id, "&dryRun=true");
    expect([again.status, again.body.rows, again.body.staged.id]).toEqual([200, 2, id]);

    const commit = await byId(analyst, id);
    expect(commit.status).toBe(200);
    expect([commit.body.created, commit.body.updated]).toEqual([2, 0]);
    expect(await written()).toBe(2);
    // committed: the file is gone, the id no longer works
    expect(await stagedIds()).not.toContain(id);
    const twice = await byId(analyst, id);
    expect(twice.status).toBe(404);
    expect(twice.body.error.message.zh).toContain("重新选择文件");
    expect(twice.body.error.message.en).toContain("preview it again");
  });

  it("another user's id is refused (as unknown) and leaves the file to its owner", async () => {
    const { id } = (await preview(analyst)).body.staged;
    const foreign = await byId(other, id);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.message.en).toMatch(/not available.*not yours/);
    expect(await stagedIds()).toContain(id);
    expect((await byId(analyst, id, "&dryRun=true")).status).toBe(200);
  });

  it("an expired id is refused with its own message, and the file is removed", async () => {
    const { id } = (await preview(analyst)).body.staged;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + STAGE_TTL_MS + 1000);
    const late = await byId(analyst, id);
    expect(late.status).toBe(404);
    expect(late.body.error.message.zh).toContain("超过30分钟有效期");
    expect(late.body.error.message.en).toContain("expired after 30 minutes");
    expect(await stagedIds()).not.toContain(id);
  });

  it("an id that was never issued (or is not an id) is a clear 404, nothing read from disk", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "../../etc/passwd"]) {
      const res = await byId(analyst, id);
      expect(res.status).toBe(404);
      expect(res.body.error.message.zh).toContain("找不到这份已上传的文件");
    }
  });
});
