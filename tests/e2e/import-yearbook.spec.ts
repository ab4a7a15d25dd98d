import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { inlineRow, SHEET_CLOSE, SHEET_OPEN, workbookParts, writeZip } from "../fixtures/zip-writer";
import { login } from "./login";

// Issue 15 in the browser: a wide yearbook table (title, unit line, 合计, 资料来源) whose
// figure column is not an indicator name. The preview says which row it read as the
// header; the analyst names the indicator in the mapping panel, previews again and sees
// the changed figure as old → new as written (the sample's 1619700 人), then commits.
test("a wide yearbook table: fix the mapping, preview old → new, commit, undo", async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-yearbook-e2e-"));
  const file = path.join(dir, "yearbook.xlsx");
  const rows = [
    ["表2  区域中心城市城区人口（2018年）"],
    ["单位：人"],
    ["城市", "城区人口+城区暂住人口"],
    ["泸州市", "1650000"],
    ["合计", "1650000"],
    ["资料来源：e2e 城建统计年鉴2018"],
  ];
  await writeZip(file, [
    ...workbookParts(["表2"]),
    { name: "xl/worksheets/sheet1.xml", data: [SHEET_OPEN, ...rows.map((r, j) => inlineRow(j + 1, r)), SHEET_CLOSE] },
  ]);

  await login(page, undefined, "/import");
  await page.locator("input[type=file]").setInputFiles(file);
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.getByTestId("file-errors")).toContainText("已将第3行读作表头");
  await expect(page.getByTestId("mapping-panel")).toBeVisible();

  await page.getByTestId("mapping-indicator").fill("urban_population");
  await page.getByTestId("mapping-apply").click();
  await expect(page.getByTestId("changes-table")).toContainText("B4");
  await expect(page.getByTestId("old-new")).toHaveText("1619700 人 → 1650000 人");
  await expect(page.getByTestId("changes-table")).toContainText("更新");
  await page.getByTestId("skipped-rows").locator("summary").click();
  await expect(page.getByTestId("skipped-rows")).toContainText("合计行");

  await page.getByTestId("commit-import").click();
  await expect(page.getByTestId("import-done")).toHaveText("导入完成：新增 0，更新 1，未变 0。");

  // undo: the series goes back to the sample's figure, as a new version
  await page.getByTestId("undo-import").click();
  await expect(page.getByTestId("undo-done")).toContainText("已撤销：恢复 1 个数值，撤回 0 个");
  fs.rmSync(dir, { recursive: true, force: true });
});
