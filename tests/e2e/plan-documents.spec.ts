import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { stringify } from "yaml";
import { login } from "./login";

// An admin uploads a plan document as YAML, previews it, publishes it, and sees it listed.
test("an admin previews and publishes a plan document (YAML) and sees a 422's paths for a broken one", async ({ page }) => {
  await login(page, undefined, "/admin/plans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("规划文档");
  const list = page.getByTestId("plan-list");
  await expect(list).toContainText("chengyu-2016");
  await expect(list).toContainText("chengyu-2021");

  const doc = JSON.parse(fs.readFileSync("prisma/plans/chengyu-2021.json", "utf8"));
  const upload = page.getByTestId("plan-document-upload");

  // broken: a target outside the period → the path and the reason
  const broken = { ...doc, slug: "e2e-broken", targets: [{ ...doc.targets[0], year: 2040 }, ...doc.targets.slice(1)] };
  await upload.getByLabel("规划文档文件").setInputFiles({ name: "broken.yaml", mimeType: "application/yaml", buffer: Buffer.from(stringify(broken)) });
  await upload.getByRole("button", { name: "预览" }).click();
  // a dry run publishes inside a transaction and rolls back: allow for a loaded machine
  await expect(page.getByTestId("plan-document-issues")).toContainText("targets[0].year", { timeout: 30_000 });
  await expect(page.getByTestId("plan-document-issues")).toContainText("不在规划期 2021–2025 内");

  await upload
    .getByLabel("规划文档文件")
    .setInputFiles({ name: "e2e.yaml", mimeType: "application/yaml", buffer: Buffer.from(stringify({ ...doc, slug: "e2e-2021" })) });
  await upload.getByRole("button", { name: "预览" }).click();
  const summary = page.getByTestId("plan-document-summary");
  await expect(summary).toContainText("将新建规划", { timeout: 30_000 });
  await expect(summary).toContainText("新增目标：5");
  await upload.getByRole("button", { name: "发布" }).click();
  await expect(summary).toContainText("已新建规划", { timeout: 30_000 });
  await expect(list).toContainText("e2e-2021", { timeout: 15_000 });
});
