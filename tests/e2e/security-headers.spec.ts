import { expect, test, type Page } from "@playwright/test";
import { ADMIN } from "./login";

// Issue 9 §3 and §6 against the real server (next start): the headers on a page, an API
// response and a share page; the CSP lets the app's own scripts, styles, fonts and
// recharts work (no violation reported); the same-origin guard reads Next's real Host.

/** login() from ./login, with room for argon2 on a loaded machine (its 5 s wait timed out at load 20). */
async function login(page: Page): Promise<void> {
  await page.goto("/login?next=%2F");
  await page.getByLabel(/邮箱|Email/).fill(ADMIN.email);
  await page.getByLabel(/密码|Password/).fill(ADMIN.password);
  await page.getByRole("button", { name: /登录|Sign in/ }).click();
  await expect(page.getByTestId("user-menu")).toBeVisible({ timeout: 30_000 });
}

const FIXED = { "x-frame-options": "DENY", "x-content-type-options": "nosniff" };

/** Records CSP violations the page reports (init scripts are not subject to the CSP). */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return seen;
}

test("a page: nonce CSP matching its scripts, frame-ancestors none, nosniff, referrer policy, no HSTS over http", async ({ page }) => {
  const res = (await page.goto("/login"))!;
  const h = res.headers();
  expect(h).toMatchObject({ ...FIXED, "referrer-policy": "strict-origin-when-cross-origin" });
  const csp = h["content-security-policy"]!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  const scripts = await page.locator("script").evaluateAll((els) => els.map((s) => (s as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);
  expect(h["strict-transport-security"]).toBeUndefined();
  // a fresh nonce every time
  const again = (await page.request.get("/login")).headers()["content-security-policy"]!;
  expect(again).not.toBe(csp);
});

test("an API response: locked-down CSP, nosniff, no framing, a request id", async ({ request }) => {
  const res = await request.get("/api/v1/openapi.json", { headers: { "x-request-id": "e2e-trace-1" } });
  expect(res.status()).toBe(200);
  expect(res.headers()).toMatchObject({
    ...FIXED,
    "referrer-policy": "strict-origin-when-cross-origin",
    "content-security-policy": expect.stringContaining("default-src 'none'"),
    "x-request-id": "e2e-trace-1",
  });
});

test("cookie writes: the app's origin passes, another port of the same host is refused", async ({ page, baseURL }) => {
  await login(page);
  const body = {
    title: `CSP e2e ${Date.now()}`,
    selection: { plan: "chengyu-2016", indicators: ["urban_population"], regions: ["510500"], years: { from: 2014, to: 2020 } },
  };
  const evil = await page.request.post("/api/v1/reports", { data: body, headers: { origin: "http://127.0.0.1:1" } });
  expect(evil.status()).toBe(403);
  const plain = await page.request.post("/api/v1/reports", { data: JSON.stringify(body), headers: { origin: baseURL!, "content-type": "text/plain" } });
  expect(plain.status()).toBe(415);
  const own = await page.request.post("/api/v1/reports", { data: body, headers: { origin: baseURL! } });
  expect(own.status()).toBe(201);
});

test("the app works under its CSP: charts and fonts on /progress pages and a share page, no violation", async ({ page, browser, baseURL }) => {
  const seen = await watchCsp(page);
  await login(page);
  await page.goto("/progress");
  await expect(page.getByTestId("cluster-map").locator("svg.cluster-map__svg")).toBeVisible();
  await page.goto("/progress/indicators/urban_population");
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  expect(
    await page.evaluate(async () => (await document.fonts.ready, [...document.fonts].some((f) => f.family.includes("Noto Sans SC") && f.status === "loaded"))),
  ).toBe(true);

  // a share link, made through the API with the session (same origin)
  const body = {
    title: `CSP share ${Date.now()}`,
    selection: { plan: "chengyu-2016", indicators: ["urban_population"], regions: ["510500"], years: { from: 2014, to: 2020 } },
  };
  const report = await (await page.request.post("/api/v1/reports", { data: body, headers: { origin: baseURL! } })).json();
  const share = await (await page.request.post(`/api/v1/reports/${report.report.id}/shares`, { data: {}, headers: { origin: baseURL! } })).json();
  const guest = await browser.newContext();
  const shared = await guest.newPage();
  const guestSeen = await watchCsp(shared);
  const res = (await shared.goto(`/share/${share.token}`))!;
  expect(res.headers()).toMatchObject({
    ...FIXED,
    "referrer-policy": "no-referrer",
    "content-security-policy": expect.stringContaining("frame-ancestors 'none'"),
  });
  await expect(shared.locator("[data-chart] .recharts-wrapper > svg.recharts-surface").first()).toBeVisible();
  await guest.close();
  expect([...seen, ...guestSeen]).toEqual([]);
});
