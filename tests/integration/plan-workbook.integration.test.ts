import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as publish } from "@/app/api/v1/plans/route";
import { GET as exportDoc } from "@/app/api/v1/plans/[slug]/document/route";
import { GET as templateRoute } from "@/app/api/v1/plans/template.xlsx/route";
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase, tableCounts } from "../support/db";
import { call, callJson } from "../support/api";
import { createUser } from "../support/factories";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
let admin = "";
let analyst = "";

const exportJson = async (slug: string) => {
  const r = await callJson(exportDoc, `/api/v1/plans/${slug}/document`, { token: analyst, params: { slug } });
  expect(r.status).toBe(200);
  return r.body as Record<string, any>;
};
const exportXlsx = async (slug: string) => {
  const res = await call(exportDoc, `/api/v1/plans/${slug}/document?format=xlsx`, { token: analyst, params: { slug } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe(XLSX);
  expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${slug}.xlsx"`);
  return new Uint8Array(await res.arrayBuffer());
};
/** Opens the workbook, lets `edit` change cells (as an analyst in Excel would), writes it again. */
const edited = async (bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
};
const setInfo = (wb: ExcelJS.Workbook, key: string, value: string) =>
  wb.getWorksheet("基本信息")!.eachRow((row) => {
    if (row.getCell(1).value === key) row.getCell(3).value = value;
  });
const postXlsx = (bytes: Uint8Array, query = "", contentType = XLSX) =>
  callJson(publish, `/api/v1/plans${query}`, { token: admin, rawBody: bytes as Uint8Array<ArrayBuffer>, contentType, method: "POST" });

describe("plan documents as XLSX workbooks", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedAll({ admin: false });
    admin = (await createUser("admin")).token;
    analyst = (await createUser("analyst")).token;
  });

  it.each([
    ["chengyu-2016", 14, 36, 48],
    ["chengyu-2021", 5, 0, 48],
  ])(
    "round-trips %s through the API: export xlsx → dry run and publish under a new slug → export JSON identical to the original",
    async (slug, targets, roles, regions) => {
      const original = await exportJson(slug);
      const copySlug = `${slug}-xlsx`;
      const bytes = await edited(await exportXlsx(slug), (wb) => setInfo(wb, "slug", copySlug));

      const before = await tableCounts();
      const dry = await postXlsx(bytes, "?dryRun=1");
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({ dryRun: true, status: "created", slug: copySlug, version: { from: null, to: 1 } });
      expect(dry.body.targets.created).toHaveLength(targets);
      expect(await tableCounts()).toEqual(before);

      const created = await postXlsx(bytes);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: "created", version: { from: null, to: 1 } });
      const copy = await exportJson(copySlug);
      expect({ ...copy, slug }).toEqual(original);
      const counts = async (s: string) =>
        (
          await prisma.plan.findUniqueOrThrow({
            where: { slug: s },
            include: { _count: { select: { targets: true, goals: true, roles: true, regions: true, baselineFigures: true } } },
          })
        )._count;
      expect(await counts(copySlug)).toEqual(await counts(slug));
      expect([(await counts(copySlug)).targets, (await counts(copySlug)).roles, (await counts(copySlug)).regions]).toEqual([targets, roles, regions]);

      // the same workbook again writes nothing
      const again = await postXlsx(bytes);
      expect([again.status, again.body.status]).toEqual([200, "unchanged"]);
    },
  );

  it("takes the workbook as a multipart file and as a body of another type that is a zip", async () => {
    const bytes = await edited(await exportXlsx("chengyu-2021"), (wb) => setInfo(wb, "slug", "multipart-2021"));
    const form = new FormData();
    form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], "plan.xlsx", { type: XLSX }));
    const r = await callJson(publish, "/api/v1/plans?dryRun=1", { token: admin, rawBody: form, method: "POST" });
    expect(r.status).toBe(200);
    expect(r.body.targets.created).toHaveLength(5);
    const raw = await postXlsx(bytes, "?dryRun=1", "application/octet-stream");
    expect([raw.status, raw.body.status]).toEqual([200, "created"]);
  });

  it("refuses a workbook with problems: 422 naming sheet, cell and path in zh and en, for the schema and for the database checks; nothing written", async () => {
    const bytes = await edited(await exportXlsx("chengyu-2021"), (wb) => {
      setInfo(wb, "slug", "bad-xlsx");
      const t = wb.getWorksheet("目标值")!;
      t.getCell("A2").value = "no_such_indicator"; // known only to the database check
      t.getCell("E4").value = "growth"; // a kind the schema refuses
    });
    const before = await tableCounts();
    const r = await postXlsx(bytes);
    expect(r.status).toBe(422);
    expect(r.body.error.issues).toEqual([
      {
        path: "targets[2].kind",
        cell: "目标值!E4",
        message: {
          zh: '目标值!E4（targets[2].kind）：可接受的值："level", "growth_rate", "reduction", "cumulative"；收到 "growth"',
          en: '目标值!E4 (targets[2].kind): accepted values: "level", "growth_rate", "reduction", "cumulative"; got "growth"',
        },
      },
    ]);
    // fixed kind: now the database check names the indicator's cell
    const fixed = await edited(bytes, (wb) => {
      wb.getWorksheet("目标值")!.getCell("E4").value = "level";
    });
    const r2 = await postXlsx(fixed);
    expect(r2.status).toBe(422);
    const issue = r2.body.error.issues.find((i: any) => i.path === "targets[0].indicator");
    expect(issue.cell).toBe("目标值!A2");
    expect(issue.message.en).toMatch(/^目标值!A2 \(targets\[0\]\.indicator\): unknown indicator "no_such_indicator"/);
    expect(issue.message.zh).toMatch(/^目标值!A2（targets\[0\]\.indicator）：未知的指标“no_such_indicator”/);
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses a damaged workbook with the import's message, and an analyst", async () => {
    const junk = new TextEncoder().encode("PK\u0003\u0004 not really a zip");
    const r = await postXlsx(junk);
    expect(r.status).toBe(422);
    expect(r.body.error.issues[0].message.en).toContain("Cannot read the XLSX file");
    const bytes = await exportXlsx("chengyu-2021");
    const denied = await callJson(publish, "/api/v1/plans", { token: analyst, rawBody: bytes as Uint8Array<ArrayBuffer>, contentType: XLSX, method: "POST" });
    expect(denied.status).toBe(403);
  });

  it("serves the empty template", async () => {
    const res = await call(templateRoute, "/api/v1/plans/template.xlsx", { token: analyst });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["基本信息", "目标体系", "指标", "目标值", "地区", "基期数据", "说明"]);
    expect((await call(templateRoute, "/api/v1/plans/template.xlsx")).status).toBe(401);
  });
});
