import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { RoundChartCard } from "@/components/rounds/round-chart-card";
import { GET as roundReport } from "@/app/api/v1/rounds/[id]/report/route";
import { getProgress } from "@/lib/data/progress";
import { getRoundPrintView } from "@/lib/data/round-print";
import { prisma } from "@/lib/db";
import { dictionary } from "@/lib/i18n/dictionary";
import { getPrintActor } from "@/lib/pdf/print-actor";
import { PRINT_TOKEN_HEADER, signPrintToken } from "@/lib/pdf/print-token";
import { getBrowser } from "@/lib/pdf/browser";
import { seedAll } from "@/prisma/seed";
import { call } from "../support/api";
import { resetDatabase } from "../support/db";
import { sofficeToPdf, unzipText, wordText } from "../support/docx";
import { createUser } from "../support/factories";
import { countPixels, decodePng } from "../support/png";

// The round's Word report photographs the charts of its print page in headless chromium
// (lib/data/docx-charts.ts). Next is not running in this layer, so the renderer is
// pointed (PRINT_ORIGIN) at a stand-in for the print page: it admits only what the real
// page admits (getPrintActor with a print token for this round), reads the same data
// (getRoundPrintView, with the page's ?unit=) and renders the same cards
// (RoundChartCard); only the recharts SVG, which React draws in the browser, is put in as
// a plain rectangle. The real page, drawn by the built app, is covered by
// tests/e2e/yearly-round.spec.ts.
const PORT = vi.hoisted(() => {
  // a free port, found before anything reads the app's configuration (env() reads it once)
  const port = Number(
    process
      .getBuiltinModule("node:child_process")
      .execFileSync(process.execPath, ["-e", "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"])
      .toString()
      .trim(),
  );
  process.env.PRINT_ORIGIN = `http://127.0.0.1:${port}`;
  return port;
});

type P = { id: string };
// the data layer's reads only ask for the role
const READER = { kind: "user", userId: 0, role: "viewer", name: "", email: "", via: "token" } as const;
let viewer = "";
let roundId = 0;
let unitId = 0;
let targets: { id: number; title: string }[] = [];
const requested: string[] = [];

const drawn = (html: string) =>
  html.replace(
    /(<div[^>]*class="recharts-wrapper"[^>]*>)<\/div>/g,
    '$1<svg class="recharts-surface" width="640" height="240"><rect x="10" y="10" width="600" height="200" fill="#2563eb"/></svg></div>',
  );

async function printPage(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", `http://127.0.0.1:${PORT}`);
  requested.push(`${url.pathname}${url.search}`);
  const m = /^\/rounds\/(\d+)\/print$/.exec(url.pathname);
  const h = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") h.set(k, v);
  const actor = m ? await getPrintActor(h, { kind: "round", id: Number(m[1]) }) : null;
  if (!m || !actor || actor.kind === "anonymous") {
    res.writeHead(404).end();
    return;
  }
  const unit = url.searchParams.get("unit");
  const view = await getRoundPrintView(actor, Number(m[1]), "zh", { unitId: unit ? Number(unit) : undefined });
  const cards = view.cards.map((card) =>
    createElement(RoundChartCard, {
      key: card.entry.targetId,
      card,
      evaluationYear: view.evaluationYear,
      spanYears: view.spanYears,
      t: dictionary.zh,
      locale: "zh",
    }),
  );
  const body = drawn(renderToStaticMarkup(createElement(Fragment, null, ...cards)));
  res
    .writeHead(200, { "content-type": "text/html; charset=utf-8" })
    .end(`<!doctype html><html lang="zh"><head><meta charset="utf-8"></head><body>${body}</body></html>`);
}

const server = http.createServer((req, res) => {
  printPage(req, res).catch((e: unknown) => {
    console.error(e);
    res.writeHead(500).end();
  });
});

const getRound = (id: number, query: string) =>
  call<P>(roundReport, `/api/v1/rounds/${id}/report?${query}`, { token: viewer, params: { id: String(id) }, headers: { cookie: "pm_locale=zh" } });
const images = (files: Map<string, string>) => [...files.keys()].filter((k) => /^word\/media\/.+\.png$/.test(k));

describe("the round's Word report has its targets' charts", () => {
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
    await resetDatabase();
    await seedAll({ admin: false });
    viewer = (await createUser("viewer")).token;
    const plan = await prisma.plan.findUniqueOrThrow({ where: { slug: "chengyu-2016" } });
    // the plan's first two targets whose indicator × region has figures, in plan order
    const live = await getProgress(READER, { planSlug: "chengyu-2016" });
    const withData = new Set(live!.entries.filter((e) => e.observations.length > 0).map((e) => e.targetId));
    const rows = (
      await prisma.target.findMany({
        where: { planId: plan.id },
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: { id: true, indicator: { select: { nameZh: true } }, region: { select: { nameZh: true } } },
      })
    )
      .filter((t) => withData.has(t.id))
      .slice(0, 2);
    targets = rows.map((t) => ({ id: t.id, title: `${t.indicator.nameZh} · ${t.region.nameZh}` }));
    const unit = await prisma.unit.create({ data: { nameZh: "重庆市统计局", nameEn: "Chongqing Statistics Bureau" } });
    unitId = unit.id;
    await prisma.targetUnit.create({ data: { targetId: targets[1]!.id, unitId, role: "lead" } });
    const round = await prisma.round.create({ data: { planId: plan.id, name: "2015年度监测", year: 2015, dueDate: new Date("2016-03-31") } });
    roundId = round.id;
    await prisma.roundTarget.createMany({ data: targets.map((t) => ({ roundId, targetId: t.id })) });
  });

  afterAll(async () => {
    server.close();
    await (await getBrowser()).close();
  });

  it("a round of two targets: two chart images, each captioned indicator · region, in the charts chapter", async () => {
    const res = await getRound(roundId, "format=docx");
    expect(res.status).toBe(200);
    const files = await unzipText(new Uint8Array(await res.arrayBuffer()));
    const text = wordText(files.get("word/document.xml")!);
    expect(text).not.toContain("图表未能生成");
    expect(images(files)).toHaveLength(2);
    const charts = text.slice(text.indexOf("图表"));
    expect(charts.indexOf(targets[0]!.title)).toBeGreaterThan(-1);
    expect(charts.indexOf(targets[1]!.title)).toBeGreaterThan(charts.indexOf(targets[0]!.title));
    // the renderer opened the round's print page, with nothing but its round token
    expect(requested).toContain(`/rounds/${roundId}/print`);
  }, 120_000);

  it("?unit= limits the charts to that unit's targets", async () => {
    const res = await getRound(roundId, `format=docx&unit=${unitId}`);
    expect(res.status).toBe(200);
    const files = await unzipText(new Uint8Array(await res.arrayBuffer()));
    expect(images(files)).toHaveLength(1);
    const text = wordText(files.get("word/document.xml")!);
    expect(text).toContain(targets[1]!.title);
    expect(requested).toContain(`/rounds/${roundId}/print?unit=${unitId}`);
  }, 120_000);

  it("a frozen round: each chart says which figure the frozen result used; the PDF has the pictures too", async () => {
    const view = await getRoundPrintView(READER, roundId, "zh");
    // the freeze judged by 2014's figure of 1,234.5 (a stand-in: the live series goes on)
    await prisma.roundResult.createMany({
      data: view.cards.map(({ entry }) => ({
        roundId,
        freezeNo: 1,
        targetId: entry.targetId,
        entry: { ...entry, detail: undefined, observations: undefined, latest: { year: 2014, value: 1234.5 }, basis: { year: 2014, value: 1234.5 } } as object,
        observationIds: [],
      })),
    });
    await prisma.round.update({ where: { id: roundId }, data: { status: "frozen", freezeNo: 1, frozenAt: new Date("2016-04-01T02:00:00Z") } });

    const res = await getRound(roundId, "format=docx");
    const bytes = new Uint8Array(await res.arrayBuffer());
    const files = await unzipText(bytes);
    expect(images(files)).toHaveLength(2);
    const text = wordText(files.get("word/document.xml")!);
    expect(text.match(/本轮冻结结果：依据 2014 年数值 1,234\.5/g)).toHaveLength(2);
    // the live series has moved on since: each note says to what
    expect(text.match(/冻结后最新数据为 \d{4} 年 [\d,.]+/g)).toHaveLength(2);

    // LibreOffice's PDF of the Word file (what ?format=pdf sends) carries the two pictures
    const { pdf } = sofficeToPdf(bytes);
    const list = execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(list.length).toBeGreaterThanOrEqual(2);
    // drawn at full height, not cut to one line of text (the stand-in chart is a 600 × 200
    // px blue rectangle shown 642 px wide: ~310 × 100 px at 50 dpi, ~31,000 pixels each)
    execFileSync("pdftoppm", ["-png", "-r", "50", pdf, path.join(path.dirname(pdf), "page")]);
    const blue = fs
      .readdirSync(path.dirname(pdf))
      .filter((f) => /^page-\d+\.png$/.test(f))
      .map((f) => countPixels(decodePng(fs.readFileSync(path.join(path.dirname(pdf), f))), (r, g, b) => b > 200 && r < 80 && g < 140))
      .reduce((a, b) => a + b, 0);
    expect(blue).toBeGreaterThan(2 * 25_000);
    fs.writeFileSync(path.join(fs.mkdtempSync("/tmp/round-charts-"), "round.docx"), bytes);
  }, 240_000);

  it("the round's print page admits a round token only: a report token with the same id, or another round's, is anonymous", async () => {
    const { user } = await createUser("viewer");
    const headers = (kind: "report" | "round", id: number) => new Headers({ [PRINT_TOKEN_HEADER]: signPrintToken({ kind, id }, user.id) });
    expect((await getPrintActor(headers("round", roundId), { kind: "round", id: roundId })).kind).toBe("user");
    expect((await getPrintActor(headers("report", roundId), { kind: "round", id: roundId })).kind).toBe("anonymous");
    expect((await getPrintActor(headers("round", roundId + 1), { kind: "round", id: roundId })).kind).toBe("anonymous");
    // and the stand-in page, like the real one, answers 404 to the renderer with a wrong token
    const res = await fetch(`http://127.0.0.1:${PORT}/rounds/${roundId}/print`, {
      headers: { [PRINT_TOKEN_HEADER]: signPrintToken({ kind: "report", id: roundId }, user.id) },
    });
    expect(res.status).toBe(404);
  });
});
