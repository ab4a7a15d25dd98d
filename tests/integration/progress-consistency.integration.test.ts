// One evaluation, one number: for every target of the sample, the completion shown by the
// report table, the report's chart caption, the overview matrix, the API and the CSV
// export is the same text, and the figure beside the status is the one it rests on.
// (The report once said 完成度 71.2% in its table and 完成目标的87.3% in the caption.)
import { parse } from "csv-parse/sync";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getProgressApi } from "@/app/api/v1/progress/route";
import { POST as createReport } from "@/app/api/v1/reports/route";
import { heatMatrixHtml } from "@/components/progress/overview-markup";
import { ReportCharts } from "@/components/reports/report-charts";
import { StatusTable } from "@/components/reports/status-table";
import { getProgressSummary } from "@/lib/data/progress-summary";
import { exportReportCsv } from "@/lib/data/report-export";
import { getReportData } from "@/lib/data/report-data";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Actor } from "@/lib/permissions";
import { buildHeatMatrix } from "@/lib/progress/heat-matrix";
import { formatCompletion } from "@/lib/progress/format";
import { prisma } from "@/lib/db";
import { recordObservations } from "@/lib/data/observation-writes";
import { seedAll } from "@/prisma/seed";
import { callJson } from "../support/api";
import { resetDatabase } from "../support/db";
import { createUser } from "../support/factories";

let token = "";
let actor: Actor;

beforeAll(async () => {
  await resetDatabase();
  await seedAll({ admin: false });
  // the case: 泸州 urban population 2020 = 174.6 (completion from the 2014 baseline
  // 71.3 %, while 174.6 / 200 = 87.3 %), a later 2021 figure, and construction land under its cap
  const write = async (code: string, adcode: string, year: number, value: string) => {
    const indicator = await prisma.indicator.findUniqueOrThrow({ where: { code } });
    await prisma.$transaction((tx) =>
      recordObservations(
        tx,
        [
          {
            indicatorId: indicator.id,
            regionAdcode: adcode,
            year,
            value,
            valueAsEntered: value,
            unitAsEntered: null,
            source: "consistency test",
            note: null,
            flags: [],
          },
        ],
        null,
      ),
    );
  };
  await write("urban_population", "510500", 2020, "174.6");
  await write("urban_population", "510500", 2021, "180");
  await write("urban_construction_land", "510500", 2020, "186.5");
  await write("urban_population", "510700", 2014, "120");
  const { user, token: t } = await createUser("analyst");
  token = t;
  actor = { kind: "user", userId: user.id, role: "analyst", name: user.name, email: user.email, via: "token" };
});

/** Every match of `re` (with one capture group: the target id) → the second group. */
function byTarget(html: string, re: RegExp): Map<number, string> {
  return new Map([...html.matchAll(re)].map((m) => [Number(m[1]), m[2]!]));
}

describe("one evaluation, one number", () => {
  it("report table, chart caption, matrix, API and CSV export show the same completion for every target", async () => {
    const api = await callJson(getProgressApi, "/api/v1/progress", { token });
    expect(api.status).toBe(200);
    const entries = api.body.entries as {
      targetId: number;
      indicator: string;
      region: { adcode: string };
      targetYear: number;
      completion: number | null;
      basis: { year: number; value: number } | null;
      latest: { year: number } | null;
      status: string;
    }[];
    expect(entries.length).toBeGreaterThan(10);

    const report = (
      await callJson(createReport, "/api/v1/reports", {
        token,
        body: { title: "一致性", selection: { plan: "chengyu-2016", indicators: [], regions: [], years: { from: 2000, to: 2030 } } },
      })
    ).body.report;
    const data = await getReportData(actor, report.id);

    // report table (zh and en: the number must not depend on the language)
    const tables = (["zh", "en"] as const).map((locale) =>
      renderToStaticMarkup(StatusTable({ statuses: data.statuses, lens: "schedule", t: dictionary[locale], locale })),
    );
    const tableCompletion = tables.map((html) => byTarget(html, /<tr data-target="(\d+)">(?:(?!<\/tr>).)*?data-testid="completion">([^<]*)</g));
    const tableBasisYear = byTarget(tables[0]!, /<tr data-target="(\d+)">(?:(?!<\/tr>).)*?data-basis-year="(\d+)"/g);

    // the chart captions: one per indicator × region, explaining the status of the card's target
    const charts = renderToStaticMarkup(ReportCharts({ data, t: dictionary.zh, locale: "zh", print: true, pngHref: null }));
    const captions = [...charts.matchAll(/<p class="small muted report-chart-card__why">([^<]*)<\/p>/g)].map((m) => m[1]!);

    // the overview matrix
    const summary = (await getProgressSummary(actor, { planSlug: "chengyu-2016" }))!;
    const matrix = heatMatrixHtml(buildHeatMatrix(summary.entries, summary.evaluationYear), dictionary.zh, "zh", null);
    const matrixCompletion = byTarget(matrix, /data-target="(\d+)" data-completion="([^"]*)"/g);

    // the CSV export: the completion stands on the row of the figure the status rests on
    const csv = parse((await exportReportCsv(actor, report.id)).body as string, { columns: true, bom: true }) as Record<string, string>[];

    let withCompletion = 0;
    for (const e of entries) {
      const want = formatCompletion(e.completion);
      const label = `${e.indicator} ${e.region.adcode} ${e.targetYear}`;
      expect(tableCompletion[0]!.get(e.targetId), label).toBe(want);
      expect(tableCompletion[1]!.get(e.targetId), label).toBe(want);
      expect(tableBasisYear.get(e.targetId), label).toBe(e.basis ? String(e.basis.year) : undefined);
      const rows = csv.filter((r) => r["指标"] === e.indicator && r["地区"] === e.region.adcode && r["完成度"] !== "");
      if (e.basis) {
        expect(
          rows.map((r) => r["年份"]),
          label,
        ).toEqual([String(e.basis.year)]);
        expect(rows[0]!["完成度"], label).toContain(want);
      } else {
        expect(rows, label).toEqual([]);
      }
      if (e.completion === null) {
        expect(matrixCompletion.has(e.targetId), label).toBe(false);
        continue;
      }
      withCompletion += 1;
      expect(matrixCompletion.get(e.targetId), label).toBe(want);
      // the caption of this target's chart (if it has one) carries the same figure, and no other percentage of the target
      const sentence = (api.body.entries as { targetId: number; explanation: { zh: string } }[])
        .find((x) => x.targetId === e.targetId)!
        .explanation.zh.replace(/&/g, "&amp;");
      const caption = captions.find((c) => c === sentence.replace(/</g, "&lt;").replace(/>/g, "&gt;"));
      if (caption) expect(caption, label).toContain(want);
      expect(sentence, label).toContain(want);
      expect(sentence, label).not.toContain("完成目标的");
    }
    expect(withCompletion).toBeGreaterThanOrEqual(3);
    // the figure: one number, 71.3 %, and the status rests on 2020 although 2021 exists
    const luzhou = entries.find((e) => e.indicator === "urban_population" && e.region.adcode === "510500")!;
    expect(formatCompletion(luzhou.completion)).toBe("71.3%");
    expect(luzhou.basis).toEqual({ year: 2020, value: 174.6 });
    expect(luzhou.latest?.year).toBe(2021);
    expect(captions.filter((c) => c.includes("完成度71.3%"))).toHaveLength(1);
    expect(captions.length).toBeGreaterThan(0);
  });

  it("after the target year the figure beside the status is the judged year's, not a later one", async () => {
    const api = await callJson(getProgressApi, "/api/v1/progress?asOf=2026-01-01", { token });
    for (const e of api.body.entries as {
      targetYear: number;
      final: { year: number | null; value: number | null } | null;
      basis: { year: number; value: number } | null;
    }[]) {
      if (!e.final) continue;
      expect(e.basis).toEqual(e.final.year === null ? null : { year: e.final.year, value: e.final.value });
    }
  });
});
