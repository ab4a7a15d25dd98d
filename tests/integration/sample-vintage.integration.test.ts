// The shipped sample carries each figure's publication date (prisma/seed-data/README.md),
// so "data known as of" the end of 2020 shows what was published by then: 绵阳's 2018
// yearbook figure, not its 2020 figure published in 2021 — instead of 无数据 everywhere.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getProgressApi } from "@/app/api/v1/progress/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

let token = "";
const MIANYANG = "510700";
const LUZHOU = "510500";

beforeAll(async () => {
  await resetDatabase();
  const { sampleLoaded } = await seedAll({ admin: false });
  expect(sampleLoaded).toBe(true);
  token = (await createUser("viewer")).token;
});

async function basis(adcode: string, indicator: string, asOf?: string) {
  const q = `/api/v1/progress?region=${adcode}&indicator=${indicator}${asOf ? `&asOf=${asOf}` : ""}`;
  const res = await callJson(getProgressApi, q, { token });
  expect(res.status).toBe(200);
  const entry = res.body.entries.find((e: { targetYear: number }) => e.targetYear === 2020);
  return { basis: entry.basis as { year: number; value: number } | null, status: entry.status as string };
}

describe("the sample's publication dates", () => {
  it("every sample figure has a publication date before it was recorded", async () => {
    const rows = await prisma.observation.findMany({
      // the sample's figures, not those the two shipped plans state themselves
      where: { AND: [{ source: { not: { contains: "成渝城市群发展规划" } } }, { source: { not: { contains: "成渝地区双城经济圈建设规划纲要" } } }] },
      select: { year: true, createdAt: true, publishedAt: true },
    });
    expect(rows).toHaveLength(13);
    for (const r of rows) {
      expect(r.publishedAt.getTime()).toBeLessThan(r.createdAt.getTime() - 86_400_000);
      expect(r.publishedAt.getUTCFullYear()).toBeGreaterThan(r.year); // published after its statistical year
    }
  });

  it("the plan's own 2014 figures date from the plan's issue day (2016-04-27, China time)", async () => {
    const rows = await prisma.observation.findMany({ where: { source: { contains: "成渝城市群发展规划" } }, select: { publishedAt: true } });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.publishedAt.toISOString()))).toEqual(new Set(["2016-04-26T16:00:00.000Z"]));
  });

  it("as of 2020-12-31: the 2018 yearbook figures (published 2019), not the 2020 figures (published 2021)", async () => {
    // 绵阳 urban population: 1,402,000 人 in the 2018 yearbook = 140.2 万人; 141.97 for 2020 came out in 2021
    expect((await basis(MIANYANG, "urban_population", "2020-12-31")).basis).toEqual({ year: 2018, value: 140.2 });
    // 绵阳 construction land: 149.5 km² for 2017 (published 2018); 167.58 for 2020 not yet
    expect((await basis(MIANYANG, "urban_construction_land", "2020-12-31")).basis).toEqual({ year: 2017, value: 149.5 });
    const luzhou = await basis(LUZHOU, "urban_population", "2020-12-31");
    expect(luzhou.basis).toEqual({ year: 2018, value: 161.97 });
    expect(luzhou.status).not.toBe("no_data");
  });

  it("a day earlier than a source's publication hides it; today shows the 2020 figures", async () => {
    expect((await basis(MIANYANG, "urban_population", "2019-12-30")).basis).toEqual({ year: 2017, value: 138.1 });
    expect((await basis(MIANYANG, "urban_population", "2019-12-31")).basis).toEqual({ year: 2018, value: 140.2 });
    expect((await basis(MIANYANG, "urban_population")).basis).toEqual({ year: 2020, value: 141.97 });
  });
});
