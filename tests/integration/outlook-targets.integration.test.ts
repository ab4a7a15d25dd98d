import { beforeAll, describe, expect, it } from "vitest";
import { GET as getProgress } from "@/app/api/v1/progress/route";
import { POST as postTarget } from "@/app/api/v1/targets/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";

const PLAN = "chengyu-2016";
let admin = "";
let viewer = "";

describe("outlook targets (the plan's 2030)", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    admin = (await createUser("admin")).token;
    viewer = (await createUser("viewer")).token;
  });

  it("the seed holds no 2030 figures: the plan words its outlook without numbers", async () => {
    expect(await prisma.target.count({ where: { year: 2030 } })).toBe(0);
  });

  it("an admin-created 2030 target appears in the progress API, judged against the schedule", async () => {
    const body = { plan: PLAN, indicator: "urban_population", region: "510500", year: 2030, value: 300, unit: "", type: "min", clause: "2030年远期展望" };
    const created = await callJson(postTarget, "/api/v1/targets", { token: admin, body });
    expect(created.status).toBe(201);
    expect(created.body.target).toMatchObject({ year: 2030, value: 300, type: "min" });

    const r = await callJson(getProgress, `/api/v1/progress?plan=${PLAN}&region=510500&indicator=urban_population`, { token: viewer });
    expect(r.status).toBe(200);
    const years = r.body.entries.map((e: { targetYear: number }) => e.targetYear);
    expect(years).toEqual([2020, 2030]);
    const e = r.body.entries[1];
    // 泸州 urban population: baseline 2014 111.59, latest 2018 161.97 (seed sample).
    // completion (161.97 − 111.59) / (300 − 111.59) = 50.38 / 188.41 = 26.74 %;
    // time (2018 − 2014) / (2030 − 2014) = 25 % → ahead of schedule → on track
    expect(e.baseline).toEqual({ year: 2014, value: 111.59 });
    expect(e.latest).toEqual({ year: 2018, value: 161.97 });
    expect(e.completion).toBeCloseTo(0.2674, 4);
    expect(e.status).toBe("on_track");
  });
});
