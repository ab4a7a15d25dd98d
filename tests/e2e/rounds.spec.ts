import { expect, test } from "@playwright/test";
import { login } from "./login";

// An admin opens a monitoring round in the UI, reads its completeness, freezes it and sees
// the frozen results. Statistical year 2019: the seeded plan's 2020 targets (target year ≥
// 2019) are in it; no unit is assigned in the seed, so they count under "unassigned".
test("open a round, see completeness, freeze it, see the frozen results", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page);
  await page.getByRole("button", { name: "监测" }).click();
  await page.getByRole("link", { name: "监测轮次" }).click();
  await page.waitForURL(/\/rounds$/);
  await page.getByRole("link", { name: "开启新一轮" }).click();
  await page.waitForURL(/\/rounds\/new$/);
  const name = `2019年度监测 ${Date.now()}`;
  const form = page.getByTestId("round-form");
  await form.getByLabel("名称").fill(name);
  await form.getByLabel("统计年度").fill("2019");
  await form.getByLabel("报送截止日期").fill("2020-06-30");
  await form.getByRole("button", { name: "开启" }).click();
  await page.waitForURL(/\/rounds\/\d+$/, { timeout: 30_000 });

  await expect(page.getByTestId("round-title")).toHaveText(name);
  await expect(page.getByTestId("round-status")).toHaveText("进行中");
  // completeness: the unassigned row, overdue (the due date has passed) unless every 2019 figure is in
  const units = page.getByTestId("unit-completeness");
  await expect(units.locator("tbody tr")).toHaveCount(1);
  await expect(units.locator("tbody tr").first()).toContainText("未分配单位");
  await expect(units.getByRole("progressbar")).toHaveCount(1);
  const targets = page.getByTestId("round-targets");
  expect(await targets.locator("tbody tr").count()).toBeGreaterThan(5);
  const statuses = await targets.locator("td[data-status]").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-status")));
  expect(statuses.every((s) => ["official", "pending", "returned", "missing"].includes(s ?? ""))).toBe(true);
  await expect(page.getByTestId("round-results")).toContainText("本轮尚未冻结");

  await page.getByRole("button", { name: "冻结本轮结果" }).click();
  await expect(page.getByTestId("round-status")).toHaveText("已冻结", { timeout: 30_000 });
  const results = page.getByTestId("frozen-results");
  await expect(results).toBeVisible();
  await expect(page.getByTestId("round-results").getByRole("heading")).toContainText("第1次冻结");
  expect(await results.locator("tbody tr").count()).toBe(await targets.locator("tbody tr").count());
  await expect(results.locator("[data-status]").first()).toBeVisible();
  // nothing revised since the freeze yet
  expect(await results.locator('td[data-revised="true"]').count()).toBe(0);
  // now the round offers reopening (with a reason), not freezing
  await expect(page.getByTestId("reopen-form")).toBeVisible();

  // the round's early warnings come from the frozen results
  await page.goto(`/warnings?round=${page.url().split("/").pop()}`);
  await expect(page.getByTestId("warnings-source")).toContainText("冻结结果");
});
