import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { chinaDay } from "../../lib/validation/as-of";
import { login } from "./login";

test.beforeEach(async ({ page }) => {
  await login(page);
});

test("the overview shows status counts, the heat matrix and the cluster map", async ({ page }) => {
  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("监测看板");
  await expect(page.getByTestId("status-counts")).toContainText("未完成");
  await expect(page.getByTestId("phase-2020")).toContainText("2020年目标 · 终期评估");

  const matrix = page.getByTestId("heat-matrix");
  await expect(matrix.locator("tbody tr")).toHaveCount(7);
  const mianyang = matrix.locator('tr[data-region="510700"]');
  await expect(mianyang.locator("td").nth(0)).toHaveAttribute("data-status", "not_achieved");
  await expect(mianyang.locator("td").nth(0)).toContainText("未完成");
  await expect(mianyang.locator("td").nth(0)).toContainText("141.97 万人 (2020)");
  await expect(mianyang.locator("td").nth(1)).toContainText("超出上限");

  const map = page.getByTestId("cluster-map");
  await expect(map.locator("svg.cluster-map__svg")).toBeVisible();
  const cities = map.getByTestId("map-city");
  await expect(cities).toHaveCount(7);
  // coloured by the graded status palette: 绵阳 未完成 (#8c1d18), 万州 无数据 (#d9d9d9)
  const fill = (adcode: string) => map.locator(`[data-testid="map-city"][data-adcode="${adcode}"] circle`).evaluate((el) => getComputedStyle(el).fill);
  expect(await fill("510700")).toBe("rgb(140, 29, 24)");
  expect(await fill("500101")).toBe("rgb(217, 217, 217)");
  await expect(map.locator("path").first()).toBeVisible(); // the cores' stars
  await expect(map.locator("polyline")).toHaveCount(2); // the two axes
});

test("clicking a city on the map opens its page with charts; a heat-matrix row does too", async ({ page }) => {
  await page.goto("/progress");
  await page.locator('[data-testid="map-city"][data-adcode="510700"] circle').click();
  await expect(page).toHaveURL(/\/regions\/510700$/);
  await expect(page.getByTestId("region-name")).toHaveText("绵阳市");
  const progress = page.getByTestId("region-progress");
  await expect(progress.getByTestId("target-card")).toHaveCount(2);
  await expect(progress.locator("svg.recharts-surface")).toHaveCount(2);
  // flagged figures (low confidence, definition differs) are hollow points
  await expect(progress.locator('circle[data-flagged="true"]').first()).toBeVisible();
  await expect(progress.getByTestId("target-card").first()).toContainText("2020年目标150万人；2020年实际141.97万人，差8.03万人 → 未完成");

  await page.goto("/progress");
  await page.getByTestId("heat-matrix").locator('tr[data-region="510500"]').getByTestId("heat-row-link").click();
  await expect(page).toHaveURL(/\/regions\/510500$/);
  await expect(page.getByTestId("region-progress").locator("svg.recharts-surface")).toHaveCount(2);
});

test("the indicator page shows one chart per city and explains the colour", async ({ page }) => {
  await page.goto("/progress");
  await page.getByTestId("heat-matrix").locator('tr[data-region="510500"] td').first().getByRole("link").click();
  await expect(page).toHaveURL(/\/progress\/indicators\/urban_population#r-510500$/);
  await expect(page.getByTestId("indicator-name")).toHaveText("中心城区城市人口");
  await expect(page.getByTestId("target-card")).toHaveCount(7);
  const luzhou = page.locator("#r-510500");
  await expect(luzhou.locator("svg.recharts-surface")).toBeVisible();
  await luzhou.getByText("为什么是这个颜色").click();
  const lenses = luzhou.getByTestId("lens-table");
  await expect(lenses).toContainText("CAGR_a = (v_t / v_b)^(1/(t − b)) − 1");
  await expect(lenses).toContainText("联合国统计司比值");
  await expect(luzhou.getByTestId("caveats")).toContainText("口径不一致");
  // 万州 has no observation: the empty state, not an empty chart
  await expect(page.locator("#r-500101").getByTestId("chart-empty")).toBeVisible();
});

test("the as-of selector shows the data as they stood before a revision", async ({ page }) => {
  const out = execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "tests/support/e2e-revision.ts"], { env: process.env, encoding: "utf8" });
  expect(JSON.parse(out.trim().split("\n").pop()!)).toHaveProperty("revision");
  const yesterday = chinaDay(new Date(Date.now() - 24 * 60 * 60 * 1000));

  await page.goto("/regions/511300");
  const land = page.getByTestId("region-progress").locator('[data-testid="target-card"]').nth(1);
  await expect(land).toHaveAttribute("data-status", "exceeded");
  await expect(land).toContainText("2020年实际160km²");

  await page.getByTestId("as-of-input").fill(yesterday);
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(new RegExp(`/regions/511300\\?asOf=${yesterday}$`));
  await expect(page.getByTestId("as-of-note")).toContainText(`显示${yesterday}日终时的数据`);
  const before = page.getByTestId("region-progress").locator('[data-testid="target-card"]').nth(1);
  await expect(before).toHaveAttribute("data-status", "within_cap");
  await expect(before).toContainText("2020年实际140km²");

  // the overview keeps the day in its links
  await page.goto(`/progress?asOf=${yesterday}`);
  await expect(page.getByTestId("heat-matrix").locator('tr[data-region="511300"] td').nth(1)).toContainText("控制在上限内");
  await page.goto("/progress");
  await expect(page.getByTestId("heat-matrix").locator('tr[data-region="511300"] td').nth(1)).toContainText("超出上限");
});

test("an admin records a goal assessment with the form", async ({ page }) => {
  await page.goto("/goals");
  const card = page.locator('[data-testid="goal-card"][data-goal="goal-2020.urban-system"]');
  await expect(card.getByTestId("goal-rollup")).toContainText("共14项目标");
  await card.getByText("新增评估").click();
  const form = card.getByTestId("assessment-form");
  await form.getByLabel("评估年度").fill("2020");
  await form.getByLabel("评价").selectOption("lagging");
  await form.getByLabel("评估说明").fill("区域中心城市规模普遍未达2020年目标。");
  await form.getByLabel("依据链接").fill("坏链接 | javascript:alert(1)");
  await form.getByRole("button", { name: "保存评估" }).click();
  await expect(form).toContainText("链接须以 http:// 或 https:// 开头");
  await form.getByLabel("依据链接").fill("绵阳统计 | http://sdtssxs.com/sxs/13907.html");
  await form.getByRole("button", { name: "保存评估" }).click();
  await expect(card.getByTestId("assessment")).toContainText("2020 · 滞后");
  await expect(card.getByRole("link", { name: "绵阳统计" })).toHaveAttribute("href", "http://sdtssxs.com/sxs/13907.html");
});
