import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { unzipText, wordTables, wordText } from "../support/docx";
import { login } from "./login";

const TITLE = `Word 导出 ${Date.now()}`;

test("the report page's Word (.docx) button downloads an editable report with its charts as images", async ({ page }) => {
  test.setTimeout(180_000);
  await login(page);
  await page.goto("/reports/new");
  await page.locator("input[name=title]").fill(TITLE);
  await page.locator("textarea[name=commentary]").fill("泸州人口**增长较快**。");
  await page.getByTestId("indicator-picker").getByLabel("中心城区城市人口").check();
  await page.getByTestId("region-picker").getByLabel("泸州市").check();
  await page.getByTestId("region-picker").getByLabel("绵阳市").check();
  await page.getByTestId("visibility-team").check();
  await page.getByTestId("save-report").click();
  await page.waitForURL(/\/reports\/\d+$/);

  const button = page.getByTestId("export-docx");
  await expect(button).toHaveText("Word (.docx)");
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), button.click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "docx-e2e-")), download.suggestedFilename());
  await download.saveAs(file);
  console.info(`Word export with charts: ${Date.now() - started} ms`);
  expect(path.basename(file)).toBe(`${TITLE}.docx`);

  const files = await unzipText(fs.readFileSync(file));
  const doc = files.get("word/document.xml")!;
  const text = wordText(doc);
  expect(text).toContain(TITLE);
  expect(text).toContain("规划：成渝城市群发展规划");
  expect(text).toContain("增长较快");
  // the two targets' table, and both charts drawn by the app's own chart code, as PNGs
  expect(wordText(wordTables(doc)[1]!)).toContain("泸州市");
  expect(text).not.toContain("图表未能生成");
  expect([...files.keys()].filter((k) => /^word\/media\/.+\.png$/.test(k))).toHaveLength(2);
});
