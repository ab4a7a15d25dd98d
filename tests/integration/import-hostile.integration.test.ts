import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as importFile } from "@/app/api/v1/observations/import/route";
import { GET as getProgress } from "@/app/api/v1/progress/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { makeHostileCorpus, type HostileFile } from "../fixtures/make-hostile-xlsx";
import { resetDatabase } from "../support/db";
import { call } from "../support/api";
import { createUser } from "../support/factories";
import { peakRssMb, postStreamed } from "../support/upload";

// Issue 9.2: the hostile workbooks, uploaded through the import API in this process.
// Each is refused with the bound it crossed named, nothing is written, the next request
// is answered, and the process's peak RSS stays under 600 MB.
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-xlsx-"));
let corpus: HostileFile[] = [];
let token = "";

describe("hostile XLSX uploads", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    token = (await createUser("analyst")).token;
    corpus = await makeHostileCorpus(dir);
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("refuses every file of the corpus with the limit named, writes nothing, and keeps answering", async () => {
    const before = await prisma.observation.count();
    const seen: string[] = [];
    for (const f of corpus) {
      for (const dryRun of [true, false]) {
        const t0 = Date.now();
        const r = await postStreamed(importFile, `/api/v1/observations/import${dryRun ? "?dryRun=true" : ""}`, f.file, {
          token,
          contentType: XLSX,
          fileName: `${f.name}.xlsx`,
        });
        expect([413, 422], f.name).toContain(r.status);
        expect(r.body.error.message.en, f.name).toMatch(f.expect);
        expect(r.body.error.message.zh, f.name).toMatch(/上限|声明/);
        seen.push(`${f.name}: ${r.status} in ${Date.now() - t0} ms`);
      }
      const next = await call(getProgress, "/api/v1/progress?limit=1", { token });
      expect(next.status).toBe(200);
    }
    expect(await prisma.observation.count()).toBe(before);
    const peak = peakRssMb();
    console.info(`[hostile-xlsx] ${seen.join("; ")}; peak RSS of the test process ${peak} MB`);
    expect(peak).toBeLessThan(600);
  }, 300_000);
});
