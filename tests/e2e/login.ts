import { expect, type Page } from "@playwright/test";

// tests/support/reset-and-seed.ts creates this admin before the e2e run (scripts/test-all.mjs)
export const ADMIN = { email: process.env.ADMIN_EMAIL ?? "admin@example.com", password: process.env.ADMIN_PASSWORD ?? "e2e-admin-password" };

export async function login(page: Page, who: { email: string; password: string } = ADMIN, next = "/"): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/邮箱|Email/).fill(who.email);
  await page.getByLabel(/密码|Password/).fill(who.password);
  await page.getByRole("button", { name: /登录|Sign in/ }).click();
  // argon2 verification on a loaded 2-core machine can take several seconds
  await expect(page.getByTestId("user-menu")).toBeVisible({ timeout: 20_000 });
}
