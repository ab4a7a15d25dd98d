import { expect, test, type Page } from "@playwright/test";
import { login } from "./login";

// Many plans in the UI: the header's switcher keeps the plan in the URL and the links,
// a plan's 主要指标 table, and an indicator chart carrying both plans' targets on one
// time line. The 2021 纲要 sets no city target, so the test gives it one for 南充
// (511300), beside the 2016 plan's 2020 target there (150 万人).

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

async function addSuccessorTarget(page: Page, baseURL: string) {
  const res = await page.request.post("/api/v1/targets", {
    data: { plan: "chengyu-2021", indicator: "urban_population", region: "511300", year: 2025, value: 180, unit: "万人", type: "min", clause: "e2e" },
    headers: { origin: baseURL },
  });
  expect(res.status()).toBe(201);
}

test("switching plans in the header scopes the indicator chart and the indicator table", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  await login(page, undefined, "/progress/indicators/urban_population");
  await addSuccessorTarget(page, baseURL!);

  await page.goto("/progress/indicators/urban_population");
  const switcher = page.getByRole("combobox", { name: "当前规划" });
  // no plan= in the URL: the default plan
  await expect(switcher).toHaveValue("chengyu-2016");
  await switcher.selectOption("chengyu-2021");
  await page.waitForURL(/\/progress\/indicators\/urban_population\?plan=chengyu-2021$/);
  await expect(switcher).toHaveValue("chengyu-2021");

  // the 纲要's card for 南充: its 2025 target, and the chart marks both plans' targets
  const card = page.locator("#r-511300");
  await expect(card).toContainText("2025");
  const chart = card.locator("svg.recharts-surface");
  await expect(chart.locator('[data-plan-marker="chengyu-2016"][data-year="2020"]')).toHaveCount(1);
  await expect(chart.locator('[data-plan-marker="chengyu-2021"][data-year="2025"]')).toHaveCount(1);
  await expect(chart).toContainText("2016年规划 · 2020年");
  await expect(chart).toContainText("2021年规划 · 2025年");
  const legend = card.getByTestId("plan-markers");
  await expect(legend).toContainText("2016年规划 · 2020年：150 万人");
  await expect(legend).toContainText("2021年规划 · 2025年：180 万人");

  // the navigation carries the chosen plan
  const plansLink = page.locator('#site-nav-panel a[href^="/plans"]');
  await expect(plansLink).toHaveAttribute("href", "/plans?plan=chengyu-2021");
  await page.goto("/plans?plan=chengyu-2021");
  const list = page.getByTestId("plans-table");
  // today (2026 and later) both periods are over
  await expect(list.locator('tr[data-plan="chengyu-2016"]')).toHaveAttribute("data-status", "ended");
  await expect(list.locator('tr[data-plan="chengyu-2016"]')).toContainText("默认规划");
  await expect(list.locator('tr[data-plan="chengyu-2021"]')).toContainText("2021–2025");
  // plan-documents.spec publishes a copy of the same plan (e2e-2021): pick this one by its row
  await list.locator('tr[data-plan="chengyu-2021"]').getByRole("link", { name: "成渝地区双城经济圈建设规划纲要" }).click();
  await page.waitForURL(/\/plans\/chengyu-2021$/);

  // the 纲要's 主要指标 table: its whole-area targets
  const table = page.getByTestId("indicator-table");
  await expect(table.locator("thead")).toContainText("年均增长/累计");
  const urbanisation = table.locator('tr[data-indicator="urbanization_rate"]');
  await expect(urbanisation).toContainText("约为66%");
  await expect(urbanisation).toContainText("（2025年）");
  await expect(table.locator('tr[data-indicator="urban_population"]')).toHaveCount(0);
  await expect(switcher).toHaveValue("chengyu-2021");

  // switching on a plan's page goes to the other plan's page: the 2016 plan has only city targets
  await switcher.selectOption("chengyu-2016");
  await page.waitForURL(/\/plans\/chengyu-2016$/);
  await expect(page.getByTestId("indicator-table").locator('tr[data-indicator="urban_population"][data-region="511300"]')).toContainText("不低于150 万人");

  // the overview of the 纲要: the 2016 plan's results beside the 纲要's baseline
  await page.goto("/?plan=chengyu-2021");
  // (plan-documents.spec publishes a copy of the 纲要: same period, so no strip of its own)
  const strip = page.locator('[data-testid="plan-strip"][data-earlier="chengyu-2016"]');
  await expect(page.getByTestId("plan-strip")).toHaveCount(1);
  await expect(strip.locator('tr[data-indicator="resident_population"]')).toContainText("9,600 万人");
  await expect(strip.locator('tr[data-indicator="resident_population"]')).toContainText("9,094 万人");
});

test("the switcher works on a phone and in English, and the desktop header stays one row", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  await login(page);
  for (const locale of ["zh", "en"] as const) {
    await page.goto(`/lang?to=${locale}&next=/`);
    const header = await page.locator(".site-header").boundingBox();
    expect(header!.height, `header in ${locale}`).toBeLessThanOrEqual(64);
  }
  await page.setViewportSize(PHONE);
  await page.goto("/progress?plan=chengyu-2021");
  await page.getByTestId("nav-toggle").click();
  const switcher = page.getByRole("combobox", { name: "Current plan" });
  await expect(switcher).toBeVisible();
  await expect(switcher).toHaveValue("chengyu-2021");
  await expect(switcher.locator('option[value="chengyu-2016"]')).toHaveText(/^2016 plan · .* \(default\)$/);
  await expect(switcher.locator('option[value="chengyu-2021"]')).toHaveText(/^2021 plan · /);
  await switcher.selectOption("chengyu-2016");
  await page.waitForURL(/\/progress\?plan=chengyu-2016$/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
  await page.goto("/lang?to=zh&next=/");
});
