import { beforeAll, describe, expect, it } from "vitest";
import { GET as listObs, POST as postObs } from "@/app/api/v1/observations/route";
import { GET as getHistory } from "@/app/api/v1/observations/[id]/history/route";
import { POST as retract } from "@/app/api/v1/observations/[id]/retract/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";

let alice = "";
let bob = "";
const pause = () => new Promise((r) => setTimeout(r, 30));
const entry = (over: Record<string, unknown> = {}) => ({
  region: "泸州",
  indicator: "urban_population",
  year: 2019,
  value: "1,650,000",
  unit: "人",
  source: "泸州市统计公报2019",
  ...over,
});
const post = (token: string, body: unknown) => callJson(postObs, "/api/v1/observations", { token, body });
const current = async (query: string, token = alice) => (await callJson(listObs, `/api/v1/observations?${query}`, { token })).body.observations;

describe("entering observations", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    alice = (await createUser("analyst")).token;
    bob = (await createUser("analyst")).token;
  });

  it("converts into the indicator's unit, keeps value and unit as entered, resolves short names, and audits", async () => {
    const r = await post(alice, entry());
    expect(r.status).toBe(201);
    expect(r.body.observation).toMatchObject({
      region: { adcode: "510500" },
      year: 2019,
      value: 165,
      unit: "万人",
      valueAsEntered: "1650000",
      unitAsEntered: "人",
      version: 1,
      kind: "value",
    });
    expect(r.body.observation.createdBy.name).toMatch(/analyst/);
    const audit = await prisma.auditLog.findFirst({ where: { action: "observation.create", entityId: String(r.body.observation.id) } });
    expect(audit?.after).toMatchObject({ value: "165", version: 1 });
  });

  it("answers 422 naming the field for an unknown region, an incompatible unit or a missing source", async () => {
    const bad = await post(alice, entry({ region: "不存在市", unit: "km²", source: "" }));
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(["source"]);
    const region = await post(alice, entry({ region: "不存在市" }));
    expect(region.body.error.issues[0]).toMatchObject({ path: "region", message: { zh: expect.stringContaining("不存在市") } });
    const unit = await post(alice, entry({ unit: "km²" }));
    expect(unit.body.error.issues[0].path).toBe("unit");
    expect(unit.body.error.issues[0].message.en).toContain("accepted: 万人, 人");
  });

  it("refuses a stale edit with 409 and the current version; the fresh edit goes through", async () => {
    const [v1] = await current("indicator=urban_population&region=510500&from=2019&to=2019");
    const bobSaves = await post(bob, entry({ value: 166, unit: "万人", baseVersionId: v1.id }));
    expect(bobSaves.status).toBe(201);
    const aliceStale = await post(alice, entry({ value: 167, unit: "万人", baseVersionId: v1.id }));
    expect(aliceStale.status).toBe(409);
    expect(aliceStale.body.error).toMatchObject({ code: "CONFLICT", current: { id: bobSaves.body.observation.id, value: 166, version: 2 } });
    expect(aliceStale.body.error.message.zh).toContain("analyst");
    // keeping her value: resubmit on top of Bob's version
    const aliceKeeps = await post(alice, entry({ value: 167, unit: "万人", baseVersionId: bobSaves.body.observation.id }));
    expect(aliceKeeps.status).toBe(201);
    expect(aliceKeeps.body.observation.version).toBe(3);
    // null base = "I saw no figure": refused when one exists
    expect((await post(alice, entry({ year: 2019, baseVersionId: null }))).status).toBe(409);
  });

  it("turns a race for the same next version into a 409, never two rows with one version", async () => {
    const results = await Promise.all([
      post(alice, entry({ year: 2017, value: 150, unit: "万人" })),
      post(bob, entry({ year: 2017, value: 151, unit: "万人" })),
    ]);
    const statuses = results.map((r) => r.status).sort();
    const versions = await prisma.observation.findMany({ where: { regionAdcode: "510500", year: 2017, indicator: { code: "urban_population" } } });
    expect(new Set(versions.map((v) => v.version)).size).toBe(versions.length);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
  });

  it("saving exactly the current figure again writes nothing", async () => {
    const first = await post(alice, entry({ year: 2016, value: 140, unit: "万人" }));
    const again = await post(alice, entry({ year: 2016, value: 140, unit: "万人" }));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: "unchanged", observation: { id: first.body.observation.id } });
  });

  it("reads as of a moment: the value before and after a revision", async () => {
    const v1 = await post(alice, entry({ region: "绵阳市", year: 2019, value: 150, unit: "万人" }));
    await pause();
    const between = new Date();
    await pause();
    await post(alice, entry({ region: "绵阳市", year: 2019, value: 152, unit: "万人", baseVersionId: v1.body.observation.id }));
    const q = "indicator=urban_population&region=510700&from=2019&to=2019";
    expect((await current(`${q}&asOf=${between.toISOString()}`))[0].value).toBe(150);
    expect((await current(q))[0].value).toBe(152);
    expect(await current(`${q}&asOf=2000-01-01`)).toEqual([]);
  });

  it("lists every version of a series, newest first, from the id of any version", async () => {
    const [now] = await current("indicator=urban_population&region=510500&from=2019&to=2019");
    const oldest = await prisma.observation.findFirst({ where: { regionAdcode: "510500", year: 2019, version: 1 } });
    for (const id of [now.id, oldest!.id]) {
      const h = await callJson(getHistory, `/api/v1/observations/${id}/history`, { token: alice, params: { id: String(id) } });
      expect(h.status).toBe(200);
      expect(h.body.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
      expect(h.body.versions[2]).toMatchObject({
        value: 165,
        valueAsEntered: "1650000",
        unitAsEntered: "人",
        source: "泸州市统计公报2019",
        createdBy: { name: expect.any(String) },
      });
    }
    const missing = await callJson(getHistory, "/api/v1/observations/999999/history", { token: alice, params: { id: "999999" } });
    expect(missing.status).toBe(404);
  });

  it("retracts with a reason: current reads lose the figure, history keeps every version", async () => {
    const [now] = await current("indicator=urban_population&region=510500&from=2019&to=2019");
    const noReason = await callJson(retract, `/api/v1/observations/${now.id}/retract`, { token: alice, params: { id: String(now.id) }, body: { reason: " " } });
    expect(noReason.status).toBe(422);
    const stale = await callJson(retract, `/api/v1/observations/${now.id}/retract`, {
      token: alice,
      params: { id: String(now.id) },
      body: { reason: "x", baseVersionId: now.id - 1 },
    });
    expect(stale.status).toBe(409);
    const r = await callJson(retract, `/api/v1/observations/${now.id}/retract`, {
      token: alice,
      params: { id: String(now.id) },
      body: { reason: "口径错误", baseVersionId: now.id },
    });
    expect(r.status).toBe(201);
    expect(r.body.observation).toMatchObject({ kind: "retraction", value: null, note: "口径错误", version: 4 });
    expect(await current("indicator=urban_population&region=510500&from=2019&to=2019")).toEqual([]);
    const h = await callJson(getHistory, `/api/v1/observations/${now.id}/history`, { token: alice, params: { id: String(now.id) } });
    expect(h.body.versions.map((v: { kind: string }) => v.kind)).toEqual(["retraction", "value", "value", "value"]);
    const again = await callJson(retract, `/api/v1/observations/${now.id}/retract`, {
      token: alice,
      params: { id: String(now.id) },
      body: { reason: "again" },
    });
    expect(again.status).toBe(409);
    expect(await prisma.auditLog.count({ where: { action: "observation.retract" } })).toBe(1);
  });

  it("warns (without refusing) when a value jumps more than 50% from the neighbouring year", async () => {
    const r = await post(alice, entry({ region: "宜宾", year: 2017, value: 90, unit: "万人" }));
    const jump = await post(alice, entry({ region: "宜宾", year: 2018, value: 200, unit: "万人" }));
    expect(r.body.warnings).toEqual([]);
    expect(jump.status).toBe(201);
    // against the sample's 129.59 it replaces, and against 2017
    expect(jump.body.warnings.map((w: { en: string }) => w.en)).toEqual(
      expect.arrayContaining([
        "compared with the current version: 1.2959 million people → 2 million people, +54.33%, more than ±50%",
        "compared with 2017: 900,000 people → 2 million people, +122.22%, more than ±50%",
      ]),
    );
  });
});
