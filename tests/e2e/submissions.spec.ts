import { expect, test, type Page } from "@playwright/test";
import { login } from "./login";

// Units and the submit → review → accept loop, end to end. Other specs read 泸州, 绵阳,
// 宜宾 and 乐山; this one assigns 南充 and submits a 2013 figure (before the plan's base
// year, so no status elsewhere changes).
const REPORTER = { email: "reporter-e2e@example.com", password: "reporter e2e password" };

async function openReporter(browser: import("@playwright/test").Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await login(page, REPORTER, "/submissions");
  return page;
}

test("admin assigns a unit, a reporter submits, the reviewer returns it, the reporter resubmits, the reviewer accepts", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  // the admin creates the unit and the reporter
  await login(page, undefined, "/admin/units");
  const create = page.getByTestId("create-unit-form");
  await create.getByLabel("中文名称").fill("南充市统计局");
  await create.getByLabel("英文名称").fill("Nanchong Statistics Bureau");
  await create.getByLabel("类别").fill("统计");
  await create.getByRole("button", { name: "新建单位" }).click();
  await expect(create.getByRole("status")).toContainText("已新建单位「南充市统计局」");

  await page.goto("/admin");
  const user = page.getByTestId("create-user-form");
  await user.getByLabel("邮箱").fill(REPORTER.email);
  await user.getByLabel("姓名").fill("南充报送员");
  await user.getByLabel("密码").fill(REPORTER.password);
  await user.getByLabel("角色").selectOption("reporter");
  await user.getByLabel(/所属单位/).selectOption({ label: "南充市统计局" });
  await user.getByRole("button", { name: /新建|创建/ }).click();
  await expect(user.getByRole("status")).toContainText(REPORTER.email);

  // assignment on the page where targets are edited; shown read-only in the target table
  await page.goto("/indicators");
  const assign = page.getByTestId("target-assignment-form");
  const option = assign.locator('select[name="id"] option', { hasText: /南充.*2020/ }).first();
  await assign.locator('select[name="id"]').selectOption((await option.getAttribute("value"))!);
  await assign.getByLabel("牵头单位").selectOption({ label: "南充市统计局" });
  await assign.getByRole("button", { name: "保存分配" }).click();
  await expect(assign.getByRole("status")).toContainText("已保存分配");
  await page.reload();
  await expect(page.getByTestId("target-table").locator("tr", { hasText: "南充" }).first().getByTestId("lead-unit")).toHaveText("南充市统计局");

  // the reporter sees the to-do and submits
  const reporter = await openReporter(browser, baseURL);
  await expect(reporter.getByTestId("my-unit")).toContainText("南充市统计局");
  await expect(reporter.getByTestId("todo")).toContainText("南充");
  const form = reporter.getByTestId("submit-figure-form");
  await form.getByLabel("年份").fill("2013");
  await form.getByLabel("数值").fill("120");
  await form.getByLabel("单位").fill("万人");
  await form.getByLabel("来源").fill("南充市2013年统计公报");
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(reporter.getByTestId("submission-list").locator('li[data-status="submitted"]')).toContainText("120");

  // the reviewer returns it with a comment
  await page.goto("/review");
  const card = page.getByTestId("submission-list").locator('li[data-status="submitted"]', { hasText: "南充" }).first();
  await expect(card.getByTestId("submitted-value")).toContainText("120");
  await expect(card.getByTestId("official-value")).toContainText("（无）");
  await card.getByLabel("退回意见").fill("请核对：应为城区人口");
  await card.getByRole("button", { name: "退回" }).click();
  // the queue refreshes without it
  await expect(page.locator('li[data-status="submitted"]', { hasText: "南充" })).toHaveCount(0);

  // the reporter reads the comment and resubmits
  await reporter.reload();
  const returned = reporter.getByTestId("submission-list").locator('li[data-status="returned"]').first();
  await expect(returned.getByTestId("review-comment")).toContainText("请核对：应为城区人口");
  await returned.getByText("修改后重新报送").click();
  const again = returned.locator("form");
  await again.getByLabel("数值").fill("118.5");
  await again.getByRole("button", { name: "提交审核" }).click();
  await expect(reporter.getByTestId("submission-list").locator('li[data-status="submitted"]')).toContainText("118.5");

  // the reviewer accepts the resubmission
  await page.goto("/review");
  const second = page.getByTestId("submission-list").locator('li[data-status="submitted"]', { hasText: "南充" }).first();
  await expect(second.getByTestId("submitted-value")).toContainText("118.5");
  await second.getByRole("button", { name: "采用" }).click();
  await expect(page.locator('li[data-status="submitted"]', { hasText: "南充" })).toHaveCount(0);

  await reporter.reload();
  await expect(reporter.getByTestId("submission-list").locator('li[data-status="accepted"]')).toContainText("118.5");
  await reporter.context().close();
});
