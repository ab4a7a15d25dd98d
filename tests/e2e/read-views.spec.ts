import { expect, test } from "@playwright/test";
import { login } from "./login";

test.beforeEach(async ({ page }) => {
  await login(page);
});

test("an anonymous visitor is sent to the login page", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/regions");
  await expect(page).toHaveURL(/\/login\?next=%2Fregions/);
});

test("overview shows the plan, its 2014 baseline and goals in Chinese, then in English", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("成渝城市群发展规划");
  const baseline = page.getByTestId("baseline");
  await expect(baseline).toContainText("9,094 万人");
  await expect(baseline).toContainText("37,600 亿元");
  await expect(baseline).toContainText("6.65%");
  // the compared town density: the western region's and the nation's figures beside the cluster's 113
  await expect(baseline).toContainText(/西部地区 12 \S+，全国 23 \S+/);
  await expect(page.getByTestId("goals-2020")).toContainText("功能完备、布局合理的城镇体系建立健全");
  await expect(page.getByTestId("outlook-2030")).toContainText("世界级城市群");
  await expect(page.getByTestId("positionings")).toContainText("西部创新驱动先导区");
  // the newest cluster figures: the 2019 ones the successor plan states (6.3 万亿元 → 63,000 亿元, an estimate)
  await expect(page.getByTestId("latest")).toContainText("63,000 亿元");
  await expect(page.getByTestId("latest")).toContainText("估算");

  await page.getByTestId("lang-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Chengdu");
  await expect(page.getByTestId("baseline")).toContainText("90.94 million people");
  await expect(page.getByRole("navigation", { name: "main" })).toContainText("Spatial structure");
});

test("a region page shows roles, targets and observations in both languages", async ({ page }) => {
  await page.goto("/regions/510500");
  await expect(page.getByTestId("region-name")).toHaveText("泸州市");
  await expect(page.getByTestId("region-roles")).toContainText("沿江城市带的区域中心城市");
  await expect(page.getByTestId("region-memberships")).toContainText("川南城镇密集区");
  const targets = page.getByTestId("target-table");
  await expect(targets).toContainText("200 万人");
  await expect(targets).toContainText("200 km²");
  // 1,619,700 人 as published, stored as 161.97 万人
  await expect(page.getByTestId("observation-table")).toContainText("161.97");
  await expect(page.getByTestId("observation-table")).toContainText("口径不一致");

  await page.getByTestId("lang-switch").click();
  await expect(page.getByTestId("region-name")).toHaveText("Luzhou");
  await expect(page.getByTestId("region-roles")).toContainText("Regional centre city");
  await expect(page.getByTestId("observation-table")).toContainText("Definition differs");
  // back to Chinese for the next tests' default
  await page.getByTestId("lang-switch").click();
  await expect(page.getByTestId("region-name")).toHaveText("泸州市");
});

test("region search matches historic names and the spatial page lists every role", async ({ page }) => {
  await page.goto("/regions?q=开县");
  await expect(page.getByTestId("region-table")).toContainText("开州区");
  await page.goto("/spatial");
  await expect(page.getByTestId("regional-centres").locator("tbody tr")).toHaveCount(7);
  await expect(page.getByTestId("node-cities").locator("tbody tr")).toHaveCount(27);
  await expect(page.getByTestId("cooperation-groups")).toContainText("推进荣昌、内江、泸州合作");
});
