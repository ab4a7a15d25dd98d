import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { countPixels, decodePng } from "../support/png";
import { login } from "./login";

const TITLE = `成渝中心城市人口年度监测 ${Date.now()}`;

async function buildPinnedReport(page: Page): Promise<number> {
  await page.goto("/reports/new");
  await page.locator("input[name=title]").fill(TITLE);
  await page.locator("input[name=description]").fill("泸州、绵阳的城区人口");
  await page
    .locator("textarea[name=commentary]")
    .fill("## 要点\n\n泸州人口**增长较快**。\n\n<script>window.__xss = 1</script>\n\n[坏链接](javascript:alert(1))");
  await page.getByTestId("commentary-preview-tab").click();
  await expect(page.getByTestId("commentary-preview").locator("strong")).toHaveText("增长较快");
  await expect(page.getByTestId("commentary-preview").locator("a")).toHaveCount(0);
  await page.getByTestId("indicator-picker").getByLabel("中心城区城市人口").check();
  await page.getByTestId("region-picker").getByLabel("泸州市").check();
  await page.getByTestId("region-picker").getByLabel("绵阳市").check();
  await page.getByTestId("moment-pinned").check();
  await page.getByRole("button", { name: "固定为现在" }).click();
  await page.getByTestId("visibility-team").check();
  await page.getByTestId("add-annotation").click();
  const note = page.getByTestId("annotation-row").first();
  await note.getByLabel("地区", { exact: true }).selectOption({ label: "泸州市" });
  await note.getByLabel("年份（可选）").fill("2018");
  await note.getByLabel("批注内容").fill("2018年为城区人口+暂住人口口径");
  await page.getByTestId("save-report").click();
  await page.waitForURL(/\/reports\/\d+$/);
  return Number(page.url().split("/").pop());
}

test("build a report, pin it, share it, open the link without cookies, revoke it", async ({ page, browser }) => {
  await login(page);
  const id = await buildPinnedReport(page);
  await expect(page.getByTestId("report-title")).toHaveText(TITLE);
  await expect(page.getByTestId("report-as-of")).toContainText("固定数据");
  await expect(page.getByTestId("report-commentary").locator("h2")).toHaveText("要点");
  // raw HTML and the javascript: link stay plain text
  await expect(page.getByTestId("report-commentary").locator("a, script")).toHaveCount(0);
  await expect(page.getByTestId("report-commentary")).toContainText("[坏链接](javascript:alert(1))");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.getByTestId("report-changes")).toContainText("没有变化");
  await expect(page.getByTestId("report-chart-card")).toHaveCount(2);
  await expect(page.locator("[data-chart='urban_population:510500'] .recharts-wrapper > svg.recharts-surface")).toBeVisible();
  await expect(page.getByText("2018年为城区人口+暂住人口口径")).toBeVisible();
  await expect(page.getByTestId("report-figures")).toContainText("161.97");

  // share it: the URL is shown once
  await page.getByTestId("create-share").click();
  const url = await page.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("share-link-row")).toHaveCount(1);

  // a colleague without an account: a fresh context, no cookies
  const guest = await browser.newContext();
  const shared = await guest.newPage();
  const res = await shared.goto(url);
  expect(res?.status()).toBe(200);
  expect(res?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  await expect(shared.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(shared.getByTestId("report-title")).toHaveText(TITLE);
  await expect(shared.locator("[data-chart] .recharts-wrapper > svg.recharts-surface").first()).toBeVisible();
  // read-only, no way into the app: no header or navigation, and every link stays on the share page
  await expect(shared.locator("header.site-header, nav")).toHaveCount(0);
  await expect(shared.getByTestId("report-toolbar")).toHaveCount(0);
  await expect(shared.getByTestId("share-panel")).toHaveCount(0);
  const hrefs = await shared.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  for (const href of hrefs) expect(href, href).toMatch(/^(\/share\/|\/lang\?|https?:|mailto:)/);
  const token = url.split("/").pop()!;
  const csv = await shared.request.get(`/share/${token}/export?format=csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("510500,泸州市,urban_population,中心城区城市人口,2018,161.97");
  // the share token opens nothing else
  expect((await shared.request.get(`/api/v1/reports/${id}`, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);

  // the owner sees the view counted, then revokes
  await page.reload();
  await expect(page.getByTestId("share-link-row").first().locator("td").nth(4)).toHaveText("1");
  page.once("dialog", (d) => void d.accept());
  await page.getByTestId("revoke-share").click();
  await expect(page.getByTestId("share-link-row").first()).toHaveAttribute("data-state", "revoked");

  const gone = await shared.reload();
  expect(gone?.status()).toBe(404);
  await expect(shared.getByTestId("share-not-found")).toBeVisible();
  await expect(shared.getByText(TITLE)).toHaveCount(0);
  await guest.close();
});

test("download each export of a report: CSV, XLSX and a PDF whose text and chart are there", async ({ page }) => {
  await login(page);
  const id = await buildPinnedReport(page);
  const asOfIso = (await page.getByTestId("report-as-of").locator("time").getAttribute("datetime"))!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-e2e-"));
  const download = async (testId: string) => {
    const [d] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
    const file = path.join(dir, d.suggestedFilename());
    await d.saveAs(file);
    return file;
  };

  const csv = fs.readFileSync(await download("export-csv"), "utf8");
  expect(csv.split("\r\n")[0]).toBe(
    "\uFEFF地区,地区名称,指标,指标名称,年份,数值,单位,原文数值,原文单位,来源,备注,标记,标记说明,发布时间（北京时间）,目标状态（依据此数）,完成度,数据截至（北京时间）",
  );
  // the button says it is done, naming the file
  await expect(page.getByTestId("export-csv-done")).toContainText(`已下载 ${TITLE}.csv`);
  const beijing = new Date(new Date(asOfIso).getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
  expect(csv).toContain(`,${beijing} +08:00\r\n`);

  const xlsx = fs.readFileSync(await download("export-xlsx"));
  expect(xlsx.subarray(0, 2).toString()).toBe("PK");

  const pdfButton = page.getByTestId("export-pdf");
  const pdfFile = await download("export-pdf");
  await expect(page.getByTestId("export-pdf-done")).toBeVisible();
  await expect(pdfButton).toHaveText("PDF");
  // the browser names the file after the report (filename*), not the ASCII fallback
  expect(path.basename(pdfFile)).toBe(`${TITLE}.pdf`);
  const text = execFileSync("pdftotext", ["-layout", pdfFile, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  expect(text).toContain(TITLE.replace(/\s+/g, ""));
  const asOfShown = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(new Date(asOfIso));
  expect(text).toContain(asOfShown.replace(/\s+/g, ""));
  expect(text).toContain("成渝城市群发展规划");
  // metadata: the report's title, tagged; the running footer names the report and the page
  const info = execFileSync("pdfinfo", [pdfFile], { encoding: "utf8" });
  expect(info).toMatch(new RegExp(`^Title:\\s+${TITLE}$`, "m"));
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  const pageCount = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
  const last = execFileSync("pdftotext", ["-f", String(pageCount), "-l", String(pageCount), pdfFile, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  expect(last).toContain(`第${pageCount}/${pageCount}页`);
  // the footer carries the whole title, its first glyph (成) included: the footer is a
  // page-margin box drawn with the page's web font (lib/pdf/footer-css.ts)
  expect(last).toContain(`${TITLE.replace(/\s+/g, "")}生成于`);
  expect(last).toContain("（北京时间）");
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/); // no raw ISO timestamp
  // no chart alone on a page: the two charts (Luzhou's with notes, on a row of its own)
  // print as two rows, the last kept with the one before, so the page holding Mianyang's
  // chart holds Luzhou's too ("…·泸州市" also stands in the header's scope line on page 1)
  const pageTexts = Array.from({ length: pageCount }, (_, i) =>
    execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdfFile, "-"], { encoding: "utf8" }).replace(/\s+/g, ""),
  );
  const mianyangPages = pageTexts.filter((p) => p.includes("中心城区城市人口·绵阳市"));
  expect(mianyangPages).toHaveLength(1);
  expect(mianyangPages[0]).toContain("中心城区城市人口·泸州市");

  // the charts are drawn: on the page that holds them, many bluish pixels (the series
  // colour #1f5f8b and its anti-aliased edges); nothing else on a printed report is blue
  const bluish = (r: number, g: number, b: number) => b - r > 50 && b >= g;
  execFileSync("pdftoppm", ["-png", "-r", "50", pdfFile, path.join(dir, "page")]);
  const pages = fs
    .readdirSync(dir)
    .filter((f) => /^page-\d+\.png$/.test(f))
    .sort();
  expect(pages.length).toBeGreaterThan(0);
  const counts = pages.map((f) => {
    const img = decodePng(fs.readFileSync(path.join(dir, f)));
    return {
      ink: countPixels(img, (r, g, b) => r < 235 || g < 235 || b < 235),
      blue: countPixels(img, bluish),
    };
  });
  expect(Math.max(...counts.map((c) => c.ink))).toBeGreaterThan(5_000);
  expect(Math.max(...counts.map((c) => c.blue))).toBeGreaterThan(150);

  // PNG of one chart
  const png = await page.request.get(`/api/v1/reports/${id}/export?format=png&chart=urban_population:510500`);
  expect(png.status()).toBe(200);
  const chart = decodePng(Buffer.from(await png.body()));
  expect(chart.width).toBeGreaterThan(300);
  expect(countPixels(chart, bluish)).toBeGreaterThan(500);
  fs.rmSync(dir, { recursive: true, force: true });
});
