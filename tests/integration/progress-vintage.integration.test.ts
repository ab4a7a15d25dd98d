// Two time axes: a figure's statistical year, and when it was published (the vintage).
// "Data known as of" reads by publication date: a yearbook figure entered today with its
// 2021 publication date is visible to an as-of in 2021; a revision published later
// changes the figure only for later vintages; the caption says exactly which moment.
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { importObservationsCsv } from "@/lib/data/import-observations";
import { GET as getProgressApi } from "@/app/api/v1/progress/route";
import { asOfCaption } from "@/components/progress/as-of-form";
import { recordObservations } from "@/lib/data/observation-writes";
import { prisma } from "@/lib/db";
import { dictionary } from "@/lib/i18n/dictionary";
import { readAsOfParam } from "@/lib/validation/as-of";
import { seedAll } from "@/prisma/seed";
import { callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

let token = "";
const WANZHOU = "500101"; // no sample figures: only what this test records

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  token = (await createUser("viewer")).token;
  const indicator = await prisma.indicator.findUniqueOrThrow({ where: { code: "urban_population" } });
  const write = (year: number, value: string, published: string, source: string) =>
    prisma.$transaction((tx) =>
      recordObservations(
        tx,
        [
          {
            indicatorId: indicator.id,
            regionAdcode: WANZHOU,
            year,
            value,
            valueAsEntered: value,
            unitAsEntered: null,
            source,
            note: null,
            flags: [],
            publishedAt: new Date(published),
          },
        ],
        null,
      ),
    );
  // all recorded today, published years ago
  await write(2014, "100", "2015-06-01T10:00:00+08:00", "2014年鉴");
  await write(2020, "140", "2021-06-30T10:00:00+08:00", "2020年鉴");
  await write(2020, "146", "2022-05-15T10:00:00+08:00", "第七次人口普查修订");
});

async function at(asOf: string) {
  const res = await callJson(getProgressApi, `/api/v1/progress?region=${WANZHOU}&indicator=urban_population&asOf=${encodeURIComponent(asOf)}`, { token });
  expect(res.status).toBe(200);
  return { asOf: res.body.asOf as string, evaluationYear: res.body.evaluationYear as number, entry: res.body.entries[0] };
}

describe("data known as of, by publication date", () => {
  it("an import's `published` column dates its figures (a day = from the start of that day in China)", async () => {
    const csv =
      "region,indicator,year,value,source,published\r\n500114,urban_population,2020,30,黔江统计公报2020,2021-04-20\r\n500114,urban_population,2019,28,黔江统计公报2019,\r\n";
    const result = await importObservationsCsv(Readable.from([csv]), { actorId: null, fileName: "published.csv" });
    expect(result.errors).toEqual([]);
    expect(result.created).toBe(2);
    const rows = await prisma.observation.findMany({
      where: { regionAdcode: "500114" },
      orderBy: { year: "asc" },
      select: { year: true, createdAt: true, publishedAt: true },
    });
    expect(rows[1]!.publishedAt.toISOString()).toBe("2021-04-19T16:00:00.000Z");
    expect(rows[0]!.publishedAt.getTime()).toBe(rows[0]!.createdAt.getTime()); // no date: published when recorded
    const res = await callJson(getProgressApi, "/api/v1/progress?region=500114&indicator=urban_population&asOf=2021-04-20", { token });
    expect(res.body.entries[0].basis).toEqual({ year: 2020, value: 30 });
    const earlier = await callJson(getProgressApi, "/api/v1/progress?region=500114&indicator=urban_population&asOf=2021-04-19", { token });
    expect(earlier.body.entries[0].basis).toBeNull();
  });

  it("refuses an unreadable publication date, naming the column", async () => {
    const csv = "region,indicator,year,value,source,发布日期\r\n500114,urban_population,2018,27,x,2021-02-30\r\n";
    const result = await importObservationsCsv(Readable.from([csv]), { actorId: null, fileName: "bad.csv" });
    expect(result.created).toBe(0);
    expect(JSON.stringify(result.errors)).toContain("2021-02-30");
  });

  it("stores the publication date beside the recording time", async () => {
    const rows = await prisma.observation.findMany({
      where: { regionAdcode: WANZHOU },
      orderBy: { id: "asc" },
      select: { year: true, version: true, createdAt: true, publishedAt: true },
    });
    expect(rows.map((r) => [r.year, r.version, r.publishedAt.toISOString()])).toEqual([
      [2014, 1, "2015-06-01T02:00:00.000Z"],
      [2020, 1, "2021-06-30T02:00:00.000Z"],
      [2020, 2, "2022-05-15T02:00:00.000Z"],
    ]);
    for (const r of rows) expect(r.createdAt.getTime()).toBeGreaterThan(r.publishedAt.getTime());
  });

  it("an as-of before a figure's publication hides it; after, shows it", async () => {
    const before = await at("2021-06-29");
    expect(before.entry.baseline).toEqual({ year: 2014, value: 100 }); // published 2015: known
    expect(before.entry.basis).toBeNull(); // 2020 not yet published
    expect(before.entry.status).toBe("no_data");
    // the same day to the second: 09:59 China time is before the 10:00 publication
    expect((await at("2021-06-30T09:59:00+08:00")).entry.basis).toBeNull();
    const after = await at("2021-06-30");
    expect(after.entry.basis).toEqual({ year: 2020, value: 140 });
    expect(after.entry.status).toBe("not_achieved");
    expect(after.entry.completion).toBeCloseTo(0.8, 10); // (140 − 100) / (150 − 100)
  });

  it("a revision published later changes the figure only for later vintages", async () => {
    expect((await at("2022-05-14")).entry.basis).toEqual({ year: 2020, value: 140 });
    const revised = await at("2022-05-15");
    expect(revised.entry.basis).toEqual({ year: 2020, value: 146 });
    expect(revised.entry.completion).toBeCloseTo(0.92, 10); // (146 − 100) / 50: still short of the 95 % tolerance
    expect(revised.entry.status).toBe("not_achieved");
  });

  it("the answer and the caption name exactly the moment used", async () => {
    const day = await at("2021-06-30");
    expect(day.asOf).toBe("2021-06-30T15:59:59.999Z"); // end of that day in China
    expect(day.evaluationYear).toBe(2021);
    const dayChoice = readAsOfParam("2021-06-30");
    const zh = asOfCaption(dictionary.zh.progress.asOf, {
      day: dayChoice.day,
      moment: dayChoice.timestamp ? dayChoice.asOf : undefined,
      evaluationYear: day.evaluationYear,
    });
    expect(zh).toContain("2021-06-30日终");
    expect(zh).toContain("北京时间2021-06-30 23:59:59");

    const stamp = await at("2021-06-30T09:59:00+08:00");
    expect(stamp.asOf).toBe("2021-06-30T01:59:00.000Z");
    const choice = readAsOfParam("2021-06-30T09:59:00+08:00");
    const caption = {
      zh: asOfCaption(dictionary.zh.progress.asOf, {
        day: choice.day,
        moment: choice.timestamp ? choice.asOf : undefined,
        evaluationYear: stamp.evaluationYear,
      }),
      en: asOfCaption(dictionary.en.progress.asOf, {
        day: choice.day,
        moment: choice.timestamp ? choice.asOf : undefined,
        evaluationYear: stamp.evaluationYear,
      }),
    };
    expect(caption.zh).toContain("北京时间2021-06-30 09:59:00");
    expect(caption.zh).not.toContain("日终");
    expect(caption.en).toContain("2021-06-30 09:59:00 China time");
    expect(caption.en).not.toContain("end of");
  });
});
