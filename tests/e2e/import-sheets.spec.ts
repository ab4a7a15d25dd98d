import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { inlineRow, SHEET_CLOSE, SHEET_OPEN, workbookParts, writeZip } from "../fixtures/zip-writer";
import { login } from "./login";

// Issue 10.9 in the browser: a workbook with two sheets that could be the data; the
// preview says so and lists them, the analyst picks one, and that sheet is imported.
test("a workbook with two matching sheets: the analyst chooses the sheet, and it is imported", async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-sheets-e2e-"));
  const file = path.join(dir, "two-sheets.xlsx");
  const rows = (source: string) => [
    ["地区", "指标", "年份", "数值", "单位", "来源"],
    ["宜宾", "gdp", "2003", "600", "亿元", source],
  ];
  const sheets: [string, string[][]][] = [
    ["说明", [["数据见后两个工作表"]]],
    ["初步", rows("e2e 初步数")],
    ["最终", rows("e2e 最终数")],
  ];
  await writeZip(file, [
    ...workbookParts(sheets.map(([n]) => n)),
    ...sheets.map(([, r], i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: [SHEET_OPEN, ...r.map((c, j) => inlineRow(j + 1, c)), SHEET_CLOSE] })),
  ]);

  await login(page, undefined, "/import");
  await page.locator("input[type=file]").setInputFiles(file);
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.getByTestId("file-errors")).toContainText("工作簿中有多个工作表的表头符合要求：“初步”、“最终”；请选择要导入的工作表");
  const select = page.getByTestId("import-sheet");
  await expect(select.locator("option")).toHaveText(["—", "说明", "初步（表头符合）", "最终（表头符合）"]);
  await select.selectOption("最终");
  await expect(page.getByTestId("preview-table")).toContainText("新增");
  await page.getByTestId("commit-import").click();
  await expect(page.getByTestId("import-done")).toHaveText("导入完成：新增 1，更新 0，未变 0。");
  fs.rmSync(dir, { recursive: true, force: true });
});
