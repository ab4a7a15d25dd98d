import { expect, test } from "@playwright/test";
import { login } from "./login";

// /spatial: the schematic map names every element of 一轴两带、双核三区, each one a link
// reachable from the keyboard (no link inside an image), with a key. Element kinds are named
// plan-neutrally (发展轴, 城市带, 核心城市, 城镇密集区): the page serves every plan.
test("the spatial page maps one axis, two belts, two cores and three zones, each named", async ({ page }) => {
  await login(page, undefined, "/spatial");
  const map = page.getByTestId("spatial-map");
  await expect(map).toBeVisible();
  await expect(map.locator('[role="img"] a')).toHaveCount(0);
  const names = [
    "成渝发展主轴（发展轴）",
    "沿江城市带（城市带）",
    "成德绵乐城市带（城市带）",
    "重庆（核心城市）",
    "成都（核心城市）",
    "川南城镇密集区（城镇密集区）",
    "南遂广城镇密集区（城镇密集区）",
    "达万城镇密集区（城镇密集区）",
  ];
  const elements = map.getByTestId("spatial-element");
  await expect(elements).toHaveCount(names.length);
  for (const name of names) await expect(map.getByRole("link", { name, exact: true })).toHaveCount(1);
  const key = map.getByTestId("spatial-key");
  for (const text of [
    "发展轴：成渝发展主轴",
    "城市带：沿江城市带",
    "城市带：成德绵乐城市带",
    "核心城市：重庆",
    "核心城市：成都",
    "城镇密集区：川南城镇密集区",
    "城镇密集区：南遂广城镇密集区",
    "城镇密集区：达万城镇密集区",
  ])
    await expect(key).toContainText(text);
  // from the keyboard: focus an element, Enter leads to its text on the page
  const belt = map.getByRole("link", { name: "成德绵乐城市带（城市带）", exact: true });
  await belt.focus();
  await expect(belt).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#goal-spatial-belt-chengde-mianle$/);
  await expect(page.locator("#goal-spatial-belt-chengde-mianle")).toContainText("成德绵乐城市带");
});

// Skeletons stream the slow part of a page, but the status is decided first: a missing
// region is still a 404 and an anonymous visit still a redirect (checked on the status
// code itself, not on what the page shows).
test("pages with skeletons keep their 404s and login redirects", async ({ page, request }) => {
  const anonymous = await request.get("/progress", { maxRedirects: 0 });
  expect([302, 303, 307, 308]).toContain(anonymous.status());
  expect(anonymous.headers()["location"]).toContain("/login");
  const anonymousRegion = await request.get("/regions/510700", { maxRedirects: 0 });
  expect([302, 303, 307, 308]).toContain(anonymousRegion.status());

  await login(page, undefined, "/");
  const signedIn = page.context().request;
  expect((await signedIn.get("/regions/999999", { maxRedirects: 0 })).status()).toBe(404);
  expect((await signedIn.get("/progress/indicators/no_such_indicator", { maxRedirects: 0 })).status()).toBe(404);
  const ok = await signedIn.get("/regions/510700", { maxRedirects: 0 });
  expect(ok.status()).toBe(200);
  const html = await ok.text();
  expect(html).toContain('data-testid="region-progress"'); // the streamed part arrives in the same response
  await page.goto("/progress");
  await expect(page.getByTestId("status-overview")).toBeVisible();
});

// Phones: a wide table scrolls inside its card, and its first column stays put.
test("on a phone the first column of a wide table stays in view while the table scrolls", async ({ page }) => {
  await login(page, undefined, "/regions/510700");
  // the user menu lives in the drawer on a phone: sign in first, then narrow the window
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId("region-progress")).toBeVisible({ timeout: 30_000 });
  const moved = await page.evaluate(() => {
    const wrap = [...document.querySelectorAll<HTMLElement>(".table-wrap")].find(
      (w) => w.scrollWidth > w.clientWidth + 40 && w.querySelector("tbody tr > :first-child"),
    );
    if (!wrap) return null;
    const first = wrap.querySelector<HTMLElement>("tbody tr > :first-child")!;
    const second = wrap.querySelector<HTMLElement>("tbody tr > :nth-child(2)")!;
    const before = { first: first.getBoundingClientRect().left, second: second.getBoundingClientRect().left };
    wrap.scrollLeft = 120;
    const after = { first: first.getBoundingClientRect().left, second: second.getBoundingClientRect().left };
    return { first: after.first - before.first, second: after.second - before.second, pageWidth: document.documentElement.scrollWidth };
  });
  expect(moved).not.toBeNull();
  expect(moved!.first).toBe(0); // sticky
  expect(moved!.second).toBeLessThan(-50); // the rest scrolled under it
  expect(moved!.pageWidth).toBeLessThanOrEqual(390);
});
