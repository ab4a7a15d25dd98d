import { expect, test, type Browser, type Page } from "@playwright/test";
import fs from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { login } from "./login";
import { unzipText, wordTables, wordText } from "../support/docx";

// The yearly round end to end: an admin opens it, a reporter of the responsible unit
// submits, the reviewer returns the figure and then accepts the corrected one, the round is
// frozen and its 年度监测报告 downloaded in Word. Statistical year 2012 and 黔江 (other
// specs read 2019, 2013, 泸州, 绵阳, 宜宾, 乐山 and 南充): a figure before the plan's base
// year changes no status elsewhere. The file is named to run last: rounds.spec counts the
// unit rows of its own round, and the unit assigned here would add one.
const REPORTER = { email: "qianjiang-reporter@example.com", password: "qianjiang reporter password" };
const UNIT = "黔江区统计局";

async function openReporter(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await login(page, REPORTER, "/submissions");
  return page;
}

test("open a round, a reporter submits, the reviewer returns then accepts, freeze, download the Word report", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  await login(page, undefined, "/admin/units");

  // the responsible unit, its reporter, and the target it leads
  const unitForm = page.getByTestId("create-unit-form");
  await unitForm.getByLabel("中文名称").fill(UNIT);
  await unitForm.getByLabel("英文名称").fill("Qianjiang District Statistics Bureau");
  await unitForm.getByRole("button", { name: "新建单位" }).click();
  await expect(unitForm.getByRole("status")).toContainText(UNIT);
  await page.goto("/admin");
  const user = page.getByTestId("create-user-form");
  await user.getByLabel("邮箱").fill(REPORTER.email);
  await user.getByLabel("姓名").fill("黔江报送员");
  await user.getByLabel("密码").fill(REPORTER.password);
  await user.getByLabel("角色").selectOption("reporter");
  await user.getByLabel(/所属单位/).selectOption({ label: UNIT });
  await user.getByRole("button", { name: /新建|创建/ }).click();
  await expect(user.getByRole("status")).toContainText(REPORTER.email);
  await page.goto("/indicators");
  const assign = page.getByTestId("target-assignment-form");
  const option = assign.locator('select[name="id"] option', { hasText: /黔江.*城市人口.*2020/ }).first();
  await assign.locator('select[name="id"]').selectOption((await option.getAttribute("value"))!);
  await assign.getByLabel("牵头单位").selectOption({ label: UNIT });
  await assign.getByRole("button", { name: "保存分配" }).click();
  await expect(assign.getByRole("status")).toContainText("已保存分配");

  // the admin opens the round
  await page.goto("/rounds/new");
  const name = `2012年度监测 ${Date.now()}`;
  const form = page.getByTestId("round-form");
  await form.getByLabel("名称").fill(name);
  await form.getByLabel("统计年度").fill("2012");
  await form.getByLabel("报送截止日期").fill("2013-06-30");
  await form.getByRole("button", { name: "开启" }).click();
  await page.waitForURL(/\/rounds\/\d+$/, { timeout: 30_000 });
  const roundUrl = page.url();
  const unitRow = page.getByTestId("unit-completeness").locator("tbody tr", { hasText: UNIT });
  await expect(unitRow).toBeVisible();
  // the due date has passed and the unit owes its figure
  await expect(unitRow).toContainText("逾期");

  // the reporter submits the unit's figure
  const reporter = await openReporter(browser, baseURL);
  await expect(reporter.getByTestId("todo")).toContainText("黔江");
  const submit = reporter.getByTestId("submit-figure-form");
  await submit.getByLabel("年份").fill("2012");
  await submit.getByLabel("数值").fill("21");
  await submit.getByLabel("单位").fill("万人");
  await submit.getByLabel("来源").fill("黔江区2012年统计公报");
  await submit.getByRole("button", { name: "提交审核" }).click();
  await expect(reporter.getByTestId("submission-list").locator('li[data-status="submitted"]')).toContainText("21");

  // the round sees it pending
  await page.goto(roundUrl);
  await expect(page.getByTestId("round-targets").locator('td[data-status="pending"]')).toHaveCount(1);

  // the reviewer returns it, the reporter corrects it, the reviewer accepts
  await page.goto("/review");
  const card = page.getByTestId("submission-list").locator('li[data-status="submitted"]', { hasText: "黔江" }).first();
  await card.getByLabel("退回意见").fill("请按统计公报口径填报（万人，保留一位小数）");
  await card.getByRole("button", { name: "退回" }).click();
  await expect(page.locator('li[data-status="submitted"]', { hasText: "黔江" })).toHaveCount(0);
  await reporter.reload();
  const returned = reporter.getByTestId("submission-list").locator('li[data-status="returned"]').first();
  await expect(returned.getByTestId("review-comment")).toContainText("统计公报口径");
  await returned.getByText("修改后重新报送").click();
  const again = returned.locator("form");
  await again.getByLabel("数值").fill("21.4");
  await again.getByRole("button", { name: "提交审核" }).click();
  await expect(reporter.getByTestId("submission-list").locator('li[data-status="submitted"]')).toContainText("21.4");
  await page.goto("/review");
  const second = page.getByTestId("submission-list").locator('li[data-status="submitted"]', { hasText: "黔江" }).first();
  await expect(second.getByTestId("submitted-value")).toContainText("21.4");
  await second.getByRole("button", { name: "采用" }).click();
  await expect(page.locator('li[data-status="submitted"]', { hasText: "黔江" })).toHaveCount(0);
  await reporter.context().close();

  // the accepted figure is official in the round; the unit is complete
  await page.goto(roundUrl);
  await expect(page.getByTestId("round-targets").locator('td[data-status="pending"]')).toHaveCount(0);
  await expect(unitRow).not.toContainText("逾期");

  // freeze, then the Word report of the frozen round
  await page.getByRole("button", { name: "冻结本轮结果" }).click();
  await expect(page.getByTestId("round-status")).toHaveText("已冻结", { timeout: 30_000 });
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByTestId("round-report-links").getByRole("link", { name: /Word/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("成渝城市群发展规划 2012年度监测报告.docx");
  await download.saveAs(path.join(fs.mkdtempSync(path.join(os.tmpdir(), "round-docx-e2e-")), "round.docx"));
  const files = await unzipText(await readFile(await download.path()));
  const xml = files.get("word/document.xml") ?? "";
  const text = wordText(xml);
  expect(text).toContain("成渝城市群发展规划");
  expect(text).toContain(name);
  expect(text).toContain(UNIT);
  // the status summary, at least one goal area's table, the early-warning list
  expect(wordTables(xml).length).toBeGreaterThanOrEqual(3);
  // and the targets' charts, photographed from the round's print page, each with the figure the freeze used
  expect(text).not.toContain("图表未能生成");
  const pictures = [...files.keys()].filter((k) => /^word\/media\/.+\.png$/.test(k)).length;
  expect(pictures).toBeGreaterThanOrEqual(1);
  console.info(`round report in Word: ${pictures} charts, ${Date.now() - started} ms`);
  expect(text).toContain("本轮冻结结果");

  // that print page: the signed-in reader sees the charts, titled as the report
  const printUrl = `${new URL(roundUrl).pathname}/print`;
  await page.goto(printUrl);
  await expect(page).toHaveTitle("成渝城市群发展规划 2012年度监测报告");
  await expect(page.locator("div.progress-chart[data-chart] svg.recharts-surface").first()).toBeVisible();
  await expect(page.getByTestId("round-chart-frozen").first()).toContainText("本轮冻结结果");
  // a renderer with a token that is not this round's gets nothing; without a session, the sign-in page
  const forged = await page.request.get(printUrl, { headers: { "x-print-token": "e30.AAAA" } });
  expect(forged.status()).toBe(404);
  expect(await forged.text()).not.toContain("round-chart-card");
  const stranger = await browser.newContext({ baseURL, locale: "zh-CN" });
  const anon = await stranger.newPage();
  await anon.goto(printUrl);
  await expect(anon).toHaveURL(/\/login\?next=/);
  await expect(anon.getByTestId("round-print")).toHaveCount(0);
  await stranger.close();
});
