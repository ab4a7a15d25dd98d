import { beforeAll, describe, expect, it } from "vitest";
import { GET as getProgressApi } from "@/app/api/v1/progress/route";
import { prisma } from "@/lib/db";
import { recordObservations } from "@/lib/data/observation-writes";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";

let token = "";

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  token = (await createUser("viewer")).token;
});

const get = (path: string, opts: { anonymous?: boolean } = {}) => callJson(getProgressApi, path, { token: opts.anonymous ? undefined : token });

describe("GET /api/v1/progress", () => {
  it("answers 401 to an anonymous caller", async () => {
    const res = await get("/api/v1/progress", { anonymous: true });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("UNAUTHENTICATED");
  });

  it("returns one entry per target of the default plan, with exactly the documented fields", async () => {
    const { status, body } = await get("/api/v1/progress");
    expect(status).toBe(200);
    expect(body.plan).toBe("chengyu-2016");
    expect(body.entries).toHaveLength(14);
    expect(body.next).toBeNull();
    for (const e of body.entries) {
      expect(Object.keys(e).sort()).toEqual(
        [
          "targetId",
          "indicator",
          "region",
          "targetYear",
          "targetValue",
          "targetType",
          "kind",
          "rate",
          "baseline",
          "latest",
          "basis",
          "completion",
          "timeShare",
          "lagPp",
          "status",
          "final",
          "lenses",
          "explanation",
          "caveats",
        ].sort(),
      );
      expect(Object.keys(e.region).sort()).toEqual(["adcode", "nameZh"]);
      expect(Object.keys(e.lenses).sort()).toEqual(["escap", "linear", "statcan", "unsd"]);
      expect(Object.keys(e.explanation).sort()).toEqual(["en", "zh"]);
    }
    const mianyang = body.entries.filter((e: { region: { adcode: string } }) => e.region.adcode === "510700");
    expect(mianyang).toEqual([
      expect.objectContaining({
        indicator: "urban_population",
        targetYear: 2020,
        targetValue: 150,
        targetType: "min",
        status: "not_achieved",
        final: { status: "not_achieved", year: 2020, value: 141.97 },
        baseline: null,
        caveats: ["low_confidence"],
      }),
      expect.objectContaining({
        indicator: "urban_construction_land",
        targetValue: 150,
        targetType: "max",
        status: "exceeded",
        final: { status: "exceeded", year: 2020, value: 167.58 },
        caveats: ["definition_differs", "low_confidence"],
      }),
    ]);
  });

  it("filters by plan, indicator and region, and pages by target id", async () => {
    const luzhou = (await get("/api/v1/progress?plan=chengyu-2016&indicator=urban_population&region=510500")).body;
    expect(luzhou.entries.map((e: { region: { nameZh: string }; indicator: string }) => `${e.region.nameZh} ${e.indicator}`)).toEqual([
      "泸州市 urban_population",
    ]);
    const page1 = (await get("/api/v1/progress?limit=5")).body;
    expect(page1.entries).toHaveLength(5);
    expect(page1.next).toBe(page1.entries[4].targetId);
    const page2 = (await get(`/api/v1/progress?limit=5&after=${page1.next}`)).body;
    const page3 = (await get(`/api/v1/progress?limit=5&after=${page2.next}`)).body;
    expect(page3.entries).toHaveLength(4);
    expect(page3.next).toBeNull();
    const ids = [...page1.entries, ...page2.entries, ...page3.entries].map((e: { targetId: number }) => e.targetId);
    expect(new Set(ids).size).toBe(14);
  });

  it("refuses bad parameters with 422 and an unknown plan with 404", async () => {
    expect((await get("/api/v1/progress?asOf=yesterday")).status).toBe(422);
    expect((await get("/api/v1/progress?asOf=2019-02-30")).status).toBe(422);
    expect((await get("/api/v1/progress?limit=0")).status).toBe(422);
    const missing = await get("/api/v1/progress?plan=no-such-plan");
    expect(missing.status).toBe(404);
    expect(missing.body.error.message.zh).toBe("规划不存在");
  });

  it("evaluates as of a day: asOf=2019-12-31 is the end of that day in China", async () => {
    const { body } = await get("/api/v1/progress?asOf=2019-12-31");
    expect(body.asOf).toBe("2019-12-31T15:59:59.999Z");
    expect(body.evaluationYear).toBe(2019);
  });
});

describe("as of before and after a revision", () => {
  it("the answer changes only for moments after the new version was recorded", async () => {
    const before = new Date();
    await new Promise((r) => setTimeout(r, 20));
    const indicator = await prisma.indicator.findUniqueOrThrow({ where: { code: "urban_population" } });
    // 绵阳's 2020 figure revised from 141.97 to 152 万人: the target is now met
    await prisma.$transaction((tx) =>
      recordObservations(
        tx,
        [
          {
            indicatorId: indicator.id,
            regionAdcode: "510700",
            year: 2020,
            value: "152",
            valueAsEntered: "152",
            unitAsEntered: "万人",
            source: "revision test",
            note: null,
            flags: [],
          },
        ],
        null,
      ),
    );
    const path = "/api/v1/progress?region=510700&indicator=urban_population";
    const old = (await get(`${path}&asOf=${encodeURIComponent(before.toISOString())}`)).body.entries[0];
    expect(old.final).toEqual({ status: "not_achieved", year: 2020, value: 141.97 });
    expect(old.status).toBe("not_achieved");
    const now = (await get(path)).body.entries[0];
    // 152 ≥ 150; the revision carries no flags, so no caveat any more
    expect(now.final).toEqual({ status: "achieved", year: 2020, value: 152 });
    expect(now.status).toBe("achieved");
    expect(now.caveats).toEqual([]);
    expect(now.explanation.zh).toBe("2020年目标150万人；2020年实际152万人，达到目标 → 已完成");
  });

  it("a retraction removes the figure from then on, not before", async () => {
    const before = new Date();
    await new Promise((r) => setTimeout(r, 20));
    const indicator = await prisma.indicator.findUniqueOrThrow({ where: { code: "urban_construction_land" } });
    const current = await prisma.observation.findFirstOrThrow({
      where: { indicatorId: indicator.id, regionAdcode: "510700", year: 2020 },
      orderBy: { version: "desc" },
    });
    await prisma.observation.create({
      data: {
        indicatorId: indicator.id,
        regionAdcode: "510700",
        year: 2020,
        version: current.version + 1,
        kind: "retraction",
        value: null,
        source: "retraction test",
        flags: [],
        supersedesId: current.id,
      },
    });
    const path = "/api/v1/progress?region=510700&indicator=urban_construction_land";
    expect((await get(`${path}&asOf=${encodeURIComponent(before.toISOString())}`)).body.entries[0].status).toBe("exceeded");
    // without the 2020 figure nothing is left for 2019–2021: no data
    const now = (await get(path)).body.entries[0];
    expect(now.status).toBe("no_data");
    expect(now.latest).toEqual({ year: 2017, value: 149.5 });
  });
});
