import { expect, test } from "@playwright/test";
import { login } from "./login";

test("an analyst enters a figure in the grid and sees it in the grid and in its history", async ({ page }) => {
  await login(page, undefined, "/entry");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("数据录入");
  await expect(page.getByTestId("grid-unit")).toContainText("万人");
  // 宜宾 2018 comes from the sample (1,295,900 人 → 129.59 万人); other specs read 泸州 and
  // 绵阳, so this one writes only to 宜宾 and 乐山
  await expect(page.getByTestId("cell-511500-2018")).toContainText("129.59");

  // a figure imported in 人 opens in the grid's unit: 129.59 万人, not 1295900 with 人
  await page.getByTestId("cell-511500-2018").click();
  const sampleForm = page.getByTestId("observation-form");
  await expect(sampleForm.getByLabel("数值")).toHaveValue("129.59");
  await expect(sampleForm.getByLabel("单位")).toHaveValue("万人");
  await expect(page.getByTestId("current-figure")).toContainText("1295900 人");

  await page.getByTestId("cell-511500-2019").click();
  const form = page.getByTestId("observation-form");
  await form.getByLabel("数值").fill("1,350,000");
  await form.getByLabel("单位").selectOption("人");
  await form.getByLabel("来源").fill("宜宾市2019年统计公报");
  await form.getByLabel("初步数").check();
  await form.getByRole("button", { name: "保存" }).click();

  await expect(page.getByTestId("saved")).toContainText("已保存为第 1 版");
  await expect(page.getByTestId("cell-511500-2019")).toContainText("135");
  const history = page.getByTestId("history");
  await expect(history).toContainText("135 万人");
  await expect(history).toContainText("1350000 人");
  await expect(history).toContainText("宜宾市2019年统计公报");
  await expect(history).toContainText("Administrator");

  // a jump of more than 50% asks for confirmation before it is saved
  await form.getByLabel("数值").fill("300");
  await form.getByLabel("单位").selectOption("万人");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("plausibility-warning")).toContainText("超过 ±50%");
  await expect(page.getByTestId("cell-511500-2019")).toContainText("135");
  await page.getByLabel("我已核对，仍然保存").check();
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("saved")).toContainText("已保存为第 2 版");
  await expect(page.getByTestId("cell-511500-2019")).toContainText("300");
  await expect(history.locator("li")).toHaveCount(2);
});

test("an import with an error row says which row, column and what is accepted; the fixed file imports", async ({ page }) => {
  await login(page, undefined, "/import");
  await expect(page.getByTestId("import-columns")).toContainText("region / 地区");
  const bad = ["地区,指标,年份,数值,单位,来源", '宜宾,urban_population,2021,"1,700,000",人,统计公报', "乐山,urban_population,2021,150,公里,统计公报", ""].join(
    "\n",
  );
  const upload = (name: string, text: string) => page.locator("input[type=file]").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

  await upload("bad.csv", bad);
  await page.getByRole("button", { name: "预览" }).click();
  const errors = page.getByTestId("row-errors");
  await expect(errors).toContainText("文件有 1 处错误，未导入任何数据");
  await expect(errors).toContainText("第3行“单位”列：无法识别的单位“公里”");
  await expect(errors).toContainText("接受：万人、人");
  await expect(page.getByTestId("commit-import")).toHaveCount(0);

  await upload("fixed.csv", bad.replace("公里", "万人"));
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.getByTestId("preview-table")).toContainText("新增");
  // 乐山 2021: 150 万人 after the sample's 81.2 万人 (2018) is implausible: confirm before importing
  await expect(page.getByTestId("row-warnings")).toContainText("第3行“数值”列：与 2018 年相比：81.2 万人 → 150 万人，+84.73%，超过 ±50%");
  await expect(page.getByTestId("commit-import")).toBeDisabled();
  await page.getByTestId("confirm-warnings").getByRole("checkbox").check();
  // one upload: the commit names the file the preview staged, and sends no file
  const commitRequest = page.waitForRequest((r) => r.url().includes("/api/v1/observations/import") && !r.url().includes("dryRun"));
  await page.getByTestId("commit-import").click();
  const sent = await commitRequest;
  expect(sent.url()).toMatch(/[?&]staged=[0-9a-f-]{36}/);
  expect(sent.postDataBuffer()?.length ?? 0).toBe(0);
  await expect(page.getByTestId("import-done")).toHaveText("导入完成：新增 2，更新 0，未变 0。");

  // and the figures are there, converted into the indicator's unit
  await page.goto("/entry");
  await expect(page.getByTestId("cell-511500-2021")).toContainText("170");
  await expect(page.getByTestId("cell-511100-2021")).toContainText("150");
});

test("a file chosen before the page's scripts have loaded is still previewed", async ({ page }) => {
  await login(page, undefined, "/import");
  // hold back the client scripts so the file is chosen before React listens (a slow line)
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/import", { waitUntil: "commit" });
  await expect(page.getByTestId("import-columns")).toContainText("region / 地区");
  const csv = ["地区,指标,年份,数值,单位,来源", "宜宾,urban_population,2016,120,万人,统计公报", ""].join("\n");
  await page.locator("input[type=file]").setInputFiles({ name: "early.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  release();
  await expect(page.getByRole("button", { name: "预览" })).toBeEnabled({ timeout: 15_000 });
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.getByTestId("preview-table")).toBeVisible();
});
