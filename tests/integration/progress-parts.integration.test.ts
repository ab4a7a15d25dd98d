import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/(app)/progress/parts/[part]/route";
import { prisma } from "@/lib/db";
import { recordObservations } from "@/lib/data/observation-writes";
import { seedAll } from "@/prisma/seed";
import { call } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

// The overview's map and matrix, served as HTML fragments after the page: the same view
// as the page's parameters say, in the reader's language, revalidated by ETag, and never
// stale after a write.

let token = "";
const get = (part: string, query = "", headers: Record<string, string> = {}) =>
  call<{ part: string }>(GET, `/progress/parts/${part}${query}`, { token, params: { part }, headers });

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  ({ token } = await createUser("viewer"));
});

describe("GET /progress/parts/[part]", () => {
  it("serves the map: every city with a target as a linked, coloured circle", async () => {
    const res = await get("map");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
    const html = await res.text();
    expect(html.startsWith("<svg")).toBe(true);
    // the 7 regional centre cities of 专栏1 carry the sample's targets
    expect(html.match(/data-testid="map-city"/g)).toHaveLength(7);
    expect(html).toMatch(/<a href="\/regions\/510500" data-testid="map-city" data-adcode="510500" data-status="[a-z_]+" aria-label="[^"]+">/);
  });

  it("serves the matrix with links that keep the chosen day", async () => {
    const html = await (await get("matrix", "?asOf=2019-12-31")).text();
    expect(html.startsWith(`<table class="data heat" data-testid="heat-matrix">`)).toBe(true);
    expect(html).toMatch(/<tr data-region="510500"><th scope="row"><a href="\/regions\/510500\?asOf=2019-12-31" data-testid="heat-row-link">/);
    expect(html).toMatch(/<tr data-region="510500">.*?data-status="[a-z_]+"[^>]*><a href="\/progress\/indicators\/urban_population\?asOf=2019-12-31#r-510500"/);
    // the sample's figures carry their publication dates: the 2018 yearbook (out by the end of
    // 2019) is known, 绵阳's 2020 figures (published 2021) are not
    expect(html).toContain(`<span class="heat__value">161.97 万人 (2018)</span>`);
    expect(html).not.toContain("141.97");
  });

  it("speaks the reader's language (the locale cookie)", async () => {
    expect(await (await get("matrix")).text()).toContain(">泸州市</a>");
    expect(await (await get("matrix", "", { cookie: "pm_locale=en" })).text()).toContain(">Luzhou</a>");
  });

  it("answers a revalidation with 304 until the data change, then with the new figures", async () => {
    const first = await get("matrix");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get("matrix", "", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");

    const indicator = await prisma.indicator.findUniqueOrThrow({ where: { code: "urban_population" } });
    await prisma.$transaction((tx) =>
      recordObservations(
        tx,
        [
          {
            indicatorId: indicator.id,
            regionAdcode: "510500",
            year: 2020,
            value: "187.65",
            valueAsEntered: "187.65",
            unitAsEntered: "万人",
            source: "parts test",
            note: null,
            flags: [],
          },
        ],
        null,
      ),
    );
    const after = await get("matrix", "", { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    // a figure for the target year: the cell now rests on it (a later year's would not judge a 2020 target)
    expect(await after.text()).toContain("187.65");
  });

  it("is for signed-in readers only, and knows just two parts", async () => {
    expect((await call<{ part: string }>(GET, "/progress/parts/map", { params: { part: "map" } })).status).toBe(401);
    expect((await get("legend")).status).toBe(404);
    expect((await get("map", "?plan=no-such-plan")).status).toBe(404);
  });
});
