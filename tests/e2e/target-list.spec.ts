import { expect, test } from "@playwright/test";
import { login } from "./login";

// The target table of /indicators comes a page at a time and can be filtered: a plan of
// 50,000 targets drawn whole was an 80 MB page that took 10 s to serve.
test("the target table filters by region and says which of how many targets it shows", async ({ page }) => {
  await login(page, undefined, "/indicators");
  await page.goto("/indicators");
  const count = page.getByTestId("target-count");
  await expect(count).toHaveText(/^第 1–\d+ 项，共 \d+ 项$/);
  const filter = page.getByTestId("target-filter");
  await filter.getByLabel("地区").selectOption({ label: "泸州市" });
  await filter.getByRole("button", { name: "筛选" }).click();
  await page.waitForURL(/region=510500/);
  const rows = page.getByTestId("target-table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const texts = await rows.allInnerTexts();
  for (const text of texts) expect(text).toContain("泸州市");
  await expect(count).toHaveText(`第 1–${texts.length} 项，共 ${texts.length} 项`);
  // the filter's choice stays selected, and a region with no target says so
  await expect(filter.getByLabel("地区")).toHaveValue("510500");
  await page.goto("/indicators?region=999999");
  await expect(count).toHaveText("没有符合条件的目标。");
});
