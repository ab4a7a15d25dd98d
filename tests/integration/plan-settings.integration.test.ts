import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchSettings } from "@/app/api/v1/plans/[slug]/settings/route";
import { GET as getProgress } from "@/app/api/v1/progress/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";

// 绵阳市 urban population: 2020 target 150 万人, actual 2020 141.97 (seed). With a
// baseline of 49.625 the completion is (141.97 − 49.625) / (150 − 49.625) = 92.345 / 100.375 = 92 %.
const PLAN = "chengyu-2016";
let admin = "";
let analyst = "";

const settings = (token: string, body: unknown) =>
  callJson(patchSettings, `/api/v1/plans/${PLAN}/settings`, { token, method: "PATCH", params: { slug: PLAN }, body });
const mianyangPopulation = async (token: string) => {
  const r = await callJson(getProgress, `/api/v1/progress?plan=${PLAN}&region=510700&indicator=urban_population`, { token });
  expect(r.status).toBe(200);
  return r.body.entries[0];
};

describe("PATCH /api/v1/plans/{slug}/settings", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    admin = (await createUser("admin")).token;
    analyst = (await createUser("analyst")).token;
    const ind = await prisma.indicator.findUniqueOrThrow({ where: { code: "urban_population" } });
    await prisma.target.updateMany({
      where: { regionAdcode: "510700", indicatorId: ind.id, year: 2020 },
      data: { baselineYear: 2014, baselineValue: "49.625" },
    });
  });

  it("at the default 95 % a 92 % completion is not achieved; at 90 % it is nearly achieved", async () => {
    expect((await mianyangPopulation(admin)).status).toBe("not_achieved");
    const r = await settings(admin, { nearlyAchievedPct: 90 });
    expect(r.status).toBe(200);
    expect(r.body.settings).toEqual({ plan: PLAN, nearlyAchievedPct: 90, onTrackLagPp: 10, atRiskLagPp: 30, ceilingMarginPp: 10, fourEyes: false });
    expect((await mianyangPopulation(analyst)).status).toBe("nearly_achieved");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "plan.settings" }, orderBy: { id: "desc" } });
    expect(audit.before).toMatchObject({ nearlyAchievedPct: 95 });
    expect(audit.after).toMatchObject({ nearlyAchievedPct: 90 });
  });

  it("refuses analysts and viewers (403) and anonymous callers (401)", async () => {
    expect((await settings(analyst, { nearlyAchievedPct: 80 })).status).toBe(403);
    expect((await settings((await createUser("viewer")).token, { nearlyAchievedPct: 80 })).status).toBe(403);
    const anon = await callJson(patchSettings, `/api/v1/plans/${PLAN}/settings`, { method: "PATCH", params: { slug: PLAN }, body: { nearlyAchievedPct: 80 } });
    expect(anon.status).toBe(401);
    const plan = await prisma.plan.findUniqueOrThrow({ where: { slug: PLAN } });
    expect(Number(plan.nearlyAchievedPct)).toBe(90);
  });

  it("answers 422 with bilingual messages for bad values", async () => {
    const over = await settings(admin, { nearlyAchievedPct: 120 });
    expect(over.status).toBe(422);
    expect(over.body.error.issues[0].path).toBe("nearlyAchievedPct");
    expect(over.body.error.issues[0].message).toEqual({ zh: "应为 0 到 100 之间的数", en: "must be a number from 0 to 100" });
    expect((await settings(admin, { nearlyAchievedPct: "abc" })).status).toBe(422);
    expect((await settings(admin, {})).status).toBe(422);
    expect((await settings(admin, { colour: "red" })).status).toBe(422);
    const order = await settings(admin, { onTrackLagPp: 40 });
    expect(order.status).toBe(422);
    expect(order.body.error.issues[0].path).toBe("onTrackLagPp");
  });

  it("sets the 序时进度 thresholds too, and 404s for an unknown plan", async () => {
    const r = await settings(admin, { onTrackLagPp: 5, atRiskLagPp: 20 });
    expect(r.body.settings).toMatchObject({ onTrackLagPp: 5, atRiskLagPp: 20 });
    const none = await callJson(patchSettings, "/api/v1/plans/nope/settings", {
      token: admin,
      method: "PATCH",
      params: { slug: "nope" },
      body: { nearlyAchievedPct: 90 },
    });
    expect(none.status).toBe(404);
  });
});
