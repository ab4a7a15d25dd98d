import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { login } from "./login";

// An admin downloads a plan as a workbook, edits it as in Excel, uploads it and sees the dry
// run; a workbook with a bad cell is answered with the sheet and cell.
test("an admin previews a plan workbook (.xlsx) and sees a bad cell named", async ({ page }) => {
  await login(page, undefined, "/admin/plans");
  await expect(page.getByTestId("plan-template-link")).toHaveAttribute("href", "/api/v1/plans/template.xlsx");
  const template = await page.request.get("/api/v1/plans/template.xlsx");
  expect(template.status()).toBe(200);

  const exported = await page.request.get("/api/v1/plans/chengyu-2021/document?format=xlsx");
  expect(exported.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const wb = new ExcelJS.Workbook();
  const body = await exported.body();
  await wb.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
  wb.getWorksheet("基本信息")!.eachRow((row) => {
    if (row.getCell(1).value === "slug") row.getCell(3).value = "e2e-xlsx";
  });
  const good = Buffer.from(await wb.xlsx.writeBuffer());
  wb.getWorksheet("目标值")!.getCell("E3").value = "growth";
  const bad = Buffer.from(await wb.xlsx.writeBuffer());
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  const upload = page.getByTestId("plan-document-upload");
  await upload.getByLabel("规划文档文件").setInputFiles({ name: "bad.xlsx", mimeType: XLSX, buffer: bad });
  await upload.getByRole("button", { name: "预览" }).click();
  const issues = page.getByTestId("plan-document-issues");
  await expect(issues).toContainText("目标值!E3（targets[1].kind）", { timeout: 30_000 });
  await expect(issues).toContainText("growth_rate");

  await upload.getByLabel("规划文档文件").setInputFiles({ name: "plan.xlsx", mimeType: XLSX, buffer: good });
  await upload.getByRole("button", { name: "预览" }).click();
  const summary = page.getByTestId("plan-document-summary");
  await expect(summary).toContainText("将新建规划", { timeout: 30_000 });
  await expect(summary).toContainText("新增目标：5");
});
