import { expect, test } from "@playwright/test";
import { login } from "./login";

test.beforeEach(async ({ page }) => {
  await login(page);
});

test("the overview opens with the same status counts as the dashboard and a 'what changed' list", async ({ page }) => {
  await page.goto("/progress");
  // textContent, not innerText: innerText depends on whether the stylesheet has applied yet
  const chips = async (testId: string) => ((await page.getByTestId(testId).textContent()) ?? "").replace(/\s+/g, "");
  const dashboard = await chips("status-counts");
  await page.goto("/");
  const landing = page.getByTestId("landing-status-counts");
  await expect(landing).toContainText("未完成");
  // one evaluation read by both pages: the very same chips
  expect(await chips("landing-status-counts")).toBe(dashboard);
  const changes = page.getByTestId("landing-changes");
  await expect(changes.getByRole("heading", { level: 2 })).toHaveText("近 30 天的主要数据变化");
  const rows = changes.locator("tbody tr");
  const n = await rows.count();
  expect(n).toBeLessThanOrEqual(5);
  if (n > 0) await expect(rows.first().getByRole("link")).toHaveAttribute("href", /^\/progress\/indicators\/[a-z_0-9]+#r-[A-Za-z0-9-]+$/);
});

test("the audit log names actions in words and shows changes as a table", async ({ page }) => {
  await page.goto("/admin");
  const table = page.getByTestId("audit-table");
  // this test's own sign-in is the newest entry
  await expect(table.locator('[data-action="login"]').first()).toHaveText("登录");
  await expect(table.locator("code")).toHaveCount(0);
});

test("the map has a colour key and its cities are reachable and named from the keyboard", async ({ page }) => {
  await page.goto("/progress");
  const map = page.getByTestId("cluster-map");
  const key = map.getByTestId("map-status-key");
  // every status of the graded palette, then "no target"; a city is filled like its key entry
  await expect(key.locator("li")).toHaveCount(11);
  await expect(key.locator('li[data-status="not_achieved"]')).toContainText("未完成");
  await expect(key.locator('li[data-status="nearly_achieved"]')).toContainText("基本完成");
  await expect(key.locator('li[data-status="none"]')).toContainText("无目标");
  const city = map.locator('[data-testid="map-city"]').first();
  const status = await city.getAttribute("data-status");
  await expect(city.locator("circle")).toHaveAttribute("fill", (await key.locator(`li[data-status="${status}"]`).getAttribute("data-fill"))!);
  await expect(map.locator('[role="img"] a')).toHaveCount(0);
  const mianyang = map.locator('[data-testid="map-city"][data-adcode="510700"]');
  await expect(mianyang).toHaveAttribute("aria-label", /^绵阳市：/);
  await mianyang.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/regions\/510700$/);
});
