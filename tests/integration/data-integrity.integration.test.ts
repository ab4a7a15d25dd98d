import { beforeAll, describe, expect, it } from "vitest";
import { POST as importFile } from "@/app/api/v1/observations/import/route";
import { POST as postObs } from "@/app/api/v1/observations/route";
import { getPlausibilityWarnings } from "@/lib/data/observation-plausibility";
import { retractObservation } from "@/lib/data/observation-retract";
import { prisma } from "@/lib/db";
import { plausibilityMessages } from "@/lib/validation/plausibility-messages";
import { observationInput } from "@/lib/validation/observation";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "../support/db";
import { callJson } from "../support/api";
import { createUser } from "../support/factories";
import { HEADER, xlsxBuffer } from "../support/import-files";

// Issue 10: figures are never silently changed. Each block failed on the code before it.
let token = "";
let user: Awaited<ReturnType<typeof createUser>>["user"];
const post = (body: unknown) => callJson(postObs, "/api/v1/observations", { token, body });
const importCsv = (text: string, query = "") =>
  callJson(importFile, `/api/v1/observations/import${query}`, {
    token,
    method: "POST",
    rawBody: text,
    contentType: "text/csv",
    headers: { "x-file-name": "integrity.csv" },
  });
const importXlsx = async (rows: (string | number | null)[][]) => {
  const form = new FormData();
  form.set(
    "file",
    new File([new Uint8Array(await xlsxBuffer(rows))], "integrity.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
  );
  return callJson(importFile, "/api/v1/observations/import", { token, rawBody: form });
};
const versions = (adcode: string, code: string, year: number) =>
  prisma.observation.findMany({ where: { regionAdcode: adcode, year, indicator: { code } }, orderBy: { version: "asc" } });
const entry = (over: Record<string, unknown>) => ({ region: "510700", indicator: "urban_population", year: 2019, source: "绵阳市统计公报", ...over });

describe("data integrity", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false, sample: false });
    ({ token, user } = await createUser("analyst"));
  });

  describe("a revision is checked against the previous version of the same cell, in the indicator's unit", () => {
    it("warns '137 万人 → 0.0138 万人, −99.99%' when 137.5 is typed with the unit 人 the figure was first imported in", async () => {
      expect((await post(entry({ value: "1370000", unit: "人" }))).status).toBe(201); // stored as 137 万人
      const input = observationInput.parse(entry({ value: "137.5", unit: "人" }));
      const actor = { kind: "user" as const, userId: user.id, role: user.role, name: user.name, email: user.email, via: "token" as const };
      const { warnings, unit } = await getPlausibilityWarnings(actor, input);
      expect(plausibilityMessages(warnings, unit)).toEqual([
        {
          zh: "与当前版本相比：137 万人 → 0.0138 万人，−99.99%，超过 ±50%",
          en: "compared with the current version: 1.37 million people → 138 people, −99.99%, more than ±50%",
        },
      ]);
      // a plausible revision in the indicator's unit asks nothing
      expect((await getPlausibilityWarnings(actor, observationInput.parse(entry({ value: "137.5", unit: "万人" })))).warnings).toEqual([]);
      // the API saves and names the warning with both values and units
      const saved = await post(entry({ value: "137.5", unit: "人" }));
      expect(saved.body.warnings[0].zh).toBe("与当前版本相比：137 万人 → 0.0138 万人，−99.99%，超过 ±50%");
    });
  });

  describe("imports run the same plausibility rules", () => {
    const rows = (...lines: string[]) => `${HEADER}\n${lines.join("\n")}\n`;

    it("lists per-row warnings in the dry run, refuses the real import until they are confirmed, then writes", async () => {
      expect((await importCsv(rows("511300,urban_population,2017,100,万人,年鉴,,", "511300,urban_population,2018,102,万人,年鉴,,"))).status).toBe(200);
      const file = rows("511300,urban_population,2019,104,万人,年鉴,,", "511300,urban_population,2018,204,万人,年鉴（修订）,,");
      const dry = await importCsv(file, "?dryRun=true");
      expect(dry.status).toBe(200);
      expect(dry.body.totalWarnings).toBe(1);
      expect(dry.body.rowWarnings).toEqual([
        expect.objectContaining({
          row: 3,
          column: "value",
          value: "204",
          message: {
            // 2019 is the file's own row (104): the later neighbour
            zh: "第3行“数值”列：与当前版本相比：102 万人 → 204 万人，+100%，超过 ±50%；与 2017 年相比：100 万人 → 204 万人，+104%，超过 ±50%；与 2019 年相比：104 万人 → 204 万人，+96.15%，超过 ±50%",
            en: 'Row 3, column "value": compared with the current version: 1.02 million people → 2.04 million people, +100%, more than ±50%; compared with 2017: 1 million people → 2.04 million people, +104%, more than ±50%; compared with 2019: 1.04 million people → 2.04 million people, +96.15%, more than ±50%',
          },
        }),
      ]);
      const unconfirmed = await importCsv(file);
      expect(unconfirmed.status).toBe(422);
      expect(unconfirmed.body.error.code).toBe("UNCONFIRMED_WARNINGS");
      expect(unconfirmed.body.rowWarnings.map((w: { row: number }) => w.row)).toEqual([3]);
      expect(await versions("511300", "urban_population", 2019)).toHaveLength(0);
      const confirmed = await importCsv(file, "?confirmWarnings=true");
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ created: 1, updated: 1 });
    });

    it("compares with the file's own neighbouring rows too (a jump inside one new series)", async () => {
      const dry = await importCsv(rows("511500,urban_population,2015,100,万人,年鉴,,", "511500,urban_population,2016,5,万人,年鉴,,"), "?dryRun=true");
      expect(dry.body.rowWarnings.map((w: { row: number }) => w.row)).toEqual([2, 3]);
    });

    it("a retracted stored year counts as no figure: the nearest stored year beyond it is not used, the file's own row is", async () => {
      const stored = rows(
        "511600,urban_population,2015,100,万人,年鉴,,",
        "511600,urban_population,2016,101,万人,年鉴,,",
        "511600,urban_population,2018,100,万人,年鉴,,",
      );
      expect((await importCsv(stored)).status).toBe(200);
      const [y2016] = await versions("511600", "urban_population", 2016);
      const actor = { kind: "user", userId: user.id, role: "analyst", name: user.name, email: user.email, via: "token" } as const;
      await retractObservation(actor, y2016!.id, { reason: "错误" });
      // row 2 (2014, 290): no earlier year; the later is the stored 2015 (100), nearer than the file's 2017 → +190 %
      // row 3 (2017, 300): the earlier stored year, 2016, is retracted, so the file's 2014 (290) counts (+3 %, plausible); the later is the stored 2018 (100) → +200 %
      const dry = await importCsv(rows("511600,urban_population,2014,290,万人,年鉴,,", "511600,urban_population,2017,300,万人,年鉴,,"), "?dryRun=true");
      expect(dry.body.totalWarnings).toBe(2);
      expect(dry.body.rowWarnings.map((w: { row: number; message: { en: string } }) => [w.row, w.message.en])).toEqual([
        [2, 'Row 2, column "value": compared with 2015: 1 million people → 2.9 million people, +190%, more than ±50%'],
        [3, 'Row 3, column "value": compared with 2018: 1 million people → 3 million people, +200%, more than ±50%'],
      ]);
    });

    it("beyond a retracted stored year, the file's own farther row is the neighbour and the stored year beyond it is not", async () => {
      expect((await importCsv(rows("511700,urban_population,2015,100,万人,年鉴,,", "511700,urban_population,2016,100,万人,年鉴,,"))).status).toBe(200);
      const [y2016] = await versions("511700", "urban_population", 2016);
      const actor = { kind: "user", userId: user.id, role: "analyst", name: user.name, email: user.email, via: "token" } as const;
      await retractObservation(actor, y2016!.id, { reason: "错误" });
      // row 2 (2013, 300): the later neighbour is the stored 2015 (100) → +200 %
      // row 3 (2017, 100): the earlier stored year, 2016, is retracted: the file's 2013 (300) is compared (−66.67 %), not the stored 2015 (100, plausible)
      const dry = await importCsv(rows("511700,urban_population,2013,300,万人,年鉴,,", "511700,urban_population,2017,100,万人,年鉴,,"), "?dryRun=true");
      expect(dry.body.rowWarnings.map((w: { row: number; message: { en: string } }) => [w.row, w.message.en])).toEqual([
        [2, 'Row 2, column "value": compared with 2015: 1 million people → 3 million people, +200%, more than ±50%'],
        [3, 'Row 3, column "value": compared with 2013: 3 million people → 1 million people, −66.67%, more than ±50%'],
      ]);
    });

    it("refuses a negative population as a row error, in the dry run and for real; money may be negative", async () => {
      const file = rows("511100,urban_population,2019,-5,万人,年鉴,,");
      for (const query of ["?dryRun=true", ""]) {
        const r = await importCsv(file, query);
        expect(r.status).toBe(422);
        expect(r.body.errors[0]).toMatchObject({ row: 2, column: "value", value: "-5" });
        expect(r.body.errors[0].message.en).toContain("is negative, which indicator");
      }
      expect((await importCsv(rows("511100,gdp,2019,-5,亿元,年鉴,,"))).status).toBe(200);
    });
  });

  describe("range and character checks in the one validation path", () => {
    it.each([
      ["1e17 亿元 (beyond numeric(24,8))", "511100,gdp,2019,1e17,亿元,年鉴,,", "value", "is too large"],
      ["1e12 万亿元 = 1e16 亿元 after conversion", "CHENGYU,gdp,2019,1e12,万亿元,年鉴,,", "value", "10000000000000000 亿元 once converted"],
      ["1e-300 (would be stored as 0)", "511100,gdp,2018,1e-300,亿元,年鉴,,", "value", "would be stored as 0"],
    ])("CSV: %s → 422 naming row, column and value", async (_name, line, column, text) => {
      const r = await importCsv(`${HEADER}\n${line}\n`);
      expect(r.status).toBe(422);
      expect(r.body.errors).toHaveLength(1);
      expect(r.body.errors[0]).toMatchObject({ row: 2, column, value: line.split(",")[3] });
      expect(r.body.errors[0].message.en).toContain(text);
    });

    it("CSV: a NUL byte after the first 16 KB is a row error, not a 500", async () => {
      const filler = Array.from({ length: 300 }, (_, i) => `511100,gdp,${1950 + (i % 70)},${i + 1000},亿元,填充${i},,`).slice(0, 70);
      const file = `${HEADER}\n${filler.join("\n")}\n511100,resident_population,2019,300,万人,年鉴,${"备注".repeat(9000)}\u0000尾,\n`;
      expect(new TextEncoder().encode(file).length).toBeGreaterThan(16 * 1024);
      const r = await importCsv(file);
      expect(r.status).toBe(422);
      expect(r.body.errors[0]).toMatchObject({ row: 72, column: "note" });
      expect(r.body.errors[0].message.en).toContain("control character U+0000 (NUL)");
    });

    it("XLSX goes through the same checks", async () => {
      const r = await importXlsx([["511100", "gdp", 2019, "1e17", "亿元", "年鉴", null, null]]);
      expect(r.status).toBe(422);
      expect(r.body.errors[0]).toMatchObject({ row: 2, column: "value" });
      expect(r.body.errors[0].message.en).toContain("is too large");
    });

    it.each([
      ["a NUL in the note", { note: "备注\u0000" }, "note", "U+0000 (NUL)"],
      ["1e-300", { value: 1e-300 }, "value", "would be stored as 0"],
      ["1e17", { indicator: "gdp", value: "1e17", unit: "亿元" }, "value", "is too large"],
      ["1e12 万亿元", { region: "CHENGYU", indicator: "gdp", value: "1e12", unit: "万亿元" }, "value", "is too large"],
      ["a negative count", { value: -3 }, "value", "is negative"],
    ])("JSON: %s → 422 on the field, never a 500", async (_name, patch, path, text) => {
      const r = await post(entry({ year: 2016, value: 140, unit: "万人", ...patch }));
      expect(r.status).toBe(422);
      expect(r.body.error.issues[0].path).toBe(path);
      expect(r.body.error.issues[0].message.en).toContain(text);
    });

    it("JSON accepts a year written 2020年, like CSV and XLSX", async () => {
      const r = await post(entry({ year: "2020年", value: 141, unit: "万人" }));
      expect(r.status).toBe(201);
      expect(r.body.observation.year).toBe(2020);
    });
  });

  describe("smaller items", () => {
    it("a header-only file is a clear 'no data rows' error, CSV and XLSX", async () => {
      for (const r of [await importCsv(`${HEADER}\n`), await importCsv(`${HEADER}\n,,,,,,,\n\n`), await importXlsx([])]) {
        expect(r.status).toBe(422);
        expect(r.body.fileErrors[0].en).toContain("no data rows");
      }
    });

    it("an over-long record names the row-length limit, not a quote", async () => {
      const r = await importCsv(`${HEADER}\n511100,gdp,2019,1,亿元,年鉴,"${"长".repeat(120_000)}",\n`);
      expect(r.status).toBe(422);
      expect(r.body.fileErrors[0].en).toMatch(/^Near row 2: this row is longer than the limit of 100,000 characters per row/);
    });

    it("racing saves without baseVersionId all become versions (none is told it was editing a stale version)", async () => {
      const results = await Promise.all([150, 151, 152, 153, 154].map((value) => post(entry({ region: "511500", year: 2014, value, unit: "万人" }))));
      for (const r of results.filter((r) => r.status === 409)) {
        expect(r.body.error.message.en).not.toContain("while you were editing");
        expect(r.body.error.message.en).toContain("at the same moment");
      }
      expect(results.filter((r) => r.status !== 201 && r.status !== 409)).toEqual([]);
      const saved = results.filter((r) => r.status === 201).length;
      expect(saved).toBeGreaterThanOrEqual(4);
      const vs = await versions("511500", "urban_population", 2014);
      expect(vs.map((v) => v.version)).toEqual(Array.from({ length: saved }, (_, i) => i + 1));
    });
  });
});
