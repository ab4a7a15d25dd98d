// PDF rendering benchmark (issue 5): a report long enough for ≥ 20 A4 pages (a figures
// table of several hundred rows and dozens of charts), exported through the real HTTP
// route of a `next start` server. Prints the time of the first export (which launches
// chromium) and of warm exports (browser reused). Goal: ≤ 10 s for 20 pages.
//   npm run bench            (all benchmarks)
//   node scripts/with-db.mjs --fresh -- node scripts/bench.mjs pdf
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { prisma } from "@/lib/db";
import { generateToken } from "@/lib/auth/api-tokens";
import { seedAll } from "@/prisma/seed";
import { isBuildCurrent, markBuildCurrent } from "./lib/build-fingerprint.mjs";

// 14 regions × 2 indicators × 21 years: ~590 figures and 28 charts, a little over 20 pages
const REGIONS = 14;
const YEARS = { from: 2000, to: 2020 };
const INDICATORS = ["urban_population", "urban_construction_land"];
const WARM_RUNS = 3;

async function resetAndSeed(): Promise<void> {
  const tables = await prisma.$queryRaw<
    { tablename: string }[]
  >`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length) await prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  await seedAll({ admin: false, sample: false });
}

/** One figure per indicator × region × year, a smooth series with a little noise. */
async function generateFigures(regions: string[]): Promise<number> {
  const indicators = await prisma.indicator.findMany({ where: { code: { in: INDICATORS } } });
  const rows = [];
  for (const ind of indicators) {
    for (const [ri, adcode] of regions.entries()) {
      for (let year = YEARS.from; year <= YEARS.to; year++) {
        const value = (50 + ri * 7) * (1 + 0.04 * (year - YEARS.from)) + ((year * 13 + ri) % 5);
        rows.push({
          indicatorId: ind.id,
          regionAdcode: adcode,
          year,
          version: 1,
          value: value.toFixed(2),
          source: `统计年鉴${year + 1}`,
          flags: year % 7 === 0 ? ["estimated"] : [],
        });
      }
    }
  }
  await prisma.observation.createMany({ data: rows });
  return rows.length;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer ${url}`);
}

async function main(): Promise<void> {
  await resetAndSeed();
  const regions = (
    await prisma.region.findMany({ where: { level: { in: ["prefecture", "district", "county"] } }, orderBy: { sortOrder: "asc" }, take: REGIONS })
  ).map((r) => r.adcode);
  const figures = await generateFigures(regions);
  const user = await prisma.user.create({ data: { email: "bench@example.com", name: "Bench", role: "admin", passwordHash: "-" } });
  const { token, hash, prefix } = generateToken();
  await prisma.apiToken.create({ data: { userId: user.id, name: "bench", tokenHash: hash, prefix } });
  const report = await prisma.report.create({
    data: {
      ownerId: user.id,
      title: "PDF 基准测试报告 · benchmark report",
      commentary: "## 说明\n\n自动生成的数据，用于测量 PDF 渲染时间。",
      selection: {
        plan: "chengyu-2016",
        indicators: INDICATORS,
        regions,
        years: YEARS,
        lens: "schedule",
        charts: { kind: "series", showTrajectory: true, showProjection: true },
      },
      pinnedAt: new Date(),
    },
  });
  await prisma.$disconnect();

  if (!isBuildCurrent()) {
    console.log("[bench-pdf] building the app (sources changed since the last build)…");
    execFileSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
    markBuildCurrent();
  }
  const port = await freePort();
  const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore", env: process.env });
  const origin = `http://127.0.0.1:${port}`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pdf-"));
  try {
    await waitFor(`${origin}/api/v1/openapi.json`);
    const exportPdf = async () => {
      const t0 = performance.now();
      const res = await fetch(`${origin}/api/v1/reports/${report.id}/export?format=pdf`, { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`export answered ${res.status}: ${await res.text()}`);
      const body = Buffer.from(await res.arrayBuffer());
      return { ms: performance.now() - t0, body };
    };
    const cold = await exportPdf();
    const file = path.join(tmp, "report.pdf");
    fs.writeFileSync(file, cold.body);
    if (process.env.KEEP_PDF) fs.copyFileSync(file, process.env.KEEP_PDF); // to look at it
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1] ?? 0);
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push((await exportPdf()).ms);
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `[bench-pdf] report: ${figures} figures, ${regions.length * INDICATORS.length} charts → ${pages} A4 pages, ${(cold.body.length / 1024).toFixed(0)} KiB`,
    );
    console.log(`[bench-pdf] first export (launches chromium): ${s(cold.ms)}`);
    console.log(`[bench-pdf] warm exports: ${warm.map(s).join(", ")} (median ${s([...warm].sort((a, b) => a - b)[Math.floor(warm.length / 2)]!)})`);
    console.log(`[bench-pdf] goal ≤ 10 s for ≥ 20 pages: ${pages >= 20 && Math.max(cold.ms, ...warm) <= 10_000 ? "met" : "NOT met"}`);
  } finally {
    server.kill("SIGTERM");
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
