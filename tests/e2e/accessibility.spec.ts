import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { login } from "./login";

// axe-core over the main pages in both languages, at a phone and a desktop width: no
// serious or critical violation (contrast, names and labels, nested interactive …).
const PAGES = [
  "/",
  "/progress",
  "/progress/indicators/urban_population",
  "/entry",
  "/spatial",
  "/goals",
  "/indicators",
  "/regions",
  "/reports",
  "/plans",
  "/plans/chengyu-2021",
  "/rounds",
  "/warnings",
  "/review",
  "/admin/units",
];

for (const locale of ["zh", "en"] as const) {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ]) {
    test(`axe: no serious or critical violations (${locale}, ${viewport.width} px)`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width: 1440, height: 900 });
      await login(page);
      await page.goto(`/lang?to=${locale}&next=/`);
      await page.setViewportSize(viewport);
      const found: string[] = [];
      for (const path of PAGES) {
        await page.goto(path);
        await page.waitForLoadState("load");
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations.filter((x) => x.impact === "serious" || x.impact === "critical")) {
          found.push(
            `${path} ${v.id} (${v.impact}) × ${v.nodes.length}: ${v.nodes
              .slice(0, 2)
              .map((n) => n.target.join(" "))
              .join(" | ")}`,
          );
        }
      }
      expect(found).toEqual([]);
    });
  }
}
