import { beforeAll, describe, expect, it } from "vitest";
import { POST as importFile } from "@/app/api/v1/observations/import/route";
import { GET as listObs } from "@/app/api/v1/observations/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { call, callJson } from "../support/api";
import { createUser } from "../support/factories";
import { csv, generatedRows, HEADER, xlsxBuffer } from "../support/import-files";

let token = "";
let regions: string[] = [];
const INDICATORS = ["resident_population", "urban_population", "gdp"];
// These tests are about reading files and versioning rows; their generated figures jump
// freely, so real imports confirm plausibility warnings (data-integrity tests those).
const confirmed = (query: string) =>
  query.includes("dryRun") || query.includes("confirmWarnings") ? query : `${query}${query ? "&" : "?"}confirmWarnings=true`;
const postCsv = (body: string | Uint8Array, query = "") =>
  callJson(importFile, `/api/v1/observations/import${confirmed(query)}`, {
    token,
    method: "POST",
    rawBody: body as BodyInit,
    contentType: "text/csv",
    headers: { "x-file-name": "test.csv" },
  });
const postFile = (file: File, query = "") => {
  const form = new FormData();
  form.set("file", file);
  return callJson(importFile, `/api/v1/observations/import${confirmed(query)}`, { token, rawBody: form });
};
const observationCount = () => prisma.observation.count();

// GBK bytes of 地区,指标,年份,数值,单位,来源 and of 泸州市 / 亿元 / 统计年鉴 (Excel "CSV (逗号分隔)" on Chinese Windows)
const hex = (s: string) =>
  Uint8Array.from(
    s
      .trim()
      .split(/\s+/)
      .map((b) => Number.parseInt(b, 16)),
  );
const GBK = {
  header: hex("b5 d8 c7 f8 2c d6 b8 b1 ea 2c c4 ea b7 dd 2c ca fd d6 b5 2c b5 a5 ce bb 2c c0 b4 d4 b4 0d 0a"),
  luzhou: hex("e3 f2 d6 dd ca d0"),
  yiyuan: hex("d2 da d4 aa"),
  yearbook: hex("cd b3 bc c6 c4 ea bc f8"),
};
const ascii = (s: string) => new TextEncoder().encode(s);
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe("bulk import API", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    token = (await createUser("analyst")).token;
    // administrative regions only: the plan's seed already has figures for the cluster and China
    regions = (await prisma.region.findMany({ where: { adcode: { startsWith: "5" } }, select: { adcode: true }, orderBy: { sortOrder: "asc" } })).map(
      (r) => r.adcode,
    );
  });

  it("writes nothing from a 10,000-row file with one bad row, and names row, column, value and what is accepted", async () => {
    const rows = generatedRows(10_000, regions, INDICATORS);
    rows[7_776] = rows[7_776]!.replace(/,,generated/, ",公里,generated"); // a length unit on a money indicator
    const before = await observationCount();
    const r = await postCsv(csv(rows));
    expect(r.status).toBe(422);
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors[0]).toMatchObject({ row: 7_778, column: "unit", value: "公里" });
    expect(r.body.errors[0].message.zh).toContain("第7778行");
    expect(r.body.errors[0].message.en).toMatch(/Row 7778, column "unit": unrecognised unit "公里".*accepts: 亿元, 万亿元, 万元, 元/);
    expect(await observationCount()).toBe(before);
    expect(await prisma.auditLog.count({ where: { action: "observation.import" } })).toBe(0);
  });

  it("previews without writing, then imports all rows, then finds a re-import entirely unchanged", async () => {
    const file = csv(generatedRows(10_000, regions, INDICATORS));
    const before = await observationCount();
    const dry = await postCsv(file, "?dryRun=true");
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, created: 10_000, updated: 0, unchanged: 0, errors: [] });
    expect(dry.body.preview[0]).toMatchObject({ row: 2, status: "new", indicator: "resident_population", year: 1950 });
    expect(await observationCount()).toBe(before);

    const first = await postCsv(file);
    expect(first.body).toEqual(expect.objectContaining({ created: 10_000, updated: 0, unchanged: 0, errors: [] }));
    expect(await observationCount()).toBe(before + 10_000);
    const again = await postCsv(file);
    expect(again.body).toEqual(expect.objectContaining({ created: 0, updated: 0, unchanged: 10_000, errors: [] }));
    expect(await observationCount()).toBe(before + 10_000);
    const audit = await prisma.auditLog.findFirst({ where: { action: "observation.import" }, orderBy: { id: "desc" } });
    expect(audit?.meta).toMatchObject({ fileName: "test.csv", rows: 10_000, unchanged: 10_000 });
  });

  it("imports an XLSX workbook from a multipart upload, numbers and text cells alike", async () => {
    const buf = await xlsxBuffer([
      ["泸州", "urban_population", 2025, 1200000, "人", "泸州统计年鉴", "xlsx", "provisional"],
      ["510700", "gdp", "2025", "1,700.33", "亿元", "绵阳统计公报", null, null],
    ]);
    const r = await postFile(new File([new Uint8Array(buf)], "数据.xlsx"));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ created: 2, errors: [] });
    const obs = (await callJson(listObs, "/api/v1/observations?region=510500&indicator=urban_population&from=2025&to=2025", { token })).body.observations;
    expect(obs[0]).toMatchObject({ value: 120, valueAsEntered: "1200000", unitAsEntered: "人", flags: ["provisional"] });
  });

  it("reports XLSX row errors with the worksheet's row numbers", async () => {
    const buf = await xlsxBuffer([["泸州", "urban_population", 2015, "abc", "人", "s", null, null]]);
    const r = await postFile(new File([new Uint8Array(buf)], "bad.xlsx"));
    expect(r.status).toBe(422);
    expect(r.body.errors[0]).toMatchObject({ row: 2, column: "value", value: "abc" });
  });

  it("reads a GBK-encoded CSV and says it did", async () => {
    const row = (year: number) => join(GBK.luzhou, ascii(`,gdp,${year},1700,`), GBK.yiyuan, ascii(","), GBK.yearbook, ascii("\r\n"));
    const r = await postCsv(join(GBK.header, row(2025), row(2026)));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ created: 2 });
    expect(r.body.warnings[0].en).toContain("GBK");
    // and with the first non-ASCII byte far into the file
    const padding = Array.from({ length: 60 }, (_, i) => `510500,gdp,${1950 + i},1,,x,${"n".repeat(300)}\r\n`).join("");
    const late = join(ascii("region,indicator,year,value,unit,source,note\r\n"), ascii(padding), row(2010));
    const lateResult = (await postCsv(late)).body;
    expect(lateResult.created + lateResult.updated).toBe(61);
    expect(lateResult.warnings[0].en).toContain("GBK");
  });

  it("answers 422 with a clear message for an empty file, a missing column, UTF-16 or bad quoting", async () => {
    const empty = await postCsv("");
    expect(empty.status).toBe(422);
    expect(empty.body.error.message.en).toMatch(/empty/);
    const missing = await postCsv("region,indicator,year,value\n泸州,gdp,2018,1\n");
    expect(missing.status).toBe(422);
    expect(missing.body.fileErrors[0].en).toContain("missing required column(s): source");
    expect(missing.body.fileErrors[0].zh).toContain("来源");
    const utf16 = await postCsv(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]));
    expect(utf16.body.fileErrors[0].en).toContain("UTF-16");
    const emptyFile = await postFile(new File([], "empty.csv"));
    expect(emptyFile.status).toBe(422);
  });

  it("answers 413 for a declared size over the limit without reading it", async () => {
    const r = await callJson(importFile, "/api/v1/observations/import", {
      token,
      rawBody: `${HEADER}\n`,
      contentType: "text/csv",
      headers: { "content-length": String(60 * 1024 * 1024) },
    });
    expect(r.status).toBe(413);
    expect(r.body.error.message.en).toContain("50 MB");
  });

  it("answers 401 to anonymous callers and 403 to viewers before reading the body", async () => {
    expect((await call(importFile, "/api/v1/observations/import", { rawBody: "x", contentType: "text/csv" })).status).toBe(401);
    const viewer = (await createUser("viewer")).token;
    expect((await call(importFile, "/api/v1/observations/import", { token: viewer, rawBody: "x", contentType: "text/csv" })).status).toBe(403);
  });
});
