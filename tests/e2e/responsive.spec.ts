import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { login } from "./login";

// Phones and desktops, both languages: the page never scrolls sideways (wide tables
// scroll inside their own card), the header is one row, and below 900 px the
// navigation sits behind a menu button.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
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
  "/import",
  "/admin",
];

async function createSharedReport(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const post = (url: string, body: unknown) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then((r) => r.json());
    const { report } = await post("/api/v1/reports", {
      title: "成渝城市群 全部指标",
      commentary: "## 要点\n\n人口增长较快。",
      selection: { plan: "chengyu-2016", indicators: [], regions: [], years: { from: 2014, to: 2030 } },
      visibility: "team",
    });
    const share = await post(`/api/v1/reports/${report.id}/shares`, { allowExport: true });
    return new URL(share.url).pathname;
  });
}

async function setLocale(page: Page, locale: "zh" | "en") {
  await page.goto(`/lang?to=${locale}&next=/login`);
}

async function measure(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    header: document.querySelector(".site-header")?.getBoundingClientRect().height ?? 0,
  }));
}

async function shot(page: Page, info: TestInfo, name: string) {
  await info.attach(name, { body: await page.screenshot({ fullPage: false }), contentType: "image/png" });
}

for (const locale of ["zh", "en"] as const) {
  test(`every page fits a 390 px phone and a 1440 px desktop (${locale})`, async ({ page }, info) => {
    test.setTimeout(240_000);
    await page.setViewportSize(DESKTOP);
    await login(page);
    const share = await createSharedReport(page);
    await setLocale(page, locale);
    const measured: string[] = [];
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      for (const path of [...PAGES, share]) {
        await page.goto(path);
        await page.waitForLoadState("load");
        const m = await measure(page);
        measured.push(`${viewport.width} ${path.slice(0, 40)} width=${m.scrollWidth} header=${Math.round(m.header)}`);
        expect(m.scrollWidth, `${path} at ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
        // one row: the brand, the links and the user menu (two rows would be ≥ 90 px)
        if (!path.startsWith("/share/")) expect(m.header, `${path} header at ${viewport.width} px`).toBeLessThanOrEqual(64);
        else expect(m.header).toBe(0);
        if (["/", "/progress/indicators/urban_population", "/entry"].includes(path) || path === share)
          await shot(page, info, `${locale}-${viewport.width}-${path === share ? "share" : path.replace(/\W+/g, "_")}`);
      }
    }
    await info.attach("measured", { body: measured.join("\n"), contentType: "text/plain" });
  });
}

test("on a phone the navigation opens from a menu button and closes on the way", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await login(page);
  await page.setViewportSize(PHONE);
  await page.goto("/");
  const toggle = page.getByTestId("nav-toggle");
  await expect(toggle).toBeVisible();
  await expect(page.getByRole("link", { name: "监测看板", exact: true })).toBeHidden();
  await expect(page.getByTestId("user-menu")).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  // every group is open in the drawer
  await expect(page.getByRole("link", { name: "监测看板", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "批量导入" })).toBeVisible();
  await expect(page.getByTestId("user-menu")).toBeVisible();
  await page.getByRole("link", { name: "监测看板", exact: true }).click();
  await page.waitForURL(/\/progress$/);
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("link", { name: "批量导入" })).toBeHidden();
});

test("on a desktop the groups are menus: one opens, Escape closes it", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await login(page);
  await expect(page.getByTestId("nav-toggle")).toBeHidden();
  const data = page.getByRole("button", { name: "数据" });
  await expect(page.getByRole("link", { name: "数据录入" })).toBeHidden();
  await data.click();
  await expect(data).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("link", { name: "数据录入" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("link", { name: "数据录入" })).toBeHidden();
  await data.click();
  await page.getByRole("link", { name: "数据录入" }).click();
  await page.waitForURL(/\/entry/);
  await expect(data).toHaveClass(/is-active/);
});

// Chinese on an English page only where it is a name or quoted text, marked lang="zh-…"
// (a screen reader then switches voice): never UI text, clause numbers or full-width colons.
test("English pages carry no Chinese outside elements marked as Chinese", async ({ page }) => {
  test.setTimeout(180_000);
  await login(page);
  const share = await createSharedReport(page);
  await setLocale(page, "en");
  for (const path of [...PAGES, "/regions/510500", share]) {
    await page.goto(path);
    const leaks = await page.evaluate(() => {
      const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
      const out: string[] = [];
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('[lang^="zh"], script, style, noscript, option')) continue;
        if (cjk.test(n.textContent ?? "")) out.push(`${el.tagName}.${el.className}: ${(n.textContent ?? "").trim().slice(0, 60)}`);
      }
      return out;
    });
    expect(leaks, path).toEqual([]);
  }
});
