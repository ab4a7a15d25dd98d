import { expect, test, type Page } from "@playwright/test";
import { ADMIN } from "./login";

// Signing in and the first page after it can take seconds on a loaded machine.
const SLOW = { timeout: 30_000 };

async function signIn(page: Page, next: string): Promise<void> {
  await page.goto(`/login?next=${next}`);
  await page.getByLabel(/邮箱|Email/).fill(ADMIN.email);
  await page.getByLabel(/密码|Password/).fill(ADMIN.password);
  await page.getByRole("button", { name: /登录|Sign in/ }).click();
}

test("a malformed cookie is ignored: the login page renders (200) and the API answers", async ({ request }) => {
  const headers = { cookie: "t=%E0%A4%A" };
  const page = await request.get("/login", { headers });
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('data-testid="login-form"');
  const home = await request.get("/regions", { headers, maxRedirects: 0 });
  expect(home.status()).toBeLessThan(400); // the redirect to /login, not a 500
  const api = await request.get("/api/v1/plans", { headers });
  expect(api.status()).not.toBe(500);
});

for (const next of ["/%5Cevil.example", "/%09/evil.example", "//evil.example"]) {
  test(`after sign-in, next=${next} stays on the site`, async ({ page, baseURL }) => {
    await signIn(page, next);
    await expect(page.getByTestId("user-menu")).toBeVisible(SLOW);
    expect(page.url()).toBe(`${baseURL}/`);
  });
}

test("/lang?next=/%09/host redirects to / on this site", async ({ request }) => {
  const r = await request.get("/lang?to=en&next=/%09/host", { maxRedirects: 0 });
  expect(r.status()).toBe(303);
  expect(r.headers()["location"]).toBe("/");
});

test("“sign out everywhere” on /account: a session cookie kept from before is refused", async ({ browser, page }) => {
  await signIn(page, "/account");
  await expect(page.getByTestId("sign-out-everywhere")).toBeVisible(SLOW);
  const kept = await page.context().storageState();
  await page.getByTestId("sign-out-everywhere").click();
  await expect(page).toHaveURL(/\/login/, SLOW);
  const other = await browser.newContext({ storageState: kept });
  const again = await other.newPage();
  await again.goto("/regions");
  await expect(again).toHaveURL(/\/login\?next=%2Fregions/, SLOW);
  await other.close();
});

test("signing out from the menu ends the session for a copy of the cookie too", async ({ browser, page, baseURL }) => {
  await signIn(page, "/regions");
  await expect(page.getByTestId("user-menu")).toBeVisible(SLOW);
  const kept = await page.context().storageState();
  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(`${baseURL}/login`, SLOW);
  const other = await browser.newContext({ storageState: kept });
  const again = await other.newPage();
  await again.goto("/regions");
  await expect(again).toHaveURL(/\/login\?next=%2Fregions/, SLOW);
  await other.close();
});

test("/account/tokens: a new token expires in a year by default; the list shows expiry and last use", async ({ page }) => {
  await signIn(page, "/account/tokens");
  await expect(page.getByTestId("token-lifetime")).toHaveValue("365", SLOW);
  await page.getByLabel(/名称|Name/).fill("e2e script");
  await page.getByRole("button", { name: /创建令牌|Create token/ }).click();
  await expect(page.getByTestId("new-token")).toContainText("pm_", SLOW);
  const row = page.getByTestId("tokens-table").getByRole("row", { name: /e2e script/ });
  await expect(row).toContainText(String(new Date().getFullYear() + 1));
});

test("before the page's scripts load, Enter in the login form sends nothing: no password in the address bar", async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await held;
    await route.continue();
  });
  const requested: string[] = [];
  page.on("request", (r) => requested.push(r.url()));
  await page.goto("/login?next=/regions", { waitUntil: "commit" });
  await page.getByLabel(/邮箱|Email/).fill(ADMIN.email);
  await page.getByLabel(/密码|Password/).fill(ADMIN.password);
  await page.getByLabel(/密码|Password/).press("Enter");
  await page.waitForTimeout(500);
  expect(requested.filter((u) => u.includes("password="))).toEqual([]);
  release();
  await page.getByRole("button", { name: /登录|Sign in/ }).click();
  await expect(page).toHaveURL(/\/regions$/, SLOW);
  expect(page.url()).not.toContain("password");
});
