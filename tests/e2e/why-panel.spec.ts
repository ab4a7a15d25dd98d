import { expect, test, type Locator, type Page } from "@playwright/test";
import { login } from "./login";

// The "why this colour" panel of a cap (urban construction land, a `max` target) fits its
// card at desktop and phone widths in both languages, and speaks the page's language:
// measured on element boxes, not on screenshots.

test.beforeEach(async ({ page }) => {
  await login(page);
});

/** Every element of the panel whose box sticks out of the panel's or its card's box (px). */
async function overflow(panel: Locator): Promise<string[]> {
  return panel.evaluate((root) => {
    const card = root.closest("[data-testid=target-card]") ?? root;
    const bounds = card.getBoundingClientRect();
    const own = root.getBoundingClientRect();
    const out: string[] = [];
    if (own.right > bounds.right + 0.5 || own.left < bounds.left - 0.5) out.push(`panel ${own.left}–${own.right} vs card ${bounds.left}–${bounds.right}`);
    if (bounds.right > document.documentElement.clientWidth + 0.5) out.push(`card ${bounds.right} past the viewport ${document.documentElement.clientWidth}`);
    for (const el of root.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > own.right + 0.5 || r.left < own.left - 0.5)
        out.push(`${el.tagName.toLowerCase()}.${el.className} ${r.left}–${r.right} vs ${own.left}–${own.right}: ${(el.textContent ?? "").slice(0, 40)}`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible")
        out.push(`${el.tagName.toLowerCase()} scrolls: ${(el.textContent ?? "").slice(0, 40)}`);
    }
    return out;
  });
}

/** The panel's words, without formulas (symbols) and without unit and region names. */
async function prose(panel: Locator): Promise<string> {
  return panel.evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    // formulas are symbols; the one row that says why the progress measures are absent names them
    for (const c of copy.querySelectorAll("code, [data-lens=growthLenses]")) c.remove();
    return copy.textContent ?? "";
  });
}

async function openPanel(page: Page, adcode: string): Promise<Locator> {
  const card = page.locator(`#r-${adcode}`);
  await card.getByTestId("why-panel").locator("summary").click();
  const panel = card.getByTestId("why-panel");
  await expect(panel.getByTestId("explanation")).toBeVisible();
  return panel;
}

for (const width of [1440, 390]) {
  for (const lang of ["zh", "en"] as const) {
    test(`a cap's why-panel fits and speaks ${lang} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/lang?to=${lang}&next=${encodeURIComponent("/progress/indicators/urban_construction_land")}`);
      await expect(page.getByTestId("indicator-name")).toHaveText(lang === "zh" ? "城市建设用地" : "Urban construction land");
      // 泸州 (baseline 2014) and 绵阳 (no baseline, cap exceeded)
      for (const adcode of ["510500", "510700"]) {
        const panel = await openPanel(page, adcode);
        expect(await overflow(panel), `${adcode} overflow`).toEqual([]);
        const text = await prose(panel);
        if (lang === "zh") {
          // no English word (units like km² and symbols like v_b aside)
          expect(text.replace(/km²|v_[btT]|[A-Za-z](?![A-Za-z])/g, "").match(/[A-Za-z]{2,}/g), `${adcode} English in zh`).toBeNull();
        } else {
          // no Chinese (the plan's unit 万人 has an English form; region names are not in the panel)
          expect(text.match(/[\u4e00-\u9fff]+/g), `${adcode} Chinese in en`).toBeNull();
        }
        // a cap is never read as progress towards a goal
        expect(text).not.toMatch(lang === "zh" ? /有一定进展|中等进展|达到目标还需/ : /fair progress|moderate progress|Years to target/);
      }
      // the missing baseline is said once, not on every row
      const mianyang = page.locator("#r-510700").getByTestId("why-panel");
      await expect(mianyang.getByTestId("no-baseline")).toHaveCount(1);
      expect(await mianyang.textContent()).not.toMatch(/缺基期）.*缺基期）|no baseline\).*no baseline\)/);
    });
  }
}
