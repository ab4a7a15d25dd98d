import { expect, test } from "@playwright/test";
import { login } from "./login";

// The catalogue form's kind select: a growth-rate target takes a rate instead of a value,
// and the indicator page then names it by its rate. The target is set back afterwards so
// later specs see the seeded plan.
test("an admin turns a target into a growth-rate target and back", async ({ page }) => {
  await login(page, undefined, "/indicators");
  await page.goto("/indicators");
  const form = page.getByTestId("target-form");
  await form.getByRole("combobox", { name: "目标", exact: true }).selectOption({ label: "泸州市 · 中心城区城市人口 · 2020" });
  const value = form.getByLabel(/^目标值/);
  const original = await value.inputValue();
  const originalBaseline = [await form.getByLabel("基期数值").inputValue(), await form.getByLabel("基期年份").inputValue()];
  await form.getByLabel("目标种类").selectOption("growth_rate");
  await expect(value).toBeDisabled();
  await form.getByLabel(/^百分比/).fill("5");
  await form.getByLabel("基期数值").fill("111.59");
  await form.getByLabel("基期年份").fill("2014");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByText("目标已更新。")).toBeVisible();

  await page.goto("/progress/indicators/urban_population");
  // 111.59 · 1.05^6 = 111.59 · 1.3400956 = 149.5413
  await expect(page.locator("#r-510500")).toContainText("2014—2020年年均增长不低于5%（隐含2020年目标149.5413万人）");

  await page.goto("/indicators");
  await form.getByRole("combobox", { name: "目标", exact: true }).selectOption({ label: "泸州市 · 中心城区城市人口 · 2020" });
  await form.getByLabel("目标种类").selectOption("level");
  await expect(form.getByLabel(/^百分比/)).toBeDisabled();
  await value.fill(original);
  await form.getByLabel("基期数值").fill(originalBaseline[0]!);
  await form.getByLabel("基期年份").fill(originalBaseline[1]!);
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByText("目标已更新。")).toBeVisible();
});
